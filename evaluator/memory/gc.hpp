// gc.hpp — where evaluation memory comes from.
//
// Release builds collect garbage with the Boehm–Demers–Weiser collector (libgc, as the reference
// does): values, environments, attribute sets, list arrays and strings are collected once
// unreachable, so a long evaluation runs in the memory its live data needs. The collector finds
// pointers conservatively on the stacks of registered threads and in registered roots; memory
// that `malloc` hands out is NOT scanned. So any container outside the collected heap that holds
// the only pointer to a value must use the traceable containers below.
//
// Sanitizer and fuzzing builds (NIXTWIN_GC=0) allocate from a per-evaluation arena instead, freed
// at once when the evaluation ends, which AddressSanitizer and LeakSanitizer can check.
#pragma once

#include <cstddef>
#include <functional>
#include <list>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>
#include <vector>

#ifndef NIXTWIN_GC
#define NIXTWIN_GC 0
#endif

namespace nixtwin::gc {

constexpr bool enabled = NIXTWIN_GC != 0;

#if NIXTWIN_GC
void * allocateScanned(size_t bytes);  // collected; scanned for pointers; zeroed
void * allocateAtomic(size_t bytes);   // collected; never scanned (string bytes)
void * allocateRoot(size_t bytes);     // never collected, scanned (freed with freeRoot)
void freeRoot(void * p);
// A batch of `bytes`-sized zeroed objects, linked through their first word (null-terminated).
void * allocateBatch(size_t bytes);
void addRoots(void * begin, void * end);
void removeRoots(void * begin, void * end);

// Memory for containers that live outside the collected heap but hold pointers into it.
template <class T>
struct TraceableAllocator {
    using value_type = T;
    TraceableAllocator() noexcept = default;
    template <class U>
    TraceableAllocator(const TraceableAllocator<U> &) noexcept {}
    T * allocate(size_t n) { return static_cast<T *>(allocateRoot(n * sizeof(T))); }
    void deallocate(T * p, size_t) noexcept { freeRoot(p); }
    template <class U>
    bool operator==(const TraceableAllocator<U> &) const noexcept { return true; }
};
#else
inline void addRoots(void *, void *) {}
inline void removeRoots(void *, void *) {}
template <class T>
using TraceableAllocator = std::allocator<T>;
#endif

template <class T>
using vector = std::vector<T, TraceableAllocator<T>>;
template <class T>
using list = std::list<T, TraceableAllocator<T>>;
template <class K, class V, class Less = std::less<K>>
using map = std::map<K, V, Less, TraceableAllocator<std::pair<const K, V>>>;
template <class K, class Less = std::less<K>>
using set = std::set<K, Less, TraceableAllocator<K>>;
template <class K, class V, class Hash = std::hash<K>>
using unordered_map = std::unordered_map<K, V, Hash, std::equal_to<K>, TraceableAllocator<std::pair<const K, V>>>;

// While alive, the current thread's stack is scanned (threads that evaluate must be known to
// the collector). Nests; a no-op without the collector or when already registered.
class ThreadRegistration {
public:
    ThreadRegistration();
    ~ThreadRegistration();
    ThreadRegistration(const ThreadRegistration &) = delete;
    ThreadRegistration & operator=(const ThreadRegistration &) = delete;

private:
    [[maybe_unused]] bool registered_ = false;
};

// Statistics for tests and benchmarks: collections so far and the heap's size in bytes.
struct Stats {
    size_t collections = 0;
    size_t heapBytes = 0;
};
Stats stats();
void collectNow();

}  // namespace nixtwin::gc
