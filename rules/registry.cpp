// The explicit rule registry, in code order; IJ007 is reserved and never used.
#include "registry.hpp"

#include "rules.hpp"

namespace ijl {

std::optional<std::size_t> Registry::find(std::string_view code_or_name) const {
  for (std::size_t i = 0; i < rules.size(); ++i) {
    if (rules[i].info->code == code_or_name || rules[i].info->name == code_or_name) return i;
  }
  return std::nullopt;
}

const Registry& registry() {
  static const Registry reg = [] {
    Registry r;
    r.rules = {
        rules::IJ001, rules::IJ002, rules::IJ003, rules::IJ004, rules::IJ005, rules::IJ006,
        rules::IJ101, rules::IJ102, rules::IJ103, rules::IJ104, rules::IJ105, rules::IJ106, rules::IJ107,
        rules::IJ108,
        rules::IJ201, rules::IJ202, rules::IJ203, rules::IJ204, rules::IJ205, rules::IJ206, rules::IJ207,
        rules::IJ301, rules::IJ302, rules::IJ303, rules::IJ304, rules::IJ305, rules::IJ306, rules::IJ307,
        rules::IJ308, rules::IJ309, rules::IJ310, rules::IJ311,
        rules::IJ401, rules::IJ402, rules::IJ403, rules::IJ404, rules::IJ405, rules::IJ406,
    };
    // Judged value by value; a value gets a diagnostic from the first of these that fires and
    // none from the rest. First the shape rules ("one value, one shape diagnostic",
    // docs/rules.md), then the schedule window: a time gets at most one IJ106 or IJ108, from
    // the first bound it breaks, and bounds 1-4 of a request (IJ108) come before 5-6 (IJ106).
    for (const char* code : {"IJ004", "IJ202", "IJ203", "IJ204", "IJ205", "IJ105", "IJ311", "IJ108", "IJ106"}) {
      r.shape_order.push_back(*r.find(code));
    }
    r.syntax = rules::IJ001.info;
    r.not_a_job = rules::IJ006.info;
    return r;
  }();
  return reg;
}

}  // namespace ijl
