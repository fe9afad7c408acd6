// Entry point of the iotjob-lint executable: `iotjob-lint server` runs the language server,
// anything else is the command line.
#include <string_view>

#include "cli.hpp"
#include "lsp_server.hpp"

int main(int argc, char** argv) {
  if (argc >= 2 && std::string_view(argv[1]) == "server") return ijl::lsp::run_server(argc, argv);
  return ijl::run_cli(argc, argv);
}
