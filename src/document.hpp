// A loaded document: a tree of values where every key and value knows its byte range.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ijl {

// Half-open byte range into the file's bytes.
struct Range {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

enum class Kind : std::uint8_t { Null, Bool, Number, String, Array, Object };

struct Member;

// One value. Numbers keep their literal text as written (`text`) because the
// precision rules judge the literal, never the binary double.
struct Node {
  Kind kind = Kind::Null;
  Range range;
  bool boolean = false;
  // a number literal as written (YAML: its canonical JSON-like spelling); or a string's value
  std::string text;
  double number = 0;
  std::vector<Member> members;  // Object, in file order
  std::vector<Node> items;      // Array
  // A YAML node's explicit tag as yaml-cpp resolves it: "!Ref" for a local tag (CloudFormation's
  // short forms), "tag:yaml.org,2002:float" for `!!float`; empty without one (and in JSON).
  // Interned by the loader for the life of the program: a view keeps every node small.
  std::string_view tag;

  bool is_object() const { return kind == Kind::Object; }
  bool is_array() const { return kind == Kind::Array; }
  bool is_string() const { return kind == Kind::String; }
  bool is_number() const { return kind == Kind::Number; }
  // The later member with this key (a duplicate key's later value wins).
  const Member* find(std::string_view key) const;
};

struct Member {
  std::string key;
  Range key_range;
  Node value;
};

const char* kind_name(Kind k);

}  // namespace ijl
