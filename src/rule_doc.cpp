// Renders rule metadata as the --list-rules table, --explain text and the generated docs, and
// the field table as docs/fields.md.
#include "rule_doc.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>
#include <stdexcept>
#include <utility>

namespace ijl {

namespace {

constexpr std::string_view kGenerated =
    "<!-- Generated from the rule's RuleInfo by `iotjob-lint --write-docs docs`; do not edit. -->\n\n";

std::string padded(std::string_view s, std::size_t width) {
  std::string out(s);
  out.resize(std::max(width, s.size()), ' ');
  return out;
}

// The examples' file name decides their format, so it also names the code fence language.
std::string_view fence_language(std::string_view filename) {
  auto ends = [&](std::string_view ext) {
    return filename.size() >= ext.size() && filename.substr(filename.size() - ext.size()) == ext;
  };
  return ends(".yaml") || ends(".yml") ? "yaml" : "json";
}

std::string example(std::string_view heading, std::string_view filename, std::string_view text) {
  std::string out = "## " + std::string(heading) + " (as `" + std::string(filename) + "`)\n\n```" +
                    std::string(fence_language(filename)) + "\n" + std::string(text);
  if (!text.empty() && text.back() != '\n') out += '\n';
  return out + "```\n";
}

// Table cells cannot hold a raw `|`.
std::string cell(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

// ---- docs/fields.md ----

constexpr std::string_view kFieldsGenerated =
    "<!-- Generated from the field table (src/fields.cpp) by `iotjob-lint --write-docs docs`; do not edit. -->\n\n";

// The limits the field table leaves to a rule of their own (precision, the schedule, …), by
// field: the rules that judge one value beyond the table's range, length, pattern, enum and ARN.
// Rules about several fields at once are described in rules.md, not here.
const std::vector<std::pair<FieldId, std::vector<std::string_view>>>& field_rules() {
  static const std::vector<std::pair<FieldId, std::vector<std::string_view>>> table = {
      {FieldId::ThresholdPercentage, {"IJ101"}},
      {FieldId::IncrementFactor, {"IJ102"}},
      {FieldId::ExpiresInSec, {"IJ103"}},
      {FieldId::InProgressTimeout, {"IJ104"}},
      {FieldId::StartTime, {"IJ105", "IJ106", "IJ108"}},
      {FieldId::EndTime, {"IJ105", "IJ106", "IJ108"}},
      {FieldId::RolloutStartTime, {"IJ105"}},
      {FieldId::DestinationPackageVersions, {"IJ107", "IJ207"}},
      {FieldId::Targets, {"IJ207"}},
      {FieldId::Tags, {"IJ207"}},
      {FieldId::AbortCriteriaList, {"IJ207"}},
      {FieldId::RetryCriteriaList, {"IJ207"}},
      {FieldId::TagKey, {"IJ206"}},
      {FieldId::WindowStartTime, {"IJ308"}},
      {FieldId::Document, {"IJ309"}},
      {FieldId::DocumentSource, {"IJ311"}},
      {FieldId::CanceledThings, {"IJ404"}},
      {FieldId::SucceededThings, {"IJ404"}},
      {FieldId::FailedThings, {"IJ404"}},
      {FieldId::RejectedThings, {"IJ404"}},
      {FieldId::QueuedThings, {"IJ404"}},
      {FieldId::InProgressThings, {"IJ404"}},
      {FieldId::RemovedThings, {"IJ404"}},
      {FieldId::TimedOutThings, {"IJ404"}},
      {FieldId::CatalogTag, {"IJ405"}},
      {FieldId::AccountId, {"IJ406"}},
  };
  return table;
}

// 1, 1000, 1.1: as the limit would be written in a file.
std::string number(double v) {
  if (std::floor(v) == v && std::fabs(v) < 1e15) return std::to_string(static_cast<long long>(v));
  std::ostringstream out;
  out << v;
  return out.str();
}

std::string bounds(std::optional<double> lo, std::optional<double> hi, std::string_view unit,
                   std::string_view units) {
  auto with = [&](double n, std::string text) {
    if (units.empty()) return text;
    return text + " " + std::string(n == 1 ? unit : units);
  };
  if (lo && hi) return with(*hi, number(*lo) + ".." + number(*hi));
  if (lo) return "at least " + with(*lo, number(*lo));
  if (hi) return "at most " + with(*hi, number(*hi));
  return {};
}

std::string type_cell(const FieldSpec& s) {
  std::string t(type_name(s.type));
  if (s.type == Type::List && s.item) t += " of " + std::string(type_name(s.item->type));
  if (s.type == Type::Map && s.item) {
    t += " of " + std::string(type_name(s.key ? s.key->type : Type::String)) + " to " +
         std::string(type_name(s.item->type));
  }
  return t;
}

std::string limits_cell(const FieldSpec& s) {
  std::vector<std::string> parts;
  if (s.min || s.max) parts.push_back(bounds(s.min, s.max, "", ""));
  if (s.min_len || s.max_len) {
    const bool list = s.type == Type::List;
    parts.push_back(bounds(s.min_len ? std::optional<double>(*s.min_len) : std::nullopt,
                           s.max_len ? std::optional<double>(*s.max_len) : std::nullopt, list ? "item" : "character",
                           list ? "items" : "characters"));
  }
  if (s.pattern != Pattern::None) parts.push_back("pattern `" + std::string(pattern_regex(s.pattern)) + "`");
  if (!s.enum_values.empty()) {
    std::string values;
    for (auto v : s.enum_values) values += (values.empty() ? "`" : ", `") + std::string(v) + "`";
    parts.push_back("one of " + values);
  }
  if (s.arn != ArnKind::None) {
    const std::string_view kind = arn_kind_name(s.arn);
    const bool vowel = std::string_view("AEIOUaeiou").find(kind.front()) != std::string_view::npos;
    parts.push_back((vowel ? "an " : "a ") + std::string(kind));
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "; ") + p;
  return out;
}

std::vector<std::string_view> rule_codes(const FieldSpec& s) {
  std::set<std::string_view> codes;  // sorted: code order
  if (s.min || s.max) codes.insert("IJ201");
  if (s.min_len || s.max_len) codes.insert("IJ202");
  if (s.pattern != Pattern::None) codes.insert("IJ203");
  if (!s.enum_values.empty()) codes.insert("IJ204");
  if (s.arn != ArnKind::None) codes.insert("IJ205");
  for (const auto& [id, extra] : field_rules()) {
    if (id == s.id) codes.insert(extra.begin(), extra.end());
  }
  return {codes.begin(), codes.end()};
}

std::string rules_cell(const FieldSpec& s, const Registry& reg) {
  std::string out;
  for (auto code : rule_codes(s)) {
    if (!reg.find(code)) throw std::logic_error("fields.md names an unknown rule " + std::string(code));
    out += (out.empty() ? "" : ", ") + std::string("[") + std::string(code) + "](rules/" + std::string(code) + ".md)";
  }
  return out;
}

class FieldTable {
 public:
  FieldTable(Dialect d, const Registry& reg) : dialect_(d), reg_(reg) {}

  std::string render(const FieldSpec& root) {
    out_ = "| camelCase | snake_case | type | required | limits | rules |\n|---|---|---|---|---|---|\n";
    for (const auto& c : root.children) field(c, "", "");
    return out_;
  }

 private:
  static std::string join(const std::string& path, std::string_view name) {
    if (name.empty()) return {};
    return path.empty() ? std::string(name) : path + "." + std::string(name);
  }
  static std::string path_cell(const std::string& path, std::string_view suffix = {}) {
    return path.empty() ? "—" : "`" + cell(path) + "`" + std::string(suffix);
  }

  void row(const FieldSpec& s, const std::string& camel, const std::string& snake, std::string_view suffix = {}) {
    out_ += "| " + path_cell(camel, suffix) + " | " + path_cell(snake, suffix) + " | " + type_cell(s) + " | " +
            (s.is_required(dialect_) ? "yes" : "") + " | " + cell(limits_cell(s)) + " | " + rules_cell(s, reg_) +
            " |\n";
  }

  // A path without a spelling in one convention (a catalog-only field) stays empty below it.
  static std::string below(const std::string& path, std::string_view tail) { return path.empty() ? "" : path + std::string(tail); }

  void field(const FieldSpec& s, const std::string& camel_parent, const std::string& snake_parent) {
    const std::string camel = s.camel.empty() ? std::string() : join(camel_parent, s.camel);
    const std::string snake = join(snake_parent, s.snake);
    row(s, camel, snake);
    contents(s, camel, snake);
  }

  void contents(const FieldSpec& s, const std::string& camel, const std::string& snake) {
    if (s.type == Type::Structure) {
      for (const auto& c : s.children) field(c, camel, snake);
    } else if (s.type == Type::List && s.item) {
      const FieldSpec& item = *s.item;
      const std::string c = below(camel, "[]"), k = below(snake, "[]");
      // a list of objects is described by its items' fields; a list of values by its item
      if (item.type != Type::Structure) row(item, c, k);
      contents(item, c, k);
    } else if (s.type == Type::Map) {
      if (s.key) row(*s.key, camel, snake, " keys");
      if (s.item) row(*s.item, camel, snake, " values");
    }
  }

  Dialect dialect_;
  const Registry& reg_;
  std::string out_;
};

}  // namespace

FieldDoc describe_field(const FieldSpec& s) { return {type_cell(s), limits_cell(s), rule_codes(s)}; }

std::string render_list_rules(const Registry& reg) {
  std::size_t code_w = 0, name_w = 0, sev_w = 0;
  for (const auto& r : reg.rules) {
    code_w = std::max(code_w, r.info->code.size());
    name_w = std::max(name_w, r.info->name.size());
    sev_w = std::max(sev_w, severity_name(r.info->severity).size());
  }
  std::string out;
  for (const auto& r : reg.rules) {
    out += padded(r.info->code, code_w) + "  " + padded(r.info->name, name_w) + "  " +
           padded(severity_name(r.info->severity), sev_w) + "  " + std::string(r.info->summary) + "\n";
  }
  return out;
}

std::string render_explain(const RuleInfo& info) {
  std::string out = "# " + std::string(info.code) + " " + std::string(info.name) + "\n\n";
  out += "Default severity: " + std::string(severity_name(info.severity)) + "\n\n";
  out += std::string(info.summary) + "\n\n";
  out += "## Why\n\n" + std::string(info.rationale) + "\n\n";
  out += example("Fails", info.fail_filename, info.fail_example) + "\n";
  out += example("Passes", info.fail_filename, info.pass_example);
  return out;
}

std::string render_rule_doc_markdown(const RuleInfo& info) { return std::string(kGenerated) + render_explain(info); }

std::string render_rules_index(const Registry& reg) {
  std::string shapes;
  for (std::size_t i = 0; i < reg.shape_order.size(); ++i) {
    shapes += (i == 0 ? "" : i + 1 == reg.shape_order.size() ? " and " : ", ") + std::string("[") +
              std::string(reg.rules[reg.shape_order[i]].info->code) + "](rules/" +
              std::string(reg.rules[reg.shape_order[i]].info->code) + ".md)";
  }
  std::string out(
      "<!-- Generated from the rules' RuleInfo and the prose in src/rule_doc.cpp by `iotjob-lint --write-docs docs`; "
      "do not edit. -->\n\n");
  out += R"(# Rules

Every diagnostic has a code (`IJ` and three digits), a kebab-case name and a default
severity. A code never changes meaning once released, and a retired code is never reused
(IJ007 is reserved). `--select`, `--ignore`, the configuration file and suppression
comments take codes, code prefixes (`IJ1` is every IJ1xx rule) or names
([configuration.md](configuration.md)). Each rule has a page with an example that fails
and one that passes; `iotjob-lint --explain CODE` prints the same page.

## The five groups

- **IJ0xx: the document.** The file parses (JSON, YAML, UTF-8), keys are unique and
  known, values have the right type, required fields are present, and a file you name is
  a job at all.
- **IJ1xx: documented limits.** Limits AWS states in its documentation but not in the API
  model, so no SDK or schema catches them: decimal places of the abort threshold and the
  increment factor, the presigned URL expiry, the in-progress timeout, the schedule's time
  format and window, the number of package versions.
- **IJ2xx: the API model.** The constraints of the AWS IoT API model: number ranges,
  lengths, patterns, allowed values, ARN forms, reserved tag keys and entries that must be
  unique. [fields.md](fields.md) lists them field by field.
- **IJ3xx: relations.** Fields that must agree with each other: `document` and
  `documentSource`, the end behaviour and the end time, the rollout rates and their
  criteria, presigned URLs and their role, document parameters and templates, the cron of
  a maintenance window, the inline document, the region and account of one job's ARNs.
- **IJ4xx: records.** The consistency of jobs that exist, as describe-job output and
  catalog records show them: the ARN and the id, timestamps, the status, counts, catalog
  tags and the account id. They never apply to create-job requests.

Fields are named below in the create-job spelling (camelCase). A rule applies to the same
field in every dialect unless it says otherwise ([dialects.md](dialects.md)), and its
messages spell the field as the file does.

## Where a diagnostic points

- **At the value**: a string from its opening quote to just past its closing one; a number
  or a literal as written; an object or an array from its opening bracket to just past its
  closing one. In YAML: the scalar (with its quotes when quoted), or the first character of
  a block collection.
- **At the key**: the key (with its quotes in JSON).
- **At the object**: the key that holds it; for the top level or an array element, its
  opening `{` (in block YAML, its first key).
- **IJ001** points at the first character the parser cannot accept: after a trailing comma
  the `}` or `]`, for a missing comma the token where one was expected, for input that ends
  too early just past its end.
- Lines and columns are 1-based, columns count Unicode code points, and a range's end is
  exclusive. A UTF-8 byte-order mark takes no column; `\n`, `\r\n` and a lone `\r` each
  end a line. In an NDJSON file lines are the file's, and the JSON report names the record.

## One value, one shape diagnostic

A value gets at most one diagnostic from the *shape* rules, )" +
         shapes + R"(: the first of them, in that order, that is selected and applies.
An empty `roleArn` is IJ202, not also IJ205; an empty `endTime` is IJ202, not also IJ105;
`"60"` for `expiresInSec` is IJ004 only. A value of the wrong type gets nothing else,
whether or not IJ004 is selected: no range, precision or relation diagnostic is derived
from it.

The *limit* rules (IJ101 to IJ104, IJ201) judge values of the right type, and one value may
break two limits: `100.001` for `thresholdPercentage` is IJ101 and IJ201. The relation
rules (IJ3xx, IJ4xx) look at which fields are present and at values of the right type, so a
shape diagnostic does not stop them: an empty `documentSource` beside a `document` is IJ202
and IJ301.

## Numbers are judged as written

Precision and ranges read the number as the file writes it, never after a conversion to
binary floating point. `1.15`, `64.99`, `0.29` and `10.10` have two decimal places;
`1.099e1` is 10.99 (two); `1e-3` is 0.001 (three); `10.100` is 10.1 (trailing zeros do not
count). `5.0000000000000000001` is above 5. In YAML a hexadecimal or octal integer has no
decimal places.

## Severity and selection

- An `error` makes the exit code 1; a `warning` or an `info` does so only when `--fail-on`
  (or `fail-on` in the configuration) lowers the threshold. The configuration's `severity`
  changes a rule's severity.
- A rule that is not selected never runs. Switching a rule off never hides another rule's
  diagnostics, except as "One value, one shape diagnostic" says, and IJ001 stops the
  linting of its document.
- In YAML files a comment can suppress a rule on one line or in the whole file; IJ001
  cannot be suppressed ([configuration.md](configuration.md)).

## The rules

)";
  out += "| code | name | severity | summary |\n|---|---|---|---|\n";
  for (const auto& r : reg.rules) {
    const RuleInfo& i = *r.info;
    out += "| [" + std::string(i.code) + "](rules/" + std::string(i.code) + ".md) | " + cell(i.name) + " | " +
           std::string(severity_name(i.severity)) + " | " + cell(i.summary) + " |\n";
  }
  return out;
}

std::string render_fields_markdown(const Registry& reg) {
  std::string out(kFieldsGenerated);
  out += R"(# Fields

Every field iotjob-lint knows, one table per dialect ([dialects.md](dialects.md)): both
spellings, the type, whether it is required, the limits of the AWS IoT API model, and the
rules that judge the value. A key that is not in the table for its object is
[IJ003](rules/IJ003.md); a value of another type is [IJ004](rules/IJ004.md); a required
field that is absent is [IJ005](rules/IJ005.md). Rules about several fields at once
(IJ3xx, and IJ4xx for records) are described in [rules.md](rules.md).

- **Spellings.** create-job and template requests and describe-job responses spell fields
  in camelCase, catalog records in snake_case, CloudFormation in PascalCase. A key in
  another spelling is IJ003, and its message names the right one. `—`: the field has no
  spelling in that convention.
- **Paths.** `a.b` is the field `b` of the object `a`; `a[]` is each item of the list `a`;
  "`a` keys" and "`a` values" are the keys and the values of the map `a`.
- **Types.** `string`; `integer`: a whole number, signed 32-bit; `long`: a whole number,
  signed 64-bit; `double`: any number; `boolean`; `timestamp`: epoch seconds (a number) or
  a date-time string ([IJ402](rules/IJ402.md) lists the forms); `structure`: an object with
  the fields listed below it; `list`: an array; `map`: an object whose keys are yours to
  choose. Integer and long fields take integer literals only: `5.0` and `6e2` are IJ004.
- **Required** fields are required when the object that holds them is present. In records
  (describe-job, catalog, describe-job-template) a field whose value is `null` counts as
  absent; in a request (create-job, create-job-template, CloudFormation) `null` is IJ004.
- **Limits.** Ranges are inclusive and judge the number as written in the file. A length
  counts characters (Unicode code points) in a string and items in a list. Patterns are
  the API model's (Java regular expressions): `\p{C}` is any control, format, private-use,
  unassigned or surrogate character; `\p{L}`, `\p{Z}` and `\p{N}` any letter, space or
  number of any script; `\p{Upper}` and `\p{Digit}` only `A-Z` and `0-9`. The form of each
  kind of ARN is described in [IJ205](rules/IJ205.md).
- **Rules** lists the rules that judge the value itself; the limits that are not in the
  API model (precision, the schedule window, the number of package versions, …) are rules
  of their own, linked there.
)";
  struct Section {
    Dialect dialect;
    std::string_view about;
  };
  const Section sections[] = {
      {Dialect::CreateJob,
       "A CreateJob request, as `aws iot create-job --cli-input-json file://job.json` reads it. Spelled in camelCase."},
      {Dialect::DescribeJob,
       "A DescribeJob response, as `aws iot describe-job` prints it: the job's fields sit under `job`. Spelled in "
       "camelCase."},
      {Dialect::Catalog,
       "A resource catalog record of type `aws_iot_job`. Spelled in snake_case; `account_id` and `tags` (a list of "
       "`\"key:value\"` strings) are the catalog's own."},
      {Dialect::CreateJobTemplate,
       "A CreateJobTemplate request, as `aws iot create-job-template --cli-input-json file://template.json` reads it. "
       "Spelled in camelCase."},
      {Dialect::DescribeJobTemplate,
       "A DescribeJobTemplate response, as `aws iot describe-job-template` prints it. Spelled in camelCase; `null` "
       "counts as absent, as in the other records."},
      {Dialect::CloudFormation,
       "One `AWS::IoT::JobTemplate` resource of a CloudFormation template (`Resources/NAME`), in CloudFormation's "
       "PascalCase. The Properties table is generated from the resource schema cfn-lint ships (by "
       "`tools/gen_cfn_fields.py`) and tightened with the API's limits for the same field, so a value passes only "
       "when both CloudFormation and AWS IoT accept it. A value written as an intrinsic function (`!Ref`, "
       "`!Sub`, `{\"Fn::If\": …}`) is known only at deploy time and is not judged. The resource's other attributes "
       "are CloudFormation's."},
  };
  for (const auto& section : sections) {
    out += "\n## " + std::string(dialect_name(section.dialect)) + "\n\n" + std::string(section.about) + "\n\n";
    out += FieldTable(section.dialect, reg).render(schema(section.dialect));
  }
  return out;
}

}  // namespace ijl
