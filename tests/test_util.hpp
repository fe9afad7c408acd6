// Helpers for rule tests: lint a snippet and look at the codes that fired.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine.hpp"
#include "timeparse.hpp"

namespace ijl::test {

// The fixed reference time of every test: 2026-11-27T00:00:00Z.
inline LintOptions default_options() {
  LintOptions o;
  o.registry = &registry();
  o.check.now = *parse_rfc3339_now("2026-11-27T00:00:00Z");
  return o;
}

inline FileReport lint(const std::string& text, const std::string& filename = "job.json",
                       LintOptions options = default_options()) {
  return lint_bytes(text, format_for_path(filename), options, true);
}

inline std::vector<std::string> codes(const FileReport& r) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics) out.emplace_back(d.rule->code);
  return out;
}

inline std::string describe(const FileReport& r) {
  std::string out;
  for (const auto& d : r.diagnostics) {
    out += std::string(d.rule->code) + " " + std::to_string(d.start.line) + ":" + std::to_string(d.start.column) +
           " " + d.message + "\n";
  }
  return out.empty() ? "(nothing)" : out;
}

inline int count(const FileReport& r, std::string_view code) {
  int n = 0;
  for (const auto& d : r.diagnostics) n += d.rule->code == code;
  return n;
}

// The related locations of `d`, each "line:column-line:column /pointer: message".
inline std::vector<std::string> related_of(const Diagnostic& d) {
  std::vector<std::string> out;
  for (const auto& r : d.related) {
    std::string pointer;
    for (const auto& s : r.pointer) pointer += "/" + s;
    out.push_back(std::to_string(r.start.line) + ":" + std::to_string(r.start.column) + "-" +
                  std::to_string(r.end.line) + ":" + std::to_string(r.end.column) + " " + pointer + ": " + r.message);
  }
  return out;
}

// The related locations of the first `code` diagnostic in `r` ({"(none)"} when it did not fire).
inline std::vector<std::string> related_of(const FileReport& r, std::string_view code) {
  for (const auto& d : r.diagnostics) {
    if (d.rule->code == code) return related_of(d);
  }
  return {"(none)"};
}

inline std::vector<std::string> related_of(const std::string& text, std::string_view code,
                                           const std::string& filename = "job.json") {
  return related_of(lint(text, filename), code);
}

// `code` fires on `text` (other rules may fire too).
#define EXPECT_FIRES(code, text)                                                         \
  do {                                                                                   \
    auto r_ = ::ijl::test::lint(text);                                                   \
    EXPECT_GE(::ijl::test::count(r_, code), 1) << (text) << "\n" << ::ijl::test::describe(r_); \
  } while (0)

// `code` does not fire on `text`.
#define EXPECT_NOT_FIRES(code, text)                                                     \
  do {                                                                                   \
    auto r_ = ::ijl::test::lint(text);                                                   \
    EXPECT_EQ(::ijl::test::count(r_, code), 0) << (text) << "\n" << ::ijl::test::describe(r_); \
  } while (0)

// Nothing fires on `text`.
#define EXPECT_CLEAN(text)                                                               \
  do {                                                                                   \
    auto r_ = ::ijl::test::lint(text);                                                   \
    EXPECT_TRUE(r_.diagnostics.empty()) << (text) << "\n" << ::ijl::test::describe(r_);  \
  } while (0)

// A minimal valid create-job request with `extra` (a JSON members list) added at the top level.
inline std::string job_with(const std::string& extra) {
  std::string base =
      "{\n  \"jobId\": \"fw-1\",\n  \"targets\": [\"arn:aws:iot:us-east-1:123456789012:thinggroup/sensors\"],\n"
      "  \"documentSource\": \"https://s3.amazonaws.com/bucket/job.json\"";
  if (!extra.empty()) base += ",\n  " + extra;
  return base + "\n}\n";
}

// A minimal valid describe-job response with `extra` members added inside `job`.
inline std::string record_with(const std::string& extra) {
  std::string base = "{\n  \"job\": {\n    \"jobId\": \"fw-1\",\n    \"createdAt\": \"2026-11-20T10:00:00Z\"";
  if (!extra.empty()) base += ",\n    " + extra;
  return base + "\n  }\n}\n";
}

// A minimal valid catalog record (account 123456789012), the catalog twin of record_with():
// `extra` members (snake_case) added inside `job`, `top` members at the top level. Without
// `top`, `extra` starts on line 6, column 5.
inline std::string catalog_with(const std::string& extra, const std::string& top = "") {
  std::string out = "{\n  \"account_id\": \"123456789012\",\n";
  if (!top.empty()) out += "  " + top + ",\n";
  out += "  \"job\": {\n    \"job_id\": \"fw-1\",\n    \"created_at\": \"2026-11-20T10:00:00Z\"";
  if (!extra.empty()) out += ",\n    " + extra;
  return out + "\n  }\n}\n";
}

}  // namespace ijl::test
