// Decimal-place limits judged on the literal, never the double.
#include "precision.hpp"

#include "numbers.hpp"

namespace ijl::rules {

void check_precision(const Job& job, Context& ctx, FieldId field, int max_places) {
  for (const Bound* b : job.all(field)) {
    if (!b->type_ok) continue;
    int places = decimal_places(b->node->text);
    if (places > max_places) {
      ctx.report(*b, job.name(*b) + " " + b->node->text + " has " + std::to_string(places) +
                         " decimal places; AWS IoT accepts at most " + std::to_string(max_places));
    }
  }
}

}  // namespace ijl::rules
