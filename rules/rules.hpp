// Every rule of the catalog; rules/registry.cpp lists them in code order.
#pragma once

#include "engine.hpp"
#include "rule.hpp"

namespace ijl::rules {

extern const Rule IJ001, IJ002, IJ003, IJ004, IJ005, IJ006;
extern const Rule IJ101, IJ102, IJ103, IJ104, IJ105, IJ106, IJ107;
extern const Rule IJ201, IJ202, IJ203, IJ204, IJ205;

}  // namespace ijl::rules
