// idmreport's entry point: all the work is in the libraries; see pipeline/cli.cpp.
#include "pipeline/cli.hpp"

int main(int argc, char** argv) {
  return idm::run_cli(argc, argv);
}
