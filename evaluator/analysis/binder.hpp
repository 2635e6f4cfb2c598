// binder.hpp — static scope resolution: resolves every variable to a scope slot or a `with`,
// and reports undefined variables as the reference does (in the same traversal order).
#pragma once

#include <optional>

#include "../syntax/ast.hpp"
#include "../syntax/parse.hpp"

namespace nixtwin {

// A lexical scope during binding. The outermost scope is the base environment.
struct StaticScope {
    const StaticScope * up = nullptr;
    bool isWith = false;
    std::vector<std::pair<Symbol, uint32_t>> vars;  // sorted by symbol identity for lookup
    void add(Symbol s, uint32_t index) { vars.emplace_back(s, index); }
    void sort();
    std::optional<uint32_t> find(Symbol s) const;
};

// The base environment's scope (all names visible without `builtins.`).
StaticScope makeBaseScope(SymbolTable & symbols);

// Binds `e` in `scope`; returns the first undefined variable as an error.
std::optional<ParseError> bindVariables(Expr * e, const StaticScope & scope);

}  // namespace nixtwin
