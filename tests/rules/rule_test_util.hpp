// Helpers for the IJ2xx-IJ4xx relation rule tests: catalog snippets and exact positions.
#pragma once

#include <string>
#include <vector>

#include "../test_util.hpp"

namespace ijl::test {

// A minimal valid catalog record (account 123456789012) with `extra` members added inside `job`
// and `top` members added at the top level.
inline std::string catalog_with(const std::string& extra, const std::string& top = "") {
  std::string out = "{\n  \"account_id\": \"123456789012\",\n";
  if (!top.empty()) out += "  " + top + ",\n";
  out += "  \"job\": {\n    \"job_id\": \"fw-1\",\n    \"created_at\": \"2026-11-20T10:00:00Z\"";
  if (!extra.empty()) out += ",\n    " + extra;
  return out + "\n  }\n}\n";
}

// "line:column-line:column" of every diagnostic of `code`, in report order.
inline std::vector<std::string> spans(const std::string& text, std::string_view code) {
  std::vector<std::string> out;
  for (const auto& d : lint(text).diagnostics) {
    if (d.rule->code != code) continue;
    out.push_back(std::to_string(d.start.line) + ":" + std::to_string(d.start.column) + "-" +
                  std::to_string(d.end.line) + ":" + std::to_string(d.end.column));
  }
  return out;
}

// The messages of every diagnostic of `code`, in report order.
inline std::vector<std::string> messages(const std::string& text, std::string_view code) {
  std::vector<std::string> out;
  for (const auto& d : lint(text).diagnostics) {
    if (d.rule->code == code) out.push_back(d.message);
  }
  return out;
}

// RFC 6901 pointer segments of the first diagnostic of `code`, joined with '/'.
inline std::string pointer_of(const std::string& text, std::string_view code) {
  for (const auto& d : lint(text).diagnostics) {
    if (d.rule->code != code) continue;
    std::string out;
    for (const auto& s : d.pointer) out += "/" + s;
    return out;
  }
  return "(none)";
}

struct Row {
  std::string snippet;
  bool fires;
};

// Runs a boundary table: each row's snippet, wrapped by `wrap`, fires `code` or not.
template <class Wrap>
void expect_table(std::string_view code, const std::vector<Row>& rows, Wrap wrap) {
  for (const auto& row : rows) {
    std::string text = wrap(row.snippet);
    SCOPED_TRACE(row.snippet);
    if (row.fires) {
      EXPECT_FIRES(code, text);
    } else {
      EXPECT_NOT_FIRES(code, text);
    }
  }
}

}  // namespace ijl::test
