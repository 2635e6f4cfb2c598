// arena.hpp — bump allocation for syntax trees: one arena per loaded source, freed at once.
#pragma once

#include <cstddef>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

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
            blocks_.emplace_back(new std::byte[capacity_]);
            offset = 0;
        }
        used_ = offset + size;
        return blocks_.back().get() + offset;
    }

private:
    static constexpr size_t kBlockSize = 64 * 1024;
    struct Finalizer {
        void * object;
        void (*destroy)(void *);
    };
    std::vector<std::unique_ptr<std::byte[]>> blocks_;
    std::vector<Finalizer> finalizers_;
    size_t used_ = 0;
    size_t capacity_ = 0;
};

}  // namespace nixtwin
