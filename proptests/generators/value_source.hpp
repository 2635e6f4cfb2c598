// value_source.hpp — Nix source text that evaluates to a given model value.
//
// The traps it avoids: NUL cannot be in a string; raw CR in a literal is read as LF; `${`
// must be escaped; a negative number is `0 - n` (so INT64_MIN needs `(-9223372036854775807
// - 1)` and -0.0 cannot be written as `-0.0`); a float literal needs a dot in its mantissa
// (`1e20` is the integer 1 applied to `e20`) and must not under- or overflow (the lexer
// rejects ERANGE), so subnormals are written as a product; inf and NaN are computed;
// `a/b` without spaces is a path.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "nix_value.hpp"

namespace nixtwin::gen {

// A self-delimiting expression (parenthesised unless atomic), usable as a list element.
std::string toNixSource(const NixValue & v);

std::string intSource(std::int64_t i);
std::string floatSource(double d);
// A float literal for a finite non-negative normal double (or 0): shortest digits that
// read back exactly, with the dot the lexer requires.
std::string floatLiteral(double d);
// A key in binding or select position: bare if it is an identifier and not a keyword.
std::string attrKeySource(std::string_view key);
bool isKeyword(std::string_view s);

}  // namespace nixtwin::gen
