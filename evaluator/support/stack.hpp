// stack.hpp — stack safety: work runs on a large dedicated stack, and recursive code checks
// the space left so that deep inputs end in a clean error instead of a crash.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <stdexcept>

namespace nixtwin {

struct StackOverflow : std::runtime_error {
    StackOverflow() : std::runtime_error("stack overflow (possible infinite recursion)") {}
};

// Runs `fn` on a thread whose stack is `bytes` large (address space only; pages are committed
// on use). Exceptions from `fn` propagate to the caller.
void runWithStack(size_t bytes, const std::function<void()> & fn);

namespace stack_detail {
// constinit: no dynamic initialisation, so reading it needs no TLS wrapper call.
extern thread_local constinit const char * stackLimit;  // lowest safe address, null if unknown
}

// From now on, this thread may use at most `bytes` more stack (from the caller's frame down):
// evaluation gets a budget of its own, smaller than the parse phase's.
void limitStackUse(size_t bytes);

// Throws StackOverflow when the current thread is within its safety margin.
inline void checkStack() {
    char marker;
    // One comparison: an unknown limit (null) is below every address.
    if (reinterpret_cast<uintptr_t>(&marker) < reinterpret_cast<uintptr_t>(stack_detail::stackLimit)) [[unlikely]]
        throw StackOverflow();
}

}  // namespace nixtwin
