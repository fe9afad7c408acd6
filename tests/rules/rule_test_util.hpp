// Helpers for the per-rule tests: boundary tables of {snippet, fires} rows, and the codes,
// positions, pointers and messages a snippet gets.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "../test_util.hpp"

namespace ijl::test {

using Codes = std::vector<std::string>;

// Every code that fires, in report order.
inline Codes codes_of(const std::string& text, const std::string& filename = "job.json") {
  return codes(lint(text, filename));
}

// One row of a boundary table: does the rule fire on `snippet`?
struct Row {
  std::string snippet;
  bool fires;
  std::string filename = "job.json";
};

// Each row's snippet, made a whole file by `wrap`, fires `code` (at least once) exactly when
// the row says so.
template <class Wrap>
void expect_table(std::string_view code, const std::vector<Row>& rows, Wrap wrap) {
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::string text = wrap(rows[i].snippet);
    auto r = lint(text, rows[i].filename);
    EXPECT_EQ(count(r, code) > 0, rows[i].fires)
        << code << (rows[i].fires ? " should fire" : " should not fire") << " (row " << i << ")\n"
        << text << "\n" << describe(r);
  }
}

// The same, each snippet a whole file.
inline void expect_table(std::string_view code, const std::vector<Row>& rows) {
  expect_table(code, rows, [](const std::string& snippet) { return snippet; });
}

// "line:column-line:column" of every `code` diagnostic, in report order (columns count code
// points, as reported).
inline std::vector<std::string> spans(const FileReport& r, std::string_view code) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics) {
    if (d.rule->code != code) continue;
    out.push_back(std::to_string(d.start.line) + ":" + std::to_string(d.start.column) + "-" +
                  std::to_string(d.end.line) + ":" + std::to_string(d.end.column));
  }
  return out;
}

inline std::vector<std::string> spans(const std::string& text, std::string_view code,
                                      const std::string& filename = "job.json") {
  return spans(lint(text, filename), code);
}

// The first of spans(), or "(none)".
inline std::string span_of(const FileReport& r, std::string_view code) {
  auto all = spans(r, code);
  return all.empty() ? "(none)" : all.front();
}

inline std::string span_of(const std::string& text, std::string_view code, const std::string& filename = "job.json") {
  return span_of(lint(text, filename), code);
}

// The messages of every `code` diagnostic, in report order.
inline std::vector<std::string> messages(const std::string& text, std::string_view code,
                                         const std::string& filename = "job.json") {
  std::vector<std::string> out;
  for (const auto& d : lint(text, filename).diagnostics) {
    if (d.rule->code == code) out.push_back(d.message);
  }
  return out;
}

// The first of messages(), or "(none)".
inline std::string message_of(const std::string& text, std::string_view code, const std::string& filename = "job.json") {
  auto all = messages(text, code, filename);
  return all.empty() ? "(none)" : all.front();
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
