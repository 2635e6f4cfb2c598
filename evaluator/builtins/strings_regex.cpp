// strings_regex.cpp — match and split (POSIX extended regular expressions).
#include "registry.hpp"

namespace nixtwin {

namespace {

const BuiltinSpec kRegex[] = {
    {"", 0, nullptr},  // placeholder row: C++ has no empty arrays; skipped by the registry
};

}  // namespace

std::span<const BuiltinSpec> regexBuiltins() { return std::span<const BuiltinSpec>(kRegex).subspan(1); }

}  // namespace nixtwin
