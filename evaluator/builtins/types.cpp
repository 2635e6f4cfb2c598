// types.cpp — typeOf and the is* predicates.
#include "registry.hpp"

namespace nixtwin {

namespace {

void primTypeOf(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceValue(*args[0], pos);
    const char * t = "";
    switch (args[0]->type()) {
    case ValueType::Int: t = "int"; break;
    case ValueType::Bool: t = "bool"; break;
    case ValueType::String: t = "string"; break;
    case ValueType::Path: t = "path"; break;
    case ValueType::Null: t = "null"; break;
    case ValueType::Attrs: t = "set"; break;
    case ValueType::List: t = "list"; break;
    case ValueType::Function: t = "lambda"; break;
    case ValueType::Float: t = "float"; break;
    case ValueType::Thunk: break;
    }
    st.mkString(v, t);
}

template <ValueType T>
void primIs(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceValue(*args[0], pos);
    v.mkBool(args[0]->type() == T);
}

const BuiltinSpec kTypes[] = {
    {"typeOf", 1, primTypeOf},
    {"isNull", 1, primIs<ValueType::Null>},
    {"isFunction", 1, primIs<ValueType::Function>},
    {"isInt", 1, primIs<ValueType::Int>},
    {"isFloat", 1, primIs<ValueType::Float>},
    {"isString", 1, primIs<ValueType::String>},
    {"isBool", 1, primIs<ValueType::Bool>},
    {"isPath", 1, primIs<ValueType::Path>},
    {"isList", 1, primIs<ValueType::List>},
    {"isAttrs", 1, primIs<ValueType::Attrs>},
};

}  // namespace

std::span<const BuiltinSpec> typeBuiltins() { return kTypes; }

}  // namespace nixtwin
