// Documentation rendered from data: --list-rules, --explain and docs/ share the rules' RuleInfo,
// docs/fields.md the field table.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine.hpp"

namespace ijl {

// One line per rule, columns aligned: code, name, default severity, summary.
std::string render_list_rules(const Registry& reg);

// The rule's full documentation (Markdown, readable as plain text): title, severity,
// summary, why, an example that fails and one that passes.
std::string render_explain(const RuleInfo& info);

// docs/rules/IJnnn.md: render_explain's text under a "generated" notice.
std::string render_rule_doc_markdown(const RuleInfo& info);

// docs/rules.md: the groups, the notes every rule shares (where a diagnostic points, one
// shape diagnostic a value, numbers as written, selection), then a table of every rule
// linking to rules/IJnnn.md.
std::string render_rules_index(const Registry& reg);

// What docs/fields.md says of one field: its type ("list of string"), its limits ("1..64
// characters; pattern `[a-zA-Z0-9_-]+`", Markdown; empty without any) and the codes of the
// rules that judge its value, in code order. The language server's hover shows the same.
struct FieldDoc {
  std::string type;
  std::string limits;
  std::vector<std::string_view> rules;
};
FieldDoc describe_field(const FieldSpec& s);

// docs/fields.md: one table per dialect of every field of schema(), with both spellings,
// type, required flag and limits, and the rules that judge its value (from `reg`).
std::string render_fields_markdown(const Registry& reg);

}  // namespace ijl
