// Dialect detection: which documents are jobs, and which broken files look like one.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document.hpp"
#include "fields.hpp"

namespace ijl {

// A key in any spelling: camelCase, snake_case, PascalCase or any case (`jobId`, `job_id`,
// `JobId`, `JOBID` all normalise to `jobid`).
bool same_field_name(std::string_view key, std::string_view field);

// The dialect `root` is a job of, on strong evidence only (docs/dialects.md, "Detection"),
// in this order: a record (a `job` object holding `jobId`/`jobArn`, or a `job` beside
// `account_id`/`documentSource`); a template (a top-level `jobTemplateId`: described when
// `jobTemplateArn` or `createdAt` is beside it); a CloudFormation template with an
// AWS::IoT::JobTemplate resource; a create-job request (a top-level `jobId`, or `targets`
// beside `document`/`documentSource`/`jobTemplateArn`). Keys in any spelling, CloudFormation's
// as CloudFormation spells them. nullopt: not a job (a package.json, a JSON Schema, OpenAPI).
// `supplied`: top-level fields the command line gives (supplied-fields): a supplied jobId or
// targets beside a document the file gives makes a create-job request.
std::optional<Dialect> detect_dialect(const Node& root, const std::vector<std::string>* supplied = nullptr);

// Whether `name` (any spelling) is a top-level field of a create-job or create-job-template
// request: what `aws iot create-job --job-id …` can supply beside --cli-input-json.
bool is_top_level_field_name(std::string_view name);

// A CloudFormation resource of type AWS::IoT::JobTemplate.
bool is_job_template_resource(const Node& resource);

// Whether the text of a file that does not parse shows a job key: `"jobId":` in JSON, `jobId:`
// starting a YAML line (any spelling of jobId, jobArn, jobTemplateId, documentSource), or
// the type `AWS::IoT::JobTemplate`. A walked broken file without one is not a job file.
bool text_shows_job_key(std::string_view text, bool yaml);

}  // namespace ijl
