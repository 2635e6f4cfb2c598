// eval_state_test.cpp — invariants of a fresh evaluation state.
#include <gtest/gtest.h>

#include "eval/eval_state.hpp"
#include "instantiate.hpp"

using namespace nixtwin;

// Names created at start-up sort before later ones (they model the reference's heap order), so
// the evaluator must not create any name the reference does not create at start-up: an extra
// one would change the order of `let` bindings, formals and --strict forcing.
TEST(EvalState, StartupCreatesOnlyTheReferencesStartupSymbols) {
    SymbolTable fresh;
    size_t startup = fresh.size();
    EvalState st(EvalSettings{});
    EXPECT_EQ(st.symbols.size(), startup);
}

// builtins has exactly the reference's names (checked against nix-instantiate 2.8.0:
// `builtins.attrNames builtins` lists 109 names).
TEST(EvalState, BuiltinsHaveTheReferencesNames) {
    auto r = runInstantiate({"--eval", "--expr", "builtins.length (builtins.attrNames builtins)"}, "", "/");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "109\n");
}

// Operands are forced left to right: the first operand's type error is reported
// (nix-instantiate 2.8.0: "value is a Boolean while an integer was expected").
TEST(EvalState, ArithmeticChecksTheLeftOperandFirst) {
    auto r = runInstantiate({"--eval", "--expr", "builtins.add true null"}, "", "/");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.substr(0, r.err.find('\n')), "error: value is a Boolean while an integer was expected");
}
