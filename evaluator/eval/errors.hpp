// errors.hpp — every kind of evaluation error, in one place.
//
// Like the reference (2.8), only `throw` and failed assertions are catchable by
// builtins.tryEval; every other error ends the evaluation.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "../diagnostics/error_display.hpp"
#include "../syntax/position.hpp"

namespace nixtwin {

enum class ErrorKind {
    Eval,               // generic evaluation error
    Type,               // a value of the wrong type
    Assertion,          // failed `assert` (catchable)
    Thrown,             // builtins.throw (catchable)
    Abort,              // builtins.abort
    UndefinedVar,
    MissingArgument,
    InfiniteRecursion,
    Restricted,         // pure/restricted evaluation forbids it
    Unsupported,        // nixtwin does not implement it (never a silently wrong answer)
    StackOverflow,
};

struct EvalError : std::exception {
    ErrorKind kind;
    std::string message;       // without "error: "
    Pos pos;
    std::string suggestion;    // "Did you mean a?" line, if any
    std::vector<Trace> traces; // innermost first, shown with --show-trace

    EvalError(ErrorKind k, std::string m, Pos p = {}) : kind(k), message(std::move(m)), pos(p) {}
    const char * what() const noexcept override { return message.c_str(); }
    bool catchable() const { return kind == ErrorKind::Assertion || kind == ErrorKind::Thrown; }
};

[[noreturn]] inline void throwError(ErrorKind kind, std::string message, Pos pos = {}) {
    throw EvalError(kind, std::move(message), pos);
}
[[noreturn]] inline void throwTypeError(std::string message, Pos pos = {}) {
    throw EvalError(ErrorKind::Type, std::move(message), pos);
}
[[noreturn]] inline void throwEvalError(std::string message, Pos pos = {}) {
    throw EvalError(ErrorKind::Eval, std::move(message), pos);
}

}  // namespace nixtwin
