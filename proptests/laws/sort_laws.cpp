// sort_laws.cpp — builtins.sort with a strict weak order returns a permutation of its input,
// sorted, and stable (the reference uses std::stable_sort). The elements are records
// { i = <position>; k = <key>; } with keys that often tie, so the output's positions tell
// all three properties apart.
#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <numeric>
#include <sstream>

#include "law_check.hpp"
#include "value_gen.hpp"
#include "value_print.hpp"
#include "value_semantics.hpp"
#include "value_source.hpp"

namespace nixtwin::proptest {
namespace {

using gen::toNixSource;

struct SortCase {
    std::vector<NixValue> keys;
    bool descending = false;
    std::string program;  // prints the positions of the sorted records
};

SortCase genSortCase() {
    auto d = *genOrderDomain();
    // A small pool of keys, drawn with repetition: ties are common. Lists of ints and lists
    // of strings do not compare, so list keys are variations of one list.
    auto first = *genOrderable(d);
    auto others = d == OrderDomain::Lists ? genNear(first) : rc::gen::oneOf(genNear(first), genOrderable(d));
    auto pool = *rc::gen::resize(3, rc::gen::container<std::vector<NixValue>>(others));
    pool.push_back(first);
    // Up to 40 elements: libstdc++'s std::sort is an insertion sort (stable) below 17.
    auto keys = *rc::gen::resize(40, rc::gen::container<std::vector<NixValue>>(rc::gen::elementOf(pool)));
    for (auto & x : keys)
        for (auto & y : keys) RC_PRE(gen::comparable(x, y));
    SortCase c;
    c.keys = keys;
    c.descending = *rc::gen::arbitrary<bool>();
    std::string list = "[ ";
    for (std::size_t i = 0; i < keys.size(); ++i) list += "{ i = " + std::to_string(i) + "; k = " + toNixSource(keys[i]) + "; } ";
    list += "]";
    std::string cmp = c.descending ? "a: b: b.k < a.k" : *rc::gen::element<std::string>("a: b: a.k < b.k", "a: b: builtins.lessThan a.k b.k");
    c.program = "map (x: x.i) (builtins.sort (" + cmp + ") " + list + ")";
    return c;
}

std::vector<std::size_t> parsePositions(const std::string & out) {
    std::vector<std::size_t> v;
    std::istringstream is(out);
    std::string tok;
    while (is >> tok)
        if (tok != "[" && tok != "]") v.push_back(std::stoul(tok));
    return v;
}

bool before(const SortCase & c, std::size_t x, std::size_t y) {
    return std::get<bool>(c.descending ? gen::modelLessThan(c.keys[y], c.keys[x]) : gen::modelLessThan(c.keys[x], c.keys[y]));
}

RC_GTEST_PROP(Sort, Permutation, ()) {
    auto c = genSortCase();
    auto got = parsePositions(evalOk(c.program));
    auto sorted = got;
    std::sort(sorted.begin(), sorted.end());
    std::vector<std::size_t> all(c.keys.size());
    std::iota(all.begin(), all.end(), 0);
    expectThat(sorted == all, c.program, "a permutation of the positions 0.." + std::to_string(c.keys.size()), evalOk(c.program));
}

RC_GTEST_PROP(Sort, Sorted, ()) {
    auto c = genSortCase();
    auto out = evalOk(c.program);
    auto got = parsePositions(out);
    for (std::size_t j = 1; j < got.size(); ++j)
        expectThat(!before(c, got[j], got[j - 1]), c.program, "no element before one that precedes it", out);
}

RC_GTEST_PROP(Sort, Stable, ()) {
    auto c = genSortCase();
    std::vector<std::size_t> expected(c.keys.size());
    std::iota(expected.begin(), expected.end(), 0);
    std::stable_sort(expected.begin(), expected.end(), [&](std::size_t x, std::size_t y) { return before(c, x, y); });
    std::string want = "[ ";
    for (auto i : expected) want += std::to_string(i) + " ";
    want += "]";
    expectPrints(c.program, want);
}

}  // namespace
}  // namespace nixtwin::proptest
