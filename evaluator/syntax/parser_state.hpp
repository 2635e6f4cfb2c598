// parser_state.hpp — state shared by the generated lexer and parser for one parse.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "parse.hpp"

namespace nixtwin {

// A token's text: a view into the (mutable, NUL-padded) parse buffer.
struct StringToken {
    const char * p;
    size_t l;
    bool hasIndentation;  // an indented-string chunk whose leading spaces count for stripping
    std::string_view view() const { return {p, l}; }
};

struct ParserFormals {
    std::vector<Formal> formals;
    bool ellipsis = false;
};

using StringParts = std::vector<std::pair<Pos, Expr *>>;
using IndStringParts = std::vector<std::pair<Pos, std::variant<Expr *, StringToken>>>;

struct ParserLocation {
    int first_line, first_column, last_line, last_column;
};

struct ParserState {
    ParseContext & ctx;
    uint32_t origin;
    std::string basePath;
    Expr * result = nullptr;
    std::optional<ParseError> error;
    ParserLocation previousLocation{1, 1, 1, 1};  // to undo a location step after yyless(0)

    Pos at(const ParserLocation & loc) const { return Pos{origin, uint32_t(loc.first_line), uint32_t(loc.first_column)}; }
    void fail(std::string message, Pos pos) {
        if (!error) error = ParseError{std::move(message), pos};
    }
    template <class T, class... Args>
    T * make(Args &&... args) { return ctx.arena.make<T>(std::forward<Args>(args)...); }
};

// In-place unescaping of a "…" string chunk, as the reference does it (stops at a NUL byte).
StringToken unescapeString(char * s);

}  // namespace nixtwin

namespace nixtwin {
// Removes the common indentation of an indented string, as the reference does.
Expr * stripIndentation(ParserState * st, Pos pos, IndStringParts & parts);
}  // namespace nixtwin
