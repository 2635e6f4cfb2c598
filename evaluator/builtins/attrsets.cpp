// attrsets.cpp — builtins of this area (see registry.hpp for the list).
#include "registry.hpp"

namespace nixtwin {

namespace {

const BuiltinSpec kAttrset[] = {
    {"", 0, nullptr},  // placeholder row: C++ has no empty arrays; skipped by the registry
};

}  // namespace

std::span<const BuiltinSpec> attrsetBuiltins() { return std::span<const BuiltinSpec>(kAttrset).subspan(1); }

}  // namespace nixtwin
