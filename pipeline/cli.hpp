#pragma once
// The command line: subcommands and their options (Boost.Program_options).

namespace idm {

/// Parses argv, runs the subcommand, returns the process exit code.
int run_cli(int argc, char** argv);

}  // namespace idm
