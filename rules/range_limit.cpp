// Inclusive integer ranges stated in the AWS documentation's prose.
#include "range_limit.hpp"

#include "rule_util.hpp"

namespace ijl::rules {

void check_integer_range(const Job& job, Context& ctx, FieldId field, std::int64_t lo, std::int64_t hi) {
  for (const Bound* b : job.all(field)) {
    auto v = int_of(b);
    if (v && (*v < lo || *v > hi)) {
      ctx.report(*b, job.name(*b) + " " + b->node->text + " is outside " + std::to_string(lo) + ".." +
                         std::to_string(hi));
    }
  }
}

}  // namespace ijl::rules
