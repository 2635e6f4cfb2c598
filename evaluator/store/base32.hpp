// base32.hpp — Nix's base-32: the digits "0123456789abcdfghijklmnpqrsvwxyz" (no e, o, u, t),
// written most significant 5-bit group first over the bytes read as one little-endian number.
// This is what store path hash parts and `sha256 = "…"` attributes use.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nixtwin::store {

inline constexpr std::string_view kBase32Digits = "0123456789abcdfghijklmnpqrsvwxyz";

// Characters needed for `bytes` bytes: ceil(bytes * 8 / 5).
constexpr size_t base32Length(size_t bytes) { return (bytes * 8 + 4) / 5; }

std::string toBase32(std::span<const uint8_t> bytes);

// Decodes exactly `size` bytes; nullopt for a bad digit or bits beyond the last byte.
std::optional<std::vector<uint8_t>> fromBase32(std::string_view s, size_t size);

}  // namespace nixtwin::store
