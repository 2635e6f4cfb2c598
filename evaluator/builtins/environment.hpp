// environment.hpp — shared by the builtins that read files (readFile, readDir, pathExists,
// hashFile).
#pragma once

#include <string>

#include "../eval/eval_state.hpp"

namespace nixtwin {

// The reference's realisePath: the value as an absolute path (a path, or a string starting
// with '/'), its string context realised in the store, and — unless `checkForPureEval` is
// false — checked against pure/restricted evaluation.
std::string realisePath(EvalState & st, Pos pos, Value & v, bool checkForPureEval = true);

}  // namespace nixtwin
