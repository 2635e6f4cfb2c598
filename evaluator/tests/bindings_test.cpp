// bindings_test.cpp — layered `//`: the same attributes, order and lookups as an eager merge.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "eval/eval_state.hpp"

using namespace nixtwin;

namespace {

// A flat set of `names` (values are fresh integers tagged with `tag`).
Bindings * makeSet(EvalState & st, const std::vector<std::string> & names, int tag) {
    Bindings * b = st.allocBindings(names.size());
    for (auto & n : names) st.allocAttr(b, st.symbols.intern(n))->mkInt(tag);
    b->sort();
    return b;
}

std::vector<std::pair<std::string, NixInt>> contents(const Bindings & b) {
    std::vector<std::pair<std::string, NixInt>> out;
    for (auto & a : b) out.emplace_back(a.name.str(), a.value->integer);
    return out;
}

}  // namespace

TEST(Bindings, LayeredUpdatesEqualEagerMerges) {
    EvalState st(EvalSettings{});
    EvalHeap heap;
    std::mt19937 rng(7);
    std::vector<std::string> baseNames;
    for (int i = 0; i < 100; ++i) baseNames.push_back("k" + std::to_string(i));
    Bindings * layered = makeSet(st, baseNames, -1);
    Bindings * eager = layered;
    int layeredSets = 0;
    for (int step = 0; step < 60; ++step) {
        std::vector<std::string> names;
        for (int j = 0, n = 1 + int(rng() % 3); j < n; ++j) names.push_back("k" + std::to_string(rng() % 130));
        std::sort(names.begin(), names.end());
        names.erase(std::unique(names.begin(), names.end()), names.end());
        Bindings * update = makeSet(st, names, step);
        layered = Bindings::update(heap, *layered, *update);
        eager = Bindings::merge(heap, *eager, *update);
        layeredSets += layered->layered();
        // Lookups answer without flattening, and agree with the eager set.
        for (int k = 0; k < 130; ++k) {
            Symbol s = st.symbols.intern("k" + std::to_string(k));
            const Attr * a = layered->get(s);
            const Attr * b = eager->get(s);
            ASSERT_EQ(a == nullptr, b == nullptr) << k;
            if (a) {
                EXPECT_EQ(a->value->integer, b->value->integer) << k;
            }
        }
        if (step % 7 == 0) {  // flatten some of them: iteration equals the eager merge
            EXPECT_EQ(contents(*layered), contents(*eager)) << step;
            EXPECT_EQ(layered->size(), eager->size());
        }
    }
    EXPECT_GT(layeredSets, 40);  // most updates did not copy the base
    EXPECT_EQ(contents(*layered), contents(*eager));
}

TEST(Bindings, LayersStayShallow) {
    EvalState st(EvalSettings{});
    EvalHeap heap;
    std::vector<std::string> baseNames;
    for (int i = 0; i < 64; ++i) baseNames.push_back("b" + std::to_string(i));
    Bindings * s = makeSet(st, baseNames, 0);
    for (int i = 0; i < 200; ++i) {
        s = Bindings::update(heap, *s, *makeSet(st, {"u" + std::to_string(i)}, i));
        const Bindings * b = s;
        int depth = 0;
        while (b->layered()) {
            depth++;
            b = static_cast<const LayeredBindings *>(b)->base;
        }
        ASSERT_LE(depth, Bindings::kMaxDepth);
    }
    EXPECT_EQ(s->size(), 264u);
}
