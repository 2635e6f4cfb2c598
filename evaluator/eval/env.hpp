// env.hpp — runtime environments: one frame per let, rec set, lambda call or `with`.
#pragma once

#include <cstdint>

#include "../value/value.hpp"

namespace nixtwin {

struct Env {
    enum class Kind : uint8_t { Plain, WithPending, WithAttrs };
    Env * up;
    uint32_t size;
    uint16_t prevWith;  // levels up to the enclosing `with` frame (0: none)
    Kind kind;
    // For a `with` frame, values[0] is first the ExprWith's attribute expression (WithPending),
    // then, once looked into, the evaluated set (WithAttrs).
    Value * values[];
};

}  // namespace nixtwin
