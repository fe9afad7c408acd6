// Builds the benchmark inputs from a fixed-seed generator, so every run lints the same bytes.
#include "corpus.hpp"

#include <cstdint>
#include <cstdio>

#include <nlohmann/json.hpp>

namespace ijl::bench {
namespace {

using Json = nlohmann::ordered_json;  // file order as a person writes it, not sorted keys

constexpr const char* kAccount = "123456789012";
constexpr const char* kRegion = "us-east-1";

// splitmix64: tiny and fully specified, unlike std's distributions, whose output may
// differ between standard libraries.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

 private:
  std::uint64_t state_;
};

std::string arn(const char* kind, const std::string& name) {
  return std::string("arn:aws:iot:") + kRegion + ":" + kAccount + ":" + kind + "/" + name;
}

std::string padded(std::size_t n, int width) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%0*zu", width, n);
  return buf;
}

Json create_job(std::size_t seed, bool mistakes) {
  Rng rng(seed * 7919 + 20261127);
  Json targets = Json::array();
  for (std::size_t t = 0, n = 1 + rng.below(3); t < n; ++t)
    targets.push_back(arn("thinggroup", "fleet-" + std::to_string(rng.below(50))));
  Json tags = Json::array();
  for (std::size_t k = 0, n = 1 + rng.below(11); k < n; ++k)
    tags.push_back({{"Key", "team" + std::to_string(k)}, {"Value", "firmware"}});
  Json job = {
      {"jobId", "fw-" + padded(seed, 6)},
      {"targets", targets},
      {"documentSource", "https://s3.amazonaws.com/firmware-" + std::to_string(rng.below(9)) + "/jobs/fw-" +
                             std::to_string(seed) + ".json"},
      {"description", "Firmware rollout " + std::string(rng.below(400), 'x')},
      {"presignedUrlConfig",
       {{"roleArn", std::string("arn:aws:iam::") + kAccount + ":role/JobSigner"}, {"expiresInSec", 3600}}},
      {"targetSelection", "SNAPSHOT"},
      {"jobExecutionsRolloutConfig",
       {{"maximumPerMinute", 500},
        {"exponentialRate",
         {{"baseRatePerMinute", 50},
          {"incrementFactor", 1.5},
          {"rateIncreaseCriteria", {{"numberOfSucceededThings", 100}}}}}}},
      {"abortConfig",
       {{"criteriaList", Json::array({{{"failureType", "FAILED"},
                                       {"action", "CANCEL"},
                                       {"thresholdPercentage", 10.5},
                                       {"minNumberOfExecutedThings", 100}}})}}},
      {"timeoutConfig", {{"inProgressTimeoutInMinutes", 60}}},
      {"tags", tags},
  };
  if (mistakes) {
    job["abortConfig"]["criteriaList"][0]["thresholdPercentage"] = 10.999;
    job["jobExecutionsRolloutConfig"]["exponentialRate"]["incrementFactor"] = 1.55;
    job["presignedUrlConfig"]["expiresInSec"] = 30;
    job["timeoutConfig"]["inProgressTimeoutInMinutes"] = 20160;
    job["jobID"] = job["jobId"];
    job.erase("jobId");
  }
  return job;
}

bool plain_yaml_scalar(const std::string& s) {
  if (s.empty() || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z'))) return false;
  if (s == "true" || s == "false" || s == "null" || s == "True" || s == "False" || s == "Null") return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_' || c == '.' || c == '/' || c == ' ' || c == ':';
    // ": " would start a mapping value, a trailing space or colon would be lost or misread
    if (!ok || (c == ':' && (i + 1 == s.size() || s[i + 1] == ' ')) || (c == ' ' && i + 1 == s.size()))
      return false;
  }
  return true;
}

// Block style; a collection item's first line takes the "- " in place of its indentation.
void emit_yaml(const Json& v, std::size_t indent, std::string& out) {
  const std::string pad(indent, ' ');
  // `seq_indent`: a sequence under a key may sit at the key's indentation, not under "- "
  auto value = [&](const Json& child, std::size_t seq_indent) {
    if (child.is_object() && !child.empty()) {
      out += '\n';
      emit_yaml(child, indent + 2, out);
    } else if (child.is_array() && !child.empty()) {
      out += '\n';
      emit_yaml(child, seq_indent, out);
    } else if (child.is_string() && plain_yaml_scalar(child.get<std::string>())) {
      out += ' ' + child.get<std::string>() + '\n';
    } else {
      out += ' ' + child.dump() + '\n';  // a JSON scalar, `{}` or `[]` is valid YAML flow
    }
  };
  if (v.is_object()) {
    for (const auto& [key, child] : v.items()) {
      out += pad + key + ':';
      value(child, indent);
    }
  } else {
    for (const Json& item : v) {
      if (item.is_object() && !item.empty()) {
        std::string block;
        emit_yaml(item, indent + 2, block);
        out += pad + "- " + block.substr(indent + 2);
      } else {
        out += pad + '-';
        value(item, indent + 2);
      }
    }
  }
}

}  // namespace

std::string create_job_json(std::size_t seed, bool mistakes) {
  return create_job(seed, mistakes).dump(2) + '\n';
}

std::string create_job_yaml(std::size_t seed) {
  std::string out = "# firmware rollout\n";
  emit_yaml(create_job(seed, false), 0, out);
  return out;
}

std::string catalog_ndjson(std::size_t records) {
  Rng rng(20261127);
  std::string out;
  for (std::size_t i = 0; i < records; ++i) {
    const bool bad = i % 50 == 17;
    const std::string id = "fw-" + padded(i, 7);
    Json record = {
        {"account_id", kAccount},
        {"document_source", "https://s3.amazonaws.com/firmware/jobs/" + id + ".json"},
        {"job",
         {{"job_id", id},
          {"job_arn", arn("job", id)},
          {"status", "COMPLETED"},
          {"targets", Json::array({arn("thinggroup", "fleet-" + std::to_string(rng.below(50)))})},
          {"created_at", "2026-11-20T10:00:00Z"},
          {"completed_at", "2026-11-21T10:00:00Z"},
          {"abort_config",
           {{"criteria_list", Json::array({{{"failure_type", "FAILED"},
                                            {"action", "CANCEL"},
                                            {"threshold_percentage", bad ? 10.999 : 10.5},
                                            {"min_number_of_executed_things", 100}}})}}},
          {"job_process_details",
           {{"number_of_succeeded_things", rng.below(1000)}, {"number_of_failed_things", rng.below(10)}}}}},
        {"tags", Json::array({"team:firmware", "env:prod"})},
    };
    out += record.dump() + '\n';
  }
  return out;
}

}  // namespace ijl::bench
