// eval_heap.cpp — refilling the free lists, and the collection stress mode for tests.
#include "eval_heap.hpp"

#include <pthread.h>

#include <chrono>
#include <cstdlib>
#include <cstring>

namespace nixtwin {

EvalHeap::EvalHeap() {
#if NIXTWIN_GC
    if (const char * s = std::getenv("NIXTWIN_GC_STRESS")) stressEvery_ = std::strtoull(s, nullptr, 10);
#endif
}

#if NIXTWIN_GC
void EvalHeap::refill(size_t granules) {
    clearDeadStack();
    freeLists_[granules] = gc::allocateBatch(granules * kGranule - kExtraByte);
}

void * EvalHeap::allocateLarge(size_t bytes) {
    clearDeadStack();
    return gc::allocateScanned(bytes);
}

__attribute__((noinline)) void EvalHeap::clearDeadStack() {
    constexpr size_t kGap = 4096;          // this function's frame and memset's stay untouched
    constexpr size_t kMinimum = 64 * 1024;  // not worth it for shallow unwinding
    char * sp = static_cast<char *>(__builtin_frame_address(0));  // about the stack pointer
    if (!deepestStack_ || sp < deepestStack_ || !pthread_equal(stackOwner_, pthread_self())) {
        stackOwner_ = pthread_self();
        deepestStack_ = sp;
        return;
    }
    if (size_t(sp - deepestStack_) < kMinimum) return;
    // The area was in use by frames deeper than this one (it is mapped); the extra margin below
    // the deepest point covers the allocator's own frames there.
    char * low = deepestStack_ - kGap;
    char * high = sp - kGap;
    std::memset(low, 0, size_t(high - low));
    deepestStack_ = sp;
}

void EvalHeap::stress() {
    sinceStress_ = 0;
    auto t0 = std::chrono::steady_clock::now();
    gc::collectNow();
    // Collections get slow on deep stacks and big heaps: back off rather than time out.
    if (std::chrono::steady_clock::now() - t0 > std::chrono::milliseconds(1)) stressEvery_ *= 2;
}
#endif

}  // namespace nixtwin
