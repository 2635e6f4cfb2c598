// value_json.hpp — what `builtins.toJSON` writes and what `builtins.fromJSON` reads back,
// on model values (Nix 2.8: floats with 6 significant digits, control bytes as \u00XX,
// other bytes raw, keys sorted, a set with __toString or outPath written as that string /
// value).
#pragma once

#include <optional>
#include <string>

#include "nix_value.hpp"

namespace nixtwin::gen {

// The text of `builtins.toJSON v`, or nullopt if the reference refuses (functions) or the
// model does not cover it (paths, which are copied to the store; sets with __toString).
std::optional<std::string> modelToJSON(const NixValue & v);

// `builtins.fromJSON (builtins.toJSON v)` as the model computes it: floats go through
// their 6-digit text ("1" reads back as an integer, "0.333333" as another float).
std::optional<NixValue> modelJSONRoundTrip(const NixValue & v);

// True when fromJSON (toJSON v) == v: no functions, paths or special sets, strings valid
// UTF-8, floats finite with a 6-digit text that reads back to the same number.
bool jsonRepresentable(const NixValue & v);

bool isValidUtf8(const std::string & s);

}  // namespace nixtwin::gen
