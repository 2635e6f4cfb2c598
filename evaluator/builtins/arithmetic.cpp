// arithmetic.cpp — add sub mul div (wrapping integers, int/float mixing), lessThan,
// bitAnd bitOr bitXor, ceil floor.
#include <cmath>
#include <cstring>
#include <limits>

#include "registry.hpp"

namespace nixtwin {

namespace {

// Integer arithmetic wraps on overflow, as the reference's does in practice.
NixInt wrapAdd(NixInt a, NixInt b) { return NixInt(uint64_t(a) + uint64_t(b)); }
NixInt wrapSub(NixInt a, NixInt b) { return NixInt(uint64_t(a) - uint64_t(b)); }
NixInt wrapMul(NixInt a, NixInt b) { return NixInt(uint64_t(a) * uint64_t(b)); }

bool eitherFloat(EvalState & st, Pos pos, Value ** args) {
    st.forceValue(*args[0], pos);
    st.forceValue(*args[1], pos);
    return args[0]->tag == Tag::Float || args[1]->tag == Tag::Float;
}

// Operands are checked left first (as the reference does): the order decides which type error
// is reported. Sequenced explicitly because C++ leaves argument evaluation order unspecified.
template <NixInt (*intOp)(NixInt, NixInt), NixFloat (*floatOp)(NixFloat, NixFloat)>
void arithmetic(EvalState & st, Pos pos, Value ** args, Value & v) {
    if (eitherFloat(st, pos, args)) {
        NixFloat a = st.forceFloat(*args[0], pos);
        NixFloat b = st.forceFloat(*args[1], pos);
        v.mkFloat(floatOp(a, b));
    } else if (args[0]->tag == Tag::Int && args[1]->tag == Tag::Int) [[likely]] {
        v.mkInt(intOp(args[0]->integer, args[1]->integer));
    } else {
        NixInt a = st.forceInt(*args[0], pos);
        NixInt b = st.forceInt(*args[1], pos);
        v.mkInt(intOp(a, b));
    }
}

NixFloat floatAdd(NixFloat a, NixFloat b) { return a + b; }
NixFloat floatSub(NixFloat a, NixFloat b) { return a - b; }
NixFloat floatMul(NixFloat a, NixFloat b) { return a * b; }

void primAdd(EvalState & st, Pos pos, Value ** args, Value & v) { arithmetic<wrapAdd, floatAdd>(st, pos, args, v); }
void primSub(EvalState & st, Pos pos, Value ** args, Value & v) { arithmetic<wrapSub, floatSub>(st, pos, args, v); }
void primMul(EvalState & st, Pos pos, Value ** args, Value & v) { arithmetic<wrapMul, floatMul>(st, pos, args, v); }

void primDiv(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceValue(*args[0], pos);
    st.forceValue(*args[1], pos);
    if (st.forceFloat(*args[1], pos) == 0) throwEvalError("division by zero", pos);
    if (args[0]->type() == ValueType::Float || args[1]->type() == ValueType::Float) {
        NixFloat a = st.forceFloat(*args[0], pos);
        v.mkFloat(a / st.forceFloat(*args[1], pos));
    } else {
        NixInt a = st.forceInt(*args[0], pos), b = st.forceInt(*args[1], pos);
        if (a == std::numeric_limits<NixInt>::min() && b == -1) throwEvalError("overflow in integer division", pos);
        v.mkInt(a / b);
    }
}

NixInt bitAnd(NixInt a, NixInt b) { return a & b; }
NixInt bitOr(NixInt a, NixInt b) { return a | b; }
NixInt bitXor(NixInt a, NixInt b) { return a ^ b; }

template <NixInt (*op)(NixInt, NixInt)>
void bitwise(EvalState & st, Pos pos, Value ** args, Value & v) {
    NixInt a = st.forceInt(*args[0], pos);
    NixInt b = st.forceInt(*args[1], pos);
    v.mkInt(op(a, b));
}

// double → int64 as x86's cvttsd2si does it (what the reference's implicit conversion yields):
// out of range and NaN give INT64_MIN.
NixInt toIntLikeX86(double d) {
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) return std::numeric_limits<NixInt>::min();
    return NixInt(d);
}

void primCeil(EvalState & st, Pos pos, Value ** args, Value & v) { v.mkInt(toIntLikeX86(std::ceil(st.forceFloat(*args[0], pos)))); }
void primFloor(EvalState & st, Pos pos, Value ** args, Value & v) { v.mkInt(toIntLikeX86(std::floor(st.forceFloat(*args[0], pos)))); }

// All of these only read their arguments (borrowsArgs). On integers, all but div (by zero) and
// lessThan (a Boolean) cannot fail and give an integer (intsToInt).
const BuiltinSpec kArithmetic[] = {
    {"add", 2, primAdd, true, true},       {"sub", 2, primSub, true, true},     {"mul", 2, primMul, true, true},
    {"div", 2, primDiv, true, false},      {"lessThan", 2, primLessThan, true, false},
    {"bitAnd", 2, bitwise<bitAnd>, true, true}, {"bitOr", 2, bitwise<bitOr>, true, true},
    {"bitXor", 2, bitwise<bitXor>, true, true},
    {"ceil", 1, primCeil, true, false},    {"floor", 1, primFloor, true, false},
};

}  // namespace

bool lessThanValues(EvalState & st, Value * a, Value * b) {
    auto cannot = [&]() -> bool {
        throwEvalError("cannot compare " + EvalState::showType(*a) + " with " + EvalState::showType(*b));
    };
    if (a->type() == ValueType::Float && b->type() == ValueType::Int) return a->fpoint < NixFloat(b->integer);
    if (a->type() == ValueType::Int && b->type() == ValueType::Float) return NixFloat(a->integer) < b->fpoint;
    if (a->type() != b->type()) return cannot();
    switch (a->type()) {
    case ValueType::Int: return a->integer < b->integer;
    case ValueType::Float: return a->fpoint < b->fpoint;
    case ValueType::String: return std::strcmp(a->string.s, b->string.s) < 0;
    case ValueType::Path: return std::strcmp(a->path, b->path) < 0;
    case ValueType::List:
        for (size_t i = 0;; i++) {
            if (i == b->listSize()) return false;
            if (i == a->listSize()) return true;
            if (!st.eqValues(*a->listElems()[i], *b->listElems()[i]))
                return lessThanValues(st, a->listElems()[i], b->listElems()[i]);
        }
    default: return cannot();
    }
}

void primLessThan(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceValue(*args[0], pos);
    st.forceValue(*args[1], pos);
    if (args[0]->tag == Tag::Int && args[1]->tag == Tag::Int) [[likely]] {
        v.mkBool(args[0]->integer < args[1]->integer);
        return;
    }
    v.mkBool(lessThanValues(st, args[0], args[1]));
}

std::span<const BuiltinSpec> arithmeticBuiltins() { return kArithmetic; }

}  // namespace nixtwin
