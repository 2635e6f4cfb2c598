// list_string_laws.cpp — lists and strings against simple models: length and ++,
// concatLists, genList and elemAt; substring, stringLength, concatStringsSep, replaceStrings
// (the reference's left-to-right, first-pattern-wins scan) and split on literal separators.
// Strings are bytes: lengths and offsets count bytes, whatever the encoding.
#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "law_check.hpp"
#include "value_gen.hpp"
#include "value_print.hpp"
#include "value_source.hpp"

namespace nixtwin::proptest {
namespace {

using gen::printStrict;
using gen::quoteNixString;
using gen::toNixSource;

ValueOptions listOptions() {
    ValueOptions o;
    o.maxDepth = 2;
    return o;
}

NixValue genList() { return *genValueOfKind(ValueKind::List, listOptions()); }

NixValue concat(std::vector<NixValue> lists) {
    std::vector<NixValue> all;
    for (auto & l : lists) all.insert(all.end(), l.list.begin(), l.list.end());
    return NixValue::list_(std::move(all));
}

std::string genString() { return *genStringBytes(false); }

RC_GTEST_PROP(Lists, LengthOfConcat, ()) {
    auto a = genList(), b = genList();
    std::string sa = toNixSource(a), sb = toNixSource(b);
    std::string n = std::to_string(a.list.size() + b.list.size());
    expectPrints("[ (builtins.length (" + sa + " ++ " + sb + ")) (builtins.length " + sa + " + builtins.length " + sb + ") (" + sa +
                     " ++ " + sb + ") ]",
                 "[ " + n + " " + n + " " + printStrict(concat({a, b})) + " ]");
}

RC_GTEST_PROP(Lists, ConcatAssociative, ()) {
    auto a = genList(), b = genList(), c = genList();
    std::string sa = toNixSource(a), sb = toNixSource(b), sc = toNixSource(c);
    std::string want = printStrict(concat({a, b, c}));
    expectPrints("[ ((" + sa + " ++ " + sb + ") ++ " + sc + ") (" + sa + " ++ (" + sb + " ++ " + sc + ")) ]", "[ " + want + " " + want + " ]");
}

RC_GTEST_PROP(Lists, ConcatLists, ()) {
    auto lists = *rc::gen::resize(5, rc::gen::container<std::vector<NixValue>>(genValueOfKind(ValueKind::List, listOptions())));
    std::string src = "[ ";
    for (auto & l : lists) src += toNixSource(l) + " ";
    src += "]";
    expectPrints("builtins.concatLists " + src, printStrict(concat(lists)));
}

RC_GTEST_PROP(Lists, GenListAndElemAt, ()) {
    auto n = *rc::gen::inRange(0, 30);
    auto k = *genInt(), j = *genInt();
    std::vector<NixValue> items;
    for (int i = 0; i < n; ++i) items.push_back(NixValue::int_(std::int64_t(std::uint64_t(i) * std::uint64_t(k) + std::uint64_t(j))));
    std::string f = "(i: i * " + gen::intSource(k) + " + " + gen::intSource(j) + ")";
    std::string g = "(builtins.genList " + f + " " + std::to_string(n) + ")";
    std::string at = n > 0 ? std::to_string(*rc::gen::inRange(0, n)) : "0";
    expectPrints("[ " + g + " (builtins.length " + g + ") " + (n > 0 ? "(builtins.elemAt " + g + " " + at + " == " + f + " " + at + ")" : "true") + " ]",
                 "[ " + printStrict(NixValue::list_(items)) + " " + std::to_string(n) + " true ]");
}

RC_GTEST_PROP(Lists, ElemAtBounds, ()) {
    auto l = genList();
    auto i = *rc::gen::inRange<std::int64_t>(-2, std::int64_t(l.list.size()) + 3);
    std::string p = "builtins.elemAt " + toNixSource(l) + " " + gen::intSource(i);
    if (i >= 0 && i < std::int64_t(l.list.size()))
        expectPrints(p, printStrict(l.list[std::size_t(i)]));
    else
        expectError(p, "error: list index " + std::to_string(i) + " is out of bounds");
}

RC_GTEST_PROP(Strings, Substring, ()) {
    auto s = genString();
    auto start = *rc::gen::inRange<std::int64_t>(0, std::int64_t(s.size()) + 3);
    auto len = *rc::gen::inRange<std::int64_t>(-2, std::int64_t(s.size()) + 3);
    // A negative length means "to the end" (it becomes a huge size_t in the reference).
    std::string want = std::size_t(start) >= s.size() ? "" : s.substr(std::size_t(start), len < 0 ? std::string::npos : std::size_t(len));
    expectPrints("builtins.substring " + std::to_string(start) + " " + gen::intSource(len) + " " + quoteNixString(s), quoteNixString(want));
}

RC_GTEST_PROP(Strings, StringLengthOfConcat, ()) {
    auto a = genString(), b = genString();
    std::string n = std::to_string(a.size() + b.size());
    expectPrints("[ (builtins.stringLength (" + quoteNixString(a) + " + " + quoteNixString(b) + ")) (builtins.stringLength " +
                     quoteNixString(a) + " + builtins.stringLength " + quoteNixString(b) + ") ]",
                 "[ " + n + " " + n + " ]");
}

RC_GTEST_PROP(Strings, ConcatStringsSep, ()) {
    auto sep = genString();
    auto parts = *rc::gen::resize(5, rc::gen::container<std::vector<std::string>>(genStringBytes(false)));
    std::string list = "[ ", want;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        list += quoteNixString(parts[i]) + " ";
        want += (i ? sep : "") + parts[i];
    }
    list += "]";
    expectPrints("builtins.concatStringsSep " + quoteNixString(sep) + " " + list, quoteNixString(want));
}

// The reference's algorithm: at each position the first `from` that matches is replaced (an
// empty one matches everywhere, inserting before the next byte), else one byte is copied.
std::string modelReplace(const std::string & s, const std::vector<std::string> & from, const std::vector<std::string> & to) {
    std::string res;
    for (std::size_t p = 0; p <= s.size();) {
        bool found = false;
        for (std::size_t i = 0; i < from.size(); ++i) {
            if (s.compare(p, from[i].size(), from[i]) == 0) {
                found = true;
                res += to[i];
                if (from[i].empty()) {
                    if (p < s.size()) res += s[p];
                    ++p;
                } else {
                    p += from[i].size();
                }
                break;
            }
        }
        if (!found) {
            if (p < s.size()) res += s[p];
            ++p;
        }
    }
    return res;
}

RC_GTEST_PROP(Strings, ReplaceStrings, ()) {
    auto s = genString();
    auto n = *rc::gen::inRange(0, 4);
    std::vector<std::string> from, to;
    for (int i = 0; i < n; ++i) {
        // Patterns often taken from the subject, so that they match.
        std::string f = s.empty() ? "" : s.substr(*rc::gen::inRange<std::size_t>(0, s.size()), *rc::gen::inRange<std::size_t>(0, 3));
        from.push_back(*rc::gen::oneOf(rc::gen::just(f), rc::gen::resize(2, genStringBytes(false))));
        to.push_back(*rc::gen::resize(3, genStringBytes(false)));
    }
    std::string fl = "[ ", tl = "[ ";
    for (int i = 0; i < n; ++i) {
        fl += quoteNixString(from[std::size_t(i)]) + " ";
        tl += quoteNixString(to[std::size_t(i)]) + " ";
    }
    expectPrints("builtins.replaceStrings " + fl + "] " + tl + "] " + quoteNixString(s), quoteNixString(modelReplace(s, from, to)));
}

// split on a literal separator (letters only: no regex syntax): strings between matches,
// with the captured groups in between; joining the strings back gives the subject.
RC_GTEST_PROP(Strings, Split, ()) {
    auto sep = *rc::gen::element<std::string>("a", "b", "ab", "ba", "aa", "x");
    auto s = *rc::gen::map(rc::gen::resize(12, rc::gen::container<std::vector<std::string>>(rc::gen::element<std::string>("a", "b", "c", " ", "é", "x"))),
                           [](const std::vector<std::string> & v) {
                               std::string r;
                               for (auto & p : v) r += p;
                               return r;
                           });
    bool capture = *rc::gen::arbitrary<bool>();
    std::vector<NixValue> parts;
    std::size_t pos = 0;
    for (;;) {
        auto hit = s.find(sep, pos);
        if (hit == std::string::npos) break;
        parts.push_back(NixValue::string(s.substr(pos, hit - pos)));
        parts.push_back(NixValue::list_(capture ? std::vector<NixValue>{NixValue::string(sep)} : std::vector<NixValue>{}));
        pos = hit + sep.size();
    }
    parts.push_back(NixValue::string(s.substr(pos)));
    std::string re = capture ? "(" + sep + ")" : sep;
    expectPrints("let r = builtins.split " + quoteNixString(re) + " " + quoteNixString(s) + "; in [ r (builtins.concatStringsSep " +
                     quoteNixString(sep) + " (builtins.filter builtins.isString r) == " + quoteNixString(s) + ") ]",
                 "[ " + printStrict(NixValue::list_(parts)) + " true ]");
}

}  // namespace
}  // namespace nixtwin::proptest
