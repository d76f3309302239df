// The entry point of the command line, declared apart from commands.hpp so that main.cpp does not
// compile CLI11.
#pragma once

namespace crmroi::cli {

/// Builds the whole command line and runs it; returns the process exit code.
int run_app(int argc, char** argv);

}  // namespace crmroi::cli
