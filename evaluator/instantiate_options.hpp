// instantiate_options.hpp — nix-instantiate's command line, as nixtwin-instantiate accepts it.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace nixtwin {

struct InstantiateOptions {
    enum class Mode { Instantiate, Parse, Eval, FindFile } mode = Mode::Instantiate;
    bool fromExpr = false;  // --expr: positional arguments are expressions
    bool strict = false;
    bool json = false;
    bool xml = false;
    bool xmlLocation = true;
    bool showTrace = false;
    bool pureEval = false;
    bool restrictEval = false;
    std::vector<std::string> attrPaths;                                   // -A
    std::vector<std::pair<std::string, std::string>> argExprs, argStrs;   // --arg, --argstr
    std::vector<std::string> includes;                                    // -I
    std::vector<std::string> inputs;                                      // files, '-', or expressions
};

struct UsageError {
    std::string message;
};

// Parses argv (without argv[0]); throws UsageError for what the reference rejects.
InstantiateOptions parseInstantiateOptions(const std::vector<std::string> & args);

}  // namespace nixtwin
