// Entry point of the iotjob-lint executable.
#include "cli.hpp"

int main(int argc, char** argv) { return ijl::run_cli(argc, argv); }
