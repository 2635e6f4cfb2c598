// stderr_filter.cpp — the reference's stderr message filter.
#include "stderr_filter.hpp"

namespace nixtwin {

std::string filterForStderr(const std::string & s) {
    std::string out;
    size_t width = 0;
    size_t i = 0, n = s.size();
    auto cont = [&](size_t k) { return k < n && (static_cast<unsigned char>(s[k]) & 0xc0) == 0x80; };
    while (i < n) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == 0x1b) {  // ESC: skip a CSI sequence or a two-byte escape
            i++;
            if (i < n && s[i] == '[') {
                i++;
                while (i < n && s[i] >= 0x30 && s[i] <= 0x3f) i++;
                while (i < n && s[i] >= 0x20 && s[i] <= 0x2f) i++;
                if (i < n && s[i] >= 0x40 && s[i] <= 0x7e) i++;
            } else if (i < n && s[i] >= 0x40 && s[i] <= 0x5f) {
                i++;
            }
        } else if (c == '\t') {
            i++;
            out += ' ';
            width++;
            while (width % 8) {
                out += ' ';
                width++;
            }
        } else if (c == '\r' || c == '\a') {
            i++;
        } else {
            width++;
            size_t extra = (c & 0xe0) == 0xc0 ? 1 : (c & 0xf0) == 0xe0 ? 2 : (c & 0xf8) == 0xf0 ? 3 : 0;
            out += s[i++];
            for (size_t k = 0; k < extra && cont(i); k++) out += s[i++];
        }
    }
    return out;
}

}  // namespace nixtwin
