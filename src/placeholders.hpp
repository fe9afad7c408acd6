// Placeholder patterns (`${VAR}`, `{{ var }}`): slots in a templated job file that are
// filled at deploy time, so a value holding one is unknown to the linter.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ijl {

class Placeholders {
 public:
  // Compiles ECMAScript regular expressions; nullopt with `error` set on a bad one.
  static std::optional<Placeholders> compile(const std::vector<std::string>& patterns, std::string& error);

  // Whether `text` holds a match of some pattern. AWS IoT's own `${aws:iot:…}` placeholders
  // (presigned URLs in a job document) are not deploy-time slots and do not count.
  bool holds(std::string_view text) const;
  bool empty() const { return patterns_.empty(); }
  const std::vector<std::string>& patterns() const { return sources_; }

 private:
  struct Compiled;
  std::vector<std::shared_ptr<const Compiled>> patterns_;
  std::vector<std::string> sources_;
};

}  // namespace ijl
