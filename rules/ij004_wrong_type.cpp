// IJ004 wrong-type: a value's JSON type differs from the field's (first of the shape rules).
#include "rules.hpp"
#include "rule_util.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ004",
    .name = "wrong-type",
    .severity = Severity::Error,
    .summary = "A value's type differs from the field's",
    .rationale = "AWS rejects a request whose values have the wrong type. Integer fields take integer "
                 "literals only (5.0 and 6e2 are not integers) within the signed 32-bit (integer) or 64-bit "
                 "(long) range; \"60\" is a string, not a number; null is not allowed in a create-job "
                 "request (in records it means absent). A timestamp must be epoch seconds or a parseable "
                 "date-time string. An explicit YAML tag is honoured: !!float 600 is no integer, and a "
                 "!!binary or !!timestamp scalar is no string (a !!timestamp date-time fits a record's "
                 "createdAt). A value of the wrong type gets no other diagnostic.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "timeoutConfig": { "inProgressTimeoutInMinutes": "60" }
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "timeoutConfig": { "inProgressTimeoutInMinutes": 60 }
}
)",
};

namespace {

std::string_view expected(Type t) {
  switch (t) {
    case Type::String: return "a string";
    case Type::Integer: return "an integer";
    case Type::Long: return "an integer";
    case Type::Double: return "a number";
    case Type::Boolean: return "a boolean";
    case Type::Any: return "any value";
    case Type::Timestamp: return "a timestamp (epoch seconds or a date-time string)";
    case Type::Structure: return "an object";
    case Type::Map: return "an object of strings";
    case Type::List: return "an array";
  }
  return "a value";
}

std::string shown(const Node& n) {
  // an explicit YAML tag decides what the value is
  if (n.tag == "tag:yaml.org,2002:float" && n.is_number()) return "a !!float number (" + n.text + ")";
  if (n.tag == "tag:yaml.org,2002:binary") return "a !!binary scalar";
  if (n.tag == "tag:yaml.org,2002:timestamp") return "a !!timestamp scalar";
  switch (n.kind) {
    case Kind::String: return "the string " + quote(n.text);
    case Kind::Number: return n.text;
    case Kind::Bool: return n.boolean ? "true" : "false";
    case Kind::Null: return "null";
    case Kind::Array: return "an array";
    case Kind::Object: return "an object";
  }
  return "";
}

bool shape(const Job& job, const Bound& b, Context& ctx) {
  if (b.type_ok) return false;
  const Type t = b.spec->type;
  const Node& n = *b.node;
  std::string msg = job.name(b) + " must be " + std::string(expected(t)) + ", not " + shown(n);
  if ((t == Type::Integer || t == Type::Long) && n.is_number() && n.tag != "tag:yaml.org,2002:float" &&
      n.text.find_first_of(".eE") == std::string::npos) {
    msg = job.name(b) + " " + n.text + " is outside the signed " + (t == Type::Integer ? "32" : "64") +
          "-bit integer range";
  } else if (t == Type::Timestamp && n.is_string() && n.tag != "tag:yaml.org,2002:binary") {
    msg = job.name(b) + " " + quote(n.text) + " is not a valid timestamp";
  }
  ctx.report(b, msg);
  return true;
}

}  // namespace

const Rule IJ004{&info, nullptr, shape};

}  // namespace ijl::rules
