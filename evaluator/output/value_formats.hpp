// value_formats.hpp — values as JSON (--json, builtins.toJSON) and XML (--xml, builtins.toXML).
//
// Both write into `out` as they go, like the reference writes to its stream: when an error
// interrupts them, `out` keeps what was written so far plus the closing brackets/tags (the
// reference's writers close them while unwinding), which nix-instantiate then prints.
#pragma once

#include <string>

#include "../eval/eval_state.hpp"

namespace nixtwin {

// `strict`: force nested values (otherwise an unforced one is an error in JSON and
// <unevaluated /> in XML). `pos` is used for forcing and for errors about values without a
// position of their own. String contexts (and store paths of copied paths) go to `context`.
void printValueAsJSON(EvalState & state, bool strict, Value & v, Pos pos, std::string & out, Context & context);
void printValueAsXML(EvalState & state, bool strict, bool location, Value & v, Pos pos, std::string & out,
                     Context & context);

// JSON string literal as the reference writes it: only '"', '\\', \n, \r, \t and other bytes
// below 0x20 are escaped; everything else (UTF-8 or not) is copied.
void appendJSONString(std::string & out, std::string_view s);

// The float text of the reference's streams (`%g`).
std::string formatFloat(double d);

// Where a value "is": its own position if it has one (set, lambda), else `fallback`.
Pos determinePos(const Value & v, Pos fallback);

}  // namespace nixtwin
