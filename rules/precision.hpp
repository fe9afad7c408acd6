// Shared by IJ101 and IJ102: decimal places of a number as written.
#pragma once

#include "rule.hpp"

namespace ijl::rules {

void check_precision(const Job& job, Context& ctx, FieldId field, int max_places);

}  // namespace ijl::rules
