// IJ202 length: a string's length in characters, or a list's item count, outside the field's limits.
#include "rules.hpp"
#include "rule_util.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ202",
    .name = "length",
    .severity = Severity::Error,
    .summary = "A string's length or a list's number of items is outside the field's limits",
    .rationale = "The AWS IoT API model bounds lengths, counted in characters (not bytes): jobId 1..64, "
                 "description up to 2028, document up to 32768, documentSource 1..1350, roleArn 20..2048, "
                 "at least one target, at most 50 tags, 1 or 2 retry criteria, document parameter keys "
                 "1..128 and values 1..30720. AWS rejects the request otherwise.",
    .fail_example = R"({
  "jobId": "fw-2026-11-this-job-id-is-far-too-long-for-aws-iot-to-accept-it-x",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json"
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11-this-job-id-is-long-but-aws-iot-still-accepts-it-x",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json"
}
)",
};

namespace {

std::string limits(const FieldSpec& s) {
  if (s.min_len && s.max_len) return std::to_string(*s.min_len) + ".." + std::to_string(*s.max_len);
  if (s.min_len) return "at least " + std::to_string(*s.min_len);
  return "at most " + std::to_string(s.max_len.value_or(0));
}

bool outside(const FieldSpec& s, std::size_t n) {
  return (s.min_len && n < *s.min_len) || (s.max_len && n > *s.max_len);
}

bool applies(const FieldSpec& s) { return s.min_len || s.max_len; }

bool shape(const Job& job, const Bound& b, Context& ctx) {
  const FieldSpec& s = *b.spec;
  if (!applies(s)) return false;
  if (const std::string* text = text_of(b)) {
    std::size_t n = char_count(*text);
    if (!outside(s, n)) return false;
    ctx.report(b, job.name(b) + " has " + std::to_string(n) + (n == 1 ? " character" : " characters") +
                      "; allowed: " + limits(s));
    return true;
  }
  if (b.node->is_array()) {
    std::size_t n = b.node->items.size();
    if (!outside(s, n)) return false;
    std::string msg = job.name(b) + " has " + std::to_string(n) + (n == 1 ? " item" : " items") +
                      "; allowed: " + limits(s);
    if (s.max_len && n > *s.max_len) {
      for (const Bound* item : job.children(b)) {
        if (item->index == static_cast<std::int32_t>(*s.max_len)) ctx.report(*item, msg);
      }
    } else {
      ctx.report(b, msg);
    }
    return true;
  }
  return false;
}

}  // namespace

const Rule IJ202{&info, nullptr, shape, applies};

}  // namespace ijl::rules
