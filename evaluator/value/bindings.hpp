// bindings.hpp — attribute sets: attributes kept sorted by symbol order (the reference's order,
// which decides the order --strict forces them); printing sorts by name instead.
//
// `a // b` with a small `b` does not copy `a`: the result is a *layered* set that refers to
// both and is merged into a flat array only when someone iterates it or asks its size
// (lookups search the layers). Update chains — overlays, `acc // { … }` loops — thus cost memory
// in proportion to what they add, not to the size of the set. Layers are at most kMaxDepth deep,
// so a lookup searches a bounded number of arrays.
#pragma once

#include <algorithm>
#include <vector>

#include "../memory/eval_heap.hpp"
#include "value.hpp"

namespace nixtwin {

struct Attr {
    Symbol name;
    Value * value;
    Pos pos;
};

struct alignas(8) Bindings {
    static constexpr uint8_t kMaxDepth = 16;

    uint32_t size_ = 0;
    uint32_t capacity_ = 0;
    Pos pos;  // where the set was written, if anywhere
    uint8_t depth_ = 0;  // 0: flat; else a Layered set, 1 + its base's depth

    size_t size() const { return flat().size_; }
    bool empty() const { return !depth_ && size_ == 0; }  // layers are never empty
    uint32_t capacity() const { return capacity_; }
    bool layered() const { return depth_ != 0; }
    Attr * begin() { return flat().items(); }
    Attr * end() { return flat().items() + flat().size_; }
    const Attr * begin() const { return flat().items(); }
    const Attr * end() const { return flat().items() + flat().size_; }
    Attr & operator[](size_t i) { return flat().items()[i]; }

    void push_back(const Attr & a) { items()[size_++] = a; }  // flat sets under construction
    void sort() {
        std::sort(items(), items() + size_, [](const Attr & a, const Attr & b) { return a.name.orderKey() < b.name.orderKey(); });
    }
    inline const Attr * get(Symbol name) const;
    Attr * get(Symbol name) { return const_cast<Attr *>(static_cast<const Bindings *>(this)->get(name)); }
    // get() that first tries position `hint` (where one selection found its name last time:
    // sets of one shape repeat) and updates it. Names are unique, so a match there is the answer.
    // Layered sets search their layers (a hint would index the wrong array).
    Attr * get(Symbol name, uint32_t & hint) {
        if (depth_) return get(name);
        if (hint < size_ && items()[hint].name == name) return &items()[hint];
        auto a = const_cast<Attr *>(getFlat(name));
        if (a) hint = uint32_t(a - items());
        return a;
    }
    // Appends the attributes [from, to), which keep a flat set under construction sorted.
    void append(const Attr * from, const Attr * to) {
        std::copy(from, to, items() + size_);
        size_ += uint32_t(to - from);
    }

    // The attributes in byte order of their names (printing, attrNames, JSON…).
    std::vector<const Attr *> lexicographicOrder() const {
        std::vector<const Attr *> out;
        out.reserve(size());
        for (auto & a : *this) out.push_back(&a);
        std::sort(out.begin(), out.end(), [](const Attr * a, const Attr * b) { return a->name.str() < b->name.str(); });
        return out;
    }

    // The attributes of both, `update` winning, as the reference's `//` computes them.
    static Bindings * merge(EvalHeap & heap, const Bindings & base, const Bindings & update);
    // `base // update` without copying base (when worth it; see the top of this file).
    static Bindings * update(EvalHeap & heap, Bindings & base, Bindings & update);

private:
    friend struct LayeredBindings;
    Attr * items() { return reinterpret_cast<Attr *>(this + 1); }
    const Attr * items() const { return reinterpret_cast<const Attr *>(this + 1); }
    inline Bindings & flat() const;
    const Attr * getFlat(Symbol name) const {
        auto it = std::lower_bound(items(), items() + size_, name.orderKey(),
                                   [](const Attr & a, uint64_t key) { return a.name.orderKey() < key; });
        return it != items() + size_ && it->name == name ? it : nullptr;
    }
};

// A set that is `base // update` until first iterated (then `flat` holds the merged attributes).
struct LayeredBindings : Bindings {
    Bindings * base;
    Bindings * update;
    mutable Bindings * flat = nullptr;
    EvalHeap * heap;
    Bindings & flatten() const;
};

inline Bindings & Bindings::flat() const {
    auto self = const_cast<Bindings *>(this);
    if (!depth_) return *self;
    auto layer = static_cast<const LayeredBindings *>(this);
    return layer->flat ? *layer->flat : layer->flatten();
}

inline const Attr * Bindings::get(Symbol name) const {
    const Bindings * b = this;
    while (b->depth_) {
        auto layer = static_cast<const LayeredBindings *>(b);
        if (layer->flat) return layer->flat->getFlat(name);
        if (auto a = layer->update->getFlat(name)) return a;
        b = layer->base;
    }
    return b->getFlat(name);
}

}  // namespace nixtwin
