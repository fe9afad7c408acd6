// Dialect detection: which documents are jobs, and which broken files look like one.
#pragma once

#include <optional>
#include <string_view>

#include "document.hpp"
#include "fields.hpp"

namespace ijl {

// A key in any spelling: camelCase, snake_case, PascalCase or any case (`jobId`, `job_id`,
// `JobId`, `JOBID` all normalise to `jobid`).
bool same_field_name(std::string_view key, std::string_view field);

// The dialect `root` is a job of, on strong evidence only (docs/dialects.md, "Detection"):
// a top-level `jobId`, or `targets` beside `document`/`documentSource`/`jobTemplateArn`, or
// a `job` object holding `jobId`/`jobArn` (or beside `account_id`/`documentSource`), keys in
// any spelling. nullopt: not a job (a package.json, a JSON Schema, an OpenAPI file).
std::optional<Dialect> detect_dialect(const Node& root);

// Whether the text of a file that does not parse shows a job key: `"jobId":` in JSON, `jobId:`
// starting a YAML line (any spelling of jobId, jobArn, jobTemplateId, documentSource), or
// the type `AWS::IoT::JobTemplate`. A walked broken file without one is not a job file.
bool text_shows_job_key(std::string_view text, bool yaml);

}  // namespace ijl
