// value_formats.hpp — values as JSON (--json, builtins.toJSON) and XML (--xml, builtins.toXML).
#pragma once

#include <string>

#include "../eval/eval_state.hpp"

namespace nixtwin {

// `strict`: force nested values; otherwise only what must be forced to print.
std::string valueToJSON(EvalState & state, Value & v, bool strict, Context * context = nullptr);
std::string valueToXML(EvalState & state, Value & v, bool strict, bool location, Context * context = nullptr);

}  // namespace nixtwin
