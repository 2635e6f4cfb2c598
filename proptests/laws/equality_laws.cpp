// equality_laws.cpp — `==` as the reference defines it: reflexive except for functions and
// NaN (and even those are equal to themselves when the very same cell is compared inside a
// list or set), symmetric, transitive where int/float conversions are exact, ints and
// floats compared as numbers, lists and sets compared element by element.
#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "law_check.hpp"
#include "value_gen.hpp"
#include "value_semantics.hpp"
#include "value_source.hpp"

namespace nixtwin::proptest {
namespace {

using gen::modelEquals;
using gen::toNixSource;

const char * b(bool x) { return x ? "true" : "false"; }

// `let v = V; in v == v`: false only for a function or NaN at the top.
RC_GTEST_PROP(Equality, ReflexiveOnOneVariable, ()) {
    auto v = *genValue(ValueOptions{});
    expectPrints("let v = " + toNixSource(v) + "; in v == v", b(gen::modelEqualsSelf(v)));
}

// `V == V` with two copies: false as soon as a function or NaN is anywhere inside.
RC_GTEST_PROP(Equality, ReflexiveOnCopies, ()) {
    auto v = *genValue(ValueOptions{});
    RC_CLASSIFY(gen::containsIncomparable(v), "contains function or NaN");
    std::string s = toNixSource(v);
    expectPrints(s + " == " + s, b(!gen::containsIncomparable(v)));
}

RC_GTEST_PROP(Equality, Symmetric, ()) {
    auto a = *genValue(ValueOptions{});
    auto c = *genNear(a);
    bool eq = modelEquals(a, c);
    RC_CLASSIFY(eq, "equal");
    std::string sa = toNixSource(a), sc = toNixSource(c);
    expectPrints("[ (" + sa + " == " + sc + ") (" + sc + " == " + sa + ") ]", std::string("[ ") + b(eq) + " " + b(eq) + " ]");
}

// Transitive where no int/float conversion rounds (with ints beyond 2^53 it is not:
// 2^53 + 1 == 2^53.0 and 2^53.0 == 2^53, but 2^53 + 1 != 2^53).
RC_GTEST_PROP(Equality, Transitive, ()) {
    ValueOptions o;
    o.safeInts = true;
    o.functions = false;
    o.nan = false;
    auto a = *genValue(o);
    auto c1 = *genNear(a);
    auto c2 = *genNear(c1);
    std::string sa = toNixSource(a), s1 = toNixSource(c1), s2 = toNixSource(c2);
    std::string p = "[ (" + sa + " == " + s1 + ") (" + s1 + " == " + s2 + ") (" + sa + " == " + s2 + ") ]";
    bool ab = modelEquals(a, c1), bc = modelEquals(c1, c2), ac = modelEquals(a, c2);
    RC_CLASSIFY(ab && bc, "chain of equals");
    expectThat(!(ab && bc) || ac, p, "a == b && b == c implies a == c (model)", "the model itself is not transitive");
    auto out = evalOk(p);
    std::string expected = std::string("[ ") + b(ab) + " " + b(bc) + " " + b(ac) + " ]";
    expectThat(out == expected, p, expected, out);
}

// An int and a float are equal when the int converted to a double is the float.
RC_GTEST_PROP(Equality, IntFloatFungible, ()) {
    auto i = *genInt();
    double f = *rc::gen::oneOf(rc::gen::just(double(i)), genFloat(ValueOptions{}));
    bool eq = double(i) == f;
    RC_CLASSIFY(eq, "equal");
    std::string si = gen::intSource(i), sf = gen::floatSource(f);
    expectPrints("[ (" + si + " == " + sf + ") (" + sf + " == " + si + ") (" + si + " + 0.0 == " + si + ") (builtins.typeOf (" + si + " + 0.0)) ]",
                 std::string("[ ") + b(eq) + " " + b(eq) + " true \"float\" ]");
}

// Lists are equal when their lengths and elements are, and the structural definition
// written in Nix agrees with the built-in one.
RC_GTEST_PROP(Equality, StructuralOnLists, ()) {
    ValueOptions o;
    auto a = *genValueOfKind(ValueKind::List, o);
    auto c = *genNear(a);
    std::string sa = toNixSource(a), sc = toNixSource(c);
    std::string structural = "(let a = " + sa + "; b = " + sc +
                             "; in builtins.length a == builtins.length b && builtins.all (i: builtins.elemAt a i == "
                             "builtins.elemAt b i) (builtins.genList (i: i) (builtins.length a)))";
    bool eq = modelEquals(a, c);
    RC_CLASSIFY(eq, "equal");
    expectPrints("[ (" + sa + " == " + sc + ") " + structural + " ]", std::string("[ ") + b(eq) + " " + b(eq) + " ]");
}

// Sets (that are not derivations) are equal when their names and values are.
RC_GTEST_PROP(Equality, StructuralOnSets, ()) {
    ValueOptions o;
    o.specialKeys = false;  // {type = "derivation"} compares by outPath only
    auto a = *genValueOfKind(ValueKind::Attrs, o);
    auto c = *genNear(a);
    std::string sa = toNixSource(a), sc = toNixSource(c);
    std::string structural = "(let a = " + sa + "; b = " + sc +
                             "; in builtins.attrNames a == builtins.attrNames b && builtins.all (n: a.${n} == b.${n}) "
                             "(builtins.attrNames a))";
    bool eq = modelEquals(a, c);
    RC_CLASSIFY(eq, "equal");
    expectPrints("[ (" + sa + " == " + sc + ") " + structural + " ]", std::string("[ ") + b(eq) + " " + b(eq) + " ]");
}

}  // namespace
}  // namespace nixtwin::proptest
