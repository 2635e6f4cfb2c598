// invocation.cpp — building argv.
#include "invocation.hpp"

#include <stdexcept>

namespace nixtwin::oracle {

bool sameInputClass(const TestCase & a, const TestCase & b) {
    return (a.kind == InputKind::Expr) == (b.kind == InputKind::Expr);
}

std::size_t argBytes(const TestCase & c) {
    return (c.kind == InputKind::Expr ? c.program.size() : c.path.size()) + 1 + sizeof(char *);
}

std::vector<std::string> instantiateArgs(Mode mode, const std::vector<std::string> & commonArgs,
                                         const std::vector<const TestCase *> & cases) {
    std::vector<std::string> args = commonArgs;
    for (auto & f : modeFlags(mode)) args.push_back(f);
    if (cases.empty()) throw std::logic_error("instantiateArgs: no cases");
    bool expr = cases[0]->kind == InputKind::Expr;
    if (expr) args.push_back("--expr");
    for (auto c : cases) {
        if ((c->kind == InputKind::Expr) != expr) throw std::logic_error("instantiateArgs: mixed input kinds");
        args.push_back(expr ? c->program : c->path);
    }
    return args;
}

}  // namespace nixtwin::oracle
