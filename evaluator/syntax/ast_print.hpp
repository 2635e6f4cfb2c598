// ast_print.hpp — prints a syntax tree exactly as `nix-instantiate --parse` does.
#pragma once

#include <string>

#include "ast.hpp"

namespace nixtwin {

void printExpr(std::string & out, const Expr * e);
std::string showAttrPath(const AttrPath & path);
// An attribute name as the reference shows it: bare if identifier-like, else quoted.
void printIdentifier(std::string & out, std::string_view name);
// A string literal with the reference's escapes (\" \\ \$ \n \r \t).
void printStringLiteral(std::string & out, std::string_view s);
// A float in C++ ostream default format (%g, 6 significant digits).
void printFloat(std::string & out, double d);

}  // namespace nixtwin
