// value_source.cpp — model value → Nix source.
#include "value_source.hpp"

#include <charconv>
#include <cfloat>
#include <cmath>
#include <limits>

#include "value_print.hpp"

namespace nixtwin::gen {

namespace {

const char * const kInfinity = "(1.0e308 * 10.0)";

// Scale factor for subnormals: X * 2^-600 with X = d * 2^600 is exact (only the exponent
// changes) and both factors are normal doubles the lexer accepts.
constexpr int kSubnormalShift = 600;

}  // namespace

bool isKeyword(std::string_view s) {
    return s == "if" || s == "then" || s == "else" || s == "assert" || s == "with" || s == "let" || s == "in" ||
           s == "rec" || s == "inherit" || s == "or";
}

std::string attrKeySource(std::string_view key) {
    if (isIdentifier(key) && !isKeyword(key)) return std::string(key);
    return quoteNixString(key);
}

std::string intSource(std::int64_t i) {
    if (i >= 0) return std::to_string(i);
    if (i == std::numeric_limits<std::int64_t>::min()) return "(-9223372036854775807 - 1)";
    return "(-" + std::to_string(-i) + ")";
}

std::string floatLiteral(double d) {
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, d);
    std::string s(buf, res.ptr);
    auto e = s.find('e');
    std::string mantissa = s.substr(0, e);
    std::string exponent = e == std::string::npos ? "" : s.substr(e);
    if (mantissa.find('.') == std::string::npos) mantissa += ".0";
    return mantissa + exponent;
}

std::string floatSource(double d) {
    if (std::isnan(d)) return "(" + std::string(kInfinity) + " - " + kInfinity + ")";
    if (std::isinf(d)) return d > 0 ? kInfinity : "(-" + std::string(kInfinity) + ")";
    if (d == 0) return std::signbit(d) ? "(-1.0 * 0.0)" : "0.0";
    double mag = std::fabs(d);
    std::string body;
    // Below twice DBL_MIN strtod may report ERANGE; scale into the normal range instead.
    if (mag < 2 * DBL_MIN)
        body = floatLiteral(std::ldexp(mag, kSubnormalShift)) + " * " + floatLiteral(std::ldexp(1.0, -kSubnormalShift));
    else
        body = floatLiteral(mag);
    if (d < 0) return "(-" + (mag < 2 * DBL_MIN ? "(" + body + ")" : body) + ")";
    return mag < 2 * DBL_MIN ? "(" + body + ")" : body;
}

std::string toNixSource(const NixValue & v) {
    switch (v.kind) {
    case ValueKind::Null: return "null";
    case ValueKind::Bool: return v.boolean ? "true" : "false";
    case ValueKind::Int: return intSource(v.integer);
    case ValueKind::Float: return floatSource(v.fpoint);
    case ValueKind::String: return quoteNixString(v.text);
    // "/" itself is not a path literal; "/." is, and canonicalises to "/".
    case ValueKind::Path: return v.text == "/" ? "/." : v.text;
    case ValueKind::List: {
        std::string out = "[ ";
        for (auto & e : v.list) out += toNixSource(e) + " ";
        return out + "]";
    }
    case ValueKind::Attrs: {
        std::string out = "{ ";
        for (auto & [k, e] : v.attrs) out += attrKeySource(k) + " = " + toNixSource(e) + "; ";
        return out + "}";
    }
    case ValueKind::Function: return "(" + v.text + ")";
    }
    return "null";
}

}  // namespace nixtwin::gen
