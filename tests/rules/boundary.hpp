// Boundary-table helpers for the per-rule tests: {snippet, fires} rows, exact codes, positions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "../test_util.hpp"

namespace ijl::test {

// One row of a boundary table: does `code` fire on `snippet`? (Not `Row`: rule_test_util.hpp
// has one, and two classes of one name in one program break the ODR.)
struct EdgeRow {
  std::string snippet;
  bool fires;
  std::string filename = "job.json";
};

// Each row: `code` fires (at least once) exactly on the rows marked so.
inline void expect_table(std::string_view code, const std::vector<EdgeRow>& rows) {
  for (std::size_t i = 0; i < rows.size(); ++i) {
    auto r = lint(rows[i].snippet, rows[i].filename);
    EXPECT_EQ(count(r, code) > 0, rows[i].fires)
        << code << (rows[i].fires ? " should fire" : " should not fire") << " (row " << i << ")\n"
        << rows[i].snippet << "\n" << describe(r);
  }
}

// Every code that fires, in report order.
inline std::vector<std::string> codes_of(const std::string& text, const std::string& filename = "job.json") {
  return codes(lint(text, filename));
}

using Codes = std::vector<std::string>;

// "line:column-line:column" of the first `code` diagnostic, or "(none)".
inline std::string where(const FileReport& r, std::string_view code) {
  for (const auto& d : r.diagnostics) {
    if (d.rule->code == code) {
      return std::to_string(d.start.line) + ":" + std::to_string(d.start.column) + "-" +
             std::to_string(d.end.line) + ":" + std::to_string(d.end.column);
    }
  }
  return "(none)";
}

inline std::string where(const std::string& text, std::string_view code, const std::string& filename = "job.json") {
  return where(lint(text, filename), code);
}

// The message of the first `code` diagnostic, or "(none)".
inline std::string message_of(const std::string& text, std::string_view code, const std::string& filename = "job.json") {
  for (const auto& d : lint(text, filename).diagnostics) {
    if (d.rule->code == code) return d.message;
  }
  return "(none)";
}

// One row of a message table: the message of the first `code` diagnostic on `snippet`,
// or "(none)" when `code` does not fire.
struct MessageRow {
  std::string snippet;
  std::string message;
  std::string filename = "job.json";
};

inline void expect_messages(std::string_view code, const std::vector<MessageRow>& rows) {
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const MessageRow& row = rows[i];
    EXPECT_EQ(message_of(row.snippet, code, row.filename), row.message)
        << code << " (row " << i << ")\n" << row.snippet << "\n" << describe(lint(row.snippet, row.filename));
  }
}

// The RFC 6901 pointer of the first `code` diagnostic, or "(none)".
inline std::string pointer_of(const std::string& text, std::string_view code, const std::string& filename = "job.json") {
  for (const auto& d : lint(text, filename).diagnostics) {
    if (d.rule->code != code) continue;
    std::string out;
    for (const auto& s : d.pointer) out += "/" + s;
    return out;
  }
  return "(none)";
}

// A minimal valid catalog record with `extra` members (snake_case) added inside `job`:
// the catalog twin of record_with(); `extra` starts on line 6, column 5.
inline std::string catalog_with(const std::string& extra) {
  std::string base =
      "{\n  \"account_id\": \"123456789012\",\n  \"job\": {\n    \"job_id\": \"fw-1\",\n"
      "    \"created_at\": \"2026-11-20T10:00:00Z\"";
  if (!extra.empty()) base += ",\n    " + extra;
  return base + "\n  }\n}\n";
}

// `n` copies of `s`.
inline std::string repeat(std::string_view s, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

// Lint options with only `code` deselected.
inline LintOptions without(std::string_view code) {
  LintOptions o = default_options();
  o.selected.assign(registry().rules.size(), true);
  o.selected[*registry().find(code)] = false;
  return o;
}

}  // namespace ijl::test
