// print_value.hpp — values as `nix-instantiate --eval` prints them.
#pragma once

#include <string>

#include "../eval/eval_state.hpp"

namespace nixtwin {

// Prints `v` without forcing anything: unevaluated parts print as <CODE>. A list or set printed
// before in the same output prints as «repeated» (unless showRepeated).
std::string printValue(EvalState & state, const Value & v, bool showRepeated = false);
void printValue(EvalState & state, const Value & v, std::string & out, bool showRepeated = false);

}  // namespace nixtwin
