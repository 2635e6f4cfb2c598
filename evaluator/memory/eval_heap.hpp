// eval_heap.hpp — one evaluation's allocator: values, environments, sets, list arrays, strings.
//
// With the collector (gc.hpp), small objects come from per-size free lists refilled in batches
// (GC_malloc_many), so the common allocation is a pointer pop, as fast as a bump allocator;
// the owner of an EvalHeap must register it as a root (the free lists hold unused objects).
// Without it, everything comes from an arena released with the heap.
#pragma once

#include <pthread.h>

#include <cstddef>
#include <cstring>
#include <new>
#include <type_traits>
#include <utility>

#include "../syntax/arena.hpp"
#include "gc.hpp"

namespace nixtwin {

class EvalHeap {
public:
    EvalHeap();
    EvalHeap(const EvalHeap &) = delete;
    EvalHeap & operator=(const EvalHeap &) = delete;

    // Zeroed, pointer-aligned memory that may hold pointers to other heap objects.
    void * allocate(size_t bytes) {
#if NIXTWIN_GC
        if (stressEvery_ && ++sinceStress_ >= stressEvery_) stress();
        size_t granules = (bytes + kExtraByte + kGranule - 1) / kGranule;
        if (granules < kSmallClasses) {
            void *& head = freeLists_[granules];
            if (!head) refill(granules);  // also the occasional dead-stack clearing
            void * p = head;
            head = *static_cast<void **>(p);
            *static_cast<void **>(p) = nullptr;
            return p;
        }
        return allocateLarge(bytes);
#else
        void * p = arena_.allocate(bytes, alignof(void *));
        std::memset(p, 0, bytes);
        return p;
#endif
    }

    // Memory that holds no pointers (string bytes); not zeroed.
    char * allocateBytes(size_t bytes) {
#if NIXTWIN_GC
        return static_cast<char *>(gc::allocateAtomic(bytes));
#else
        return static_cast<char *>(arena_.allocate(bytes, 1));
#endif
    }

    template <class T, class... Args>
    T * make(Args &&... args) {
        static_assert(std::is_trivially_destructible_v<T>, "collected objects get no destructor call");
        return new (allocate(sizeof(T))) T(std::forward<Args>(args)...);
    }

private:
#if NIXTWIN_GC
    static constexpr size_t kGranule = 16;       // the collector's allocation unit
    static constexpr size_t kExtraByte = 1;      // it pads objects so that end pointers stay inside
    static constexpr size_t kSmallClasses = 9;   // free lists for objects up to 127 bytes
    void refill(size_t granules);
    void * allocateLarge(size_t bytes);
    void stress();
    // The collector scans a stack conservatively, uninitialised slots of live frames included.
    // After deep recursion unwinds, the dead area below the stack pointer still holds pointers
    // to garbage, and frames of the next deep recursion would keep it alive: the slow paths
    // zero the dead area between the deepest stack pointer they saw and the current one.
    void clearDeadStack();
    char * deepestStack_ = nullptr;
    pthread_t stackOwner_{};
    void * freeLists_[kSmallClasses] = {};
    size_t stressEvery_ = 0;  // NIXTWIN_GC_STRESS=N: a full collection every N allocations
    size_t sinceStress_ = 0;
#else
    Arena arena_;
#endif
};

}  // namespace nixtwin
