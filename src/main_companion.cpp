// Entry point of iotjob-lint-simdjson, the companion iotjob-lint execs for large NDJSON
// inputs (src/companion.hpp): the same command line with simdjson's parser first. Only lint
// runs are handed over, so the language server is not here.
#include "cli.hpp"
#include "json_fast.hpp"
#include "json_loader.hpp"

int main(int argc, char** argv) {
  ijl::use_fast_json(ijl::load_json_fast);
  return ijl::run_cli(argc, argv);
}
