// print_parse_laws.cpp — the strict printout: it is what the reference's printer writes (the
// model, for every kind of value: functions, NaN, infinities, awkward floats, odd keys),
// and for printable values it is Nix source that evaluates back to the same value.
//
// Printable, as the reference really is: no functions, no NaN or infinities, floats whose
// 6-digit text has no exponent ("1e+20" does not parse) and reads back exactly, no -0.0
// ("-0" reads back as the integer 0), no INT64_MIN ("-9223372036854775808" is 0 minus an
// out-of-range literal), no root path ("/" is not a path literal), no negative number as a
// list element (`[ -20 ]` is a syntax error), and no keys that are keywords other than "if"
// (the printer writes `let = 1;` bare, which does not parse).
#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <cmath>

#include "law_check.hpp"
#include "value_gen.hpp"
#include "value_print.hpp"
#include "value_source.hpp"

namespace nixtwin::proptest {
namespace {

using gen::toNixSource;

bool printable(const NixValue & v) {
    switch (v.kind) {
    case ValueKind::Float: return !(v.fpoint == 0 && std::signbit(v.fpoint));
    case ValueKind::Path: return v.text != "/";
    case ValueKind::List:
        for (auto & e : v.list) {
            if (!printable(e)) return false;
            if ((e.kind == ValueKind::Int && e.integer < 0) || (e.kind == ValueKind::Float && e.fpoint < 0)) return false;
        }
        return true;
    case ValueKind::Attrs:
        for (auto & [k, e] : v.attrs)
            if (!printable(e)) return false;
        return true;
    default: return true;
    }
}

RC_GTEST_PROP(PrintParse, PrintoutIsTheReferences, ()) {
    auto v = *genValue(ValueOptions{});
    expectPrints(toNixSource(v), gen::printStrict(v));
}

RC_GTEST_PROP(PrintParse, PrintoutEvaluatesBack, ()) {
    auto v = *genValue(printableOptions());
    RC_PRE(printable(v));
    std::string printed = evalOk(toNixSource(v));
    // The printout, read as a program, prints itself and equals the original.
    expectPrints(printed, printed);
    expectPrints("(" + printed + ") == (" + toNixSource(v) + ")", "true");
}

}  // namespace
}  // namespace nixtwin::proptest
