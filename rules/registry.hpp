// The rule catalog, which the engine, the config and the docs are handed. It lives with the
// rules: the layers below them never name a rule.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "rule.hpp"

namespace ijl {

// Every rule in code order, plus the order of the shape rules (docs/rules.md).
struct Registry {
  std::vector<Rule> rules;
  std::vector<std::size_t> shape_order;  // indices into rules
  const RuleInfo* syntax = nullptr;      // IJ001, emitted by the engine
  const RuleInfo* not_a_job = nullptr;   // IJ006, emitted by the engine

  std::optional<std::size_t> find(std::string_view code_or_name) const;
};

// The catalog of this build (rules/registry.cpp).
const Registry& registry();

}  // namespace ijl
