// IJ311 document-source-url: documentSource is not an https:// S3 object URL of a documented form.
#include "arn.hpp"
#include "rules.hpp"
#include "rule_util.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ311",
    .name = "document-source-url",
    .severity = Severity::Error,
    .summary = "documentSource is not an https:// Amazon S3 object URL",
    .rationale =
        "The AWS IoT API reference describes documentSource as \"An S3 link, or S3 object URL, to the job "
        "document. The link is an Amazon S3 object URL\", with the example "
        "https://s3.region-code.amazonaws.com/example-firmware/device-firmware.1.0, and refers to the "
        "Amazon S3 User Guide's \"Methods for accessing a bucket\" "
        "(docs.aws.amazon.com/AmazonS3/latest/userguide/access-bucket-intro.html). That page gives the "
        "path-style form https://s3.region-code.amazonaws.com/bucket-name/key-name and the "
        "virtual-hosted-style form https://bucket-name.s3.region-code.amazonaws.com/key-name, and says "
        "that some older Regions also support s3-Region endpoints "
        "(https://my-bucket.s3-us-west-2.amazonaws.com). The legacy global endpoint s3.amazonaws.com, "
        "without a Region, serves both styles (the same API reference writes "
        "${aws:iot:s3-presigned-url:https://s3.amazonaws.com/bucket/key}), and China Regions end in "
        "amazonaws.com.cn. So documentSource must be https:// and then either s3.amazonaws.com, "
        "s3.REGION.amazonaws.com or s3-REGION.amazonaws.com followed by /BUCKET/KEY, or "
        "BUCKET.s3.amazonaws.com, BUCKET.s3.REGION.amazonaws.com or BUCKET.s3-REGION.amazonaws.com "
        "followed by /KEY, with a key that is not empty. An s3://bucket/key URI is not an object URL: "
        "botocore's documentation of documentSource, which the AWS CLI's create-job page repeats, says "
        "the same \"The link is an Amazon S3 object URL\" and shows only https:// links. Dual-stack, "
        "FIPS and Transfer Acceleration endpoints are not among the documented forms. A bucket name is "
        "checked only for what every bucket has: 3 to 255 letters, digits, '.', '-' and '_' (the 3 to 63 "
        "lower-case characters asked of new buckets do not hold for buckets created in us-east-1 before "
        "March 2018). A value with a local YAML tag (CloudFormation's !Sub) is not a URL yet and is left "
        "alone. An empty value is IJ202 only.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "s3://acme-jobs/firmware/job.json"
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://acme-jobs.s3.us-east-1.amazonaws.com/firmware/job.json"
}
)",
};

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

struct Endpoint {
  bool path_style = true;
  std::string_view bucket;  // virtual-hosted style: the bucket named in the host
};

// s3 | s3.REGION | s3-REGION, optionally after BUCKET., then .amazonaws.com or .amazonaws.com.cn.
std::optional<Endpoint> s3_endpoint(std::string_view host) {
  std::string_view rest;
  if (ends_with(host, ".amazonaws.com")) {
    rest = host.substr(0, host.size() - 14);
  } else if (ends_with(host, ".amazonaws.com.cn")) {
    rest = host.substr(0, host.size() - 17);
  } else {
    return std::nullopt;
  }
  auto in_host = [](std::string_view bucket) { return Endpoint{false, bucket}; };
  if (rest == "s3") return Endpoint{};
  if (ends_with(rest, ".s3")) return in_host(rest.substr(0, rest.size() - 3));
  // regions hold no dot: the endpoint label is the last one
  std::size_t dot = rest.rfind('.');
  std::string_view last = dot == std::string_view::npos ? rest : rest.substr(dot + 1);
  std::string_view head = dot == std::string_view::npos ? std::string_view() : rest.substr(0, dot);
  if (last.substr(0, 3) == "s3-" && is_region(last.substr(3))) {
    return dot == std::string_view::npos ? Endpoint{} : in_host(head);
  }
  if (dot != std::string_view::npos && is_region(last)) {
    if (head == "s3") return Endpoint{};
    if (ends_with(head, ".s3")) return in_host(head.substr(0, head.size() - 3));
  }
  return std::nullopt;
}

bool is_bucket_name(std::string_view b) {
  if (b.size() < 3 || b.size() > 255) return false;
  for (char c : b) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
              c == '_';
    if (!ok) return false;
  }
  return true;
}

// What is wrong with `url`, as the end of a message; nullopt for a documented S3 object URL.
std::optional<std::string> url_problem(std::string_view url) {
  constexpr std::string_view scheme = "https://";
  if (url.substr(0, scheme.size()) != scheme) return std::string("is not an https:// S3 object URL");
  std::string_view rest = url.substr(scheme.size());
  std::size_t slash = rest.find('/');
  std::string_view host = rest.substr(0, slash);
  std::string_view path = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
  path = path.substr(0, path.find_first_of("?#"));
  auto endpoint = s3_endpoint(host);
  if (!endpoint) return "is not an S3 object URL: " + quote(host) + " is not an Amazon S3 host";
  std::string_view bucket = endpoint->bucket, key = path;
  if (endpoint->path_style) {
    std::size_t end = path.find('/');
    bucket = path.substr(0, end);
    key = end == std::string_view::npos ? std::string_view() : path.substr(end + 1);
  }
  if (bucket.empty()) return std::string("has no bucket");
  if (!is_bucket_name(bucket)) {
    return "has bucket " + quote(bucket) + ", which is not a bucket name (3 to 255 letters, digits, '.', '-', '_')";
  }
  if (key.empty()) return std::string("has no object key");
  return std::nullopt;
}

bool applies(const FieldSpec& s) { return s.id == FieldId::DocumentSource; }

bool shape(const Job& job, const Bound& b, Context& ctx) {
  if (!applies(*b.spec) || !b.node->is_string()) return false;
  // a CloudFormation intrinsic function (`!Sub …`, `!Ref …`) is resolved at deploy time
  if (!b.node->tag.empty() && b.node->tag[0] == '!') return false;
  auto problem = url_problem(b.node->text);
  if (!problem) return false;
  ctx.report(b, job.name(b) + " " + quote(b.node->text) + " " + *problem);
  return true;
}

}  // namespace

const Rule IJ311{&info, nullptr, shape, applies};

}  // namespace ijl::rules
