// lists.cpp — length head tail elemAt map filter foldl' genList concatLists concatMap elem
// any all sort partition groupBy.
//
// Laziness follows the reference exactly: map and genList build unevaluated applications,
// tail/filter/partition/concatLists share the element cells, and only the primops the
// reference makes strict (sort, partition, foldl') force elements themselves.
#include <algorithm>
#include <cstring>
#include <functional>
#include <map>
#include <vector>

#include "../output/value_formats.hpp"
#include "registry.hpp"

namespace nixtwin {

namespace {

// Fills a fresh list value from a vector of element cells.
void mkListFrom(EvalState & st, Value & v, const gc::vector<Value *> & elems) {
    st.mkList(v, elems.size());
    if (!elems.empty()) std::memcpy(v.listElems(), elems.data(), elems.size() * sizeof(Value *));
}

// The reference's primops take the index as a C `int`: larger integers are truncated
// (so `elemAt [1 2] 4294967296` is element 0), and the message shows the truncated value.
int truncateToInt(NixInt n) { return int(uint32_t(uint64_t(n))); }

void elemAtIndex(EvalState & st, Pos pos, Value & list, int n, Value & v) {
    st.forceList(list, pos);
    if (n < 0 || size_t(n) >= list.listSize())
        throwEvalError("list index " + std::to_string(n) + " is out of bounds", pos);
    st.forceValue(*list.listElems()[n], pos);
    v = *list.listElems()[n];
}

void primLength(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceList(*args[0], pos);
    v.mkInt(NixInt(args[0]->listSize()));
}

void primHead(EvalState & st, Pos pos, Value ** args, Value & v) { elemAtIndex(st, pos, *args[0], 0, v); }

void primElemAt(EvalState & st, Pos pos, Value ** args, Value & v) {
    int n = truncateToInt(st.forceInt(*args[1], pos));  // the index is forced before the list
    elemAtIndex(st, pos, *args[0], n, v);
}

void primTail(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceList(*args[0], pos);
    size_t n = args[0]->listSize();
    if (n == 0) throwEvalError("'tail' called on an empty list", pos);
    Value * const * from = args[0]->listElems();  // read before writing v (it may alias args[0])
    st.mkList(v, n - 1);
    if (n > 1) std::memmove(v.listElems(), from + 1, (n - 1) * sizeof(Value *));
}

// map f xs: each element is the unevaluated application `f x`.
void primMap(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceList(*args[1], pos);
    size_t n = args[1]->listSize();
    Value list;
    st.mkList(list, n);
    Value * apps = n ? st.allocValues(n) : nullptr;
    for (size_t i = 0; i < n; i++) (list.listElems()[i] = &apps[i])->mkApp(args[0], args[1]->listElems()[i]);
    v = list;
}

void primFilter(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceFunction(*args[0], pos);
    st.forceList(*args[1], pos);
    gc::vector<Value *> kept;
    bool same = true;
    for (Value * elem : args[1]->listItems()) {
        Value res;
        st.callFunction(*args[0], *elem, res, Pos{});  // the reference calls without a position
        if (st.forceBool(res, pos)) kept.push_back(elem);
        else same = false;
    }
    // Nothing filtered out: the result is the argument list itself (shared identity).
    if (same) v = *args[1];
    else mkListFrom(st, v, kept);
}

// foldl' op nul list: each step's result is forced (callFunction yields a value in weak
// head normal form); `nul` is only forced when the list is empty.
void primFoldlStrict(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceFunction(*args[0], pos);
    st.forceList(*args[2], pos);
    size_t n = args[2]->listSize();
    if (n == 0) {
        st.forceValue(*args[1], pos);
        v = *args[1];
        return;
    }
    Value * acc = args[1];
    Value * const * elems = args[2]->listElems();
    for (size_t i = 0; i < n; i++) {
        Value * callArgs[] = {acc, elems[i]};
        Value * next = st.allocValue();
        st.callFunction(*args[0], 2, callArgs, *next, pos);
        acc = next;
    }
    st.forceValue(*acc, pos);
    v = *acc;
}

// Longer lists than this cannot be allocated (the reference runs out of memory first);
// refusing them keeps size * sizeof(Value *) from overflowing.
constexpr NixInt kMaxListSize = NixInt(1) << 32;

void primGenList(EvalState & st, Pos pos, Value ** args, Value & v) {
    NixInt len = st.forceInt(*args[1], pos);
    if (len < 0) throwEvalError("cannot create list of size " + std::to_string(len), pos);
    if (len >= kMaxListSize) throwEvalError("out of memory");
    Value list;
    st.mkList(list, size_t(len));
    if (len) {
        Value * indexes = st.allocIndexValues(size_t(len));
        Value * apps = st.allocValues(size_t(len));
        for (NixInt i = 0; i < len; i++) (list.listElems()[i] = &apps[i])->mkApp(args[0], &indexes[i]);
    }
    v = list;
}

void primConcatLists(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceList(*args[0], pos);
    st.concatLists(v, args[0]->listSize(), args[0]->listElems(), pos);
}

void primConcatMap(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceFunction(*args[0], pos);
    st.forceList(*args[1], pos);
    gc::vector<Value *> out;
    for (Value * elem : args[1]->listItems()) {
        Value res;
        st.callFunction(*args[0], *elem, res, pos);
        try {
            st.forceList(res, determinePos(res, determinePos(*args[0], pos)));
        } catch (EvalError & e) {
            if (e.kind == ErrorKind::Type) e.traces.push_back({pos, "while invoking 'concatMap'"});
            throw;
        }
        for (Value * item : res.listItems()) out.push_back(item);
    }
    mkListFrom(st, v, out);
}

void primElem(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceList(*args[1], pos);
    bool found = false;
    for (Value * elem : args[1]->listItems())
        if (st.eqValues(*args[0], *elem)) {
            found = true;
            break;
        }
    v.mkBool(found);
}

template <bool Any>
void primAnyAll(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceFunction(*args[0], pos);
    st.forceList(*args[1], pos);
    for (Value * elem : args[1]->listItems()) {
        Value res;
        st.callFunction(*args[0], *elem, res, pos);
        if (st.forceBool(res, pos) == Any) {
            v.mkBool(Any);
            return;
        }
    }
    v.mkBool(!Any);
}

// --- sort ---
//
// The reference sorts with libstdc++'s std::stable_sort. Which pairs get compared, and in
// which order, is observable (the first failing comparison decides the error message, and
// traces appear in that order), so this is the same algorithm: insertion sort of runs of 7,
// merge passes through a buffer of half the length, and a final merge of the two halves.
// Unlike libstdc++, every loop is bounded, so a comparator that is not a strict weak order
// (or not even deterministic — `readFile` makes that possible) cannot make it run off the
// array; with a proper order the comparisons made are exactly libstdc++'s.
class StableSorter {
public:
    using Less = std::function<bool(Value *, Value *)>;
    StableSorter(Value ** elems, size_t n, Less less) : a_(elems), n_(n), less_(std::move(less)) {}

    void run() {
        if (n_ < 2) return;
        size_t half = (n_ + 1) / 2;
        buffer_.resize(half);
        mergeSortWithBuffer(a_, half);
        mergeSortWithBuffer(a_ + half, n_ - half);
        mergeHalves(a_, half, n_ - half);
    }

private:
    static constexpr size_t kChunk = 7;

    // libstdc++'s insertion sort, with the inner loop guarded at the front of the range.
    void insertionSort(Value ** first, size_t n) {
        for (size_t i = 1; i < n; i++) {
            Value * val = first[i];
            if (less_(val, first[0])) {
                std::memmove(first + 1, first, i * sizeof(Value *));
                first[0] = val;
                continue;
            }
            size_t j = i;
            while (j > 0 && less_(val, first[j - 1])) {
                first[j] = first[j - 1];
                j--;
            }
            first[j] = val;
        }
    }

    // Stable merge of [a, a+n1) and [b, b+n2) into out; ties take the left run.
    Value ** merge(Value ** a, size_t n1, Value ** b, size_t n2, Value ** out) {
        size_t i = 0, j = 0;
        while (i < n1 && j < n2) *out++ = less_(b[j], a[i]) ? b[j++] : a[i++];
        while (i < n1) *out++ = a[i++];
        while (j < n2) *out++ = b[j++];
        return out;
    }

    // One pass merging neighbouring runs of `step` elements from `from` into `to`.
    void mergeLoop(Value ** from, size_t n, Value ** to, size_t step) {
        size_t at = 0;
        while (n - at >= 2 * step) {
            to = merge(from + at, step, from + at + step, step, to);
            at += 2 * step;
        }
        size_t first = std::min(n - at, step);
        merge(from + at, first, from + at + first, n - at - first, to);
    }

    void mergeSortWithBuffer(Value ** first, size_t n) {
        size_t at = 0;
        for (; n - at >= kChunk; at += kChunk) insertionSort(first + at, kChunk);
        insertionSort(first + at, n - at);
        Value ** buf = buffer_.data();
        for (size_t step = kChunk; step < n; step *= 4) {
            mergeLoop(first, n, buf, step);
            mergeLoop(buf, n, first, step * 2);
        }
    }

    // The final merge of the two sorted halves (n2 <= n1 == buffer size). libstdc++ copies the
    // left half out and merges forwards when it is not longer than the right one, otherwise
    // it copies the right half out and merges backwards.
    void mergeHalves(Value ** first, size_t n1, size_t n2) {
        Value ** buf = buffer_.data();
        if (n1 <= n2) {
            std::memcpy(buf, first, n1 * sizeof(Value *));
            merge(buf, n1, first + n1, n2, first);
            return;
        }
        std::memcpy(buf, first + n1, n2 * sizeof(Value *));
        mergeBackward(first, n1, buf, n2, first + n1 + n2);
    }

    // Merges [a, a+n1) (in place, at the front) with [b, b+n2) (the buffer) from the back,
    // writing downwards from `end`; ties keep the left run's element first.
    void mergeBackward(Value ** a, size_t n1, Value ** b, size_t n2, Value ** end) {
        size_t i = n1, j = n2;
        while (i > 0 && j > 0) {
            if (less_(b[j - 1], a[i - 1])) *--end = a[--i];
            else *--end = b[--j];
        }
        while (j > 0) *--end = b[--j];
    }

    Value ** a_;
    size_t n_;
    Less less_;
    gc::vector<Value *> buffer_;
};

void primSort(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceFunction(*args[0], pos);
    st.forceList(*args[1], pos);
    size_t n = args[1]->listSize();
    Value list;
    st.mkList(list, n);
    for (size_t i = 0; i < n; i++) {
        Value * elem = args[1]->listElems()[i];
        st.forceValue(*elem, pos);
        list.listElems()[i] = elem;
    }
    Value * cmp = args[0];
    bool isLessThan = cmp->isPrimOp() && cmp->primOp->fun == primLessThan;  // compare directly, as the reference does
    StableSorter(list.listElems(), n, [&](Value * a, Value * b) {
        if (isLessThan) return lessThanValues(st, a, b);
        Value * callArgs[] = {a, b};
        Value res;
        st.callFunction(*cmp, 2, callArgs, res, pos);
        return st.forceBool(res, pos);
    }).run();
    v = list;
}

void primPartition(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceFunction(*args[0], pos);
    st.forceList(*args[1], pos);
    gc::vector<Value *> right, wrong;
    for (Value * elem : args[1]->listItems()) {
        st.forceValue(*elem, pos);
        Value res;
        st.callFunction(*args[0], *elem, res, pos);
        (st.forceBool(res, pos) ? right : wrong).push_back(elem);
    }
    Bindings * b = st.allocBindings(2);
    mkListFrom(st, *st.allocAttr(b, st.sRight), right);
    mkListFrom(st, *st.allocAttr(b, st.sWrong), wrong);
    b->sort();
    v.mkAttrs(b);
}

// groupBy f list: { <f x> = [ x … ]; } — elements keep their order within a group.
void primGroupBy(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceFunction(*args[0], pos);
    st.forceList(*args[1], pos);
    gc::map<Symbol, gc::vector<Value *>, SymbolOrder> groups;
    for (Value * elem : args[1]->listItems()) {
        Value res;
        st.callFunction(*args[0], *elem, res, pos);
        groups[st.symbols.intern(st.forceStringNoCtx(res, pos))].push_back(elem);
    }
    Bindings * b = st.allocBindings(groups.size());
    for (auto & [name, elems] : groups) mkListFrom(st, *st.allocAttr(b, name), elems);
    v.mkAttrs(b);  // already in symbol order
}

const BuiltinSpec kList[] = {
    {"length", 1, primLength},       {"head", 1, primHead},
    {"tail", 1, primTail},           {"elemAt", 2, primElemAt},
    {"map", 2, primMap},             {"filter", 2, primFilter},
    {"foldl'", 3, primFoldlStrict},  {"genList", 2, primGenList},
    {"concatLists", 1, primConcatLists}, {"concatMap", 2, primConcatMap},
    {"elem", 2, primElem},           {"any", 2, primAnyAll<true>},
    {"all", 2, primAnyAll<false>},   {"sort", 2, primSort},
    {"partition", 2, primPartition}, {"groupBy", 2, primGroupBy},
};

}  // namespace

std::span<const BuiltinSpec> listBuiltins() { return kList; }

}  // namespace nixtwin
