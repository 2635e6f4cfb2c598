// bindings.hpp — attribute sets: attributes kept sorted by symbol order (the reference's order,
// which decides the order --strict forces them); printing sorts by name instead.
#pragma once

#include <algorithm>
#include <vector>

#include "value.hpp"

namespace nixtwin {

struct Attr {
    Symbol name;
    Value * value;
    Pos pos;
};

struct Bindings {
    uint32_t size_ = 0;
    uint32_t capacity_ = 0;
    Pos pos;  // where the set was written, if anywhere
    Attr attrs[0];

    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    uint32_t capacity() const { return capacity_; }
    Attr * begin() { return attrs; }
    Attr * end() { return attrs + size_; }
    const Attr * begin() const { return attrs; }
    const Attr * end() const { return attrs + size_; }
    Attr & operator[](size_t i) { return attrs[i]; }

    void push_back(const Attr & a) { attrs[size_++] = a; }
    void sort() {
        std::sort(begin(), end(), [](const Attr & a, const Attr & b) { return a.name.orderKey() < b.name.orderKey(); });
    }
    const Attr * get(Symbol name) const {
        auto it = std::lower_bound(begin(), end(), name.orderKey(),
                                   [](const Attr & a, uint64_t key) { return a.name.orderKey() < key; });
        return it != end() && it->name == name ? it : nullptr;
    }
    Attr * get(Symbol name) { return const_cast<Attr *>(static_cast<const Bindings *>(this)->get(name)); }
    // get() that first tries position `hint` (where one selection found its name last time:
    // sets of one shape repeat) and updates it. Names are unique, so a match there is the answer.
    Attr * get(Symbol name, uint32_t & hint) {
        if (hint < size_ && attrs[hint].name == name) return &attrs[hint];
        Attr * a = get(name);
        if (a) hint = uint32_t(a - attrs);
        return a;
    }
    // Appends the attributes [from, to), which keep the set sorted.
    void append(const Attr * from, const Attr * to) {
        std::copy(from, to, end());
        size_ += uint32_t(to - from);
    }

    // The attributes in byte order of their names (printing, attrNames, JSON…).
    std::vector<const Attr *> lexicographicOrder() const {
        std::vector<const Attr *> out;
        out.reserve(size_);
        for (auto & a : *this) out.push_back(&a);
        std::sort(out.begin(), out.end(), [](const Attr * a, const Attr * b) { return a->name.str() < b->name.str(); });
        return out;
    }
};

}  // namespace nixtwin
