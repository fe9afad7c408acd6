// Diagnostics, hover, completion and code actions as LSP JSON, positions in the negotiated encoding.
#include "lsp_features.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "detect.hpp"
#include "rule_doc.hpp"

namespace ijl::lsp {
namespace {

// Positions of many offsets, resolved in increasing order so that a long line is counted once.
class PositionTable {
 public:
  PositionTable(std::string_view text, std::vector<std::uint32_t> offsets, Encoding e) : lines_(text) {
    std::sort(offsets.begin(), offsets.end());
    offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
    for (std::uint32_t o : offsets) table_.emplace_back(o, lines_.position(o, e));
  }
  json at(std::uint32_t offset) const {
    auto it = std::lower_bound(table_.begin(), table_.end(), offset,
                               [](const auto& entry, std::uint32_t o) { return entry.first < o; });
    const TextPosition p = it == table_.end() ? TextPosition{} : it->second;
    return {{"line", p.line}, {"character", p.character}};
  }
  json range(Range r) const { return {{"start", at(r.begin)}, {"end", at(r.end)}}; }

 private:
  TextLines lines_;
  std::vector<std::pair<std::uint32_t, TextPosition>> table_;
};

json range_json(const TextLines& lines, Range r, Encoding e) {
  auto pos = [&](std::uint32_t o) {
    TextPosition p = lines.position(o, e);
    return json{{"line", p.line}, {"character", p.character}};
  };
  return {{"start", pos(r.begin)}, {"end", pos(r.end)}};
}

// LSP's DiagnosticSeverity: 1 error, 2 warning, 3 information.
int lsp_severity(Severity s) {
  switch (s) {
    case Severity::Error: return 1;
    case Severity::Warning: return 2;
    case Severity::Info: return 3;
  }
  return 1;
}

std::string rule_url(const std::string& docs_url, std::string_view code) {
  std::string url = docs_url;
  const std::size_t at = url.find("{code}");
  if (at == std::string::npos) return url + std::string(code);
  return url.replace(at, 6, code);
}

json diagnostic_json(const Diagnostic& d, const PositionTable& positions, const std::string& docs_url,
                     const std::optional<std::string>& related_uri) {
  json out = {{"range", positions.range(d.range)},
              {"severity", lsp_severity(d.severity)},
              {"code", std::string(d.rule->code)},
              {"source", "iotjob-lint"},
              {"message", d.message}};
  if (!docs_url.empty()) out["codeDescription"] = {{"href", rule_url(docs_url, d.rule->code)}};
  if (related_uri && !d.related.empty()) {
    json related = json::array();
    for (const Related& r : d.related) {
      related.push_back({{"location", {{"uri", *related_uri}, {"range", positions.range(r.range)}}}, {"message", r.message}});
    }
    out["relatedInformation"] = std::move(related);
  }
  return out;
}

PositionTable positions_of(const Buffer& b, const std::vector<const Diagnostic*>& ds) {
  std::vector<std::uint32_t> offsets;
  for (const Diagnostic* d : ds) {
    offsets.push_back(d->range.begin);
    offsets.push_back(d->range.end);
    for (const Related& r : d->related) {
      offsets.push_back(r.range.begin);
      offsets.push_back(r.range.end);
    }
    if (!d->fix) continue;
    for (const Edit& e : d->fix->edits) {
      offsets.push_back(e.range.begin);
      offsets.push_back(e.range.end);
    }
  }
  return PositionTable(b.text, std::move(offsets), b.encoding);
}

// The AWS IoT API model's documentation of the fields, generated from botocore's model.
struct ModelDoc {
  std::string_view shape;  // the request or response the path starts at
  std::string_view path;   // member names in lower case, `.`-separated; `[]`: a list's item
  std::string_view text;   // Markdown
};
constexpr ModelDoc kModelDocs[] = {
#include "field_descriptions.inc"
};

// The fields of a catalog record are describe-job's, a CloudFormation resource's Properties
// create-job-template's: the API shape each dialect's fields come from.
Dialect api_dialect(Dialect d) {
  if (d == Dialect::Catalog) return Dialect::DescribeJob;
  if (d == Dialect::CloudFormation) return Dialect::CreateJobTemplate;
  return d;
}

std::string_view api_shape(Dialect d) {
  switch (api_dialect(d)) {
    case Dialect::DescribeJob: return "DescribeJobResponse";
    case Dialect::CreateJobTemplate: return "CreateJobTemplateRequest";
    case Dialect::DescribeJobTemplate: return "DescribeJobTemplateResponse";
    default: return "CreateJobRequest";
  }
}

// The model's words on the field at the end of `chain`. The chain is followed by field id
// through the API dialect's table, whose names are the model's (a catalog spells them in
// snake_case, CloudFormation renames some).
std::string_view model_doc(Dialect d, const std::vector<const FieldSpec*>& chain) {
  const FieldSpec* at = &schema(api_dialect(d));
  std::string path;
  for (const FieldSpec* s : chain) {
    if (s->id == FieldId::CfnProperties) continue;
    if (at->type == Type::List && at->item && at->item->id == s->id) {
      path += "[]";
      at = at->item.get();
      continue;
    }
    const FieldSpec* next = nullptr;
    for (const auto& c : at->children) {
      if (c.id == s->id && !c.camel.empty()) next = &c;
    }
    if (!next) return {};
    path += path.empty() ? "" : ".";
    for (char c : next->camel) path += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    at = next;
  }
  for (const ModelDoc& row : kModelDocs) {
    if (row.shape == api_shape(d) && row.path == path) return row.text;
  }
  return {};
}

std::string field_markdown(const FieldSpec& s, std::string_view name, Dialect d, std::string_view description) {
  const FieldDoc doc = describe_field(s);
  std::string out = "**" + std::string(name) + "** · " + doc.type;
  if (s.is_required(d)) out += " · required";
  out += " (" + std::string(dialect_name(d)) + ")\n\n";
  if (!doc.limits.empty()) out += doc.limits + "\n\n";
  if (!doc.rules.empty()) {
    out += "Checked by ";
    for (std::size_t i = 0; i < doc.rules.size(); ++i) out.append(i ? ", " : "").append(doc.rules[i]);
    out += ".\n";
  }
  if (!description.empty()) out.append("\n").append(description).append("\n");
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

// How a field is named in documentation: its spelling, or its list's name and `[]`.
std::string field_name(const FieldSpec& s, const std::vector<Segment>& path, Dialect d) {
  if (!s.spelling(d).empty()) return std::string(s.spelling(d));
  std::string name;
  for (const auto& seg : path) name = seg.item ? name + "[]" : seg.key;
  return name;
}

bool overlaps(Range a, std::uint32_t begin, std::uint32_t end) {
  // an empty range (IJ001 at the end of input) overlaps where it stands
  return a.begin <= end && begin <= std::max(a.end, a.begin);
}

json completion_item(const std::string& label, int kind, const std::string& detail, const std::string& doc,
                     json range, const std::string& new_text, const std::string& filter, std::size_t order) {
  char sort[16];
  std::snprintf(sort, sizeof sort, "%04zu", order);
  return {{"label", label},
          {"kind", kind},
          {"detail", detail},
          {"documentation", {{"kind", "markdown"}, {"value", doc}}},
          {"textEdit", {{"range", std::move(range)}, {"newText", new_text}}},
          {"filterText", filter},
          {"sortText", sort}};
}

// LSP CompletionItemKind
constexpr int kProperty = 10;
constexpr int kEnumMember = 20;

}  // namespace

json to_lsp_diagnostics(const Buffer& b, const std::string& docs_url, const std::optional<std::string>& related_uri) {
  json out = json::array();
  if (!b.diagnostics) return out;
  std::vector<const Diagnostic*> ds;
  for (const Diagnostic& d : *b.diagnostics) ds.push_back(&d);
  const PositionTable positions = positions_of(b, ds);
  for (const Diagnostic* d : ds) out.push_back(diagnostic_json(*d, positions, docs_url, related_uri));
  return out;
}

Place locate(const Buffer& b, std::uint32_t offset, At at) {
  if (b.format == InputFormat::Yaml) return locate_yaml(b.text, offset, at);
  if (b.format == InputFormat::Json) return locate_json(b.text, offset, at);
  // NDJSON: each line is a document of its own
  std::size_t begin = offset == 0 ? 0 : b.text.rfind('\n', offset - 1);
  begin = begin == std::string_view::npos ? 0 : (offset == 0 ? 0 : begin + 1);
  std::size_t end = b.text.find('\n', offset);
  if (end == std::string_view::npos) end = b.text.size();
  const auto base = static_cast<std::uint32_t>(begin);
  Place p = locate_json(b.text.substr(begin, end - begin), offset - base, at);
  p.token.begin += base;
  p.token.end += base;
  return p;
}

bool resolve_chain(Dialect d, const std::vector<Segment>& path, std::vector<const FieldSpec*>& chain) {
  const FieldSpec* spec = &schema(d);
  std::size_t i = 0;
  if (!path.empty() && path[0].item) i = 1;
  if (d == Dialect::CloudFormation) {
    if (path.size() < i + 2 || path[i].item || path[i].key != "Resources" || path[i + 1].item) return false;
    i += 2;
  }
  for (; i < path.size(); ++i) {
    const Segment& seg = path[i];
    if (seg.item || spec->type == Type::Map) {  // a list's item, or a map's value
      if ((seg.item && spec->type != Type::List) || !spec->item) return false;
      spec = spec->item.get();
      chain.push_back(spec);
      continue;
    }
    if (spec->type != Type::Structure) return false;
    const FieldSpec* child = spec->child(seg.key, d);
    // under a key in another spelling (IJ003 says so) the fields below are still known
    for (const auto& c : spec->children) {
      if (!child && !c.spelling(d).empty() && same_field_name(seg.key, c.spelling(d))) child = &c;
    }
    if (!child) return false;
    spec = child;
    chain.push_back(spec);
  }
  return true;
}

const FieldSpec* resolve(Dialect d, const std::vector<Segment>& path) {
  std::vector<const FieldSpec*> chain;
  if (!resolve_chain(d, path, chain)) return nullptr;
  return chain.empty() ? &schema(d) : chain.back();
}

json hover(const Buffer& b, TextPosition at, const std::string& docs_url) {
  const TextLines lines(b.text);
  const std::uint32_t offset = lines.offset(at, b.encoding);
  std::string value;
  std::optional<Range> range;
  if (b.dialect) {
    Place p = locate(b, offset, At::Character);
    std::vector<Segment> path = p.path;
    if (p.slot == Slot::Key) path.push_back({p.text});
    std::vector<const FieldSpec*> chain;
    if (p.slot != Slot::None && resolve_chain(*b.dialect, path, chain) && !chain.empty()) {
      const FieldSpec& spec = *chain.back();
      value = field_markdown(spec, field_name(spec, path, *b.dialect), *b.dialect, model_doc(*b.dialect, chain));
      range = p.token;
    }
  }
  if (b.diagnostics) {
    for (const Diagnostic& d : *b.diagnostics) {
      const bool on = d.range.begin == d.range.end ? offset == d.range.begin
                                                   : offset >= d.range.begin && offset < d.range.end;
      if (!on) continue;
      if (!value.empty()) value += "\n\n---\n\n";
      value += "**" + std::string(d.rule->code) + "** " + d.message;
      if (!docs_url.empty()) value += " ([docs](" + rule_url(docs_url, d.rule->code) + "))";
      value += "\n\n" + render_explain(*d.rule);
      if (!range) range = d.range;
    }
  }
  if (value.empty()) return nullptr;
  json out = {{"contents", {{"kind", "markdown"}, {"value", value}}}};
  if (range) out["range"] = range_json(lines, *range, b.encoding);
  return out;
}

json completion(const Buffer& b, TextPosition at) {
  json items = json::array();
  const json empty = {{"isIncomplete", false}, {"items", items}};
  if (!b.dialect) return empty;  // not known to be a job: nothing to offer
  const Dialect d = *b.dialect;
  const TextLines lines(b.text);
  const std::uint32_t offset = lines.offset(at, b.encoding);
  const Place p = locate(b, offset, At::Cursor);
  std::vector<const FieldSpec*> chain;
  if (p.slot == Slot::None || !resolve_chain(d, p.path, chain)) return empty;
  const FieldSpec* spec = chain.empty() ? &schema(d) : chain.back();
  const json range = range_json(lines, p.token, b.encoding);
  const std::string_view token = b.text.substr(p.token.begin, p.token.end - p.token.begin);
  const char quote = !token.empty() && (token.front() == '"' || token.front() == '\'') ? token.front() : 0;
  const bool json_text = b.format != InputFormat::Yaml;
  if (p.slot == Slot::Key && spec->type == Type::Structure) {
    std::size_t order = 0;
    for (const FieldSpec& c : spec->children) {
      ++order;
      const std::string name(c.spelling(d));
      if (name.empty()) continue;
      if (std::find(p.present.begin(), p.present.end(), name) != p.present.end()) continue;
      std::string text = json_text ? "\"" + name + "\"" : name;
      const std::string filter = json_text && quote ? text : name;
      if (!p.colon_follows) text += ": ";
      const FieldDoc doc = describe_field(c);
      chain.push_back(&c);
      const std::string docs = field_markdown(c, name, d, model_doc(d, chain));
      chain.pop_back();
      // required fields first, then the table's order
      items.push_back(completion_item(name, kProperty, doc.type + (c.is_required(d) ? " · required" : ""), docs,
                                      range, text, filter, (c.is_required(d) ? 0 : 1000) + order));
    }
  } else if (!spec->enum_values.empty() && spec->type == Type::String) {
    const std::string name = field_name(*spec, p.path, d);
    const std::string docs = field_markdown(*spec, name, d, model_doc(d, chain));
    std::size_t order = 0;
    for (std::string_view v : spec->enum_values) {
      const std::string value(v);
      const char q = json_text ? '"' : quote;
      const std::string text = q ? std::string(1, q) + value + q : value;
      items.push_back(completion_item(value, kEnumMember, name, docs, range, text,
                                      quote ? std::string(1, quote) + value : value, ++order));
    }
  }
  return {{"isIncomplete", false}, {"items", std::move(items)}};
}

json code_actions(const Buffer& b, TextRange range, const std::string& uri, std::optional<std::int64_t> version,
                  bool versioned, const std::string& docs_url) {
  json actions = json::array();
  if (!b.diagnostics) return actions;
  const TextLines lines(b.text);
  const std::uint32_t begin = lines.offset(range.start, b.encoding), end = lines.offset(range.end, b.encoding);
  std::vector<const Diagnostic*> fixable;
  for (const Diagnostic& d : *b.diagnostics) {
    if (d.fix && overlaps(d.range, std::min(begin, end), std::max(begin, end))) fixable.push_back(&d);
  }
  const PositionTable positions = positions_of(b, fixable);
  for (const Diagnostic* d : fixable) {
    json edits = json::array();
    for (const Edit& e : d->fix->edits) edits.push_back({{"range", positions.range(e.range)}, {"newText", e.text}});
    json edit;
    if (versioned) {
      edit["documentChanges"] = json::array(
          {{{"textDocument", {{"uri", uri}, {"version", version ? json(*version) : json(nullptr)}}}, {"edits", edits}}});
    } else {
      edit["changes"] = {{uri, edits}};
    }
    actions.push_back({{"title", d->fix->title},
                       {"kind", "quickfix"},
                       {"isPreferred", true},
                       {"diagnostics", json::array({diagnostic_json(*d, positions, docs_url, std::nullopt)})},
                       {"edit", std::move(edit)}});
  }
  return actions;
}

}  // namespace ijl::lsp
