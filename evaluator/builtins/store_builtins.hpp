// store_builtins.hpp — primops of the store area that live in their own files.
#pragma once

#include "registry.hpp"

namespace nixtwin {

void primDerivationStrict(EvalState & state, Pos pos, Value ** args, Value & v);  // derivation_strict.cpp

}  // namespace nixtwin
