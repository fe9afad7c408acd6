// Fleet audits hand over to the companion executable, iotjob-lint-simdjson: this linter with
// simdjson's parser in front of the precise one. Debian ships simdjson as a shared library
// only, and the dynamically linked companion lints one file in 7.9 ms against 2.9 ms; so
// iotjob-lint stays static for the pre-commit path and execs the companion only when there
// is NDJSON enough for the faster parser to repay that (docs/fleet-audits.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "discovery.hpp"

namespace ijl {

// NDJSON bytes from which the companion takes over: about 60 ms of its linting.
constexpr std::uint64_t kCompanionBytes = std::uint64_t{16} << 20;

// The companion to exec for these inputs, or nullopt: fewer than kCompanionBytes of NDJSON
// (NDJSON on stdin counts as that many), no companion beside this executable (or in
// ../libexec/iotjob-lint/), IOTJOB_LINT_COMPANION=off, or this process parses fast already.
std::optional<std::string> companion_for(const std::vector<Input>& inputs);

// Replaces this process with `companion`, same arguments; returns only if exec failed.
void exec_companion(const std::string& companion, char** argv);

}  // namespace ijl
