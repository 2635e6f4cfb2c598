// compare.cpp — equality (==): ints and floats compare by value, functions never equal,
// derivations by outPath, sets by names then values.
#include <cstring>

#include "../support/stack.hpp"
#include "eval_state.hpp"

namespace nixtwin {

bool EvalState::eqValues(Value & v1, Value & v2) {
    checkStack();
    forceValue(v1, Pos{});
    forceValue(v2, Pos{});
    if (&v1 == &v2) return true;  // the reference's pointer-equality shortcut (observable with functions)
    if (v1.type() == ValueType::Int && v2.type() == ValueType::Float) return NixFloat(v1.integer) == v2.fpoint;
    if (v1.type() == ValueType::Float && v2.type() == ValueType::Int) return v1.fpoint == NixFloat(v2.integer);
    if (v1.type() != v2.type()) return false;
    switch (v1.type()) {
    case ValueType::Int: return v1.integer == v2.integer;
    case ValueType::Bool: return v1.boolean == v2.boolean;
    case ValueType::String: return std::strcmp(v1.string.s, v2.string.s) == 0;
    case ValueType::Path: return std::strcmp(v1.path, v2.path) == 0;
    case ValueType::Null: return true;
    case ValueType::List: {
        if (v1.listSize() != v2.listSize()) return false;
        for (size_t i = 0; i < v1.listSize(); i++)
            if (!eqValues(*v1.listElems()[i], *v2.listElems()[i])) return false;
        return true;
    }
    case ValueType::Attrs: {
        if (isDerivation(v1) && isDerivation(v2)) {
            Attr * i = v1.attrs->get(sOutPath);
            Attr * j = v2.attrs->get(sOutPath);
            if (i && j) return eqValues(*i->value, *j->value);
        }
        if (v1.attrs->size() != v2.attrs->size()) return false;
        for (auto i = v1.attrs->begin(), j = v2.attrs->begin(); i != v1.attrs->end(); ++i, ++j)
            if (i->name != j->name || !eqValues(*i->value, *j->value)) return false;
        return true;
    }
    case ValueType::Function: return false;
    case ValueType::Float: return v1.fpoint == v2.fpoint;
    case ValueType::Thunk: break;
    }
    throwEvalError("cannot compare " + showType(v1) + " with " + showType(v2));
}

}  // namespace nixtwin
