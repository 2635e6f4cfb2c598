// json_laws.cpp — builtins.toJSON writes the reference's canonical text (floats with 6
// significant digits, control bytes as \u00XX, other bytes raw, keys sorted), and
// fromJSON (toJSON v) == v for every value JSON can represent: no functions or paths,
// UTF-8 strings, floats whose 6-digit text reads back exactly.
#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "law_check.hpp"
#include "value_gen.hpp"
#include "value_json.hpp"
#include "value_print.hpp"
#include "value_source.hpp"

namespace nixtwin::proptest {
namespace {

using gen::toNixSource;

RC_GTEST_PROP(Json, RoundTrip, ()) {
    auto v = *genValue(jsonOptions());
    RC_PRE(gen::jsonRepresentable(v));
    std::string s = toNixSource(v);
    expectPrints("let v = " + s + "; in [ (builtins.fromJSON (builtins.toJSON v) == v) (builtins.fromJSON (builtins.toJSON v)) ]",
                 "[ true " + gen::printStrict(*gen::modelJSONRoundTrip(v)) + " ]");
}

// Any value toJSON accepts, including floats that do not survive (0.333333), infinities and
// non-UTF-8 strings: the text is the reference's, byte for byte.
RC_GTEST_PROP(Json, CanonicalText, ()) {
    ValueOptions o;
    o.functions = false;
    o.paths = false;
    o.specialKeys = false;
    auto v = *genValue(o);
    auto text = gen::modelToJSON(v);
    RC_ASSERT(text.has_value());
    expectPrints("builtins.toJSON " + toNixSource(v), gen::quoteNixString(*text));
}

// Canonical text reads back and writes the same again (after one round: "-0" reads as 0).
RC_GTEST_PROP(Json, TextRoundTrip, ()) {
    auto v = *genValue(jsonOptions());
    RC_PRE(gen::jsonRepresentable(v));
    auto canonical = *gen::modelToJSON(*gen::modelJSONRoundTrip(v));
    std::string t = gen::quoteNixString(*gen::modelToJSON(v));
    expectPrints("builtins.toJSON (builtins.fromJSON " + t + ")", gen::quoteNixString(canonical));
}

}  // namespace
}  // namespace nixtwin::proptest
