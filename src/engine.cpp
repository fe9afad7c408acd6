// Runs the rules over each document of a file and orders what they find.
#include "engine.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <stdexcept>
#include <tuple>

#include "detect.hpp"
#include "json_loader.hpp"
#include "job.hpp"
#include "suppression.hpp"
#include "yaml_loader.hpp"

namespace ijl {

InputFormat format_for_path(std::string_view path) {
  auto ends = [&](std::string_view ext) {
    return path.size() >= ext.size() && path.substr(path.size() - ext.size()) == ext;
  };
  if (ends(".yaml") || ends(".yml")) return InputFormat::Yaml;
  if (ends(".ndjson") || ends(".jsonl")) return InputFormat::Ndjson;
  return InputFormat::Json;
}

namespace {

std::string with_article(std::string_view kind) {
  if (kind == "null") return "null";
  bool vowel = !kind.empty() && std::string_view("aeiou").find(kind[0]) != std::string_view::npos;
  return std::string(vowel ? "an " : "a ") + std::string(kind);
}

struct Doc {
  const Node* root;
  std::vector<std::string> prefix;
  std::optional<std::uint64_t> record;
  const Member* member = nullptr;  // the key holding the root: a CloudFormation resource's name
};

class FileLinter {
 public:
  FileLinter(const LintOptions& options, const LineIndex& lines, FileReport& report)
      : options_(options), lines_(lines), report_(report), reg_(*options.registry) {
    // the rules to run, resolved once: a rule that is not selected costs nothing per value
    shapes_.reserve(reg_.shape_order.size());
    checks_.reserve(reg_.rules.size());
    for (std::size_t i : reg_.shape_order) {
      if (selected(i)) shapes_.push_back({&reg_.rules[i], severity_of(i)});
    }
    if (shapes_.size() > 32) throw std::logic_error("more shape rules than bits in a mask");
    for (std::size_t i = 0; i < reg_.rules.size(); ++i) {
      if (reg_.rules[i].check && selected(i)) checks_.push_back({&reg_.rules[i], severity_of(i)});
    }
  }

  bool selected(std::size_t i) const { return options_.selected.empty() || options_.selected[i]; }
  Severity severity_of(std::size_t i) const {
    if (i < options_.severity.size() && options_.severity[i]) return *options_.severity[i];
    return reg_.rules[i].info->severity;
  }

  void emit(const RuleInfo* rule, Range range, std::vector<std::string> pointer, std::string message,
            std::optional<std::uint64_t> record) {
    auto i = reg_.find(rule->code);
    if (!i || !selected(*i)) return;
    Diagnostic d;
    d.rule = rule;
    d.severity = severity_of(*i);
    d.message = std::move(message);
    d.pointer = std::move(pointer);
    d.range = range;
    d.record = record;
    report_.diagnostics.push_back(std::move(d));
  }

  void lint_job(const Doc& doc, Dialect dialect) {
    if (dialect == Dialect::CloudFormation && !doc.member) {
      lint_resources(doc);
      return;
    }
    Job job = bind_job(*doc.root, dialect, doc.prefix,
                       {doc.member, options_.placeholders.get(), &options_.supplied_fields});
    std::size_t first = report_.diagnostics.size();
    Context ctx(job, options_.check, lines_, report_.diagnostics);
    for (std::size_t b = 1; b < job.bounds.size(); ++b) {
      const Bound& bound = job.bounds[b];
      if (bound.unknown) continue;  // known at deploy time only: nothing to judge
      std::uint32_t mask = shapes_for(*bound.spec);
      if (!bound.type_ok) mask &= 1;  // a value of the wrong type gets the first rule only
      for (; mask; mask &= mask - 1) {
        const auto& [rule, severity] = shapes_[static_cast<std::size_t>(std::countr_zero(mask))];
        ctx.set_rule(rule->info, severity);
        if (rule->shape(job, bound, ctx)) break;
      }
    }
    for (const auto& [rule, severity] : checks_) {
      ctx.set_rule(rule->info, severity);
      rule->check(job, ctx);
    }
    for (std::size_t d = first; d < report_.diagnostics.size(); ++d) {
      report_.diagnostics[d].record = doc.record;
      report_.diagnostics[d].dialect = dialect;
    }
  }

  // Each AWS::IoT::JobTemplate resource of a CloudFormation template is a job of its own,
  // rooted at `Resources/NAME`; other resources are CloudFormation's business.
  void lint_resources(const Doc& doc) {
    const Member* resources = doc.root->is_object() ? doc.root->find("Resources") : nullptr;
    if (!resources || !resources->value.is_object()) return;
    for (const auto& r : resources->value.members) {
      if (!is_job_template_resource(r.value)) continue;
      Doc resource{&r.value, doc.prefix, doc.record, &r};
      resource.prefix.insert(resource.prefix.end(), {"Resources", r.key});
      lint_job(resource, Dialect::CloudFormation);
    }
  }

  std::optional<Dialect> dialect_of(const Doc& doc) const {
    if (options_.dialect) return doc.root->is_object() ? options_.dialect : std::nullopt;
    return detect_dialect(*doc.root, &options_.supplied_fields);
  }

  void not_a_job(const Doc& doc) {
    Range r{doc.root->range.begin, doc.root->range.begin + 1};
    std::string why = doc.root->is_object()
                          ? "the object has no jobId, no targets beside document, documentSource or "
                            "jobTemplateArn, no job record, no jobTemplateId and no AWS::IoT::JobTemplate resource"
                          : "the document is " + with_article(kind_name(doc.root->kind));
    emit(reg_.not_a_job, r, doc.prefix, "not an AWS IoT job: " + why, doc.record);
  }

  // Lints each document; non-jobs are IJ006 when the file is a job file or was named.
  void lint_docs(const std::vector<Doc>& docs, bool named) {
    std::vector<std::pair<const Doc*, std::optional<Dialect>>> resolved;
    bool any_job = false;
    for (const auto& doc : docs) {
      std::optional<Dialect> d = dialect_of(doc);
      any_job = any_job || d.has_value();
      resolved.emplace_back(&doc, d);
    }
    if (!any_job && !named) return;
    report_.is_job = true;
    bool first = true;
    for (const auto& [doc, dialect] : resolved) {
      if (first) report_.dialect = dialect;
      first = false;
      if (dialect) {
        lint_job(*doc, *dialect);
      } else {
        not_a_job(*doc);
      }
    }
  }

 private:
  struct Selected {
    const Rule* rule;
    Severity severity;
  };

  // Bit i: shapes_[i] can fire on values of `spec` (its filter). A field's answer is kept
  // in a small table by address: a job binds a few dozen fields, the same ones record
  // after record; a collision only asks the filters again.
  std::uint32_t shapes_for(const FieldSpec& spec) {
    // Fibonacci hashing: field tables are arrays of equal strides, which a plain modulo
    // folds onto a few slots
    const auto slot = (reinterpret_cast<std::uintptr_t>(&spec) * std::uint64_t{0x9E3779B97F4A7C15}) >> 58;
    Seen& seen = seen_[slot];
    if (seen.spec != &spec) {
      seen.spec = &spec;
      seen.mask = 0;
      for (std::size_t i = 0; i < shapes_.size(); ++i) {
        if (!shapes_[i].rule->applies || shapes_[i].rule->applies(spec)) seen.mask |= std::uint32_t{1} << i;
      }
    }
    return seen.mask;
  }

  struct Seen {
    const FieldSpec* spec = nullptr;
    std::uint32_t mask = 0;
  };

  const LintOptions& options_;
  const LineIndex& lines_;
  FileReport& report_;
  const Registry& reg_;
  std::vector<Selected> shapes_, checks_;
  std::array<Seen, 64> seen_{};  // 2^6 slots: the hash's top 6 bits
};

// A top-level array is a list of documents.
void split_documents(const Node& root, std::vector<Doc>& docs, std::optional<std::uint64_t> record) {
  if (root.is_array()) {
    for (std::size_t i = 0; i < root.items.size(); ++i) docs.push_back({&root.items[i], {std::to_string(i)}, record});
  } else {
    docs.push_back({&root, {}, record});
  }
}

void sort_diagnostics(std::vector<Diagnostic>& ds) {
  auto key = [](const Diagnostic& d) {
    return std::make_tuple(d.start.line, d.start.column, d.rule->code, d.end.line, d.end.column, std::cref(d.message));
  };
  std::stable_sort(ds.begin(), ds.end(), [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
  ds.erase(std::unique(ds.begin(), ds.end(),
                       [&](const Diagnostic& a, const Diagnostic& b) { return key(a) == key(b); }),
           ds.end());
}

// Resolves the positions of ds[first..] through `index` (whose text starts at byte `base`),
// asking in file order: a long line with many findings is then counted once, not once a
// finding; and hashes the text each points at.
void resolve_positions(std::vector<Diagnostic>& ds, std::size_t first, const LineIndex& index, std::uint32_t base) {
  std::vector<std::pair<std::uint32_t, Position*>> wanted;
  wanted.reserve(2 * (ds.size() - first));
  for (std::size_t i = first; i < ds.size(); ++i) {
    wanted.emplace_back(ds[i].range.begin - base, &ds[i].start);
    wanted.emplace_back(ds[i].range.end - base, &ds[i].end);
    for (auto& r : ds[i].related) {
      wanted.emplace_back(r.range.begin - base, &r.start);
      wanted.emplace_back(r.range.end - base, &r.end);
    }
    if (!ds[i].fix) continue;
    for (auto& e : ds[i].fix->edits) {
      wanted.emplace_back(e.range.begin - base, &e.start);
      wanted.emplace_back(e.range.end - base, &e.end);
    }
  }
  std::sort(wanted.begin(), wanted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [offset, position] : wanted) *position = index.position(offset);
  // with the bytes at hand, the text each finding points at (baselines, fingerprints)
  for (std::size_t i = first; i < ds.size(); ++i) {
    ds[i].value_hash = value_hash(index.text(), {ds[i].range.begin - base, ds[i].range.end - base});
  }
}

// The one character at `offset` (empty at the end of input or a line).
Range char_at(std::string_view bytes, std::uint32_t offset) {
  if (offset >= bytes.size() || bytes[offset] == '\n' || bytes[offset] == '\r') return {offset, offset};
  std::uint32_t end = offset + 1;
  while (end < bytes.size() && (static_cast<unsigned char>(bytes[end]) & 0xC0) == 0x80) ++end;
  return {offset, end};
}

}  // namespace

FileReport lint_ndjson(std::string_view chunk, std::uint64_t first_line, const LintOptions& options, bool named) {
  FileReport report;
  LineIndex index(chunk, first_line);
  FileLinter linter(options, index, report);
  // One record at a time: its tree lives only while it is linted.
  bool first_doc = true;
  report.is_job = named;
  std::vector<Doc> docs;
  std::size_t pos = 0;
  std::uint64_t line = first_line - 1;
  // A record's findings are placed through an index of the record alone, not of the block.
  std::size_t placed = 0;
  auto place = [&](std::uint32_t record_start, std::size_t record_size, std::uint64_t at) {
    if (placed == report.diagnostics.size()) return;
    LineIndex record(chunk.substr(record_start, record_size), at);
    resolve_positions(report.diagnostics, placed, record, record_start);
    placed = report.diagnostics.size();
  };
  while (pos < chunk.size()) {
    std::size_t nl = chunk.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? chunk.size() : nl;
    ++line;
    std::string_view text = chunk.substr(pos, end - pos);
    auto offset = static_cast<std::uint32_t>(pos);
    pos = end + 1;
    // a lone `\r` (JSON whitespace) ends a line too: the next record starts further down
    const std::uint64_t record_line = line;
    line += lone_carriage_returns(text, nl != std::string_view::npos);
    if (text.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    LoadResult loaded = load_json(text, offset);
    if (!loaded.ok) {
      if (text_shows_job_key(text, false)) report.is_job = true;
      linter.emit(options.registry->syntax, char_at(chunk, loaded.error.offset), {}, loaded.error.message, record_line);
    } else {
      docs.clear();
      split_documents(loaded.root, docs, record_line);
      for (const auto& doc : docs) {
        std::optional<Dialect> dialect = linter.dialect_of(doc);
        if (first_doc) report.dialect = dialect;
        first_doc = false;
        if (dialect) {
          report.is_job = true;
          linter.lint_job(doc, *dialect);
        } else {
          linter.not_a_job(doc);  // the caller drops these unless it is a job file
        }
      }
    }
    place(offset, text.size(), record_line);
  }
  sort_diagnostics(report.diagnostics);
  if (!report.is_job) report.skip_reason = "no job records";
  return report;
}

FileReport lint_bytes(std::string_view bytes, InputFormat format, const LintOptions& options, bool named) {
  if (format == InputFormat::Ndjson) return lint_ndjson(bytes, 1, options, named);
  FileReport report;
  LineIndex index(bytes);
  FileLinter linter(options, index, report);
  const Registry& reg = *options.registry;
  Suppressions suppressions;  // YAML only: strict JSON has no comments
  if (format == InputFormat::Yaml) {
    // Each `---` document is linted on its own with an empty pointer prefix (a pointer names
    // a place inside its document; a top-level sequence's items are `/0`, `/1`, … as in JSON).
    // The documents complete before a syntax error are still linted.
    YamlLoadResult loaded = load_yaml(bytes);
    std::vector<Doc> docs;
    for (const Node& root : loaded.documents) split_documents(root, docs, std::nullopt);
    const bool broken_job = !loaded.ok && (named || text_shows_job_key(bytes, true));
    linter.lint_docs(docs, named || broken_job);
    if (!loaded.ok && report.is_job) {
      linter.emit(reg.syntax, char_at(bytes, loaded.error.offset), {}, loaded.error.message, std::nullopt);
    }
    if (!report.is_job) {
      report.skip_reason = !loaded.ok      ? "invalid YAML without job keys"
                           : docs.empty() ? "no documents"
                                          : "not a job";
    }
    suppressions = parse_suppressions(bytes, loaded.comments, index);
  } else {
    LoadResult loaded = load_json(bytes, 0);
    if (!loaded.ok) {
      if (named || text_shows_job_key(bytes, false)) {
        report.is_job = true;
        linter.emit(reg.syntax, char_at(bytes, loaded.error.offset), {}, loaded.error.message, std::nullopt);
      } else {
        report.skip_reason = "invalid JSON without job keys";
      }
    } else {
      std::vector<Doc> docs;
      split_documents(loaded.root, docs, std::nullopt);
      linter.lint_docs(docs, named);
      if (!report.is_job) report.skip_reason = "not a job";
    }
  }
  resolve_positions(report.diagnostics, 0, index, 0);
  sort_diagnostics(report.diagnostics);
  apply_suppressions(suppressions, report.diagnostics);
  return report;
}

}  // namespace ijl
