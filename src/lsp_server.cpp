// The language server's protocol: initialize and shutdown, document sync, the requests, and
// the JSON-RPC errors the spec asks for.
#include "lsp_server.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <exception>
#include <initializer_list>

#include "lsp_features.hpp"
#include "timeparse.hpp"

namespace ijl::lsp {
namespace {

namespace fs = std::filesystem;

// j[k0][k1]… when every step is an object holding the key; else null.
const json* find(const json& j, std::initializer_list<const char*> keys) {
  const json* at = &j;
  for (const char* k : keys) {
    if (!at->is_object()) return nullptr;
    auto it = at->find(k);
    if (it == at->end()) return nullptr;
    at = &*it;
  }
  return at;
}

bool flag(const json& j, std::initializer_list<const char*> keys) {
  const json* v = find(j, keys);
  return v && v->is_boolean() && v->get<bool>();
}

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// `file:///a/b%20c.json` is /a/b c.json; a URI of another scheme (`untitled:`) has no path.
std::optional<fs::path> path_of_uri(std::string_view uri) {
  constexpr std::string_view scheme = "file://";
  if (uri.substr(0, scheme.size()) != scheme) return std::nullopt;
  std::string_view rest = uri.substr(scheme.size());
  const std::size_t slash = rest.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const std::string_view authority = rest.substr(0, slash);
  if (!authority.empty() && authority != "localhost") return std::nullopt;
  rest = rest.substr(slash);
  std::string path;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == '%' && i + 2 < rest.size() && hex(rest[i + 1]) >= 0 && hex(rest[i + 2]) >= 0) {
      path += static_cast<char>(hex(rest[i + 1]) * 16 + hex(rest[i + 2]));
      i += 2;
    } else {
      path += rest[i];
    }
  }
  return fs::path(path).lexically_normal();
}

// The file name decides, as in the CLI; a buffer without a known extension goes by its language.
std::optional<InputFormat> format_of(std::string_view uri, std::string_view language) {
  auto ends = [&](std::string_view ext) {
    return uri.size() >= ext.size() && uri.substr(uri.size() - ext.size()) == ext;
  };
  if (ends(".yaml") || ends(".yml")) return InputFormat::Yaml;
  if (ends(".ndjson") || ends(".jsonl")) return InputFormat::Ndjson;
  if (ends(".json")) return InputFormat::Json;
  if (language == "yaml") return InputFormat::Yaml;
  if (language == "json" || language == "jsonc") return InputFormat::Json;
  if (language == "jsonl" || language == "ndjson" || language == "jsonlines") return InputFormat::Ndjson;
  return std::nullopt;
}

bool is_config_uri(std::string_view uri) {
  const std::string name = "/" + std::string(kConfigName);
  return uri.size() >= name.size() && uri.substr(uri.size() - name.size()) == name;
}

TextPosition position_of(const json& j) { return {j.at("line").get<std::uint32_t>(), j.at("character").get<std::uint32_t>()}; }

TextRange range_of(const json& j) { return {position_of(j.at("start")), position_of(j.at("end"))}; }

}  // namespace

struct Server::Snapshot {
  std::string uri;
  std::int64_t version = 0;
  std::shared_ptr<const std::string> text;
  InputFormat format = InputFormat::Json;
  std::optional<Dialect> dialect;
  std::shared_ptr<const LintResult> lint;  // of this very version, or null

  Buffer buffer(Encoding e) const {
    return {*text, format, dialect, lint ? &lint->diagnostics : nullptr, e};
  }
};

Server::~Server() { stop(); }

void Server::stop() {
  if (linter_) linter_->stop();
}

void Server::handle(const Frame& frame) {
  if (frame.kind == Frame::Kind::BadHeader) {
    out_.fail(nullptr, error_code::kParseError, "malformed message header: " + frame.problem);
    return;
  }
  if (frame.kind == Frame::Kind::TooLarge) {
    out_.fail(nullptr, error_code::kInvalidRequest, frame.problem);
    return;
  }
  if (frame.kind != Frame::Kind::Message) return;
  Incoming in = parse_message(frame.body);
  switch (in.kind) {
    case Incoming::Kind::Invalid: out_.fail(in.id, in.error, in.problem); return;
    case Incoming::Kind::Response: return;  // to client/registerCapability: nothing to do
    case Incoming::Kind::Request: request(in); return;
    case Incoming::Kind::Notification: notification(in); return;
  }
}

void Server::request(const Incoming& in) {
  try {
    if (in.method == "initialize") {
      if (initialized_) {
        out_.fail(in.id, error_code::kInvalidRequest, "initialize was sent already");
        return;
      }
      out_.respond(in.id, initialize(in.params));
      initialized_ = true;
      return;
    }
    if (!initialized_) {
      out_.fail(in.id, error_code::kServerNotInitialized, "the server is not initialized");
      return;
    }
    if (shutdown_) {
      out_.fail(in.id, error_code::kInvalidRequest, "the server is shut down; only exit is accepted");
      return;
    }
    if (in.method == "shutdown") {
      shutdown_ = true;
      linter_->cancel();  // a lint under way is waited for at exit, not here
      out_.respond(in.id, nullptr);
    } else if (in.method == "textDocument/hover") {
      out_.respond(in.id, hover(in.params));
    } else if (in.method == "textDocument/completion") {
      out_.respond(in.id, completion(in.params));
    } else if (in.method == "textDocument/codeAction") {
      out_.respond(in.id, code_action(in.params));
    } else {
      out_.fail(in.id, error_code::kMethodNotFound, "unknown method " + in.method);
    }
  } catch (const json::exception& e) {
    out_.fail(in.id, error_code::kInvalidParams, std::string("invalid params: ") + e.what());
  } catch (const std::exception& e) {
    out_.fail(in.id, error_code::kInternalError, e.what());
  }
}

void Server::notification(const Incoming& in) {
  if (in.method == "exit") {
    done_ = true;
    return;
  }
  if (!initialized_ || shutdown_) return;  // the spec: dropped
  try {
    if (in.method == "initialized") {
      if (watch_files_) {
        json watchers = json::array({{{"globPattern", "**/" + std::string(kConfigName)}}});
        out_.send({{"jsonrpc", "2.0"},
                   {"id", "iotjob-lint/watch-config"},
                   {"method", "client/registerCapability"},
                   {"params",
                    {{"registrations", json::array({{{"id", "iotjob-lint/watch-config"},
                                                     {"method", "workspace/didChangeWatchedFiles"},
                                                     {"registerOptions", {{"watchers", watchers}}}}})}}}});
      }
    } else if (in.method == "textDocument/didOpen") {
      did_open(in.params);
    } else if (in.method == "textDocument/didChange") {
      did_change(in.params);
    } else if (in.method == "textDocument/didSave") {
      const std::string uri = in.params.at("textDocument").at("uri").get<std::string>();
      if (is_config_uri(uri)) linter_->reload_configs();  // for clients that watch no files
      if (linted(uri)) linter_->schedule(uri);
    } else if (in.method == "textDocument/didClose") {
      did_close(in.params);
    } else if (in.method == "workspace/didChangeWatchedFiles") {
      watched_files_changed(in.params);
    }
    // any other notification ($/cancelRequest, $/setTrace, …) needs nothing from this server
  } catch (const std::exception& e) {
    out_.notify("window/logMessage", {{"type", 1}, {"message", "iotjob-lint: " + in.method + ": " + e.what()}});
  }
}

json Server::initialize(const json& params) {
  settings_.encoding = Encoding::Utf16;  // the protocol's default, and the fallback
  if (const json* offered = find(params, {"capabilities", "general", "positionEncodings"}); offered && offered->is_array()) {
    // UTF-8 is what the linter counts in; UTF-32 costs a pass over the line; UTF-16 last
    for (Encoding e : {Encoding::Utf8, Encoding::Utf32}) {
      if (std::find(offered->begin(), offered->end(), std::string(encoding_name(e))) != offered->end()) {
        settings_.encoding = e;
        break;
      }
    }
  }
  std::optional<fs::path> root;
  if (const json* uri = find(params, {"rootUri"}); uri && uri->is_string()) root = path_of_uri(uri->get<std::string>());
  if (const json* folders = find(params, {"workspaceFolders"}); !root && folders && folders->is_array() && !folders->empty()) {
    if (const json* uri = find(folders->front(), {"uri"}); uri && uri->is_string()) root = path_of_uri(uri->get<std::string>());
  }
  if (const json* path = find(params, {"rootPath"}); !root && path && path->is_string()) root = fs::path(path->get<std::string>());
  settings_.root = root ? *root : fs::current_path();

  std::vector<std::string> warnings;
  if (const json* now = find(params, {"initializationOptions", "now"}); now && !now->is_null()) {
    auto parsed = now->is_string() ? parse_rfc3339_now(now->get<std::string>()) : std::nullopt;
    if (parsed) {
      settings_.now = *parsed;
    } else {
      warnings.push_back("initializationOptions.now: " + now->dump() +
                         " is not an RFC 3339 date-time such as 2026-11-26T12:00:00Z; using the current time");
    }
  }
  if (const json* url = find(params, {"initializationOptions", "docsUrl"}); url && url->is_string()) {
    settings_.docs_url = url->get<std::string>();
  }
  if (const json* ms = find(params, {"initializationOptions", "debounceMs"}); ms && ms->is_number_unsigned()) {
    debounce_ = std::chrono::milliseconds(std::min<std::uint64_t>(ms->get<std::uint64_t>(), 10000));
  }
  settings_.related_information = flag(params, {"capabilities", "textDocument", "publishDiagnostics", "relatedInformation"});
  watch_files_ = flag(params, {"capabilities", "workspace", "didChangeWatchedFiles", "dynamicRegistration"});
  versioned_edits_ = flag(params, {"capabilities", "workspace", "workspaceEdit", "documentChanges"});
  linter_ = std::make_unique<Linter>(docs_, out_, settings_);
  for (const auto& w : warnings) out_.notify("window/showMessage", {{"type", 2}, {"message", "iotjob-lint: " + w}});

  return {{"capabilities",
           {{"positionEncoding", encoding_name(settings_.encoding)},
            {"textDocumentSync", {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}}},
            {"hoverProvider", true},
            {"completionProvider", {{"triggerCharacters", json::array({"\""})}, {"resolveProvider", false}}},
            {"codeActionProvider", {{"codeActionKinds", json::array({"quickfix"})}}}}},
          {"serverInfo", {{"name", "iotjob-lint"}, {"version", IJL_VERSION}}}};
}

void Server::did_open(const json& params) {
  const json& td = params.at("textDocument");
  const std::string uri = td.at("uri").get<std::string>();
  OpenDocument doc;
  doc.path = path_of_uri(uri);
  doc.format = format_of(uri, td.value("languageId", ""));
  doc.version = td.value("version", std::int64_t{0});
  doc.text = std::make_shared<const std::string>(td.at("text").get_ref<const std::string&>());
  const bool ours = doc.format.has_value();
  {
    std::lock_guard lock(docs_.mutex);
    docs_.by_uri[uri] = std::move(doc);
  }
  if (ours) linter_->schedule(uri);
}

void Server::did_change(const json& params) {
  const json& td = params.at("textDocument");
  const std::string uri = td.at("uri").get<std::string>();
  std::shared_ptr<const std::string> old;
  bool ours = false;
  {
    std::lock_guard lock(docs_.mutex);
    auto it = docs_.by_uri.find(uri);
    if (it == docs_.by_uri.end()) return;  // never opened: nothing to apply the change to
    old = it->second.text;
    ours = it->second.format.has_value();
  }
  // the old text stays as it is: the linting thread may be reading it
  std::optional<std::string> text;
  for (const json& change : params.at("contentChanges")) {
    const std::string& replacement = change.at("text").get_ref<const std::string&>();
    std::optional<TextRange> range;
    if (change.contains("range")) range = range_of(change.at("range"));
    if (!text) text = range ? *old : std::string();
    apply_change(*text, range, replacement, settings_.encoding);
  }
  if (!text) return;
  {
    std::lock_guard lock(docs_.mutex);
    auto it = docs_.by_uri.find(uri);
    if (it == docs_.by_uri.end()) return;
    it->second.text = std::make_shared<const std::string>(std::move(*text));
    it->second.version = td.value("version", it->second.version + 1);
  }
  if (ours) linter_->schedule(uri, debounce_);
}

bool Server::linted(const std::string& uri) {
  std::lock_guard lock(docs_.mutex);
  auto it = docs_.by_uri.find(uri);
  return it != docs_.by_uri.end() && it->second.format;
}

void Server::did_close(const json& params) {
  const std::string uri = params.at("textDocument").at("uri").get<std::string>();
  bool ours = false;
  {
    std::lock_guard lock(docs_.mutex);
    auto it = docs_.by_uri.find(uri);
    if (it == docs_.by_uri.end()) return;
    ours = it->second.format.has_value();
    docs_.by_uri.erase(it);
  }
  if (ours) linter_->schedule(uri);  // publishes the empty list
}

void Server::watched_files_changed(const json& params) {
  for (const json& change : params.at("changes")) {
    if (is_config_uri(change.at("uri").get<std::string>())) {
      linter_->reload_configs();
      return;
    }
  }
}

std::optional<Server::Snapshot> Server::snapshot(const json& params) {
  Snapshot s;
  s.uri = params.at("textDocument").at("uri").get<std::string>();
  std::lock_guard lock(docs_.mutex);
  auto it = docs_.by_uri.find(s.uri);
  if (it == docs_.by_uri.end() || !it->second.format) return std::nullopt;
  const OpenDocument& doc = it->second;
  s.version = doc.version;
  s.text = doc.text;
  s.format = *doc.format;
  s.dialect = doc.dialect;
  if (doc.lint && doc.lint->version == doc.version) s.lint = doc.lint;
  return s;
}

json Server::hover(const json& params) {
  const TextPosition at = position_of(params.at("position"));
  auto s = snapshot(params);
  if (!s) return nullptr;
  return lsp::hover(s->buffer(settings_.encoding), at, settings_.docs_url);
}

json Server::completion(const json& params) {
  const TextPosition at = position_of(params.at("position"));
  auto s = snapshot(params);
  if (!s) return json{{"isIncomplete", false}, {"items", json::array()}};
  return lsp::completion(s->buffer(settings_.encoding), at);
}

json Server::code_action(const json& params) {
  const TextRange range = range_of(params.at("range"));
  if (const json* only = find(params, {"context", "only"}); only && only->is_array()) {
    // kinds are hierarchical: "quickfix" is asked for by itself or by the empty kind
    bool wanted = false;
    for (const json& kind : *only) wanted = wanted || kind == "quickfix" || kind == "";
    if (!wanted) return json::array();
  }
  auto s = snapshot(params);
  if (!s) return json::array();
  return code_actions(s->buffer(settings_.encoding), range, s->uri, s->version, versioned_edits_, settings_.docs_url);
}

int run_server(int argc, char** argv) {
  for (int i = 2; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--stdio") continue;  // what LSP client libraries pass for stdio; stdio is all there is
    if (arg == "-h" || arg == "--help") {
      std::printf(
          "Usage: iotjob-lint server\n\n"
          "Runs the language server (LSP 3.17) on stdin and stdout: diagnostics, quick fixes, hover\n"
          "and completion for AWS IoT job files in any editor with an LSP client (docs/editors.md).\n");
      return 0;
    }
    std::fprintf(stderr, "iotjob-lint server: unexpected argument '%s' (see iotjob-lint server --help)\n", argv[i]);
    return 2;
  }
  std::signal(SIGPIPE, SIG_IGN);  // a client that is gone is an error from write(), not a signal
  MessageReader reader([](char* buffer, std::size_t size) -> std::size_t {
    for (;;) {
      const ssize_t got = ::read(STDIN_FILENO, buffer, size);
      if (got < 0 && errno == EINTR) continue;
      return got < 0 ? 0 : static_cast<std::size_t>(got);
    }
  });
  MessageWriter writer([](std::string_view bytes) {
    while (!bytes.empty()) {
      const ssize_t put = ::write(STDOUT_FILENO, bytes.data(), bytes.size());
      if (put < 0 && errno == EINTR) continue;
      if (put <= 0) return false;
      bytes.remove_prefix(static_cast<std::size_t>(put));
    }
    return true;
  });
  Server server(writer);
  while (!server.done()) {
    Frame frame = reader.next();
    if (frame.kind == Frame::Kind::End) break;  // the client is gone
    try {
      server.handle(frame);
    } catch (const std::exception& e) {
      // out of memory for one message, say: the next may well be fine
      std::fprintf(stderr, "iotjob-lint server: %s\n", e.what());
    }
  }
  server.stop();
  return server.exit_code();
}

}  // namespace ijl::lsp
