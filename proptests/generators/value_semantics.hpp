// value_semantics.hpp — what the reference computes for `==` and `<` on model values,
// written from Nix 2.8's eqValues and CompareValues (libexpr/eval.cc, primops.cc).
#pragma once

#include <optional>
#include <string>
#include <variant>

#include "nix_value.hpp"

namespace nixtwin::gen {

// `a == b` for two values built by separate expressions (no cell shared between them):
// ints and floats compare numerically (the int converted to double), functions are never
// equal, NaN is not equal to itself, two derivations (type = "derivation") with outPaths
// compare by outPath only.
bool modelEquals(const NixValue & a, const NixValue & b);

// `v == v` where both sides are the same variable: the reference first compares cell
// addresses inside lists and sets, so only a top-level function or NaN is unequal.
bool modelEqualsSelf(const NixValue & v);

// `a < b` (`builtins.lessThan a b`): a Boolean, or the reference's error message
// ("cannot compare a set with a set").
using CompareResult = std::variant<bool, std::string>;
CompareResult modelLessThan(const NixValue & a, const NixValue & b);

// True when `<` is defined on a and b without error.
bool comparable(const NixValue & a, const NixValue & b);

}  // namespace nixtwin::gen
