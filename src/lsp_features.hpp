// The language features over one buffer, as LSP results: diagnostics, hover, completion and
// quick fixes. Pure functions of the text and the last lint of it: the server's threads and
// state stay in lsp_server.cpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.hpp"
#include "engine.hpp"
#include "lsp_place.hpp"
#include "lsp_text.hpp"
#include "lsp_transport.hpp"

namespace ijl::lsp {

struct Buffer {
  std::string_view text;
  InputFormat format = InputFormat::Json;
  std::optional<Dialect> dialect;  // the last one a lint of this buffer found
  // The findings of a lint of exactly this text (their ranges are offsets into it); none
  // when the last lint was of an older version.
  const std::vector<Diagnostic>* diagnostics = nullptr;
  Encoding encoding = Encoding::Utf16;
};

// LSP `Diagnostic`s. `docs_url` (empty: none) becomes each one's `codeDescription.href`, with
// `{code}` replaced by the rule's code. With `related_uri` (the buffer's URI, given when the
// client takes `relatedInformation`), a finding's related locations become its
// `relatedInformation`.
json to_lsp_diagnostics(const Buffer& b, const std::string& docs_url,
                        const std::optional<std::string>& related_uri = std::nullopt);

// The key path at `offset` (NDJSON: within its line).
Place locate(const Buffer& b, std::uint32_t offset, At at);

// The field a path names in `d`'s table (a top-level array is a list of documents; in a
// CloudFormation template the path starts at `Resources/NAME`); null when it names none.
const FieldSpec* resolve(Dialect d, const std::vector<Segment>& path);

// `Hover` (or null): on a key or a value, the field's documentation (type, limits, the rules
// that judge it, the AWS IoT API model's description); on a diagnostic, the rule's --explain text.
json hover(const Buffer& b, TextPosition at, const std::string& docs_url);

// `CompletionList`: the keys the object at the caret may still take, or the values of an enum.
json completion(const Buffer& b, TextPosition at);

// `CodeAction[]`: the fixes of the diagnostics in `range`. With `versioned`, the edit is a
// `documentChanges` entry that the client applies only to `version`.
json code_actions(const Buffer& b, TextRange range, const std::string& uri, std::optional<std::int64_t> version,
                  bool versioned, const std::string& docs_url);

}  // namespace ijl::lsp
