// Rule documentation rendered from RuleInfo: --list-rules, --explain and docs/ share one source.
#pragma once

#include <string>

#include "engine.hpp"

namespace ijl {

// One line per rule, columns aligned: code, name, default severity, summary.
std::string render_list_rules(const Registry& reg);

// The rule's full documentation (Markdown, readable as plain text): title, severity,
// summary, why, an example that fails and one that passes.
std::string render_explain(const RuleInfo& info);

// docs/rules/IJnnn.md: render_explain's text under a "generated" notice.
std::string render_rule_doc_markdown(const RuleInfo& info);

// docs/rules.md: a table of every rule linking to rules/IJnnn.md.
std::string render_rules_index(const Registry& reg);

}  // namespace ijl
