// Every rule of the catalog; rules/registry.cpp lists them in code order.
#pragma once

#include "rule.hpp"

namespace ijl::rules {

extern const Rule IJ001, IJ002, IJ003, IJ004, IJ005, IJ006;
extern const Rule IJ101, IJ102, IJ103, IJ104, IJ105, IJ106, IJ107, IJ108;
extern const Rule IJ201, IJ202, IJ203, IJ204, IJ205, IJ206, IJ207;
extern const Rule IJ301, IJ302, IJ303, IJ304, IJ305, IJ306, IJ307, IJ308, IJ309, IJ310, IJ311;
extern const Rule IJ401, IJ402, IJ403, IJ404, IJ405, IJ406;

}  // namespace ijl::rules
