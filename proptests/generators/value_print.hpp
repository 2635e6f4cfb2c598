// value_print.hpp — the text `nix-instantiate --eval --strict` prints for a model value
// (without the trailing newline), as Nix 2.8's printValue writes it.
#pragma once

#include <string>
#include <string_view>

#include "nix_value.hpp"

namespace nixtwin::gen {

std::string printStrict(const NixValue & v);

// A string as the printer quotes it: escapes \ " \n \r \t and ${ (as \${), other bytes raw.
// The same escaping is valid Nix source for a string literal.
std::string quoteNixString(std::string_view s);

// A float as C++ ostream prints it by default (6 significant digits, %g): "0.333333",
// "1e+20", "100", "-0", "inf", "-nan".
std::string printFloat(double d);

// A set key as the printer writes it: bare if it is an identifier other than "if" (the
// reference's printer quotes no other keyword), quoted otherwise — with every '$' escaped.
std::string printAttrKey(std::string_view key);

// [a-zA-Z_][a-zA-Z0-9_'-]*
bool isIdentifier(std::string_view s);

}  // namespace nixtwin::gen
