// json_bytes.cpp — UTF-8 validation and base64.
#include "json_bytes.hpp"

#include <stdexcept>

namespace nixtwin::oracle {

bool isValidUtf8(const std::string & s) {
    std::size_t i = 0, n = s.size();
    while (i < n) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        std::size_t len;
        std::uint32_t cp;
        if (c < 0x80) { i++; continue; }
        if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
        else return false;
        if (i + len > n) return false;
        for (std::size_t j = 1; j < len; j++) {
            unsigned char d = static_cast<unsigned char>(s[i + j]);
            if ((d & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (d & 0x3F);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string base64Encode(const std::string & in) {
    std::string out;
    out.reserve((in.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
        std::uint32_t v = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8) |
                          static_cast<unsigned char>(in[i + 2]);
        out += kAlphabet[v >> 18];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
        out += kAlphabet[v & 63];
    }
    if (i < in.size()) {
        std::uint32_t v = static_cast<unsigned char>(in[i]) << 16;
        if (i + 1 < in.size()) v |= static_cast<unsigned char>(in[i + 1]) << 8;
        out += kAlphabet[v >> 18];
        out += kAlphabet[(v >> 12) & 63];
        out += i + 1 < in.size() ? kAlphabet[(v >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

std::string base64Decode(const std::string & in) {
    auto value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        if (c >= '0' && c <= '9') return c - '0' + 52;
        if (c == '+') return 62;
        if (c == '/') return 63;
        return -1;
    };
    if (in.size() % 4 != 0) throw std::runtime_error("bad base64 length");
    std::string out;
    for (std::size_t i = 0; i < in.size(); i += 4) {
        int a = value(in[i]), b = value(in[i + 1]);
        int c = in[i + 2] == '=' ? 0 : value(in[i + 2]);
        int d = in[i + 3] == '=' ? 0 : value(in[i + 3]);
        if (a < 0 || b < 0 || c < 0 || d < 0) throw std::runtime_error("bad base64 character");
        std::uint32_t v = (a << 18) | (b << 12) | (c << 6) | d;
        out += static_cast<char>(v >> 16);
        if (in[i + 2] != '=') out += static_cast<char>((v >> 8) & 255);
        if (in[i + 3] != '=') out += static_cast<char>(v & 255);
    }
    return out;
}

void putBytes(nlohmann::json & obj, const std::string & key, const std::string & bytes) {
    if (isValidUtf8(bytes)) obj[key] = bytes;
    else obj[key + "_base64"] = base64Encode(bytes);
}

std::string getBytes(const nlohmann::json & obj, const std::string & key) {
    if (auto it = obj.find(key); it != obj.end() && it->is_string()) return it->get<std::string>();
    if (auto it = obj.find(key + "_base64"); it != obj.end() && it->is_string()) return base64Decode(it->get<std::string>());
    return {};
}

}  // namespace nixtwin::oracle
