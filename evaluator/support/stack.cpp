// stack.cpp — the dedicated evaluation stack.
#include "stack.hpp"

#include <pthread.h>

#include <exception>
#include <system_error>

#include "../memory/gc.hpp"

namespace nixtwin {

namespace stack_detail {
thread_local constinit const char * stackLimit = nullptr;
}

namespace {

constexpr size_t kSafetyMargin = 256 * 1024;  // room for library calls below the check point

struct ThreadJob {
    const std::function<void()> * fn;
    size_t bytes;
    std::exception_ptr error;
};

void * threadMain(void * arg) {
    auto job = static_cast<ThreadJob *>(arg);
    char marker;
    // The stack grows down from about here; keep a margin above its lowest address.
    stack_detail::stackLimit = &marker - job->bytes + kSafetyMargin + 64 * 1024;
    gc::ThreadRegistration registration;  // the collector scans this stack
    try {
        (*job->fn)();
    } catch (...) {
        job->error = std::current_exception();
    }
    return nullptr;
}

}  // namespace

void limitStackUse(size_t bytes) {
    char marker;
    const char * limit = &marker - bytes + kSafetyMargin;
    if (!stack_detail::stackLimit || limit > stack_detail::stackLimit) stack_detail::stackLimit = limit;
}

void runWithStack(size_t bytes, const std::function<void()> & fn) {
    ThreadJob job{&fn, bytes, nullptr};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, bytes);
    pthread_t thread;
    int rc = pthread_create(&thread, &attr, threadMain, &job);
    pthread_attr_destroy(&attr);
    if (rc != 0) throw std::system_error(rc, std::generic_category(), "cannot start the evaluation thread");
    pthread_join(thread, nullptr);
    if (job.error) std::rethrow_exception(job.error);
}

}  // namespace nixtwin
