// value_gen.cpp — the RapidCheck value generators.
#include "value_gen.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>

#include "value_json.hpp"
#include "value_print.hpp"
#include "value_source.hpp"

namespace nixtwin::gen {
std::ostream & operator<<(std::ostream & os, const NixValue & v) { return os << toNixSource(v); }
}  // namespace nixtwin::gen

namespace nixtwin::proptest {

namespace {

constexpr std::int64_t kMaxSafe = std::int64_t(1) << 53;

bool printableKey(const std::string & k) {
    // The printer writes keywords other than "if" bare, and `{ let = 1; }` does not parse.
    return !(k == "then" || k == "else" || k == "assert" || k == "with" || k == "let" || k == "in" || k == "rec" ||
             k == "inherit");
}

bool printableFloat(double d) {
    if (!std::isfinite(d)) return false;
    std::string text = gen::printFloat(d);
    return text.find('e') == std::string::npos && std::strtod(text.c_str(), nullptr) == d;
}

bool jsonFloat(double d) {
    if (!std::isfinite(d)) return false;
    std::string text = gen::printFloat(d);
    return std::strtod(text.c_str(), nullptr) == d;
}

}  // namespace

rc::Gen<std::int64_t> genInt(bool safe) {
    const std::int64_t lo = safe ? -kMaxSafe : std::numeric_limits<std::int64_t>::min();
    const std::int64_t hi = safe ? kMaxSafe : std::numeric_limits<std::int64_t>::max();
    std::vector<std::int64_t> edges = {0, 1, -1, 2, -2, 10, 255, 256, std::int64_t(1) << 31, -(std::int64_t(1) << 31),
                                       std::int64_t(1) << 32, kMaxSafe - 1, kMaxSafe, -kMaxSafe};
    if (!safe) {
        edges.push_back(kMaxSafe + 1);
        edges.push_back(std::numeric_limits<std::int64_t>::max());
        edges.push_back(std::numeric_limits<std::int64_t>::min());
        edges.push_back(std::numeric_limits<std::int64_t>::min() + 1);
    }
    return rc::gen::weightedOneOf<std::int64_t>({
        {6, rc::gen::inRange<std::int64_t>(-20, 100)},
        {2, rc::gen::elementOf(edges)},
        {2, rc::gen::map(rc::gen::arbitrary<std::int64_t>(), [=](std::int64_t i) { return std::clamp(i, lo, hi); })},
    });
}

rc::Gen<double> genFloat(const ValueOptions & o) {
    std::vector<double> edges = {0.0, -0.0, 0.5, -2.5, 0.1, 1.0 / 3, 100.0, 1e20, 1e21, 1e-7, 123456.5, 1234567.0,
                                 0.000123456789, 1e16, 9007199254740993.0, 1.7976931348623157e308,
                                 2.2250738585072014e-308, 4.9406564584124654e-324, 1e300, -1e-300};
    if (o.infinities) {
        edges.push_back(std::numeric_limits<double>::infinity());
        edges.push_back(-std::numeric_limits<double>::infinity());
    }
    if (o.nan) edges.push_back(gen::constructibleNaN());
    auto g = rc::gen::weightedOneOf<double>({
        {4, rc::gen::map(rc::gen::inRange(-4000, 4000), [](int k) { return k / 8.0; })},
        {2, rc::gen::elementOf(edges)},
        {2, rc::gen::map(rc::gen::pair(rc::gen::inRange(-999999, 999999), rc::gen::inRange(-30, 30)),
                         [](std::pair<int, int> p) { return p.first * std::pow(10.0, p.second); })},
        {2, rc::gen::map(rc::gen::arbitrary<std::uint64_t>(), [](std::uint64_t bits) {
             double d;
             std::memcpy(&d, &bits, sizeof d);
             return std::isfinite(d) ? d : 1.5;
         })},
    });
    if (o.printable) return rc::gen::suchThat(g, printableFloat);
    if (o.jsonFloats) return rc::gen::suchThat(g, jsonFloat);
    return g;
}

rc::Gen<std::string> genStringBytes(bool utf8Only) {
    std::vector<std::string> pieces = {"a", "b", "z", "A", "0", "9", " ", "-", ".", "/", "_", "$", "{", "}", "${", "$${",
                                       "\\", "\"", "'", "''", "\n", "\r", "\t", "\x01", "\x1f", "\x7f", "é", "€", "𝄞"};
    if (!utf8Only) {
        pieces.push_back("\xff");
        pieces.push_back("\xc3");
        pieces.push_back("\x80");
    }
    return rc::gen::map(rc::gen::container<std::vector<std::string>>(rc::gen::elementOf(pieces)), [](const std::vector<std::string> & v) {
        std::string s;
        for (auto & p : v) s += p;
        return s;
    });
}

rc::Gen<std::string> genPath() {
    static const std::vector<std::string> parts = {"a", "b", "nix", "store", "x.nix", "1-2", "...", "a+b", "_", "..x", "Z"};
    return rc::gen::map(rc::gen::resize(4, rc::gen::container<std::vector<std::string>>(rc::gen::elementOf(parts))),
                        [](const std::vector<std::string> & v) {
                            if (v.empty()) return std::string("/");
                            std::string p;
                            for (auto & c : v) p += "/" + c;
                            return p;
                        });
}

rc::Gen<std::string> genAttrKey(const ValueOptions & o) {
    std::vector<std::string> names = {"a", "b", "c", "x", "y", "foo", "name", "value", "a-b", "a'", "_z", "Z9",
                                      "if", "or", "let", "in", "rec", "then", "a b", "1", "", "${x}", "é", "a.b", "\"",
                                      "\\", "\n"};
    if (o.specialKeys) {
        names.push_back("type");
        names.push_back("outPath");
    }
    auto g = rc::gen::weightedOneOf<std::string>({
        {8, rc::gen::elementOf(names)},
        {1, rc::gen::resize(5, genStringBytes(o.utf8Only))},
    });
    if (o.printable) return rc::gen::suchThat(g, printableKey);
    return g;
}

rc::Gen<NixValue> genFunction() {
    return rc::gen::elementOf(std::vector<NixValue>{
        NixValue::lambda("x: x"),
        NixValue::lambda("x: y: x"),
        NixValue::lambda("{ a, b ? 2, ... }: a"),
        NixValue::lambda("args@{ ... }: args"),
        NixValue::primop("add", false, "builtins.add"),
        NixValue::primop("head", false, "builtins.head"),
        NixValue::primop("add", true, "builtins.add 1"),
        NixValue::primop("elemAt", true, "builtins.elemAt [ ]"),
    });
}

rc::Gen<NixValue> genScalar(ValueKind kind, const ValueOptions & o) {
    switch (kind) {
    case ValueKind::Null: return rc::gen::just(NixValue::null());
    case ValueKind::Bool: return rc::gen::map(rc::gen::arbitrary<bool>(), NixValue::boolean_);
    case ValueKind::Int:
        return rc::gen::map(o.printable ? rc::gen::suchThat(genInt(o.safeInts), [](std::int64_t i) { return i != std::numeric_limits<std::int64_t>::min(); })
                                        : genInt(o.safeInts),
                            NixValue::int_);
    case ValueKind::Float: return rc::gen::map(genFloat(o), NixValue::float_);
    case ValueKind::String:
        return rc::gen::map(genStringBytes(o.utf8Only), [](std::string s) { return NixValue::string(std::move(s)); });
    case ValueKind::Path: return rc::gen::map(genPath(), [](std::string p) { return NixValue::path(std::move(p)); });
    case ValueKind::Function: return genFunction();
    default: return rc::gen::just(NixValue::null());
    }
}

namespace {

rc::Gen<NixValue> genValueAt(const ValueOptions & o, int depth);

rc::Gen<NixValue> genList(const ValueOptions & o, int depth) {
    return rc::gen::map(rc::gen::resize(o.maxLength, rc::gen::container<std::vector<NixValue>>(genValueAt(o, depth - 1))),
                        [](std::vector<NixValue> v) { return NixValue::list_(std::move(v)); });
}

rc::Gen<NixValue> genAttrs(const ValueOptions & o, int depth) {
    return rc::gen::map(
        rc::gen::resize(o.maxLength, rc::gen::container<std::map<std::string, NixValue>>(genAttrKey(o), genValueAt(o, depth - 1))),
        [](std::map<std::string, NixValue> m) {
            std::vector<std::pair<std::string, NixValue>> items(m.begin(), m.end());
            return NixValue::attrs_(std::move(items));
        });
}

rc::Gen<NixValue> genValueAt(const ValueOptions & o, int depth) {
    std::vector<std::pair<std::uint32_t, rc::Gen<NixValue>>> choices = {
        {1, genScalar(ValueKind::Null, o)},   {2, genScalar(ValueKind::Bool, o)},
        {4, genScalar(ValueKind::Int, o)},    {3, genScalar(ValueKind::Float, o)},
        {4, genScalar(ValueKind::String, o)},
    };
    if (o.paths) choices.push_back({1, genScalar(ValueKind::Path, o)});
    if (o.functions) choices.push_back({1, genFunction()});
    if (depth > 0) {
        // Deeper values get rarer as the size budget shrinks.
        choices.push_back({3, rc::gen::lazy([=] { return genList(o, depth); })});
        choices.push_back({3, rc::gen::lazy([=] { return genAttrs(o, depth); })});
    }
    // weightedOneOf wants an initializer list: spread the weights over an index table.
    std::vector<std::size_t> table;
    for (std::size_t i = 0; i < choices.size(); ++i)
        for (std::uint32_t w = 0; w < choices[i].first; ++w) table.push_back(i);
    return rc::gen::mapcat(rc::gen::elementOf(table), [choices](std::size_t i) { return choices[i].second; });
}

}  // namespace

rc::Gen<NixValue> genValue(const ValueOptions & o) { return genValueAt(o, o.maxDepth); }

rc::Gen<NixValue> genValueOfKind(ValueKind kind, const ValueOptions & o) {
    if (kind == ValueKind::List) return genList(o, o.maxDepth);
    if (kind == ValueKind::Attrs) return genAttrs(o, o.maxDepth);
    return genScalar(kind, o);
}

rc::Gen<OrderDomain> genOrderDomain() {
    return rc::gen::element(OrderDomain::Integers, OrderDomain::Numbers, OrderDomain::Strings, OrderDomain::Paths, OrderDomain::Lists);
}

rc::Gen<NixValue> genOrderable(OrderDomain d) {
    ValueOptions o;
    o.nan = false;
    o.safeInts = true;
    switch (d) {
    case OrderDomain::Integers: return genScalar(ValueKind::Int, ValueOptions{});
    case OrderDomain::Numbers:
        return rc::gen::oneOf(genScalar(ValueKind::Int, o), genScalar(ValueKind::Float, o));
    case OrderDomain::Strings: return genScalar(ValueKind::String, o);
    case OrderDomain::Paths: return genScalar(ValueKind::Path, o);
    case OrderDomain::Lists: {
        // Lists of one element domain, nested at most once.
        auto elem = rc::gen::oneOf(genScalar(ValueKind::Int, o), genScalar(ValueKind::Float, o));
        auto strings = genScalar(ValueKind::String, o);
        return rc::gen::oneOf(
            rc::gen::map(rc::gen::resize(5, rc::gen::container<std::vector<NixValue>>(elem)), NixValue::list_),
            rc::gen::map(rc::gen::resize(5, rc::gen::container<std::vector<NixValue>>(strings)), NixValue::list_),
            rc::gen::map(rc::gen::resize(3, rc::gen::container<std::vector<NixValue>>(
                             rc::gen::map(rc::gen::resize(3, rc::gen::container<std::vector<NixValue>>(elem)), NixValue::list_))),
                         NixValue::list_));
    }
    }
    return genScalar(ValueKind::Int, ValueOptions{});
}

rc::Gen<NixValue> genNear(const NixValue & v) {
    std::vector<rc::Gen<NixValue>> gens = {rc::gen::just(v)};
    switch (v.kind) {
    case ValueKind::Int:
        gens.push_back(rc::gen::just(NixValue::float_(double(v.integer))));
        gens.push_back(rc::gen::map(rc::gen::inRange(-2, 3), [i = v.integer](int d) { return NixValue::int_(std::int64_t(std::uint64_t(i) + std::uint64_t(std::int64_t(d)))); }));
        break;
    case ValueKind::Float:
        if (std::isfinite(v.fpoint) && std::fabs(v.fpoint) < 9e15 && v.fpoint == std::trunc(v.fpoint))
            gens.push_back(rc::gen::just(NixValue::int_(std::int64_t(v.fpoint))));
        gens.push_back(rc::gen::just(NixValue::float_(std::nextafter(v.fpoint, 0.0))));
        break;
    case ValueKind::String:
        if (!v.text.empty()) gens.push_back(rc::gen::just(NixValue::string(v.text.substr(0, v.text.size() - 1))));
        gens.push_back(rc::gen::just(NixValue::string(v.text + "a")));
        break;
    case ValueKind::Path: {
        // Stay canonical: the parent, or one component more.
        auto slash = v.text.rfind('/');
        if (v.text != "/") gens.push_back(rc::gen::just(NixValue::path(slash == 0 ? "/" : v.text.substr(0, slash))));
        gens.push_back(rc::gen::just(NixValue::path((v.text == "/" ? "" : v.text) + "/a")));
        break;
    }
    case ValueKind::List:
        if (!v.list.empty()) {
            NixValue w = v;
            w.list.pop_back();
            gens.push_back(rc::gen::just(w));
            gens.push_back(rc::gen::map(genNear(v.list.front()), [v](NixValue e) {
                NixValue w = v;
                w.list.front() = std::move(e);
                return w;
            }));
        }
        break;
    case ValueKind::Attrs:
        if (!v.attrs.empty()) {
            NixValue w = v;
            w.attrs.pop_back();
            gens.push_back(rc::gen::just(w));
            gens.push_back(rc::gen::map(genNear(v.attrs.front().second), [v](NixValue e) {
                NixValue w = v;
                w.attrs.front().second = std::move(e);
                return w;
            }));
        }
        break;
    default: break;
    }
    // Shrinks towards the first choice: v itself.
    return rc::gen::mapcat(rc::gen::inRange<std::size_t>(0, gens.size()), [gens](std::size_t i) { return gens[i]; });
}

ValueOptions printableOptions() {
    ValueOptions o;
    o.functions = false;
    o.nan = false;
    o.infinities = false;
    o.printable = true;
    return o;
}

ValueOptions jsonOptions() {
    ValueOptions o;
    o.functions = false;
    o.nan = false;
    o.infinities = false;
    o.paths = false;
    o.utf8Only = true;
    o.jsonFloats = true;
    o.specialKeys = false;
    return o;
}

}  // namespace nixtwin::proptest
