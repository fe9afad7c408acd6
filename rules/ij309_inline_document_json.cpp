// IJ309 inline-document-json: the inline document string is not valid JSON.
#include "json_loader.hpp"
#include "relation_util.hpp"
#include "rules.hpp"
#include "rule_util.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ309",
    .name = "inline-document-json",
    .severity = Severity::Error,
    .summary = "The inline document is not valid JSON",
    .rationale = "An AWS IoT job document is a UTF-8 JSON document, and document holds it as a string. AWS "
                 "rejects a document that does not parse; a hand-escaped document easily loses a quote or "
                 "keeps a trailing comma. The message gives the parser's reason and where in the document "
                 "it stopped.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "document": "{\"operation\": \"reboot\",}"
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "document": "{\"operation\": \"reboot\"}"
}
)",
};

namespace {

void check(const Job& job, Context& ctx) {
  const Bound* document = get_effective(job, FieldId::Document);
  const std::string* text = str_of(document);
  if (!text) return;
  // the same strict parser as IJ001, so both report a broken JSON text the same way
  LoadResult parsed = load_json(*text);
  if (parsed.ok) return;
  std::string where;
  if (parsed.error.offset < text->size()) {
    // a character count, like the columns of every position we report
    where = " (at character " + std::to_string(char_count(std::string_view(*text).substr(0, parsed.error.offset)) + 1) +
            " of the document)";
  }
  ctx.report(*document, job.name(*document) + " is not valid JSON: " + parsed.error.message + where);
}

}  // namespace

const Rule IJ309{&info, check};

}  // namespace ijl::rules
