// parse.hpp — the front end's entry point: source text in, bound syntax tree or error out.
#pragma once

#include <optional>
#include <string>

#include "arena.hpp"
#include "ast.hpp"
#include "position.hpp"
#include "symbol_table.hpp"

namespace nixtwin {

struct ParseError {
    std::string message;  // without the "error: " prefix
    Pos pos;
};

struct ParseContext {
    SymbolTable & symbols;
    Arena & arena;
    Origins & origins;
    std::string home;  // for ~/ paths
};

struct ParseOutcome {
    Expr * expr = nullptr;
    std::optional<ParseError> error;
};

// Parses `origin`'s source text. Relative paths resolve against `basePath`.
ParseOutcome parse(ParseContext & ctx, uint32_t origin, const std::string & basePath);

}  // namespace nixtwin
