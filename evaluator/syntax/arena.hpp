// arena.hpp — bump allocation for syntax trees: one arena per loaded source, freed at once.
// With the collector (memory/gc.hpp) its blocks are roots: syntax nodes cache evaluated values.
#pragma once

#include <cstddef>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

#include "../memory/gc.hpp"

namespace nixtwin {

class Arena {
public:
    Arena() = default;
    Arena(const Arena &) = delete;
    Arena & operator=(const Arena &) = delete;
    ~Arena() {
        for (auto it = finalizers_.rbegin(); it != finalizers_.rend(); ++it) it->destroy(it->object);
    }

    template <class T, class... Args>
    T * make(Args &&... args) {
        void * p = allocate(sizeof(T), alignof(T));
        T * object = new (p) T(std::forward<Args>(args)...);
        if constexpr (!std::is_trivially_destructible_v<T>)
            finalizers_.push_back({object, [](void * o) { static_cast<T *>(o)->~T(); }});
        return object;
    }

    void * allocate(size_t size, size_t align) {
        size_t offset = (used_ + align - 1) & ~(align - 1);
        if (blocks_.empty() || offset + size > capacity_) {
            capacity_ = size > kBlockSize ? size : kBlockSize;
            blocks_.emplace_back(newBlock(capacity_));
            offset = 0;
        }
        used_ = offset + size;
        return blocks_.back().get() + offset;
    }

private:
#if NIXTWIN_GC
    struct BlockDeleter {
        void operator()(std::byte * p) const { gc::freeRoot(p); }
    };
    static std::byte * newBlock(size_t bytes) { return static_cast<std::byte *>(gc::allocateRoot(bytes)); }
#else
    using BlockDeleter = std::default_delete<std::byte[]>;
    static std::byte * newBlock(size_t bytes) { return new std::byte[bytes]; }
#endif

    static constexpr size_t kBlockSize = 64 * 1024;
    struct Finalizer {
        void * object;
        void (*destroy)(void *);
    };
    std::vector<std::unique_ptr<std::byte[], BlockDeleter>> blocks_;
    std::vector<Finalizer> finalizers_;
    size_t used_ = 0;
    size_t capacity_ = 0;
};

}  // namespace nixtwin
