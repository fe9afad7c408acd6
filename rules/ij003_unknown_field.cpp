// IJ003 unknown-field: a key that is not a field of its object in the file's dialect.
#include <algorithm>

#include "field_suggest.hpp"
#include "rule_util.hpp"
#include "rules.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ003",
    .name = "unknown-field",
    .severity = Severity::Error,
    .summary = "A key is not a field of that object in the file's dialect",
    .rationale =
        "AWS rejects unknown parameters, and a misspelt optional field (jobID, target_selection in a "
        "create-job request) is a setting that silently does not apply. The value under an unknown key "
        "is not linted.\n\n"
        "The message says what the key most likely means, from the first of these checks that finds "
        "something (letters are compared ignoring case, `_` and `-`):\n\n"
        "1. Another dialect's spelling of a field of the object: `job_id` in a create-job request gives "
        "`create-job spells it \"jobId\"`.\n"
        "2. The same letters as a field of the object: `JobId`, `JOBID` and `Job_Id` give "
        "`did you mean \"jobId\"?`.\n"
        "3. The same letters as a field that belongs elsewhere. An output field of describe-job in a "
        "create-job request (`jobArn`, `status`, `createdAt`, `lastUpdatedAt`, `completedAt`, "
        "`jobProcessDetails`, `forceCanceled`, `reasonCode`, `comment`, `isConcurrent`, "
        "`scheduledJobRollouts`) is set by AWS, not by the caller: remove it. A create-job parameter in "
        "a record's job (`document`, the request's `tags`) is never returned by describe-job, so the "
        "file mixes a request into a record. A record field at the wrong level (`documentSource` inside "
        "`job`, `jobId` next to it) is named with the level it belongs to.\n"
        "4. A field of the object at most 2 edits away, and at most one edit per 3 letters of the longer "
        "name (`tragets`, `jobIdxy`, but not `foo` for job): the fewest edits win, then the field listed "
        "first.\n"
        "5. A field of the object whose words, shortened, spell the key: a key of at least 4 letters made "
        "of the starts of some of the field's words in order, each start the whole word or at least its "
        "first 3 letters (`maxPerMinute` for maximumPerMinute, `expiresIn` for expiresInSec, "
        "`thresholdPercent` for thresholdPercentage, `rolloutConfig` for jobExecutionsRolloutConfig): "
        "the fewest letters left over win, then the field listed first.\n"
        "6. When nothing matches and the object has at most 8 fields, the message lists them "
        "(`its fields are \"roleArn\" and \"expiresInSec\"`).",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "target_selection": "SNAPSHOT"
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "targetSelection": "SNAPSHOT"
}
)",
};
static_assert(kMaxTypoDistance == 2 && kLettersPerTypo == 3 && kMinAbbreviationLetters == 4 && kMinWordStart == 3 &&
                  kMaxListedFields == 8,
              "the rationale quotes these limits");

namespace {

const FieldSpec* record_body(Dialect d) {
  for (const auto& c : schema(d).children) {
    if (c.id == FieldId::Job) return &c;
  }
  return nullptr;
}

bool has_field(const FieldSpec& object, FieldId id) {
  return std::any_of(object.children.begin(), object.children.end(), [id](const FieldSpec& c) { return c.id == id; });
}

// A field this object lacks but another level of the record, or the other kind of
// document, has: an output field in a request, a request field or a misplaced one in a record.
std::string elsewhere(const std::string& key, const Bound& parent, Dialect d) {
  const FieldSpec& root = schema(d);
  if (d == Dialect::CreateJob) {
    if (parent.parent >= 0) return "";
    for (const auto& f : record_body(Dialect::DescribeJob)->children) {
      if (!has_field(root, f.id) && names_field(key, f)) {
        return "; it is an output field of describe-job, not a create-job parameter";
      }
    }
    return "";
  }
  const FieldSpec* body = record_body(d);
  if (!body) return "";  // the templates and CloudFormation have no job record to point into
  const std::string dialect(dialect_name(d));
  const std::string job = quote(body->spelling(d));
  if (parent.parent < 0) {
    for (const auto& f : body->children) {
      if (names_field(key, f)) return "; " + dialect + " has " + quote(f.spelling(d)) + " inside " + job;
    }
  } else if (parent.spec->id == FieldId::Job) {
    for (const auto& f : root.children) {
      if (f.id != FieldId::Job && names_field(key, f)) {
        return "; " + dialect + " has " + quote(f.spelling(d)) + " at the top level, next to " + job;
      }
    }
    for (const auto& f : schema(Dialect::CreateJob).children) {
      if (!has_field(*body, f.id) && names_field(key, f)) {
        return "; it is a create-job parameter, not a field of a " + dialect + " record";
      }
    }
  }
  return "";
}

// What follows "unknown field "k" in object": the field it most likely means, or where it
// belongs instead, or the object's few fields; empty when none of these applies.
std::string hint(const std::string& key, const Bound& parent, Dialect d) {
  const FieldSpec& object = *parent.spec;
  FieldMatch m = closest_field(key, object, d);
  switch (m.kind) {
    case MatchKind::OtherSpelling:
      return "; " + std::string(dialect_name(d)) + " spells it " + quote(m.field->spelling(d));
    case MatchKind::SameLetters:
      return "; did you mean " + quote(m.field->spelling(d)) + "?";
    default:
      break;
  }
  // a key naming a field exactly says more than a guess among this object's fields
  if (std::string s = elsewhere(key, parent, d); !s.empty()) return s;
  if (m.field) return "; did you mean " + quote(m.field->spelling(d)) + "?";
  std::string fields = listed_fields(object, d);
  if (fields.empty()) return "";
  return (field_count(object, d) == 1 ? "; its only field is " : "; its fields are ") + fields;
}

void check(const Job& job, Context& ctx) {
  for (const auto& u : job.unknown) {
    const Bound& parent = job.bounds[static_cast<std::size_t>(u.parent)];
    // the top level is the dialect's, unless a key holds it (a CloudFormation resource's name)
    std::string where = parent.parent < 0 && !parent.member ? std::string(dialect_name(job.dialect)) : job.name(parent);
    std::vector<std::string> ptr = job.pointer(parent);
    ptr.push_back(u.member->key);
    ctx.report_at(u.member->key_range, std::move(ptr),
                  "unknown field " + quote(u.member->key) + " in " + where + hint(u.member->key, parent, job.dialect));
    // Certain only when the key is the field in another spelling or another case, and the
    // object does not hold that field already (a rename would repeat it).
    FieldMatch m = closest_field(u.member->key, *parent.spec, job.dialect);
    if (m.kind == MatchKind::OtherSpelling || m.kind == MatchKind::SameLetters) {
      std::string target(m.field->spelling(job.dialect));
      if (!parent.node->find(target)) {
        ctx.fix_last("rename " + quote(u.member->key) + " to " + quote(target), u.member->key_range, target);
      }
    }
  }
}

}  // namespace

const Rule IJ003{&info, check};

}  // namespace ijl::rules
