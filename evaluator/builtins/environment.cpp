// environment.cpp — builtins of this area (see registry.hpp for the list).
#include "registry.hpp"

namespace nixtwin {

namespace {

const BuiltinSpec kEnvironment[] = {
    {"", 0, nullptr},  // placeholder row: C++ has no empty arrays; skipped by the registry
};

}  // namespace

std::span<const BuiltinSpec> environmentBuiltins() { return std::span<const BuiltinSpec>(kEnvironment).subspan(1); }

}  // namespace nixtwin
