// One linting thread: picks the document whose debounce ran out first, lints a snapshot of it
// and publishes only if no newer version came in meanwhile (the newer one is linted next).
#include "lsp_linting.hpp"

#include <exception>

#include "lsp_features.hpp"
#include "runner.hpp"

namespace ijl::lsp {
namespace {

namespace fs = std::filesystem;

// The CLI's cap on a file: the server does not lint a larger buffer either.
constexpr std::size_t kMaxDocument = std::size_t{256} << 20;

}  // namespace

Linter::Linter(Documents& docs, MessageWriter& out, LintSettings settings)
    : docs_(docs), out_(out), settings_(std::move(settings)) {
  thread_ = std::thread([this] { run(); });
}

Linter::~Linter() { stop(); }

void Linter::cancel() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    due_.clear();
  }
  wake_.notify_all();
}

void Linter::stop() {
  cancel();
  if (thread_.joinable()) thread_.join();
}

void Linter::schedule(const std::string& uri, std::chrono::milliseconds delay) {
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return;
    due_[uri] = std::chrono::steady_clock::now() + delay;
  }
  wake_.notify_all();
}

void Linter::reload_configs() {
  std::vector<std::string> uris;
  {
    std::lock_guard lock(docs_.mutex);
    for (const auto& [uri, doc] : docs_.by_uri) {
      if (doc.format) uris.push_back(uri);
    }
  }
  {
    std::lock_guard lock(mutex_);
    reload_ = true;
  }
  for (const auto& uri : uris) schedule(uri);
}

void Linter::run() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    if (due_.empty()) {
      wake_.wait(lock);
      continue;
    }
    auto next = due_.begin();
    for (auto it = due_.begin(); it != due_.end(); ++it) {
      if (it->second < next->second) next = it;
    }
    if (next->second > std::chrono::steady_clock::now()) {
      wake_.wait_until(lock, next->second);
      continue;
    }
    const std::string uri = next->first;
    due_.erase(next);
    if (reload_) {
      configs_.reset();
      options_.clear();
      last_config_error_.clear();
      reload_ = false;
    }
    lock.unlock();
    try {
      lint(uri);
    } catch (const std::exception& e) {
      out_.notify("window/logMessage", {{"type", 1}, {"message", "iotjob-lint: linting " + uri + " failed: " + e.what()}});
    }
    lock.lock();
  }
}

std::optional<LintOptions> Linter::options_for(const std::optional<fs::path>& path) {
  if (!configs_) configs_ = std::make_unique<ConfigSet>(registry(), settings_.root, ConfigSet::Mode::Discover);
  const Config* config = configs_->for_dir(path ? path->parent_path() : settings_.root);
  if (!config) {
    // the CLI stops at a broken configuration; the editor says so once and shows nothing
    if (configs_->error() != last_config_error_) {
      last_config_error_ = configs_->error();
      out_.notify("window/showMessage", {{"type", 1}, {"message", "iotjob-lint: " + last_config_error_}});
    }
    return std::nullopt;
  }
  auto cached = options_.find(config);
  if (cached == options_.end()) {
    cached = options_.emplace(config, lint_options_for(*config, registry(), CommandLineChoices{})).first;
  }
  LintOptions options = cached->second;
  options.check.now = settings_.now ? *settings_.now
                                    : std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  if (path) {
    const std::string rel = config->relative(*path);
    if (config->excluded(rel)) return std::nullopt;  // as pre-commit's --force-exclude
    config->apply_per_file(rel, options);
  }
  return options;
}

void Linter::lint(const std::string& uri) {
  OpenDocument snapshot;
  {
    std::lock_guard lock(docs_.mutex);
    auto it = docs_.by_uri.find(uri);
    if (it == docs_.by_uri.end()) {
      publish(uri, std::nullopt, json::array());  // closed: clear what was shown
      return;
    }
    snapshot = it->second;
  }
  if (!snapshot.format) return;
  auto result = std::make_shared<LintResult>();
  result->version = snapshot.version;
  std::optional<Dialect> dialect;
  std::optional<LintOptions> options = options_for(snapshot.path);
  if (options && snapshot.text->size() <= kMaxDocument) {
    FileReport report = lint_bytes(*snapshot.text, *snapshot.format, *options, false);
    // a document that is no job gets no diagnostics at all, as a walked file in the CLI
    if (report.is_job) result->diagnostics = std::move(report.diagnostics);
    dialect = report.dialect;
  }
  Buffer buffer{*snapshot.text, *snapshot.format, dialect, &result->diagnostics, settings_.encoding};
  json diagnostics = to_lsp_diagnostics(buffer, settings_.docs_url,
                                        settings_.related_information ? std::optional<std::string>(uri) : std::nullopt);
  {
    std::lock_guard lock(docs_.mutex);
    auto it = docs_.by_uri.find(uri);
    // a newer version (or the close) is scheduled already and will publish instead
    if (it == docs_.by_uri.end() || it->second.version != snapshot.version) return;
    it->second.lint = result;
    if (dialect) it->second.dialect = dialect;
  }
  publish(uri, snapshot.version, std::move(diagnostics));
}

void Linter::publish(const std::string& uri, std::optional<std::int64_t> version, json diagnostics) {
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return;  // shut down while this was linted
  }
  json params = {{"uri", uri}, {"diagnostics", std::move(diagnostics)}};
  if (version) params["version"] = *version;
  out_.notify("textDocument/publishDiagnostics", std::move(params));
}

}  // namespace ijl::lsp
