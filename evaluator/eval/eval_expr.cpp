// eval_expr.cpp — evaluation of each kind of expression.
#include <algorithm>
#include <cstring>

#include "../support/stack.hpp"
#include "../syntax/ast_print.hpp"
#include "../syntax/path_util.hpp"
#include "eval_state.hpp"
#include "suggestions.hpp"

namespace nixtwin {

namespace {

constexpr size_t maxBorrowedArgs = 2;  // the arity of the borrowing primops, at most

Value * literalValue(EvalState & st, Expr * e) {
    auto lit = static_cast<ExprLiteral *>(e);
    if (lit->evaluated) return static_cast<Value *>(lit->evaluated);
    Value * v = st.allocValue();
    switch (e->kind) {
    case ExprKind::Int: v->mkInt(static_cast<ExprInt *>(e)->value); break;
    case ExprKind::Float: v->mkFloat(static_cast<ExprFloat *>(e)->value); break;
    case ExprKind::String: st.mkString(*v, static_cast<ExprString *>(e)->value); break;
    case ExprKind::Path: st.mkPath(*v, static_cast<ExprPath *>(e)->value); break;
    default: break;
    }
    lit->evaluated = v;
    return v;
}

}  // namespace

Value * EvalState::lookupVar(Env * env, const ExprVar & var, bool noEval) {
    for (auto l = var.level; l; --l) env = env->up;
    if (!var.fromWith) [[likely]] return env->values[var.index];
    return lookupWithVar(env, var, noEval);
}

Value * EvalState::lookupWithVar(Env * env, const ExprVar & var, bool noEval) {
    while (true) {
        if (env->kind == Env::Kind::WithPending) {
            if (noEval) return nullptr;
            Value * v = allocValue();
            evalAttrs(*env->up, reinterpret_cast<Expr *>(env->values[0]), *v, Pos{});
            env->values[0] = v;
            env->kind = Env::Kind::WithAttrs;
        }
        if (Attr * a = env->values[0]->attrs->get(var.name, var.withAttrHint)) return a->value;
        if (!env->prevWith) throwError(ErrorKind::UndefinedVar, "undefined variable '" + var.name.str() + "'", var.pos);
        for (size_t l = env->prevWith; l; --l) env = env->up;
    }
}

Value * EvalState::maybeThunk(Expr * e, Env & env) {
    switch (e->kind) {
    case ExprKind::Int: case ExprKind::Float: case ExprKind::String: case ExprKind::Path:
        return literalValue(*this, e);
    case ExprKind::Var:
        // A variable shares its binding's cell (unless that is not set up yet).
        if (Value * v = lookupVar(&env, *static_cast<ExprVar *>(e), true)) return v;
        break;
    case ExprKind::Call:
        if (Value * v = tryEagerPrimOpCall(static_cast<ExprCall *>(e), env)) return v;
        break;
    case ExprKind::ConcatStrings:
        if (Value * v = tryEagerIntSum(static_cast<ExprConcatStrings *>(e), env)) return v;
        break;
    default: break;
    }
    Value * v = allocValue();
    v->mkThunk(&env, e);
    return v;
}

namespace {

// The integer an operand is known to be without evaluating anything (a literal, or a variable
// bound to an integer or IntThunk), written to `out`; false if unknown.
template <class Lookup>
bool knownInt(EvalState & st, Expr * e, Lookup lookup, NixInt & out) {
    Value * v = nullptr;
    if (e->kind == ExprKind::Int) v = literalValue(st, e);
    else if (e->kind == ExprKind::Var) v = lookup(static_cast<ExprVar *>(e));
    if (!v || (v->tag != Tag::Int && v->tag != Tag::IntThunk)) return false;
    out = v->integer;
    return true;
}

}  // namespace

// `n - 1`, `bitAnd i 1`… as an argument or binding, with operands known integers: computed now
// into an IntThunk rather than allocated as a thunk (same allocation, nothing to evaluate
// later). Only for primops that cannot fail on integers, so nothing observable moves; the
// operands are passed as copies, so an IntThunk operand stays unforced.
Value * EvalState::tryEagerPrimOpCall(ExprCall * e, Env & env) {
    if (e->function->kind != ExprKind::Var || e->args.size() != 2) return nullptr;
    auto lookup = [&](ExprVar * var) { return lookupVar(&env, *var, true); };
    Value * fun = lookup(static_cast<ExprVar *>(e->function));
    if (!fun || !fun->isPrimOp() || !fun->primOp->intsToInt || fun->primOp->arity != 2) return nullptr;
    NixInt a, b;
    if (!knownInt(*this, e->args[0], lookup, a) || !knownInt(*this, e->args[1], lookup, b)) return nullptr;
    Value operands[2];
    operands[0].mkInt(a);
    operands[1].mkInt(b);
    Value * args[2] = {&operands[0], &operands[1]};
    Value result;
    fun->primOp->fun(*this, e->pos, args, result);
    Value * v = allocValue();
    v->mkIntThunk(result.integer);
    return v;
}

// `i + 1` with every operand a known integer (see tryEagerPrimOpCall): the wrapping sum.
Value * EvalState::tryEagerIntSum(ExprConcatStrings * e, Env & env) {
    if (e->forceString || e->parts.empty()) return nullptr;
    auto lookup = [&](ExprVar * var) { return lookupVar(&env, *var, true); };
    NixInt sum = 0;
    for (auto & part : e->parts) {
        NixInt n;
        if (!knownInt(*this, part.second, lookup, n)) return nullptr;
        sum = NixInt(uint64_t(sum) + uint64_t(n));
    }
    Value * v = allocValue();
    v->mkIntThunk(sum);
    return v;
}

void EvalState::evalAttrs(Env & env, Expr * e, Value & v, Pos pos) {
    eval(e, env, v);
    if (v.type() != ValueType::Attrs) throwTypeError("value is " + showType(v) + " while a set was expected", pos);
}

bool EvalState::evalBool(Env & env, Expr * e, Pos pos) {
    Value v;
    eval(e, env, v);
    if (v.tag != Tag::Bool) [[unlikely]] throwTypeError("value is " + showType(v) + " while a Boolean was expected", pos);
    return v.boolean;
}

Symbol EvalState::attrName(const AttrName & name, Env & env) {
    if (name.symbol.set()) return name.symbol;
    Value v;
    eval(name.dynamic, env, v);
    return symbols.intern(forceStringNoCtx(v, Pos{}));
}

void EvalState::eval(Expr * e, Env & env, Value & v) {
    checkStack();
    switch (e->kind) {
    case ExprKind::Int: case ExprKind::Float: case ExprKind::String: case ExprKind::Path:
        v = *literalValue(*this, e);
        return;
    case ExprKind::Var: {
        auto var = static_cast<ExprVar *>(e);
        Value * v2 = lookupVar(&env, *var, false);
        forceValue(*v2, var->pos);
        v = *v2;
        return;
    }
    case ExprKind::Select: return evalSelect(static_cast<ExprSelect *>(e), env, v);
    case ExprKind::HasAttr: return evalHasAttr(static_cast<ExprHasAttr *>(e), env, v);
    case ExprKind::Attrs: return evalAttrSet(static_cast<ExprAttrs *>(e), env, v);
    case ExprKind::List: {
        auto list = static_cast<ExprList *>(e);
        mkList(v, list->elems.size());
        Value ** elems = v.listElems();
        for (size_t i = 0; i < list->elems.size(); i++) elems[i] = maybeThunk(list->elems[i], env);
        return;
    }
    case ExprKind::Lambda: v.mkLambda(&env, static_cast<ExprLambda *>(e)); return;
    case ExprKind::Call: return evalCall(static_cast<ExprCall *>(e), env, v);
    case ExprKind::Let: {
        auto let = static_cast<ExprLet *>(e);
        Env & env2 = allocEnv(let->attrs->attrs.size());
        env2.up = &env;
        size_t i = 0;
        for (auto & [name, def] : let->attrs->attrs) env2.values[i++] = maybeThunk(def.value, def.inherited ? env : env2);
        return eval(let->body, env2, v);
    }
    case ExprKind::With: {
        auto with = static_cast<ExprWith *>(e);
        Env & env2 = allocEnv(1);
        env2.up = &env;
        env2.prevWith = uint16_t(with->parentWith);
        env2.kind = Env::Kind::WithPending;
        env2.values[0] = reinterpret_cast<Value *>(with->attrs);  // evaluated on first lookup
        return eval(with->body, env2, v);
    }
    case ExprKind::If: {
        auto i = static_cast<ExprIf *>(e);
        return eval(evalBool(env, i->cond, i->pos) ? i->then : i->otherwise, env, v);
    }
    case ExprKind::Assert: {
        auto a = static_cast<ExprAssert *>(e);
        if (!evalBool(env, a->cond, a->pos)) {
            std::string shown;
            printExpr(shown, a->cond);
            throwError(ErrorKind::Assertion, "assertion '" + shown + "' failed", a->pos);
        }
        return eval(a->body, env, v);
    }
    case ExprKind::Not: v.mkBool(!evalBool(env, static_cast<ExprNot *>(e)->operand, Pos{})); return;
    case ExprKind::BinOp: return evalBinOp(static_cast<ExprBinOp *>(e), env, v);
    case ExprKind::ConcatStrings: return evalConcatStrings(static_cast<ExprConcatStrings *>(e), env, v);
    case ExprKind::CurPos: return mkPos(v, e->pos);
    }
}

void EvalState::evalSelect(ExprSelect * e, Env & env, Value & v) {
    Value vTmp;
    Value * vAttrs = &vTmp;
    Pos pos2;
    eval(e->subject, env, vTmp);
    try {
        for (auto & name : e->path) {
            Symbol sym = attrName(name, env);
            Attr * a;
            if (e->fallback) {
                forceValue(*vAttrs, e->pos);
                if (vAttrs->type() != ValueType::Attrs || !(a = vAttrs->attrs->get(sym, name.hint))) {
                    eval(e->fallback, env, v);
                    return;
                }
            } else {
                forceAttrs(*vAttrs, e->pos);
                if (!(a = vAttrs->attrs->get(sym, name.hint))) {
                    EvalError err(ErrorKind::Eval, "attribute '" + sym.str() + "' missing", e->pos);
                    std::vector<std::string> names;
                    for (auto & b : *vAttrs->attrs) names.push_back(b.name.str());
                    err.suggestion = suggestionLine(names, sym.str());
                    throw err;
                }
            }
            vAttrs = a->value;
            pos2 = a->pos;
        }
        forceValue(*vAttrs, pos2 ? pos2 : e->pos);
    } catch (EvalError & err) {
        if (pos2 && sources.origins.get(pos2.origin).path != "//builtin/derivation.nix") {
            std::string path;
            for (size_t i = 0; i < e->path.size(); i++) {
                if (i) path += '.';
                if (e->path[i].symbol.set()) printIdentifier(path, e->path[i].symbol.view());
                else {
                    path += "\"${";
                    printExpr(path, e->path[i].dynamic);
                    path += "}\"";
                }
            }
            err.traces.push_back({pos2, "while evaluating the attribute '" + path + "'"});
        }
        throw;
    }
    v = *vAttrs;
}

void EvalState::evalHasAttr(ExprHasAttr * e, Env & env, Value & v) {
    Value vTmp;
    Value * vAttrs = &vTmp;
    eval(e->subject, env, vTmp);
    for (auto & name : e->path) {
        forceValue(*vAttrs, Pos{});
        Symbol sym = attrName(name, env);
        Attr * a;
        if (vAttrs->type() != ValueType::Attrs || !(a = vAttrs->attrs->get(sym, name.hint))) {
            v.mkBool(false);
            return;
        }
        vAttrs = a->value;
    }
    v.mkBool(true);
}

void EvalState::evalAttrSet(ExprAttrs * e, Env & env, Value & v) {
    Bindings * bindings = allocBindings(e->attrs.size() + e->dynamicAttrs.size());
    v.mkAttrs(bindings);
    Env * dynamicEnv = &env;

    if (e->recursive) {
        Env & env2 = allocEnv(e->attrs.size());
        env2.up = &env;
        dynamicEnv = &env2;
        auto overrides = e->attrs.find(sOverrides);
        bool hasOverrides = overrides != e->attrs.end();
        size_t i = 0;
        for (auto & [name, def] : e->attrs) {
            Value * vAttr;
            if (hasOverrides && !def.inherited) {
                vAttr = allocValue();
                vAttr->mkThunk(&env2, def.value);
            } else {
                vAttr = maybeThunk(def.value, def.inherited ? env : env2);
            }
            env2.values[i++] = vAttr;
            bindings->push_back(Attr{name, vAttr, def.pos});
        }
        // `__overrides` replaces attributes of the rec set (also inside it).
        if (hasOverrides) {
            Value * vOverrides = (*bindings)[overrides->second.index].value;
            forceAttrs(*vOverrides, Pos{});
            Bindings * merged = allocBindings(bindings->capacity() + vOverrides->attrs->size());
            for (auto & a : *bindings) merged->push_back(a);
            for (auto & a : *vOverrides->attrs) {
                auto j = e->attrs.find(a.name);
                if (j != e->attrs.end()) {
                    (*merged)[j->second.index] = a;
                    env2.values[j->second.index] = a.value;
                } else {
                    merged->push_back(a);
                }
            }
            merged->sort();
            bindings = merged;
            v.attrs = merged;
        }
    } else {
        for (auto & [name, def] : e->attrs) bindings->push_back(Attr{name, maybeThunk(def.value, env), def.pos});
    }

    // Dynamic attributes come after rec and __overrides; a null name skips the attribute.
    for (auto & d : e->dynamicAttrs) {
        Value nameVal;
        eval(d.name, *dynamicEnv, nameVal);
        forceValue(nameVal, d.pos);
        if (nameVal.type() == ValueType::Null) continue;
        Symbol name = symbols.intern(forceStringNoCtx(nameVal, Pos{}));
        if (Attr * prev = bindings->get(name))
            throwEvalError("dynamic attribute '" + name.str() + "' already defined at " + showPos(prev->pos), d.pos);
        if (d.value->kind == ExprKind::Lambda) {
            for (Expr * f = d.value; f->kind == ExprKind::Lambda; f = static_cast<ExprLambda *>(f)->body)
                static_cast<ExprLambda *>(f)->name = name;
        }
        if (bindings->size() == bindings->capacity()) {  // after __overrides the capacity can be exact
            Bindings * bigger = allocBindings(bindings->capacity() + e->dynamicAttrs.size());
            for (auto & a : *bindings) bigger->push_back(a);
            bindings = bigger;
            v.attrs = bigger;
        }
        bindings->push_back(Attr{name, maybeThunk(d.value, *dynamicEnv), d.pos});
        bindings->sort();
    }
    bindings->pos = e->pos;
}

// The function of the call `e`, forced. A variable function is used in place (eval would copy
// it out); nothing the caller does changes it before callFunction takes its own copy. Anything
// else is evaluated into `scratch`.
Value * EvalState::evalCallee(ExprCall * e, Env & env, Value & scratch) {
    if (e->function->kind != ExprKind::Var) {
        eval(e->function, env, scratch);
        return &scratch;
    }
    auto var = static_cast<ExprVar *>(e->function);
    Value * fun = lookupVar(&env, *var, false);
    forceValue(*fun, var->pos);
    return fun;
}

void EvalState::evalCall(ExprCall * e, Env & env, Value & v) {
    Value scratch;
    evalCallOf(e, env, *evalCallee(e, env, scratch), v);
}

// The call `e` once its function is evaluated (`vFun`).
void EvalState::evalCallOf(ExprCall * e, Env & env, Value & vFun, Value & v) {
    size_t n = e->args.size();
    if (vFun.isPrimOp() && vFun.primOp->borrowsArgs && vFun.primOp->arity == n && n <= maxBorrowedArgs)
        return callBorrowingPrimOp(*vFun.primOp, e, env, v);
    if (vFun.isLambda() && n == 1) {
        // The common `f x`: straight to the lambda, without callFunction's general loop — unless
        // its body ends in a call, which callFunction then makes (its loop makes tail calls
        // without nesting). Traces are recorded only with --show-trace, and then it does not.
        Value result;
        TailCall tail;
        if (callLambda(vFun.lambda.env, *vFun.lambda.fun, maybeThunk(e->args[0], env), result, e->pos,
                       settings.showTrace ? nullptr : &tail))
            return callFunction(tail.fun, tail.nrArgs, tail.args, v, tail.pos);
        v = result;
        return;
    }
    Value * small[4];
    gc::vector<Value *> large;
    Value ** args = small;
    if (n > 4) {
        large.resize(n);
        args = large.data();
    }
    for (size_t i = 0; i < n; i++) args[i] = maybeThunk(e->args[i], env);
    callFunction(vFun, n, args, v, e->pos);
}

// The body of a lambda being applied to its last argument: a call in tail position (through
// `if`) whose function is a lambda is not made but described in `tail` (true), for the caller's
// loop (callFunction) to make — after this frame, and the environment it holds, are gone.
bool EvalState::evalTail(Expr * e, Env & env, Value & v, TailCall & tail) {
    for (;;) {
        if (e->kind == ExprKind::If) {
            auto i = static_cast<ExprIf *>(e);
            e = evalBool(env, i->cond, i->pos) ? i->then : i->otherwise;
            continue;
        }
        if (e->kind != ExprKind::Call || static_cast<ExprCall *>(e)->args.size() > kMaxTailArgs) {
            eval(e, env, v);
            return false;
        }
        auto c = static_cast<ExprCall *>(e);
        Value scratch;
        Value * fun = evalCallee(c, env, scratch);
        if (!fun->isLambda()) {
            evalCallOf(c, env, *fun, v);
            return false;
        }
        tail.fun = *fun;
        tail.nrArgs = c->args.size();
        for (size_t k = 0; k < tail.nrArgs; k++) tail.args[k] = maybeThunk(c->args[k], env);
        tail.pos = c->pos;
        return true;
    }
}

// An argument for a primop that only reads it: a literal's or a variable's own cell, as
// maybeThunk would pass it, else a thunk in `stackThunk` (on the caller's frame).
Value * EvalState::borrowArg(Expr * arg, Env & env, Value & stackThunk) {
    Value * shared = nullptr;
    switch (arg->kind) {
    case ExprKind::Int: case ExprKind::Float: case ExprKind::String: case ExprKind::Path:
        shared = literalValue(*this, arg);
        break;
    case ExprKind::Var: shared = lookupVar(&env, *static_cast<ExprVar *>(arg), true); break;
    default: break;
    }
    if (shared) return shared;
    stackThunk.mkThunk(&env, arg);
    return &stackThunk;
}

// A saturated call of a primop that only reads its arguments (`a - b`, `a < b`…): arguments
// that would need a heap thunk get a thunk on this stack frame instead, forced by the primop
// exactly when a heap one would be. Literals and variables are passed as maybeThunk would.
void EvalState::callBorrowingPrimOp(const PrimOp & op, ExprCall * e, Env & env, Value & v) {
    size_t n = e->args.size();
    Value stackThunks[maxBorrowedArgs];
    Value * args[maxBorrowedArgs];
    for (size_t i = 0; i < n; i++) args[i] = borrowArg(e->args[i], env, stackThunks[i]);
    Value result;
    op.fun(*this, e->pos, args, result);
    v = result;
}

void EvalState::evalBinOp(ExprBinOp * e, Env & env, Value & v) {
    switch (e->op) {
    case BinOpKind::Eq:
    case BinOpKind::NEq: {
        Value v1, v2;
        eval(e->lhs, env, v1);
        eval(e->rhs, env, v2);
        bool eq = eqValues(v1, v2);
        v.mkBool(e->op == BinOpKind::Eq ? eq : !eq);
        return;
    }
    case BinOpKind::And: v.mkBool(evalBool(env, e->lhs, e->pos) && evalBool(env, e->rhs, e->pos)); return;
    case BinOpKind::Or: v.mkBool(evalBool(env, e->lhs, e->pos) || evalBool(env, e->rhs, e->pos)); return;
    case BinOpKind::Impl: v.mkBool(!evalBool(env, e->lhs, e->pos) || evalBool(env, e->rhs, e->pos)); return;
    case BinOpKind::Update: {
        Value v1, v2;
        evalAttrs(env, e->lhs, v1, Pos{});
        evalAttrs(env, e->rhs, v2, Pos{});
        if (v1.attrs->empty()) { v = v2; return; }
        if (v2.attrs->empty()) { v = v1; return; }
        v.mkAttrs(Bindings::update(heap_, *v1.attrs, *v2.attrs));
        return;
    }
    case BinOpKind::ConcatLists: {
        Value v1, v2;
        eval(e->lhs, env, v1);
        eval(e->rhs, env, v2);
        Value * lists[] = {&v1, &v2};
        concatLists(v, 2, lists, e->pos);
        return;
    }
    }
}

void EvalState::concatLists(Value & v, size_t n, Value ** lists, Pos pos) {
    Value * nonEmpty = nullptr;
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        forceList(*lists[i], pos);
        size_t l = lists[i]->listSize();
        len += l;
        if (l) nonEmpty = lists[i];
    }
    if (nonEmpty && len == nonEmpty->listSize()) {  // only one non-empty list: share it
        v = *nonEmpty;
        return;
    }
    mkList(v, len);
    Value ** out = v.listElems();
    size_t at = 0;
    for (size_t i = 0; i < n; i++) {
        size_t l = lists[i]->listSize();
        if (l) std::memcpy(out + at, lists[i]->listElems(), l * sizeof(Value *));
        at += l;
    }
}

void EvalState::evalConcatStrings(ExprConcatStrings * e, Env & env, Value & v) {
    if (e->forceString || e->parts.empty()) return concatStrings(e, env, nullptr, v);
    // `a + b`: numbers take a path of their own, without string machinery.
    Value first;
    eval(e->parts[0].second, env, first);
    if (first.tag == Tag::Int || first.tag == Tag::Float) return addNumbers(e, env, first, v);
    concatStrings(e, env, &first, v);
}

// `+` whose first operand is a number: integers wrap (as in 2.8) until a float turns the sum
// into a float.
void EvalState::addNumbers(ExprConcatStrings * e, Env & env, Value & first, Value & v) {
    bool isFloat = first.tag == Tag::Float;
    NixInt n = isFloat ? 0 : first.integer;
    NixFloat nf = isFloat ? first.fpoint : 0;
    for (size_t i = 1; i < e->parts.size(); i++) {
        auto & [partPos, part] = e->parts[i];
        Value vTmp;
        eval(part, env, vTmp);
        if (!isFloat) {
            if (vTmp.tag == Tag::Int) n = NixInt(uint64_t(n) + uint64_t(vTmp.integer));
            else if (vTmp.tag == Tag::Float) {
                isFloat = true;
                nf = NixFloat(n) + vTmp.fpoint;
            } else throwEvalError("cannot add " + showType(vTmp) + " to an integer", partPos);
        } else {
            if (vTmp.tag == Tag::Int) nf += NixFloat(vTmp.integer);
            else if (vTmp.tag == Tag::Float) nf += vTmp.fpoint;
            else throwEvalError("cannot add " + showType(vTmp) + " to a float", partPos);
        }
    }
    if (isFloat) v.mkFloat(nf);
    else v.mkInt(n);
}

// String interpolation, and `+` of strings or paths (`first`: the first part, already
// evaluated, when it is not a number).
// A part `toString x` of an interpolation: evaluated as evalCall would (the function looked up
// and forced, the argument borrowed as callBorrowingPrimOp passes it), but its text goes
// straight into `out` instead of into a string value that the interpolation then copies.
// False, with nothing evaluated but the function, if the call is not one of builtins.toString.
bool EvalState::interpolateToString(ExprCall * e, Env & env, Context & context, std::string & out) {
    if (e->function->kind != ExprKind::Var || e->args.size() != 1 || !toStringOp_) return false;
    auto var = static_cast<ExprVar *>(e->function);
    Value * fun = lookupVar(&env, *var, false);
    forceValue(*fun, var->pos);
    if (!fun->isPrimOp() || fun->primOp != toStringOp_) return false;
    Value stackThunk;
    Value * vArg = borrowArg(e->args[0], env, stackThunk);
    out = coerceToString(e->pos, *vArg, context, true, false);  // what primToString does
    return true;
}

void EvalState::concatStrings(ExprConcatStrings * e, Env & env, Value * first, Value & v) {
    Context context;
    ValueType firstType = first ? first->type() : ValueType::String;
    constexpr size_t kFewParts = 8;
    if (firstType == ValueType::String && e->parts.size() <= kFewParts) {
        // A string result from a few parts: the parts' texts are written once, into the result.
        // Their values stay on this frame (the collector sees them) until the copy is made.
        // Left uninitialised (no block clearing on this hot path): each slot is written before use.
        union Slot {
            Value value;
            Slot() {}
        };
        Slot values[kFewParts];
        std::string coerced[kFewParts];
        union Text {
            std::string_view text;
            Text() {}
        };
        Text texts[kFewParts];
        size_t length = 0;
        for (size_t i = 0; i < e->parts.size(); i++) {
            auto & [partPos, part] = e->parts[i];
            Value & vPart = *new (&values[i].value) Value();
            if (i == 0 && first) vPart = *first;
            else if (part->kind == ExprKind::Call && interpolateToString(static_cast<ExprCall *>(part), env, context, coerced[i])) {
                texts[i].text = coerced[i];
                length += texts[i].text.size();
                continue;
            } else eval(part, env, vPart);
            if (vPart.tag == Tag::String) {
                texts[i].text = std::string_view(vPart.string.s, std::strlen(vPart.string.s));
                if (vPart.string.context)
                    for (const char ** c = vPart.string.context; *c; ++c) context.insert(*c);
            } else {
                coerced[i] = coerceToString(partPos, vPart, context, false, true, !(i == 0 && first));
                texts[i].text = coerced[i];
            }
            length += texts[i].text.size();
        }
        char * out = heap_.allocateBytes(length + 1);
        char * p = out;
        for (size_t i = 0; i < e->parts.size(); i++) {
            std::memcpy(p, texts[i].text.data(), texts[i].text.size());
            p += texts[i].text.size();
        }
        *p = 0;
        v.mkString(out, allocContext(context));
        return;
    }
    std::string s;
    for (size_t i = 0; i < e->parts.size(); i++) {
        auto & [partPos, part] = e->parts[i];
        Value vTmp;  // each part is consumed at once (its text is copied into `s`)
        if (i == 0 && first) vTmp = *first;
        else eval(part, env, vTmp);
        if (vTmp.tag == Tag::String) {
            size_t len = std::strlen(vTmp.string.s);
            // The first part is often the long one (`acc + "x"`): room for the rest up front.
            if (s.empty() && i + 1 < e->parts.size()) s.reserve(len + 64);
            s.append(vTmp.string.s, len);
            if (vTmp.string.context)
                for (const char ** c = vTmp.string.context; *c; ++c) context.insert(*c);
        } else {
            // A leading path makes a path; the first path part is not canonicalised again.
            s += coerceToString(partPos, vTmp, context, false, firstType == ValueType::String, !(i == 0 && first));
        }
    }

    if (firstType == ValueType::Path) {
        if (!context.empty()) throwEvalError("a string that refers to a store path cannot be appended to a path", e->pos);
        mkPath(v, canonicalPath(s));
    } else mkString(v, s, context);  // `s` has no NUL byte: every part came from a C string
}

}  // namespace nixtwin
