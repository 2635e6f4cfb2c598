// base32.cpp — Nix's base-32 encoding (see base32.hpp).
#include "base32.hpp"

namespace nixtwin::store {

std::string toBase32(std::span<const uint8_t> bytes) {
    size_t len = base32Length(bytes.size());
    std::string s;
    s.reserve(len);
    // Digit n covers bits [5n, 5n+5) of the little-endian number; the last digit comes first.
    for (size_t n = len; n-- > 0;) {
        size_t bit = n * 5, i = bit / 8, j = bit % 8;
        unsigned v = bytes[i] >> j;
        if (i + 1 < bytes.size()) v |= unsigned(bytes[i + 1]) << (8 - j);
        s.push_back(kBase32Digits[v & 0x1f]);
    }
    return s;
}

std::optional<std::vector<uint8_t>> fromBase32(std::string_view s, size_t size) {
    std::vector<uint8_t> out(size, 0);
    for (size_t n = 0; n < s.size(); n++) {
        size_t digit = kBase32Digits.find(s[s.size() - n - 1]);
        if (digit == std::string_view::npos) return std::nullopt;
        size_t bit = n * 5, i = bit / 8, j = bit % 8;
        if (i >= size) return std::nullopt;
        out[i] |= uint8_t(digit << j);
        unsigned carry = unsigned(digit) >> (8 - j);
        if (i + 1 < size) out[i + 1] |= uint8_t(carry);
        else if (carry) return std::nullopt;  // bits that do not fit: not a canonical encoding
    }
    return out;
}

}  // namespace nixtwin::store
