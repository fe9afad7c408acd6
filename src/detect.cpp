// Dialect detection by strong evidence, and the job-key scan of files that do not parse.
#include "detect.hpp"

#include <array>

namespace ijl {
namespace {

char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Any top-level member named `field` in any spelling; the later one when several are.
const Member* find_any(const Node& obj, std::string_view field) {
  const Member* found = nullptr;
  for (const auto& m : obj.members) {
    if (same_field_name(m.key, field)) found = &m;
  }
  return found;
}

// Counts keys spelled the snake_case way vs the camelCase way (where they differ).
void count_spellings(const Node& obj, const FieldSpec& spec, int& snake, int& camel) {
  for (const auto& m : obj.members) {
    for (const auto& c : spec.children) {
      if (m.key != c.snake && m.key != c.camel) continue;
      // `job`, `targets`: one spelling for both, so they count for neither (but are entered)
      if (!c.camel.empty() && c.snake != c.camel) (m.key == c.snake ? snake : camel)++;
      const FieldSpec* inner = c.type == Type::List ? c.item.get() : &c;
      if (!inner || inner->type != Type::Structure) break;
      if (m.value.is_object()) count_spellings(m.value, *inner, snake, camel);
      if (m.value.is_array() && c.type == Type::List) {
        for (const auto& it : m.value.items) {
          if (it.is_object()) count_spellings(it, *inner, snake, camel);
        }
      }
      break;
    }
  }
}

std::optional<Dialect> detect_record(const Node& root) {
  const Member* job = find_any(root, "job");
  if (!job) return std::nullopt;
  bool holds_id = job->value.is_object() && (find_any(job->value, "jobId") || find_any(job->value, "jobArn"));
  bool account = find_any(root, "account_id") != nullptr;
  if (!holds_id && !account && !find_any(root, "documentSource")) return std::nullopt;
  if (account) return Dialect::Catalog;
  int snake = 0, camel = 0;
  // the catalog table holds both spellings of every record field
  count_spellings(root, schema(Dialect::Catalog), snake, camel);
  return snake > camel ? Dialect::Catalog : Dialect::DescribeJob;
}

// A top-level Resources object with an AWS::IoT::JobTemplate resource (CloudFormation's own
// keys are case-sensitive, so only these spellings count).
bool is_cloudformation(const Node& root) {
  const Member* resources = root.find("Resources");
  if (!resources || !resources->value.is_object()) return false;
  for (const auto& r : resources->value.members) {
    if (is_job_template_resource(r.value)) return true;
  }
  return false;
}

bool names(const std::vector<std::string>* supplied, std::string_view field) {
  if (!supplied) return false;
  for (const auto& s : *supplied) {
    if (same_field_name(s, field)) return true;
  }
  return false;
}

bool is_create_job(const Node& root, const std::vector<std::string>* supplied) {
  if (find_any(root, "jobId")) return true;
  bool document = find_any(root, "document") || find_any(root, "documentSource") || find_any(root, "jobTemplateArn");
  return document && (find_any(root, "targets") || names(supplied, "targets") || names(supplied, "jobId"));
}

constexpr std::array<std::string_view, 4> kEvidenceKeys = {"jobId", "jobArn", "jobTemplateId", "documentSource"};

bool is_evidence_key(std::string_view key) {
  for (auto k : kEvidenceKeys) {
    if (same_field_name(key, k)) return true;
  }
  return false;
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Every `"…"` followed by `:` is a key; escapes are skipped, not decoded (a job key has none).
bool json_shows_job_key(std::string_view t) {
  for (std::size_t i = t.find('"'); i != std::string_view::npos; i = t.find('"', i)) {
    std::size_t end = i + 1;
    while (end < t.size() && t[end] != '"' && t[end] != '\n') end += t[end] == '\\' ? 2 : 1;
    if (end >= t.size() || t[end] != '"') {
      i = end;
      continue;
    }
    std::size_t after = end + 1;
    while (after < t.size() && is_blank(t[after])) ++after;
    if (after < t.size() && t[after] == ':' && is_evidence_key(t.substr(i + 1, end - i - 1))) return true;
    i = end + 1;
  }
  return false;
}

// A key starting a line, after indentation and `- ` sequence markers, optionally quoted.
bool yaml_shows_job_key(std::string_view t) {
  for (std::size_t pos = 0; pos < t.size();) {
    std::size_t nl = t.find('\n', pos);
    std::string_view line = t.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? t.size() : nl + 1;
    std::size_t i = 0;
    for (;;) {
      while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
      if (i + 1 < line.size() && line[i] == '-' && (line[i + 1] == ' ' || line[i + 1] == '\t')) {
        ++i;
        continue;
      }
      break;
    }
    char quote = i < line.size() && (line[i] == '"' || line[i] == '\'') ? line[i] : 0;
    if (quote) ++i;
    std::size_t end = i;
    while (end < line.size() && (quote ? line[end] != quote : line[end] != ':' && !is_blank(line[end]))) ++end;
    std::size_t colon = end + (quote ? 1 : 0);
    while (colon < line.size() && (line[colon] == ' ' || line[colon] == '\t')) ++colon;
    if (end > i && colon < line.size() && line[colon] == ':' && is_evidence_key(line.substr(i, end - i))) return true;
  }
  return false;
}

}  // namespace

bool same_field_name(std::string_view key, std::string_view field) {
  // most keys differ at once: `_` never starts a field name, so a first letter decides
  if (!key.empty() && !field.empty() && key[0] != '_' && fold(key[0]) != fold(field[0])) return false;
  std::size_t i = 0, j = 0;
  for (;;) {
    while (i < key.size() && key[i] == '_') ++i;
    while (j < field.size() && field[j] == '_') ++j;
    if (i == key.size() || j == field.size()) return i == key.size() && j == field.size();
    if (fold(key[i]) != fold(field[j])) return false;
    ++i;
    ++j;
  }
}

std::optional<Dialect> detect_dialect(const Node& root, const std::vector<std::string>* supplied) {
  if (!root.is_object()) return std::nullopt;
  if (auto record = detect_record(root)) return record;
  if (find_any(root, "jobTemplateId")) {
    bool described = find_any(root, "jobTemplateArn") || find_any(root, "createdAt");
    return described ? Dialect::DescribeJobTemplate : Dialect::CreateJobTemplate;
  }
  if (is_cloudformation(root)) return Dialect::CloudFormation;
  if (is_create_job(root, supplied)) return Dialect::CreateJob;
  return std::nullopt;
}

bool is_top_level_field_name(std::string_view name) {
  for (Dialect d : {Dialect::CreateJob, Dialect::CreateJobTemplate}) {
    for (const auto& c : schema(d).children) {
      if (same_field_name(name, c.camel)) return true;
    }
  }
  return false;
}

bool is_job_template_resource(const Node& resource) {
  if (!resource.is_object()) return false;
  const Member* type = resource.find("Type");
  return type && type->value.is_string() && type->value.text == "AWS::IoT::JobTemplate";
}

bool text_shows_job_key(std::string_view text, bool yaml) {
  if (text.find("AWS::IoT::JobTemplate") != std::string_view::npos) return true;
  return yaml ? yaml_shows_job_key(text) : json_shows_job_key(text);
}

}  // namespace ijl
