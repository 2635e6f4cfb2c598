// base64.cpp — base-64 encoding and the reference's lenient decoding.
#include "base64.hpp"

#include "../eval/errors.hpp"

namespace nixtwin::store {

namespace {

constexpr std::string_view kDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

}  // namespace

std::string toBase64(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    unsigned data = 0, bits = 0;
    for (unsigned char c : bytes) {
        data = (data << 8) | c;
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            out.push_back(kDigits[(data >> bits) & 0x3f]);
        }
    }
    if (bits) out.push_back(kDigits[(data << (6 - bits)) & 0x3f]);
    while (out.size() % 4) out.push_back('=');
    return out;
}

std::string fromBase64(std::string_view s) {
    std::string out;
    unsigned data = 0, bits = 0;
    for (char c : s) {
        if (c == '=') break;
        if (c == '\n') continue;
        size_t digit = kDigits.find(c);
        // The reference formats the character with "%c" around a highlighted argument, which
        // prints nothing: its message always ends in "''".
        if (digit == std::string_view::npos) throwEvalError("invalid character in Base64 string: ''");
        data = (data << 6) | unsigned(digit);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(char((data >> bits) & 0xff));
        }
    }
    return out;
}

}  // namespace nixtwin::store
