// Entry point of iotjob-lint-simdjson, the companion iotjob-lint execs for large NDJSON
// inputs (src/companion.hpp): the same command line with simdjson's parser first.
#include <string_view>

#include "cli.hpp"
#include "json_fast.hpp"
#include "json_loader.hpp"
#include "lsp_server.hpp"

int main(int argc, char** argv) {
  ijl::use_fast_json(ijl::load_json_fast);
  if (argc >= 2 && std::string_view(argv[1]) == "server") return ijl::lsp::run_server(argc, argv);
  return ijl::run_cli(argc, argv);
}
