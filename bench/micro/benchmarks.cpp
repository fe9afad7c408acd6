// Micro-benchmarks of loading, the rule engine, the reporters and discovery (Google Benchmark).
// Inputs come from corpus.cpp and are built once, outside the timed loops.
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <benchmark/benchmark.h>

#include "config.hpp"
#include "corpus.hpp"
#include "discovery.hpp"
#include "engine.hpp"
#include "json_loader.hpp"
#include "report.hpp"
#include "yaml_loader.hpp"

namespace {

using namespace ijl;

constexpr std::size_t kRecords = 1000;
constexpr std::size_t kReportFiles = 100;

// The create-job files carry no schedule, so IJ108's clock never matters; fixed anyway.
LintOptions all_rules() {
  LintOptions o;
  o.registry = &registry();
  o.check.now = std::chrono::sys_days{std::chrono::year{2026} / 11 / 27};
  return o;
}

LintOptions only(std::string_view code) {
  LintOptions o = all_rules();
  const Registry& reg = registry();
  auto i = reg.find(code);
  if (!i) throw std::runtime_error("no rule " + std::string(code));
  o.selected.assign(reg.rules.size(), false);
  o.selected[*i] = true;
  return o;
}

const std::string& clean_job() {
  static const std::string s = bench::create_job_json(1, false);
  return s;
}
const std::string& messy_job() {
  static const std::string s = bench::create_job_json(1, true);
  return s;
}
const std::string& yaml_job() {
  static const std::string s = bench::create_job_yaml(1);
  return s;
}
const std::string& catalog_block() {
  static const std::string s = bench::catalog_ndjson(kRecords);
  return s;
}

void set_bytes(benchmark::State& state, std::size_t bytes_per_iteration) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes_per_iteration));
}
void set_items(benchmark::State& state, std::size_t items_per_iteration) {
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * items_per_iteration));
}

// ---- loading ----

void BM_load_json_create_job(benchmark::State& state) {
  const std::string& in = clean_job();
  for (auto _ : state) {
    LoadResult r = load_json(in);
    benchmark::DoNotOptimize(r);
  }
  set_bytes(state, in.size());
  set_items(state, 1);
}
BENCHMARK(BM_load_json_create_job)->Name("load_json/create_job")->Unit(benchmark::kMicrosecond);

// One call per line, as lint_ndjson does.
void BM_load_json_ndjson(benchmark::State& state) {
  const std::string& in = catalog_block();
  std::vector<std::string_view> lines;
  std::vector<std::uint32_t> offsets;
  for (std::size_t pos = 0; pos < in.size();) {
    std::size_t nl = in.find('\n', pos);
    lines.push_back(std::string_view(in).substr(pos, nl - pos));
    offsets.push_back(static_cast<std::uint32_t>(pos));
    pos = nl + 1;
  }
  for (auto _ : state) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
      LoadResult r = load_json(lines[i], offsets[i]);
      benchmark::DoNotOptimize(r);
    }
  }
  set_bytes(state, in.size());
  set_items(state, lines.size());
}
BENCHMARK(BM_load_json_ndjson)->Name("load_json/ndjson_1000_records")->Unit(benchmark::kMicrosecond);

void BM_load_yaml_create_job(benchmark::State& state) {
  const std::string& in = yaml_job();
  for (auto _ : state) {
    YamlLoadResult r = load_yaml(in);
    benchmark::DoNotOptimize(r);
  }
  set_bytes(state, in.size());
  set_items(state, 1);
}
BENCHMARK(BM_load_yaml_create_job)->Name("load_yaml/create_job")->Unit(benchmark::kMicrosecond);

// ---- rule engine: loading included, as the CLI runs it ----

void lint_file(benchmark::State& state, const std::string& in, InputFormat format, const LintOptions& options) {
  std::size_t found = 0;
  for (auto _ : state) {
    FileReport r = lint_bytes(in, format, options, true);
    found = r.diagnostics.size();
    benchmark::DoNotOptimize(r);
  }
  state.counters["diagnostics"] = static_cast<double>(found);
  set_bytes(state, in.size());
  set_items(state, 1);
}

void BM_lint_clean(benchmark::State& state) { lint_file(state, clean_job(), InputFormat::Json, all_rules()); }
BENCHMARK(BM_lint_clean)->Name("lint_bytes/create_job_clean")->Unit(benchmark::kMicrosecond);

void BM_lint_messy(benchmark::State& state) { lint_file(state, messy_job(), InputFormat::Json, all_rules()); }
BENCHMARK(BM_lint_messy)->Name("lint_bytes/create_job_5_mistakes")->Unit(benchmark::kMicrosecond);

void BM_lint_clean_one_rule(benchmark::State& state) {
  lint_file(state, clean_job(), InputFormat::Json, only("IJ101"));
}
BENCHMARK(BM_lint_clean_one_rule)->Name("lint_bytes/create_job_clean_IJ101_only")->Unit(benchmark::kMicrosecond);

void BM_lint_yaml(benchmark::State& state) { lint_file(state, yaml_job(), InputFormat::Yaml, all_rules()); }
BENCHMARK(BM_lint_yaml)->Name("lint_bytes/create_job_yaml")->Unit(benchmark::kMicrosecond);

void lint_block(benchmark::State& state, const LintOptions& options) {
  const std::string& in = catalog_block();
  std::size_t found = 0;
  for (auto _ : state) {
    FileReport r = lint_ndjson(in, 1, options, true);
    found = r.diagnostics.size();
    benchmark::DoNotOptimize(r);
  }
  state.counters["diagnostics"] = static_cast<double>(found);
  set_bytes(state, in.size());
  set_items(state, kRecords);
}

void BM_lint_ndjson(benchmark::State& state) { lint_block(state, all_rules()); }
BENCHMARK(BM_lint_ndjson)->Name("lint_ndjson/1000_records")->Unit(benchmark::kMicrosecond);

void BM_lint_ndjson_one_rule(benchmark::State& state) { lint_block(state, only("IJ101")); }
BENCHMARK(BM_lint_ndjson_one_rule)->Name("lint_ndjson/1000_records_IJ101_only")->Unit(benchmark::kMicrosecond);

// ---- reporters ----

// 100 create-job files, each with the five mistakes, linted for real (Diagnostic values
// come from the engine, never built here).
const RunReport& report_run() {
  static const RunReport run = [] {
    RunReport r;
    LintOptions options = all_rules();
    for (std::size_t i = 0; i < kReportFiles; ++i) {
      std::string bytes = bench::create_job_json(i, true);
      FileReport fr = lint_bytes(bytes, InputFormat::Json, options, true);
      fr.path = "jobs/rollout-" + std::to_string(i) + ".json";
      r.files.push_back(make_linted_file(std::move(fr), bytes));
    }
    for (const Rule& rule : registry().rules) r.rules.push_back(rule.info);
    return r;
  }();
  return run;
}

std::size_t diagnostic_count(const RunReport& run) {
  std::size_t n = 0;
  for (const LintedFile& f : run.files) n += f.report.diagnostics.size();
  return n;
}

// Bytes are those of the report written; items are diagnostics.
void BM_report(benchmark::State& state, ReportFormat format) {
  const RunReport& run = report_run();
  std::size_t written = 0;
  for (auto _ : state) {
    std::string out = render_report(format, run, ReportOptions{});
    written = out.size();
    benchmark::DoNotOptimize(out);
  }
  state.counters["diagnostics"] = static_cast<double>(diagnostic_count(run));
  set_bytes(state, written);
  set_items(state, diagnostic_count(run));
}
BENCHMARK_CAPTURE(BM_report, text, ReportFormat::Text)->Name("render_report/text")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_report, concise, ReportFormat::Concise)->Name("render_report/concise")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_report, json, ReportFormat::Json)->Name("render_report/json")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_report, sarif, ReportFormat::Sarif)->Name("render_report/sarif")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_report, github, ReportFormat::Github)->Name("render_report/github")->Unit(benchmark::kMicrosecond);

// ---- discovery ----

// What a walk asks of every file it finds: the default include globs (`*.json` and its
// kin). Items are paths.
void BM_glob_default_include(benchmark::State& state) {
  const Config config;
  std::vector<std::string> paths;
  for (int i = 0; i < 1000; ++i) {
    paths.push_back("fleet/region-" + std::to_string(i % 7) + "/job" + std::to_string(i) + (i % 5 ? ".json" : ".md"));
  }
  for (auto _ : state) {
    std::size_t n = 0;
    for (const auto& p : paths) n += config.matches_include(p);
    benchmark::DoNotOptimize(n);
  }
  set_items(state, paths.size());
}
BENCHMARK(BM_glob_default_include)->Name("glob/default_include_1000_paths")->Unit(benchmark::kMicrosecond);

// A folder of 2,000 job files, made once in the temporary folder and removed at exit; the
// walk sorts, filters and builds the inputs (the files are not read). Items are files.
void BM_discover(benchmark::State& state) {
  static const std::filesystem::path dir = [] {
    auto d = std::filesystem::temp_directory_path() / ("ijl-bench-walk-" + std::to_string(::getpid()));
    std::filesystem::create_directories(d);
    for (int i = 0; i < 2000; ++i) std::ofstream(d / ("job" + std::to_string(i * 7919 % 2000) + ".json")) << "{}";
    std::atexit([] { std::filesystem::remove_all(dir); });
    return d;
  }();
  const std::string arg = dir.string();
  std::size_t found = 0;
  for (auto _ : state) {
    ConfigSet configs(registry(), dir, ConfigSet::Mode::None);
    Discovery d = discover({{arg}, "", false, false}, configs);
    found = d.inputs.size();
    benchmark::DoNotOptimize(d);
  }
  if (found != 2000) state.SkipWithError("the walk did not find the 2,000 files");
  set_items(state, found);
}
BENCHMARK(BM_discover)->Name("discover/2000_files")->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
