// ordering_laws.cpp — `<` (and builtins.lessThan, >, <=, >=) is a strict weak order on
// integers, numbers (ints mixed with non-NaN floats, ints within 2^53), strings, paths and
// lists of those; anything else is "cannot compare X with Y". Expectations come from the
// model of the reference's CompareValues; the order laws are also checked on nixtwin's own
// answers.
#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "law_check.hpp"
#include "value_gen.hpp"
#include "value_semantics.hpp"
#include "value_source.hpp"

namespace nixtwin::proptest {
namespace {

using gen::toNixSource;

bool lt(const NixValue & a, const NixValue & b) { return std::get<bool>(gen::modelLessThan(a, b)); }
const char * b(bool x) { return x ? "true" : "false"; }
std::string lessThan(const std::string & a, const std::string & c) { return "(" + a + " < " + c + ")"; }

// Three related values of one domain: equal, neighbouring or unrelated.
struct Triple {
    NixValue a, b, c;
};
Triple genTriple() {
    auto d = *genOrderDomain();
    auto a = *genOrderable(d);
    auto b1 = *rc::gen::oneOf(genNear(a), genOrderable(d));
    auto c = *rc::gen::oneOf(genNear(b1), genOrderable(d));
    // genNear may leave the domain (a list of ints next to a list of floats is fine, an int
    // next to a float too); comparability is all the laws need.
    RC_PRE(gen::comparable(a, b1) && gen::comparable(b1, c) && gen::comparable(a, c) && gen::comparable(b1, a) &&
           gen::comparable(c, b1) && gen::comparable(c, a));
    return {a, b1, c};
}

RC_GTEST_PROP(Ordering, Irreflexive, ()) {
    auto v = *genOrderable(*genOrderDomain());
    std::string s = toNixSource(v);
    expectPrints("let v = " + s + "; in [ (v < v) (" + s + " < " + s + ") (builtins.lessThan v v) ]", "[ false false false ]");
}

RC_GTEST_PROP(Ordering, Asymmetric, ()) {
    auto t = genTriple();
    std::string sa = toNixSource(t.a), sb = toNixSource(t.b);
    bool ab = lt(t.a, t.b), ba = lt(t.b, t.a);
    RC_CLASSIFY(ab || ba, "ordered");
    expectThat(!(ab && ba), sa + " < " + sb, "not both a < b and b < a (model)", "the model is not asymmetric");
    expectPrints("[ " + lessThan(sa, sb) + " " + lessThan(sb, sa) + " ]", std::string("[ ") + b(ab) + " " + b(ba) + " ]");
}

RC_GTEST_PROP(Ordering, Transitive, ()) {
    auto t = genTriple();
    std::string sa = toNixSource(t.a), sb = toNixSource(t.b), sc = toNixSource(t.c);
    std::string p = "[ " + lessThan(sa, sb) + " " + lessThan(sb, sc) + " " + lessThan(sa, sc) + " ]";
    auto out = evalOk(p);
    bool ab = lt(t.a, t.b), bc = lt(t.b, t.c), ac = lt(t.a, t.c);
    RC_CLASSIFY(ab && bc, "chain");
    expectThat(out != "[ true true false ]", p, "a < b && b < c implies a < c", out);
    std::string expected = std::string("[ ") + b(ab) + " " + b(bc) + " " + b(ac) + " ]";
    expectThat(out == expected, p, expected, out);
}

// Incomparability (neither a < b nor b < a) is transitive: the order is weak, not partial.
RC_GTEST_PROP(Ordering, IncomparabilityTransitive, ()) {
    auto t = genTriple();
    std::string sa = toNixSource(t.a), sb = toNixSource(t.b), sc = toNixSource(t.c);
    auto inc = [](const std::string & x, const std::string & y) { return "(!(" + x + " < " + y + ") && !(" + y + " < " + x + "))"; };
    std::string p = "[ " + inc(sa, sb) + " " + inc(sb, sc) + " " + inc(sa, sc) + " ]";
    auto out = evalOk(p);
    auto minc = [](const NixValue & x, const NixValue & y) { return !lt(x, y) && !lt(y, x); };
    bool ab = minc(t.a, t.b), bc = minc(t.b, t.c), ac = minc(t.a, t.c);
    RC_CLASSIFY(ab && bc, "chain");
    expectThat(out != "[ true true false ]", p, "a ~ b && b ~ c implies a ~ c", out);
    std::string expected = std::string("[ ") + b(ab) + " " + b(bc) + " " + b(ac) + " ]";
    expectThat(out == expected, p, expected, out);
}

// a < b, builtins.lessThan a b, b > a, !(a >= b) and !(b <= a) all say the same.
RC_GTEST_PROP(Ordering, OperatorsAgree, ()) {
    auto t = genTriple();
    std::string sa = toNixSource(t.a), sb = toNixSource(t.b);
    bool ab = lt(t.a, t.b), ba = lt(t.b, t.a);
    expectPrints("[ (" + sa + " < " + sb + ") (builtins.lessThan " + sa + " " + sb + ") (" + sb + " > " + sa + ") (" + sa +
                     " <= " + sb + ") (" + sb + " >= " + sa + ") ]",
                 std::string("[ ") + b(ab) + " " + b(ab) + " " + b(ab) + " " + b(!ba) + " " + b(!ba) + " ]");
}

// Values `<` does not order give the reference's "cannot compare X with Y".
RC_GTEST_PROP(Ordering, IncomparableTypesFail, ()) {
    ValueOptions o;
    o.maxDepth = 1;
    auto a = *genValue(o);
    auto c = *rc::gen::oneOf(genValue(o), genNear(a));
    auto r = gen::modelLessThan(a, c);
    RC_PRE(std::holds_alternative<std::string>(r));
    std::string sa = toNixSource(a), sc = toNixSource(c);
    std::string message = "error: " + std::get<std::string>(r);
    expectError(sa + " < " + sc, message);
    expectError("builtins.lessThan " + sa + " " + sc, message);
}

}  // namespace
}  // namespace nixtwin::proptest
