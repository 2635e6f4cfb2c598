// attr_path.hpp — `-A a.b.0` selection paths, as nix-instantiate resolves them.
#pragma once

#include <string>

#include "eval/eval_state.hpp"

namespace nixtwin {

// Follows `attrPath` from `root`, auto-calling functions with `autoArgs` at each step.
Value * findAlongAttrPath(EvalState & state, const std::string & attrPath, Bindings & autoArgs, Value & root);

}  // namespace nixtwin
