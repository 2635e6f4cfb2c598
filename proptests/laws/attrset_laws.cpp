// attrset_laws.cpp — `//` is associative with { } as identity and the right operand winning;
// removeAttrs, intersectAttrs, listToAttrs, attrNames and attrValues agree with a model of
// sets as sorted maps and with each other.
#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <set>

#include "law_check.hpp"
#include "value_gen.hpp"
#include "value_print.hpp"
#include "value_semantics.hpp"
#include "value_source.hpp"

namespace nixtwin::proptest {
namespace {

using gen::printStrict;
using gen::quoteNixString;
using gen::toNixSource;

ValueOptions setOptions() {
    ValueOptions o;
    o.maxDepth = 2;
    return o;
}

NixValue genSet() { return *genValueOfKind(ValueKind::Attrs, setOptions()); }

NixValue update(const NixValue & a, const NixValue & b) {
    auto items = b.attrs;  // attrs_ keeps the first of duplicate keys: b's
    items.insert(items.end(), a.attrs.begin(), a.attrs.end());
    return NixValue::attrs_(std::move(items));
}

std::string namesList(const std::vector<std::string> & names) {
    std::string s = "[ ";
    for (auto & n : names) s += quoteNixString(n) + " ";
    return s + "]";
}

RC_GTEST_PROP(Sets, UpdateAssociative, ()) {
    auto a = genSet(), b = genSet(), c = genSet();
    std::string sa = toNixSource(a), sb = toNixSource(b), sc = toNixSource(c);
    std::string want = printStrict(update(update(a, b), c));
    expectPrints("[ ((" + sa + " // " + sb + ") // " + sc + ") (" + sa + " // (" + sb + " // " + sc + ")) ]",
                 "[ " + want + " " + want + " ]");
}

RC_GTEST_PROP(Sets, UpdateIdentity, ()) {
    auto a = genSet();
    std::string sa = toNixSource(a), want = printStrict(a);
    expectPrints("[ ({ } // " + sa + ") (" + sa + " // { }) ]", "[ " + want + " " + want + " ]");
}

RC_GTEST_PROP(Sets, UpdateRightBiased, ()) {
    auto a = genSet();
    // Share some names so that the right side has something to override.
    auto b = *rc::gen::oneOf(rc::gen::just(genSet()), rc::gen::map(genValueOfKind(ValueKind::Int, setOptions()), [a](NixValue x) {
        auto items = a.attrs;
        for (auto & it : items) it.second = x;
        return NixValue::attrs_(std::move(items));
    }));
    expectPrints(toNixSource(a) + " // " + toNixSource(b), printStrict(update(a, b)));
}

RC_GTEST_PROP(Sets, RemoveAttrs, ()) {
    auto a = genSet();
    std::vector<std::string> names;
    for (auto & [k, v] : a.attrs)
        if (*rc::gen::arbitrary<bool>()) names.push_back(k);
    auto extra = *rc::gen::resize(3, rc::gen::container<std::vector<std::string>>(genAttrKey(setOptions())));
    names.insert(names.end(), extra.begin(), extra.end());
    std::set<std::string> removed(names.begin(), names.end());
    std::vector<std::pair<std::string, NixValue>> kept;
    std::vector<NixValue> keptNames;
    for (auto & [k, v] : a.attrs)
        if (!removed.count(k)) {
            kept.emplace_back(k, v);
            keptNames.push_back(NixValue::string(k));
        }
    std::string r = "(builtins.removeAttrs " + toNixSource(a) + " " + namesList(names) + ")";
    expectPrints("[ " + r + " (builtins.attrNames " + r + ") ]",
                 "[ " + printStrict(NixValue::attrs_(kept)) + " " + printStrict(NixValue::list_(keptNames)) + " ]");
}

// intersectAttrs a b: b's attributes whose names a has; the same as filtering attrNames b.
RC_GTEST_PROP(Sets, IntersectAttrs, ()) {
    auto a = genSet(), b = genSet();
    std::vector<std::pair<std::string, NixValue>> both;
    for (auto & [k, v] : b.attrs)
        if (a.get(k)) both.emplace_back(k, v);
    std::string sa = toNixSource(a), sb = toNixSource(b);
    expectPrints("let a = " + sa + "; b = " + sb +
                     "; i = builtins.intersectAttrs a b; in [ i (builtins.attrNames i == builtins.filter (n: a ? ${n}) "
                     "(builtins.attrNames b)) ]",
                 "[ " + printStrict(NixValue::attrs_(both)) + " true ]");
}

// listToAttrs: the first occurrence of a name wins; and it inverts attrNames/getAttr.
RC_GTEST_PROP(Sets, ListToAttrs, ()) {
    auto keys = *rc::gen::resize(6, rc::gen::container<std::vector<std::string>>(genAttrKey(setOptions())));
    auto values = *rc::gen::container<std::vector<NixValue>>(keys.size(), genValue(setOptions()));
    std::string list = "[ ";
    std::vector<std::pair<std::string, NixValue>> items;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        list += "{ name = " + quoteNixString(keys[i]) + "; value = " + toNixSource(values[i]) + "; } ";
        items.emplace_back(keys[i], values[i]);
    }
    list += "]";
    auto a = NixValue::attrs_(items);
    expectPrints("builtins.listToAttrs " + list, printStrict(a));
    // Rebuilt from its names; printed alone (it shares its values' cells with s, and the
    // printer writes «repeated» for a cell printed before).
    expectPrints("let s = builtins.listToAttrs " + list +
                     "; in builtins.listToAttrs (map (n: { name = n; value = builtins.getAttr n s; }) (builtins.attrNames s))",
                 printStrict(a));
}

// attrNames is sorted, attrValues follows it, and both have the set's size.
RC_GTEST_PROP(Sets, NamesAndValuesAgree, ()) {
    auto a = genSet();
    std::vector<NixValue> names, values;
    bool cellsEqual = true;
    for (auto & [k, v] : a.attrs) {
        names.push_back(NixValue::string(k));
        values.push_back(v);
        // attrValues shares the set's cells; `s.${n}` is a copy: == sees the difference for
        // functions and NaN only.
        cellsEqual = cellsEqual && gen::modelEqualsSelf(v);
    }
    expectPrints("let s = " + toNixSource(a) +
                     "; in [ (builtins.attrNames s) (builtins.attrValues s) (builtins.length (builtins.attrNames s) == "
                     "builtins.length (builtins.attrValues s)) (builtins.attrValues s == map (n: s.${n}) (builtins.attrNames s)) ]",
                 "[ " + printStrict(NixValue::list_(names)) + " " + printStrict(NixValue::list_(values)) + " true " +
                     (cellsEqual ? "true" : "false") + " ]");
}

}  // namespace
}  // namespace nixtwin::proptest
