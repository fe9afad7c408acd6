// The command line (docs/cli.md): options, file discovery, linting, report output, exit code.
#pragma once

namespace ijl {

// Runs iotjob-lint and returns its exit code: 0 clean, 1 findings at or above --fail-on,
// 2 usage, configuration or read errors and internal failures. Never throws.
int run_cli(int argc, char** argv);

}  // namespace ijl
