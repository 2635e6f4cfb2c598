// position.hpp — source positions (origin, line, column) and the table of loaded sources.
#pragma once

#include <cstdint>
#include <deque>
#include <string>

namespace nixtwin {

enum class OriginKind : uint8_t { File, String, Stdin };

// One parsed text: a file, an --expr string or standard input. Kept for error excerpts.
struct Origin {
    OriginKind kind;
    std::string path;    // for files: the absolute path
    std::string source;  // the text itself
};

struct Pos {
    uint32_t origin = 0;  // 0: no position
    uint32_t line = 0;
    uint32_t column = 0;
    explicit operator bool() const { return origin != 0; }
};

class Origins {
public:
    uint32_t add(Origin origin) {
        origins_.push_back(std::move(origin));
        return uint32_t(origins_.size());
    }
    const Origin & get(uint32_t id) const { return origins_[id - 1]; }

private:
    std::deque<Origin> origins_;
};

}  // namespace nixtwin
