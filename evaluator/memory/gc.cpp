// gc.cpp — the Boehm collector's set-up and the entry points nixtwin uses (see gc.hpp).
#include "gc.hpp"

#if NIXTWIN_GC

#define GC_THREADS
#include <gc/gc.h>

#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <new>
#include <string_view>

// The collector maps its heap with mmap, in sections of megabytes that it fills completely.
// Faulting them in 4 KiB at a time costs more kernel time than the evaluation's marking; where
// the kernel offers transparent huge pages on request (the usual "madvise" setting), ask for
// them. This definition takes the place of the C library's for the shared libraries that call
// it (libgc); the C library's own mappings (malloc, thread stacks) do not go through it.
extern "C" void * mmap(void * addr, size_t len, int prot, int flags, int fd, off_t offset) {
    long r = syscall(SYS_mmap, addr, len, prot, flags, fd, offset);
    if (r < 0 && r > -4096) {
        errno = int(-r);
        return MAP_FAILED;
    }
    void * p = reinterpret_cast<void *>(r);
    constexpr size_t kHuge = size_t(2) << 20;
    // NIXTWIN_HUGEPAGES=0 turns it off (where the kernel compacts memory on such faults).
    static const bool wanted = [] {
        const char * v = std::getenv("NIXTWIN_HUGEPAGES");
        return !v || std::string_view(v) != "0";
    }();
    if (wanted && len >= kHuge && fd == -1 && (flags & MAP_ANONYMOUS) && (flags & MAP_PRIVATE) &&
        !(flags & (MAP_STACK | MAP_NORESERVE)) && prot == (PROT_READ | PROT_WRITE))
        madvise(p, len, MADV_HUGEPAGE);
    return p;
}

namespace nixtwin::gc {

namespace {

[[noreturn]] void outOfMemory() { throw std::bad_alloc(); }

// Runs before main, on the main thread, as the collector requires.
__attribute__((constructor)) void initCollector() {
    // One marker thread: a parallel marker only adds CPU time for the heaps nixtwin makes.
    if (!std::getenv("GC_MARKERS")) GC_set_markers_count(1);
    GC_INIT();
    // "Repeated allocation of very large block" and the like are not the user's business.
    GC_set_warn_proc(GC_ignore_warn_proc);
    GC_allow_register_threads();
    // Collections are cheap when little is live, and the heap stays small: start at 8 MiB and
    // let the collector grow it (the reference starts at up to 384 MiB and rarely collects).
    if (!std::getenv("GC_INITIAL_HEAP_SIZE")) {
        size_t have = GC_get_heap_size();
        size_t want = size_t(8) << 20;
        if (have < want) GC_expand_hp(want - have);
    }
}

}  // namespace

void * allocateScanned(size_t bytes) {
    void * p = GC_MALLOC(bytes);
    if (!p) outOfMemory();
    return p;
}

void * allocateAtomic(size_t bytes) {
    void * p = GC_MALLOC_ATOMIC(bytes);
    if (!p) outOfMemory();
    return p;
}

void * allocateRoot(size_t bytes) {
    void * p = GC_MALLOC_UNCOLLECTABLE(bytes);
    if (!p) outOfMemory();
    return p;
}

void freeRoot(void * p) { GC_FREE(p); }

void * allocateBatch(size_t bytes) {
    void * p = GC_malloc_many(bytes);
    if (!p) outOfMemory();
    return p;
}

void addRoots(void * begin, void * end) { GC_add_roots(begin, end); }
void removeRoots(void * begin, void * end) { GC_remove_roots(begin, end); }

ThreadRegistration::ThreadRegistration() {
    if (GC_thread_is_registered()) return;
    GC_stack_base base;
    if (GC_get_stack_base(&base) != GC_SUCCESS) return;
    registered_ = GC_register_my_thread(&base) == GC_SUCCESS;
}

ThreadRegistration::~ThreadRegistration() {
    if (registered_) GC_unregister_my_thread();
}

Stats stats() { return Stats{size_t(GC_get_gc_no()), GC_get_heap_size()}; }
void collectNow() { GC_gcollect(); }

}  // namespace nixtwin::gc

#else

namespace nixtwin::gc {

ThreadRegistration::ThreadRegistration() {}
ThreadRegistration::~ThreadRegistration() {}
Stats stats() { return {}; }
void collectNow() {}

}  // namespace nixtwin::gc

#endif
