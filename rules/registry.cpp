// The explicit rule registry, in code order; IJ007 is reserved and never used.
#include "rules.hpp"

namespace ijl {

const Registry& registry() {
  static const Registry reg = [] {
    Registry r;
    r.rules = {
        rules::IJ001, rules::IJ002, rules::IJ003, rules::IJ004, rules::IJ005, rules::IJ006,
        rules::IJ101, rules::IJ102, rules::IJ103, rules::IJ104, rules::IJ105, rules::IJ106, rules::IJ107,
        rules::IJ201, rules::IJ202, rules::IJ203, rules::IJ204, rules::IJ205, rules::IJ206, rules::IJ207,
        rules::IJ301, rules::IJ302, rules::IJ303, rules::IJ304, rules::IJ305, rules::IJ306, rules::IJ307,
        rules::IJ308, rules::IJ309, rules::IJ310,
        rules::IJ401, rules::IJ402, rules::IJ403, rules::IJ404, rules::IJ405, rules::IJ406,
    };
    // "one value, one shape diagnostic": the first of these that applies (docs/rules.md)
    for (const char* code : {"IJ004", "IJ202", "IJ203", "IJ204", "IJ205", "IJ105"}) r.shape_order.push_back(*r.find(code));
    r.syntax = rules::IJ001.info;
    r.not_a_job = rules::IJ006.info;
    return r;
  }();
  return reg;
}

}  // namespace ijl
