// arithmetic_laws.cpp — integers are a ring modulo 2^64 (Nix 2.8 wraps on overflow): + and *
// match two's-complement arithmetic, commute, associate and distribute; division truncates
// towards zero and fits its remainder; builtins.add/sub/mul/div agree with the operators;
// division by zero is an error; tryEval catches throw and assert.
#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <limits>

#include "law_check.hpp"
#include "value_gen.hpp"
#include "value_print.hpp"
#include "value_source.hpp"

namespace nixtwin::proptest {
namespace {

using gen::intSource;

std::int64_t wrapAdd(std::int64_t a, std::int64_t b) { return std::int64_t(std::uint64_t(a) + std::uint64_t(b)); }
std::int64_t wrapSub(std::int64_t a, std::int64_t b) { return std::int64_t(std::uint64_t(a) - std::uint64_t(b)); }
std::int64_t wrapMul(std::int64_t a, std::int64_t b) { return std::int64_t(std::uint64_t(a) * std::uint64_t(b)); }
std::string n(std::int64_t i) { return std::to_string(i); }

RC_GTEST_PROP(Arithmetic, AdditionWraps, ()) {
    auto a = *genInt(), b = *genInt();
    std::string sa = intSource(a), sb = intSource(b);
    expectPrints("[ (" + sa + " + " + sb + ") (builtins.add " + sa + " " + sb + ") (" + sa + " - " + sb + ") (builtins.sub " + sa + " " + sb + ") ]",
                 "[ " + n(wrapAdd(a, b)) + " " + n(wrapAdd(a, b)) + " " + n(wrapSub(a, b)) + " " + n(wrapSub(a, b)) + " ]");
}

RC_GTEST_PROP(Arithmetic, MultiplicationWraps, ()) {
    auto a = *genInt(), b = *genInt();
    std::string sa = intSource(a), sb = intSource(b);
    expectPrints("[ (" + sa + " * " + sb + ") (builtins.mul " + sa + " " + sb + ") ]", "[ " + n(wrapMul(a, b)) + " " + n(wrapMul(a, b)) + " ]");
}

RC_GTEST_PROP(Arithmetic, CommutativeAssociative, ()) {
    auto a = *genInt(), b = *genInt(), c = *genInt();
    std::string sa = intSource(a), sb = intSource(b), sc = intSource(c);
    expectPrints("[ (" + sa + " + " + sb + " == " + sb + " + " + sa + ") ((" + sa + " + " + sb + ") + " + sc + " == " + sa + " + (" + sb +
                     " + " + sc + ")) (" + sa + " * " + sb + " == " + sb + " * " + sa + ") ((" + sa + " * " + sb + ") * " + sc + " == " +
                     sa + " * (" + sb + " * " + sc + ")) ]",
                 "[ true true true true ]");
}

RC_GTEST_PROP(Arithmetic, Distributive, ()) {
    auto a = *genInt(), b = *genInt(), c = *genInt();
    std::string sa = intSource(a), sb = intSource(b), sc = intSource(c);
    expectPrints("[ (" + sa + " * (" + sb + " + " + sc + ")) (" + sa + " * " + sb + " + " + sa + " * " + sc + ") ]",
                 "[ " + n(wrapMul(a, wrapAdd(b, c))) + " " + n(wrapMul(a, wrapAdd(b, c))) + " ]");
}

RC_GTEST_PROP(Arithmetic, NegationAndIdentities, ()) {
    auto a = *genInt();
    std::string sa = intSource(a);
    expectPrints("[ (" + sa + " + (-" + sa + ")) (" + sa + " + 0) (" + sa + " * 1) (0 - " + sa + ") (-" + sa + ") ]",
                 "[ 0 " + n(a) + " " + n(a) + " " + n(wrapSub(0, a)) + " " + n(wrapSub(0, a)) + " ]");
}

// a / b truncates towards zero; (a / b) * b + r == a with |r| < |b|; builtins.div agrees.
RC_GTEST_PROP(Arithmetic, DivisionTruncates, ()) {
    auto a = *genInt(), b = *genInt();
    RC_PRE(b != 0 && !(a == std::numeric_limits<std::int64_t>::min() && b == -1));  // the reference traps (SIGFPE)
    std::string sa = intSource(a), sb = intSource(b);
    std::int64_t q = a / b, r = a % b;
    expectPrints("let q = " + sa + " / " + sb + "; in [ q (builtins.div " + sa + " " + sb + ") (q * " + sb + " + (" + sa + " - q * " + sb + ") == " +
                     sa + ") (" + sa + " - q * " + sb + ") ]",
                 "[ " + n(q) + " " + n(q) + " true " + n(r) + " ]");
}

RC_GTEST_PROP(Arithmetic, DivisionByZeroFails, ()) {
    auto a = *genInt();
    auto program = *rc::gen::element<std::string>(intSource(a) + " / 0", "builtins.div " + intSource(a) + " 0", gen::floatSource(double(a)) + " / 0.0",
                                                  intSource(a) + " / (1 - 1)");
    expectError(program, "error: division by zero");
}

// tryEval catches throw and assert (in 2.8, nothing else) and reports success otherwise.
RC_GTEST_PROP(Arithmetic, TryEvalCatchesThrow, ()) {
    auto msg = *genStringBytes(true);
    ValueOptions o;
    o.maxDepth = 1;
    auto v = *genValue(o);
    std::string sv = gen::toNixSource(v);
    expectPrints("[ (builtins.tryEval (throw " + gen::quoteNixString(msg) + ")) (builtins.tryEval (assert " + sv + " != " + sv +
                     " || false; 1)) (builtins.tryEval " + sv + ") ]",
                 std::string("[ { success = false; value = false; } { success = ") + (gen::containsIncomparable(v) ? "true; value = 1; }" : "false; value = false; }") +
                     " { success = true; value = " + gen::printStrict(v) + "; } ]");
}

}  // namespace
}  // namespace nixtwin::proptest
