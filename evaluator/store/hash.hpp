// hash.hpp — the hashes of the store layer (md5, sha1, sha256, sha512 via OpenSSL), their
// textual forms and the reference's parser for user-written hashes (outputHash, sha256 = …).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace nixtwin::store {

enum class HashAlgo : uint8_t { MD5, SHA1, SHA256, SHA512 };

std::optional<HashAlgo> parseHashAlgo(std::string_view name);  // "md5" "sha1" "sha256" "sha512"
const char * hashAlgoName(HashAlgo algo);
size_t hashSize(HashAlgo algo);

struct Hash {
    HashAlgo algo;
    size_t size;
    uint8_t bytes[64] = {};

    explicit Hash(HashAlgo a) : algo(a), size(hashSize(a)) {}

    std::span<const uint8_t> span() const { return {bytes, size}; }
    std::string_view raw() const { return {reinterpret_cast<const char *>(bytes), size}; }
    std::string toBase16() const;
    std::string toBase32() const;
    std::string toBase64() const;
    std::string toSRI() const;  // "sha256-<base64>"
    bool operator==(const Hash & o) const { return algo == o.algo && raw() == o.raw(); }
};

Hash hashString(HashAlgo algo, std::string_view data);

// Incremental hashing (NAR serialisations can be large).
class HashSink {
public:
    explicit HashSink(HashAlgo algo);
    ~HashSink();
    HashSink(const HashSink &) = delete;
    HashSink & operator=(const HashSink &) = delete;
    void update(std::string_view data);
    Hash finish();

private:
    HashAlgo algo_;
    void * ctx_;  // EVP_MD_CTX, kept out of the header
};

// XOR-folds a hash to `newSize` bytes (store path hash parts are sha256 folded to 20 bytes).
Hash compressHash(const Hash & h, size_t newSize);

// The reference's Hash::parseAny: "algo:digest", SRI "algo-base64", or a bare digest in
// base-16, base-32 or base-64 (chosen by length) when `algo` is known from elsewhere. Errors
// are EvalErrors with the reference's messages.
Hash parseHash(std::string_view s, std::optional<HashAlgo> algo);

// newHashAllowEmpty: "" means the all-zero hash of `algo` (then `warning` is set to the
// reference's "found empty hash, assuming '…'" text).
Hash parseHashAllowEmpty(std::string_view s, std::optional<HashAlgo> algo, std::string & warning);

}  // namespace nixtwin::store
