// Usage errors in crmroi's own words: CLI11's messages ("--period: At Most 1 required but
// received 2", "The following argument was not expected: --frob") reworded for people.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

namespace crmroi::cli {

/// The message (without "crmroi: ") for a usage error CLI11 raised while parsing the arguments of
/// `command` ("calc", "metric irr"; empty for the top level). `unexpected` holds the arguments
/// no option or positional took, when the error is CLI::ExtrasError. Messages:
///   --period: At Most 1 required but received 2   -> "--period was given 2 times; give it once"
///   --cost: 1 required AMOUNT missing              -> "--cost needs a value (AMOUNT)"
///   The following argument was not expected: -x  -> "calc: unknown option '-x'"
///   FILE is required                               -> "calc needs a scenario file (or - for
///                                                     standard input)"
///   --cost is required                             -> "metric cac needs --cost"
///   --scores excludes --promoters                  -> "--scores and --promoters cannot be used
///                                                     together"
/// Messages crmroi wrote itself (its validators) are kept as they are.
std::string usage_error_text(const CLI::Error& error, std::string_view command,
                             const std::vector<std::string>& unexpected);

}  // namespace crmroi::cli
