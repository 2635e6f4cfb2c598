// lists.cpp — builtins of this area (see registry.hpp for the list).
#include "registry.hpp"

namespace nixtwin {

namespace {

const BuiltinSpec kList[] = {
    {"", 0, nullptr},  // placeholder row: C++ has no empty arrays; skipped by the registry
};

}  // namespace

std::span<const BuiltinSpec> listBuiltins() { return std::span<const BuiltinSpec>(kList).subspan(1); }

}  // namespace nixtwin
