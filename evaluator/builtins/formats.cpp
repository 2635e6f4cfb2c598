// formats.cpp — builtins of this area (see registry.hpp for the list).
#include "registry.hpp"

namespace nixtwin {

namespace {

const BuiltinSpec kFormat[] = {
    {"", 0, nullptr},  // placeholder row: C++ has no empty arrays; skipped by the registry
};

}  // namespace

std::span<const BuiltinSpec> formatBuiltins() { return std::span<const BuiltinSpec>(kFormat).subspan(1); }

}  // namespace nixtwin
