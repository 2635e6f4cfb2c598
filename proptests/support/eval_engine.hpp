// eval_engine.hpp — evaluating one program for a law: nixtwin in process (the default), or
// the reference nix-instantiate (NIXTWIN_LAWS_ENGINE=reference), which is how the laws'
// expectations were checked to be the reference's own behaviour.
#pragma once

#include <string>

namespace nixtwin::proptest {

struct EvalOutcome {
    int exitCode = 0;
    std::string out;  // stdout without its final newline
    std::string err;
    std::string errorLine() const;  // the first line of stderr ("error: …")
};

// `nix-instantiate --eval --strict --expr <program>` (or the program on stdin when it cannot
// be an argument).
EvalOutcome evalStrict(const std::string & program);

// "nixtwin" or "reference".
const std::string & engineName();

}  // namespace nixtwin::proptest
