// bindings.cpp — merging attribute sets, eagerly or in layers.
#include "bindings.hpp"

#include <new>

namespace nixtwin {

namespace {

Bindings * allocateFlat(EvalHeap & heap, size_t capacity) {
    auto b = new (heap.allocate(sizeof(Bindings) + capacity * sizeof(Attr))) Bindings();
    b->capacity_ = uint32_t(capacity);
    return b;
}

}  // namespace

Bindings * Bindings::merge(EvalHeap & heap, const Bindings & base, const Bindings & update) {
    const Bindings & l = base.flat();
    const Bindings & r = update.flat();
    Bindings * out = allocateFlat(heap, l.size_ + r.size_);
    auto i = l.items(), iEnd = l.items() + l.size_;
    auto j = r.items(), jEnd = r.items() + r.size_;
    if (r.size_ * 16 < l.size_) {
        // A small right set (the usual `big // { x = …; }`) is placed by binary search, the runs
        // of the left set between its attributes copied in blocks.
        for (; j != jEnd; ++j) {
            uint64_t key = j->name.orderKey();
            auto at = std::lower_bound(i, iEnd, key, [](const Attr & a, uint64_t k) { return a.name.orderKey() < k; });
            out->append(i, at);
            i = at;
            if (i != iEnd && i->name == j->name) ++i;
            out->push_back(*j);
        }
    } else {
        // Merge two sorted sets, the right one winning.
        while (i != iEnd && j != jEnd) {
            if (i->name == j->name) {
                out->push_back(*j++);
                ++i;
            } else if (i->name.orderKey() < j->name.orderKey()) out->push_back(*i++);
            else out->push_back(*j++);
        }
        while (j != jEnd) out->push_back(*j++);
    }
    out->append(i, iEnd);
    return out;
}

Bindings * Bindings::update(EvalHeap & heap, Bindings & base, Bindings & update) {
    Bindings & r = update.flat();
    // Layer when the update is small next to the base (copying the base is the cost avoided)
    // and the chain is not too deep; otherwise merge now.
    constexpr size_t kSmallUpdate = 16;
    bool small = r.size_ <= kSmallUpdate || r.size_ * 8 <= base.capacity_;
    if (!small || base.depth_ >= kMaxDepth || (base.layered() && static_cast<LayeredBindings &>(base).flat))
        return merge(heap, base, r);
    if (!base.layered() && base.size_ < 32) return merge(heap, base, r);  // small sets: copy is cheaper
    auto layer = new (heap.allocate(sizeof(LayeredBindings))) LayeredBindings();
    layer->depth_ = uint8_t(base.depth_ + 1);
    // An upper bound of the merged size, for the heuristics above.
    layer->capacity_ = base.capacity_ + r.size_;
    layer->base = &base;
    layer->update = &r;
    layer->heap = &heap;
    return layer;
}

Bindings & LayeredBindings::flatten() const {
    // One merge of all layers (topmost first: it wins), without materialising the layers below.
    struct Cursor {
        const Attr * at;
        const Attr * end;
    };
    Cursor cursors[kMaxDepth + 1];
    size_t n = 0, total = 0;
    const Bindings * b = this;
    while (b->depth_ && !static_cast<const LayeredBindings *>(b)->flat) {
        auto layer = static_cast<const LayeredBindings *>(b);
        cursors[n++] = {layer->update->items(), layer->update->items() + layer->update->size_};
        total += layer->update->size_;
        b = layer->base;
    }
    const Bindings & bottom = b->flat();
    cursors[n++] = {bottom.items(), bottom.items() + bottom.size_};
    total += bottom.size_;

    Bindings * out = allocateFlat(*heap, total);
    for (;;) {
        const Attr * next = nullptr;
        for (size_t i = 0; i < n; ++i)  // the smallest name; on a tie the upper layer's attribute
            if (cursors[i].at != cursors[i].end && (!next || cursors[i].at->name.orderKey() < next->name.orderKey()))
                next = cursors[i].at;
        if (!next) break;
        Symbol name = next->name;
        out->push_back(*next);
        for (size_t i = 0; i < n; ++i)
            if (cursors[i].at != cursors[i].end && cursors[i].at->name == name) ++cursors[i].at;
    }
    flat = out;
    return *out;
}

}  // namespace nixtwin
