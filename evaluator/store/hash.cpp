// hash.cpp — hashing with OpenSSL's EVP interface and the textual forms of hashes.
#include "hash.hpp"

#include <openssl/evp.h>

#include <cstring>
#include <stdexcept>

#include "base32.hpp"
#include "base64.hpp"

namespace nixtwin::store {

namespace {

const EVP_MD * evpOf(HashAlgo algo) {
    switch (algo) {
    case HashAlgo::MD5: return EVP_md5();
    case HashAlgo::SHA1: return EVP_sha1();
    case HashAlgo::SHA256: return EVP_sha256();
    case HashAlgo::SHA512: return EVP_sha512();
    }
    return EVP_sha256();
}

}  // namespace

std::optional<HashAlgo> parseHashAlgo(std::string_view name) {
    if (name == "md5") return HashAlgo::MD5;
    if (name == "sha1") return HashAlgo::SHA1;
    if (name == "sha256") return HashAlgo::SHA256;
    if (name == "sha512") return HashAlgo::SHA512;
    return std::nullopt;
}

const char * hashAlgoName(HashAlgo algo) {
    switch (algo) {
    case HashAlgo::MD5: return "md5";
    case HashAlgo::SHA1: return "sha1";
    case HashAlgo::SHA256: return "sha256";
    case HashAlgo::SHA512: return "sha512";
    }
    return "sha256";
}

size_t hashSize(HashAlgo algo) {
    switch (algo) {
    case HashAlgo::MD5: return 16;
    case HashAlgo::SHA1: return 20;
    case HashAlgo::SHA256: return 32;
    case HashAlgo::SHA512: return 64;
    }
    return 32;
}

std::string Hash::toBase16() const {
    static const char digits[] = "0123456789abcdef";
    std::string s;
    s.reserve(size * 2);
    for (size_t i = 0; i < size; i++) {
        s.push_back(digits[bytes[i] >> 4]);
        s.push_back(digits[bytes[i] & 0xf]);
    }
    return s;
}

std::string Hash::toBase32() const { return store::toBase32(span()); }

std::string Hash::toBase64() const { return store::toBase64(raw()); }

std::string Hash::toSRI() const { return std::string(hashAlgoName(algo)) + "-" + toBase64(); }

HashSink::HashSink(HashAlgo algo) : algo_(algo), ctx_(EVP_MD_CTX_new()) {
    if (!ctx_ || !EVP_DigestInit_ex(static_cast<EVP_MD_CTX *>(ctx_), evpOf(algo), nullptr))
        throw std::runtime_error("OpenSSL: cannot initialise a digest");
}

HashSink::~HashSink() { EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(ctx_)); }

void HashSink::update(std::string_view data) {
    EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(ctx_), data.data(), data.size());
}

Hash HashSink::finish() {
    Hash h(algo_);
    unsigned len = 0;
    EVP_DigestFinal_ex(static_cast<EVP_MD_CTX *>(ctx_), h.bytes, &len);
    return h;
}

Hash hashString(HashAlgo algo, std::string_view data) {
    HashSink sink(algo);
    sink.update(data);
    return sink.finish();
}

Hash compressHash(const Hash & h, size_t newSize) {
    Hash out(h.algo);
    out.size = newSize;
    std::memset(out.bytes, 0, sizeof out.bytes);
    for (size_t i = 0; i < h.size; i++) out.bytes[i % newSize] ^= h.bytes[i];
    return out;
}

}  // namespace nixtwin::store
