// Shared by IJ103 and IJ104: an integer field's documented inclusive range.
#pragma once

#include "rule.hpp"

namespace ijl::rules {

void check_integer_range(const Job& job, Context& ctx, FieldId field, std::int64_t lo, std::int64_t hi);

}  // namespace ijl::rules
