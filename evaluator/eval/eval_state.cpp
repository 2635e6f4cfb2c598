// eval_state.cpp — allocation, forcing, type checks and messages.
#include "eval_state.hpp"

#include <cstring>
#include <new>

#include "../support/stack.hpp"

namespace nixtwin {

EvalState::EvalState(EvalSettings s)
    : symbols(sources.symbols), settings(std::move(s)),
      sOutPath(symbols.intern("outPath")), sDrvPath(symbols.intern("drvPath")),
      sType(symbols.intern("type")), sMeta(symbols.intern("meta")), sName(symbols.intern("name")),
      sValue(symbols.intern("value")), sSystem(symbols.intern("system")), sOverrides(symbols.intern("__overrides")),
      sOutputs(symbols.intern("outputs")), sOutputName(symbols.intern("outputName")),
      sIgnoreNulls(symbols.intern("__ignoreNulls")), sFile(symbols.intern("file")), sLine(symbols.intern("line")),
      sColumn(symbols.intern("column")), sFunctor(symbols.intern("__functor")),
      sToString(symbols.intern("__toString")), sRight(symbols.intern("right")), sWrong(symbols.intern("wrong")),
      sStructuredAttrs(symbols.intern("__structuredAttrs")), sBuilder(symbols.intern("builder")),
      sArgs(symbols.intern("args")), sOutputHash(symbols.intern("outputHash")),
      sOutputHashAlgo(symbols.intern("outputHashAlgo")), sOutputHashMode(symbols.intern("outputHashMode")),
      sRecurseForDerivations(symbols.intern("recurseForDerivations")), sDescription(symbols.intern("description")),
      sSelf(symbols.intern("self")), sStartSet(symbols.intern("startSet")), sOperator(symbols.intern("operator")),
      sKey(symbols.intern("key")), sPath(symbols.intern("path")), sPrefix(symbols.intern("prefix")) {
    gc::addRoots(this, this + 1);
    createBaseEnv();
}

EvalState::~EvalState() {
    gc::removeRoots(this, this + 1);
}

Env & EvalState::allocEnv(size_t size) {
    // Zeroed memory: unset slots are null until bound.
    Env * env = static_cast<Env *>(heap_.allocate(sizeof(Env) + size * sizeof(Value *)));
    env->size = uint32_t(size);
    env->kind = Env::Kind::Plain;
    return *env;
}

Bindings * EvalState::allocBindings(size_t capacity) {
    Bindings * b = new (heap_.allocate(sizeof(Bindings) + capacity * sizeof(Attr))) Bindings();
    b->capacity_ = uint32_t(capacity);
    return b;
}

Value * EvalState::allocAttr(Bindings * b, Symbol name, Pos pos) {
    Value * v = allocValue();
    b->push_back(Attr{name, v, pos});
    return v;
}

void EvalState::mkList(Value & v, size_t size) {
    if (size == 1) v.tag = Tag::List1;
    else if (size == 2) v.tag = Tag::List2;
    else {
        v.tag = Tag::ListN;
        v.bigList.size = size;
        v.bigList.elems = size ? static_cast<Value **>(heap_.allocate(size * sizeof(Value *))) : nullptr;
    }
}

Value * EvalState::allocIndexValues(size_t n) {
    auto values = reinterpret_cast<Value *>(heap_.allocateBytes(n * sizeof(Value)));
    for (size_t i = 0; i < n; ++i) new (&values[i]) Value(), values[i].mkInt(NixInt(i));
    return values;
}

const char * EvalState::allocString(std::string_view s) {
    char * p = heap_.allocateBytes(s.size() + 1);
    std::memcpy(p, s.data(), s.size());
    p[s.size()] = 0;
    return p;
}

const char ** EvalState::allocContext(const Context & context) {
    if (context.empty()) return nullptr;
    auto ctx = static_cast<const char **>(heap_.allocate((context.size() + 1) * sizeof(char *)));
    size_t n = 0;
    for (auto & c : context) ctx[n++] = allocString(c);
    ctx[n] = nullptr;
    return ctx;
}

void EvalState::mkString(Value & v, std::string_view s, const Context & context) {
    v.mkString(allocString(s), allocContext(context));
}

void EvalState::mkJoinedString(Value & v, std::span<const std::string_view> parts, std::string_view separator,
                               const Context & context) {
    size_t length = parts.empty() ? 0 : separator.size() * (parts.size() - 1);
    for (auto part : parts) length += part.size();
    char * out = heap_.allocateBytes(length + 1);
    char * p = out;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i) p = std::copy(separator.begin(), separator.end(), p);
        p = std::copy(parts[i].begin(), parts[i].end(), p);
    }
    *p = 0;
    v.mkString(out, allocContext(context));
}

void EvalState::mkPos(Value & v, Pos pos) {
    if (!pos) {
        v.mkNull();
        return;
    }
    const Origin & o = sources.origins.get(pos.origin);
    Bindings * b = allocBindings(3);
    mkString(*allocAttr(b, sFile), o.kind == OriginKind::File ? o.path : o.source);
    allocAttr(b, sLine)->mkInt(pos.line);
    allocAttr(b, sColumn)->mkInt(pos.column);
    b->sort();
    v.mkAttrs(b);
}

void EvalState::forceValueSlow(Value & v, Pos pos) {
    if (v.isThunk()) {
        Env * env = v.thunk.env;
        Expr * expr = v.thunk.expr;
        v.mkBlackhole();
        try {
            eval(expr, *env, v);
        } catch (...) {
            v.mkThunk(env, expr);  // a later force retries (and fails the same way)
            throw;
        }
    } else if (v.isApp()) {
        Value * args[] = {v.app.right};
        Value & fun = *v.app.left;
        if (fun.isLambda()) {  // map/genList elements: straight to the lambda
            Value result;
            callLambda(fun.lambda.env, *fun.lambda.fun, args[0], result, Pos{});
            v = result;
        } else {
            callFunction(fun, 1, args, v, Pos{});
        }
    } else if (v.isBlackhole()) {
        throwError(ErrorKind::InfiniteRecursion, "infinite recursion encountered", pos);
    } else if (v.tag == Tag::IntThunk) {
        v.tag = Tag::Int;
    }
}

void EvalState::forceValueDeep(Value & v) {
    std::set<const Value *> seen;
    // Recursive, on the evaluation stack (checked): values can be deep but not cyclic once forced.
    auto recurse = [&](auto & self, Value & x) -> void {
        checkStack();
        if (!seen.insert(&x).second) return;
        forceValue(x, Pos{});
        if (x.type() == ValueType::Attrs) {
            for (auto & a : *x.attrs) {
                try {
                    self(self, *a.value);
                } catch (EvalError & e) {
                    e.traces.push_back({a.pos, "while evaluating the attribute '" + a.name.str() + "'"});
                    throw;
                }
            }
        } else if (x.isList()) {
            for (auto item : x.listItems()) self(self, *item);
        }
    };
    recurse(recurse, v);
}

NixInt EvalState::forceInt(Value & v, Pos pos) {
    forceValue(v, pos);
    if (v.type() != ValueType::Int) throwTypeError("value is " + showType(v) + " while an integer was expected", pos);
    return v.integer;
}

NixFloat EvalState::forceFloat(Value & v, Pos pos) {
    forceValue(v, pos);
    if (v.type() == ValueType::Int) return NixFloat(v.integer);
    if (v.type() != ValueType::Float) throwTypeError("value is " + showType(v) + " while a float was expected", pos);
    return v.fpoint;
}

bool EvalState::forceBool(Value & v, Pos pos) {
    forceValue(v, pos);
    if (v.type() != ValueType::Bool) throwTypeError("value is " + showType(v) + " while a Boolean was expected", pos);
    return v.boolean;
}

void EvalState::forceAttrs(Value & v, Pos pos) {
    forceValue(v, pos);
    if (v.type() != ValueType::Attrs) throwTypeError("value is " + showType(v) + " while a set was expected", pos);
}

void EvalState::forceList(Value & v, Pos pos) {
    forceValue(v, pos);
    if (!v.isList()) throwTypeError("value is " + showType(v) + " while a list was expected", pos);
}

bool EvalState::isFunctor(Value & v) {
    return v.type() == ValueType::Attrs && v.attrs->get(sFunctor);
}

void EvalState::forceFunction(Value & v, Pos pos) {
    forceValue(v, pos);
    if (v.type() != ValueType::Function && !isFunctor(v))
        throwTypeError("value is " + showType(v) + " while a function was expected", pos);
}

std::string_view EvalState::forceString(Value & v, Pos pos) {
    forceValue(v, pos);
    if (v.type() != ValueType::String) throwTypeError("value is " + showType(v) + " while a string was expected", pos);
    return v.string.s;
}

std::string_view EvalState::forceString(Value & v, Context & context, Pos pos) {
    auto s = forceString(v, pos);
    if (v.string.context)
        for (const char ** c = v.string.context; *c; ++c) context.insert(*c);
    return s;
}

std::string_view EvalState::forceStringNoCtx(Value & v, Pos pos) {
    auto s = forceString(v, pos);
    if (v.string.context)
        throwEvalError("the string '" + std::string(s) + "' is not allowed to refer to a store path (such as '" +
                           v.string.context[0] + "')", pos);
    return s;
}

const char * EvalState::showType(ValueType t) {
    switch (t) {
    case ValueType::Int: return "an integer";
    case ValueType::Bool: return "a Boolean";
    case ValueType::String: return "a string";
    case ValueType::Path: return "a path";
    case ValueType::Null: return "null";
    case ValueType::Attrs: return "a set";
    case ValueType::List: return "a list";
    case ValueType::Function: return "a function";
    case ValueType::Float: return "a float";
    case ValueType::Thunk: return "a thunk";
    }
    return "a value";
}

std::string EvalState::showType(const Value & v) {
    switch (v.tag) {
    case Tag::String: return v.string.context ? "a string with context" : "a string";
    case Tag::PrimOp: return "the built-in function '" + v.primOp->name.str() + "'";
    case Tag::PrimOpApp: {
        const Value * p = &v;
        while (p->isPrimOpApp()) p = p->primOpApp.left;
        return "the partially applied built-in function '" + p->primOp->name.str() + "'";
    }
    case Tag::Thunk: return "a thunk";
    case Tag::App: return "a function application";
    case Tag::Blackhole: return "a black hole";
    default: return showType(v.type());
    }
}

std::string EvalState::showPos(Pos pos) const {
    if (!pos) return "undefined position";
    const Origin & o = sources.origins.get(pos.origin);
    return (o.kind == OriginKind::File ? o.path : std::string("(string)")) + ":" + std::to_string(pos.line) + ":" +
           std::to_string(pos.column);
}

std::string EvalState::describeLambda(const ExprLambda & f) const {
    return (f.name.set() ? "'" + f.name.str() + "'" : std::string("anonymous function")) + " at " + showPos(f.pos);
}

Attr & EvalState::requireAttr(const char * funcName, Symbol name, Bindings & attrs, Pos pos) {
    if (Attr * a = attrs.get(name)) return *a;
    std::string msg = "attribute '" + name.str() + "' missing for call to '" + funcName + "'";
    if (!attrs.pos) throwTypeError(msg, pos);
    EvalError err(ErrorKind::Type, msg, attrs.pos);
    err.traces.push_back({pos, std::string("while invoking '") + funcName + "'"});
    throw err;
}

bool EvalState::isDerivation(Value & v) {
    if (v.type() != ValueType::Attrs) return false;
    Attr * t = v.attrs->get(sType);
    if (!t) return false;
    forceValue(*t->value, t->pos);
    return t->value->type() == ValueType::String && std::strcmp(t->value->string.s, "derivation") == 0;
}

}  // namespace nixtwin
