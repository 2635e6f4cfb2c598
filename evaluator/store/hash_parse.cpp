// hash_parse.cpp — reading user-written hashes exactly as the reference's Hash::parseAny does
// (the accepted forms and every error message are observable from Nix code).
#include <algorithm>

#include "../eval/errors.hpp"
#include "base32.hpp"
#include "base64.hpp"
#include "hash.hpp"
#include "strcat.hpp"

namespace nixtwin::store {

namespace {

[[noreturn]] void badHash(const std::string & message) { throwEvalError(message); }

HashAlgo algoOrThrow(std::string_view name) {
    if (auto a = parseHashAlgo(name)) return *a;
    throwEvalError(strcat("unknown hash algorithm '", name, "'"));
}

int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

// The digest part, its encoding chosen by length (base-64 always for SRI).
Hash decodeDigest(std::string_view rest, HashAlgo algo, bool isSRI) {
    Hash h(algo);
    size_t base64Len = ((4 * h.size / 3) + 3) & ~size_t(3);
    if (!isSRI && rest.size() == h.size * 2) {
        for (size_t i = 0; i < h.size; i++) {
            int hi = hexDigit(rest[i * 2]), lo = hexDigit(rest[i * 2 + 1]);
            if (hi < 0 || lo < 0) badHash(strcat("invalid base-16 hash '", rest, "'"));
            h.bytes[i] = uint8_t(hi << 4 | lo);
        }
    } else if (!isSRI && rest.size() == base32Length(h.size)) {
        auto bytes = fromBase32(rest, h.size);
        if (!bytes) badHash(strcat("invalid base-32 hash '", rest, "'"));
        std::copy(bytes->begin(), bytes->end(), h.bytes);
    } else if (isSRI || rest.size() == base64Len) {
        std::string d = fromBase64(rest);
        if (d.size() != h.size)
            badHash(strcat("invalid ", isSRI ? "SRI" : "base-64", " hash '", rest, "'"));
        std::copy(d.begin(), d.end(), h.bytes);
    } else {
        badHash(strcat("hash '", rest, "' has wrong length for hash type '", hashAlgoName(algo), "'"));
    }
    return h;
}

}  // namespace

Hash parseHash(std::string_view original, std::optional<HashAlgo> algo) {
    std::string_view rest = original;
    std::optional<HashAlgo> parsed;
    bool isSRI = false;
    // "algo:digest" first, else SRI "algo-digest".
    if (size_t colon = rest.find(':'); colon != std::string_view::npos) {
        parsed = algoOrThrow(rest.substr(0, colon));
        rest.remove_prefix(colon + 1);
    } else if (size_t dash = rest.find('-'); dash != std::string_view::npos) {
        parsed = algoOrThrow(rest.substr(0, dash));
        rest.remove_prefix(dash + 1);
        isSRI = true;
    }
    if (!parsed && !algo)
        badHash(strcat("hash '", rest, "' does not include a type, nor is the type otherwise known from context"));
    if (parsed && algo && *parsed != *algo)
        badHash(strcat("hash '", original, "' should have type '", hashAlgoName(*algo), "'"));
    return decodeDigest(rest, parsed ? *parsed : *algo, isSRI);
}

Hash parseHashAllowEmpty(std::string_view s, std::optional<HashAlgo> algo, std::string & warning) {
    if (!s.empty()) return parseHash(s, algo);
    if (!algo) badHash("empty hash requires explicit hash type");
    Hash h(*algo);
    warning = "found empty hash, assuming '" + h.toSRI() + "'";
    return h;
}

}  // namespace nixtwin::store
