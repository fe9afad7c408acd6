// How a rule reports: a Context turns a finding into a Diagnostic stamped with the rule.
#include "rule.hpp"

#include <utility>

namespace ijl {

void Context::report(const Bound& b, std::string message) {
  report_at(b.is_map_key ? b.member->key_range : b.node->range, job_.pointer(b), std::move(message));
}

void Context::report_key(const Bound& b, std::string message) {
  report_at(b.member ? b.member->key_range : b.node->range, job_.pointer(b), std::move(message));
}

void Context::report_object(const Bound& b, std::string message) {
  Range r = b.member ? b.member->key_range : Range{b.node->range.begin, b.node->range.begin + 1};
  // a block YAML mapping starts at its first key: point at that whole key
  const auto& members = b.node->members;
  if (!b.member && !members.empty() && members.front().key_range.begin == b.node->range.begin) {
    r = members.front().key_range;
  }
  report_at(r, job_.pointer(b), std::move(message));
}

void Context::report_at(Range range, std::vector<std::string> pointer, std::string message) {
  Diagnostic d;
  d.rule = rule_;
  d.severity = severity_;
  d.message = std::move(message);
  d.pointer = std::move(pointer);
  d.range = range;
  out_.push_back(std::move(d));
}

void Context::fix_last(std::string title, Range range, std::string_view value) {
  if (out_.empty()) return;
  std::string_view token = lines_.text().substr(range.begin, range.end - range.begin);
  char quote = !token.empty() && (token.front() == '"' || token.front() == '\'') ? token.front() : 0;
  std::string text;
  if (quote) text += quote;
  for (char c : value) {
    if (quote == '\'' && c == '\'') text += '\'';                 // YAML single quotes double themselves
    if (quote == '"' && (c == '"' || c == '\\')) text += '\\';  // JSON and YAML double quotes escape
    text += c;
  }
  if (quote) text += quote;
  Fix fix;
  fix.title = std::move(title);
  fix.edits.push_back({range, {}, {}, std::move(text)});
  out_.back().fix = std::move(fix);
}

void Context::relate_last(const Bound& b, std::string message) {
  relate_last(b.is_map_key ? b.member->key_range : b.node->range, job_.pointer(b), std::move(message));
}

void Context::relate_last(Range range, std::vector<std::string> pointer, std::string message) {
  if (out_.empty()) return;
  out_.back().related.push_back({std::move(message), std::move(pointer), range, {}, {}});
}

}  // namespace ijl
