// simdjson's fast path (the companion's, and a -DIJL_SIMDJSON=ON build's) against the precise
// loader: on every JSON text of testdata/ (each NDJSON line on its own) and on thousands of
// deterministic mutations of them, the two give the same verdict, and when the fast path
// takes a text, the same tree to the byte.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "json_loader.hpp"
#ifdef IJL_TEST_JSON_FAST
#include "json_fast.hpp"
#endif

namespace ijl {
namespace {

namespace fs = std::filesystem;

std::string describe(const Node& n) {
  std::ostringstream out;
  out << static_cast<int>(n.kind) << '[' << n.range.begin << ',' << n.range.end << ']';
  if (n.kind == Kind::String || n.kind == Kind::Number) out << '"' << n.text << '"';
  if (n.kind == Kind::Number) out << '=' << std::hexfloat << n.number;
  if (n.kind == Kind::Bool) out << n.boolean;
  for (const auto& m : n.members) out << '{' << m.key << '[' << m.key_range.begin << ',' << m.key_range.end << "]:" << describe(m.value) << '}';
  for (const auto& i : n.items) out << '(' << describe(i) << ')';
  return out.str();
}

// The fast path in use for one test: a -DIJL_SIMDJSON=ON build has it from the start; the
// default build links the companion's into the tests (IJL_TEST_JSON_FAST).
class UseFastJson {
 public:
  UseFastJson() : had_(fast_json_built()) {
#ifdef IJL_TEST_JSON_FAST
    if (!had_) use_fast_json(load_json_fast);
#endif
  }
  ~UseFastJson() {
    if (!had_) use_fast_json(nullptr);
  }

 private:
  bool had_;
};

void expect_same(const std::string& text, std::uint32_t base, const std::string& what) {
  LoadResult fast = load_json(text, base);
  LoadResult precise = load_json_precise(text, base);
  ASSERT_EQ(fast.ok, precise.ok) << what << "\n" << text.substr(0, 300);
  if (fast.ok) {
    ASSERT_EQ(describe(fast.root), describe(precise.root)) << what << "\n" << text.substr(0, 300);
  } else {
    ASSERT_EQ(fast.error.offset, precise.error.offset) << what;
    ASSERT_EQ(fast.error.message, precise.error.message) << what;
  }
}

std::vector<std::string> texts() {
  std::vector<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(TESTDATA_DIR)) {
    const auto ext = e.path().extension();
    if (!e.is_regular_file() || (ext != ".json" && ext != ".ndjson" && ext != ".jsonl")) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), {});
    if (ext == ".json") {
      out.push_back(bytes);
      continue;
    }
    std::istringstream lines(bytes);
    for (std::string line; std::getline(lines, line);) out.push_back(line);
  }
  return out;
}

TEST(JsonFast, SameAsThePreciseLoader) {
  UseFastJson fast;
  if (!fast_json_built()) GTEST_SKIP() << "this build has no simdjson (libsimdjson-dev)";
  const auto all = texts();
  ASSERT_GT(all.size(), 100u);
  for (std::size_t i = 0; i < all.size(); ++i) expect_same(all[i], static_cast<std::uint32_t>(i % 7), "testdata text");
  // numbers the double conversion could get wrong, escapes, a BOM, whitespace of every kind
  for (const char* t : {R"([0.141592653589793238462643383279, 0.95000000000000000000, 1e-400, -0, 1e400])",
                        R"({"a\"b": "\u00e9\ud83d\ude00", "c": [ ]  , "d" :{}})", "\xEF\xBB\xBF{\"a\": 1}",
                        "{\r\n\t\"a\" \r: [1,\r2]\t}", R"({"a": 1} x)", R"([1,])", "{\"a\": \"\x01\"}", "[\"\xff\"]"}) {
    expect_same(t, 0, t);
  }
}

TEST(JsonFast, MutationsAgree) {
  UseFastJson fast;
  if (!fast_json_built()) GTEST_SKIP() << "this build has no simdjson (libsimdjson-dev)";
  const auto all = texts();
  std::mt19937 rng(20261203);
  const std::string alphabet = "{}[]:,\"\\ \t\r\n0123456789.eE+-abtrufnl\xc3\xa9\xff";
  for (int round = 0; round < 20000; ++round) {
    std::string t = all[rng() % all.size()];
    if (t.empty()) continue;
    for (int edits = 1 + static_cast<int>(rng() % 3); edits > 0; --edits) {
      std::size_t at = rng() % t.size();
      switch (rng() % 3) {
        case 0: t[at] = alphabet[rng() % alphabet.size()]; break;
        case 1: t.insert(t.begin() + static_cast<std::ptrdiff_t>(at), alphabet[rng() % alphabet.size()]); break;
        default: t.erase(at, 1); break;
      }
      if (t.empty()) break;
    }
    expect_same(t, 0, "mutation " + std::to_string(round));
  }
}

}  // namespace
}  // namespace ijl
