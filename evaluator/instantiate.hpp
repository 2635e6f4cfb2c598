// instantiate.hpp — the public entry point of the evaluator: one nix-instantiate invocation,
// in process. nixtwin-instantiate, the oracle and the fuzzers all go through here.
#pragma once

#include <string>
#include <string_view>

#include "instantiate_options.hpp"

namespace nixtwin {

struct InstantiateResult {
    int exitCode = 0;
    std::string out;  // what nix-instantiate would print on stdout
    std::string err;  // … and on stderr
};

// Runs like `nix-instantiate <options>` with `stdinText` as standard input, relative paths
// resolving against `cwd`. Runs on a dedicated large stack; never throws.
InstantiateResult runInstantiate(const InstantiateOptions & options, std::string_view stdinText, const std::string & cwd);

// Convenience: parse argv-style arguments first (usage errors become exit code 1).
InstantiateResult runInstantiate(const std::vector<std::string> & args, std::string_view stdinText, const std::string & cwd);

}  // namespace nixtwin
