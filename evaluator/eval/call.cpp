// call.cpp — applying functions: lambdas (with formals), primops, partial primop applications
// and functors (sets with __functor).
#include <algorithm>
#include <cstring>
#include <vector>

#include "../support/stack.hpp"
#include "eval_state.hpp"
#include "suggestions.hpp"

namespace nixtwin {

namespace {

// An expression that maybeThunk turns into a value without a thunk (so without keeping a
// pointer to the environment): a literal, or a variable bound outside any `with`. The slot of
// such a variable is always set while a lambda body runs (environments are filled before
// anything is evaluated in them; formals with defaults are excluded below).
bool thunkFree(Expr * e) {
    switch (e->kind) {
    case ExprKind::Int: case ExprKind::Float: case ExprKind::String: case ExprKind::Path: return true;
    case ExprKind::Var: return !static_cast<ExprVar *>(e)->fromWith;
    default: return false;
    }
}

constexpr size_t kStackEnvSlots = 4;

size_t envSize(const ExprLambda & lambda) {
    return (lambda.arg.set() ? 1 : 0) + (lambda.formals ? lambda.formals->formals.size() : 0);
}

bool hasDefaults(const ExprLambda & lambda) {
    if (lambda.formals)
        for (auto & f : lambda.formals->formals)
            if (f.fallback) return true;  // defaults are thunks in the environment
    return false;
}

// An environment of up to kStackEnvSlots values on the C++ stack (zeroed like allocEnv's).
struct StackEnv {
    alignas(Env) char frame[sizeof(Env) + kStackEnvSlots * sizeof(Value *)];
    StackEnv(Env * up, size_t size) {
        std::memset(frame, 0, sizeof(frame));
        env().size = uint32_t(size);
        env().kind = Env::Kind::Plain;
        env().up = up;
    }
    Env & env() { return *reinterpret_cast<Env *>(frame); }
};

}  // namespace

// Whether evaluating `e` in an environment leaves no pointer to that environment behind: no
// closure, no thunk, no inner environment below it (let, with, rec) can be made. Conservative:
// anything not understood is "no".
bool EvalState::evaluatesLocally(Expr * e, unsigned depth) {
    // Deeply nested bodies are not worth the stack (nor the risk of running out of it here).
    if (depth > 200) return false;
    switch (e->kind) {
    case ExprKind::Int: case ExprKind::Float: case ExprKind::String: case ExprKind::Path: case ExprKind::CurPos:
    case ExprKind::Var:
        return true;
    case ExprKind::Select: {
        auto s = static_cast<ExprSelect *>(e);
        for (auto & a : s->path)
            if (a.dynamic && !evaluatesLocally(a.dynamic, depth + 1)) return false;
        return evaluatesLocally(s->subject, depth + 1) && (!s->fallback || evaluatesLocally(s->fallback, depth + 1));
    }
    case ExprKind::HasAttr: {
        auto h = static_cast<ExprHasAttr *>(e);
        for (auto & a : h->path)
            if (a.dynamic && !evaluatesLocally(a.dynamic, depth + 1)) return false;
        return evaluatesLocally(h->subject, depth + 1);
    }
    case ExprKind::Attrs: {
        auto a = static_cast<ExprAttrs *>(e);
        if (a->recursive) return false;
        for (auto & [name, def] : a->attrs)
            if (!thunkFree(def.value)) return false;
        for (auto & d : a->dynamicAttrs)
            if (!evaluatesLocally(d.name, depth + 1) || !thunkFree(d.value)) return false;
        return true;
    }
    case ExprKind::List:
        for (auto x : static_cast<ExprList *>(e)->elems)
            if (!thunkFree(x)) return false;
        return true;
    case ExprKind::Lambda: case ExprKind::Let: case ExprKind::With: return false;
    case ExprKind::Call: {
        auto c = static_cast<ExprCall *>(e);
        if (!evaluatesLocally(c->function, depth + 1)) return false;
        // A saturated call of a borrowing primop (a builtin nothing can shadow: `a - b` is
        // `__sub a b`) evaluates its arguments in thunks on its own frame (callBorrowingPrimOp).
        bool borrowed = false;
        if (c->function->kind == ExprKind::Var) {
            auto var = static_cast<ExprVar *>(c->function);
            if (var->fromBase && !var->fromWith && var->index < baseEnv_->size) {
                Value * f = baseEnv_->values[var->index];
                borrowed = f && f->isPrimOp() && f->primOp->borrowsArgs && f->primOp->arity == c->args.size() &&
                           c->args.size() <= 2;
            }
        }
        for (auto a : c->args)
            if (borrowed ? !evaluatesLocally(a, depth + 1) : !thunkFree(a)) return false;
        return true;
    }
    case ExprKind::If: {
        auto i = static_cast<ExprIf *>(e);
        return evaluatesLocally(i->cond, depth + 1) && evaluatesLocally(i->then, depth + 1) && evaluatesLocally(i->otherwise, depth + 1);
    }
    case ExprKind::Assert: {
        auto a = static_cast<ExprAssert *>(e);
        return evaluatesLocally(a->cond, depth + 1) && evaluatesLocally(a->body, depth + 1);
    }
    case ExprKind::Not: return evaluatesLocally(static_cast<ExprNot *>(e)->operand, depth + 1);
    case ExprKind::BinOp: {
        auto b = static_cast<ExprBinOp *>(e);
        return evaluatesLocally(b->lhs, depth + 1) && evaluatesLocally(b->rhs, depth + 1);
    }
    case ExprKind::ConcatStrings:
        for (auto & [pos, part] : static_cast<ExprConcatStrings *>(e)->parts)
            if (!evaluatesLocally(part, depth + 1)) return false;
        return true;
    }
    return false;
}

bool EvalState::envStaysLocal(const ExprLambda & lambda) {
    return !hasDefaults(lambda) && evaluatesLocally(lambda.body, 0);
}

// Whether calls of `lambda` put its environment on the stack (decided on the first call).
bool EvalState::envOnStack(ExprLambda & lambda) {
    if (lambda.envOnStack == 0) [[unlikely]]
        lambda.envOnStack = envSize(lambda) <= kStackEnvSlots && envStaysLocal(lambda) ? 2 : 1;
    return lambda.envOnStack == 2;
}

__attribute__((always_inline)) inline bool EvalState::bindAndEvalLambda(Env & env2, ExprLambda & lambda, Value * arg, Value & result, Pos pos, TailCall * tail) {
    size_t displ = 0;
    if (!lambda.formals) {
        env2.values[displ++] = arg;
    } else {
        forceAttrs(*arg, pos);
        if (lambda.arg.set()) env2.values[displ++] = arg;
        size_t attrsUsed = 0;
        for (auto & f : lambda.formals->formals) {
            Attr * a = arg->attrs->get(f.name, f.hint);
            if (!a) {
                if (!f.fallback)
                    throwTypeError(describeLambda(lambda) + " called without required argument '" + f.name.str() + "'", pos);
                env2.values[displ++] = maybeThunk(f.fallback, env2);
            } else {
                attrsUsed++;
                env2.values[displ++] = a->value;
            }
        }
        if (!lambda.formals->ellipsis && attrsUsed != arg->attrs->size()) {
            for (auto & a : *arg->attrs) {
                if (lambda.formals->has(a.name)) continue;
                EvalError err(ErrorKind::Type,
                              describeLambda(lambda) + " called with unexpected argument '" + a.name.str() + "'", pos);
                std::vector<std::string> names;
                for (auto & f : lambda.formals->formals) names.push_back(f.name.str());
                err.suggestion = suggestionLine(names, a.name.str());
                throw err;
            }
        }
    }
    if (tail) return evalTail(lambda.body, env2, result, *tail);  // no traces are recorded then
    try {
        eval(lambda.body, env2, result);
    } catch (EvalError & e) {
        if (!settings.showTrace) throw;
        e.traces.push_back({lambda.pos, "while evaluating " + (lambda.name.set() ? "'" + lambda.name.str() + "'"
                                                                                : std::string("anonymous lambda"))});
        e.traces.push_back({pos, "from call site"});
        throw;
    }
    return false;
}

// Binds `arg` to the lambda's parameter(s) in a new environment below `closure`, then
// evaluates the body into `result` (which must not be a value the body can reach). When
// nothing in the body can keep a pointer to that environment (envStaysLocal), it lives on
// this stack frame instead of the heap.
bool EvalState::callLambda(Env * closure, ExprLambda & lambda, Value * arg, Value & result, Pos pos, TailCall * tail) {
    if (envOnStack(lambda)) {
        StackEnv frame(closure, envSize(lambda));
        return bindAndEvalLambda(frame.env(), lambda, arg, result, pos, tail);
    }
    Env & env2 = allocEnv(envSize(lambda));
    env2.up = closure;
    return bindAndEvalLambda(env2, lambda, arg, result, pos, tail);
}

// `(a: b: body) x y` applied to both arguments at once: when the inner lambda's environment
// stays on the stack (envStaysLocal), nothing but the intermediate closure — this frame's own
// `fun`, replaced by the result — refers to the outer environment, so it goes on the stack too.
// False (nothing done) when that does not hold.
bool EvalState::callCurriedOnStack(Value & fun, Value ** args, Pos pos) {
    ExprLambda & outer = *fun.lambda.fun;
    if (outer.body->kind != ExprKind::Lambda) return false;
    if (envSize(outer) > kStackEnvSlots || hasDefaults(outer)) return false;
    if (!envOnStack(*static_cast<ExprLambda *>(outer.body))) return false;
    StackEnv frame(fun.lambda.env, envSize(outer));
    bindAndEvalLambda(frame.env(), outer, args[0], fun, pos, nullptr);  // fun = the inner closure over it
    callLambda(fun.lambda.env, *fun.lambda.fun, args[1], fun, pos);
    return true;
}

void EvalState::callFunction(Value & fun, size_t nrArgs, Value ** args, Value & result, Pos pos) {
    forceValue(fun, pos);
    Value vCur(fun);
    TailCall tail;
    Value * tailArgs[kMaxTailArgs];  // the arguments of the tail call being made
    struct TailCount {  // the tail calls this loop made, until it returns or throws
        size_t & inProgress;
        size_t mine = 0;
        ~TailCount() { inProgress -= mine; }
    } tailCount{tailCallsInProgress_};

    // Too few arguments for a primop: build a partial application chain.
    auto makeAppChain = [&]() {
        result = vCur;
        for (size_t i = 0; i < nrArgs; ++i) {
            Value * left = allocValue();
            *left = result;
            result.mkPrimOpApp(left, args[i]);
        }
    };

    while (nrArgs > 0) {
        if (vCur.isLambda()) {
            if (nrArgs >= 2 && callCurriedOnStack(vCur, args, pos)) {
                nrArgs -= 2;
                args += 2;
                continue;
            }
            if (nrArgs == 1 && !settings.showTrace) {
                // The last argument: a call the body ends in continues in this loop, so a
                // tail-recursive Nix function does not nest C++ frames, and the environments
                // of finished calls are not kept reachable from them.
                if (callLambda(vCur.lambda.env, *vCur.lambda.fun, args[0], vCur, pos, &tail)) {
                    if (++tailCallsInProgress_ > kMaxTailCallsInProgress) throw StackOverflow();
                    tailCount.mine++;
                    vCur = tail.fun;
                    std::copy(tail.args, tail.args + tail.nrArgs, tailArgs);
                    args = tailArgs;
                    nrArgs = tail.nrArgs;
                    pos = tail.pos;
                    continue;
                }
                nrArgs = 0;
                continue;
            }
            callLambda(vCur.lambda.env, *vCur.lambda.fun, args[0], vCur, pos);
            nrArgs--;
            args++;
        } else if (vCur.isPrimOp()) {
            size_t argsLeft = vCur.primOp->arity;
            if (nrArgs < argsLeft) {
                makeAppChain();
                return;
            }
            const PrimOp * op = vCur.primOp;
            op->fun(*this, pos, args, vCur);
            nrArgs -= argsLeft;
            args += argsLeft;
        } else if (vCur.isPrimOpApp()) {
            size_t argsDone = 0;
            Value * primOp = &vCur;
            while (primOp->isPrimOpApp()) {
                argsDone++;
                primOp = primOp->primOpApp.left;
            }
            const PrimOp * op = primOp->primOp;
            size_t arity = op->arity;
            size_t argsLeft = arity - argsDone;
            if (nrArgs < argsLeft) {
                makeAppChain();
                return;
            }
            gc::vector<Value *> vArgs(arity);
            size_t n = argsDone;
            for (Value * arg = &vCur; arg->isPrimOpApp(); arg = arg->primOpApp.left) vArgs[--n] = arg->primOpApp.right;
            for (size_t i = 0; i < argsLeft; ++i) vArgs[argsDone + i] = args[i];
            op->fun(*this, pos, vArgs.data(), vCur);
            nrArgs -= argsLeft;
            args += argsLeft;
        } else if (Attr * functor = vCur.type() == ValueType::Attrs ? vCur.attrs->get(sFunctor) : nullptr) {
            // The functor receives the set itself, then the argument.
            Value * self = allocValue();
            *self = vCur;
            Value * args2[] = {self, args[0]};
            callFunction(*functor->value, 2, args2, vCur, pos);
            nrArgs--;
            args++;
        } else {
            throwTypeError("attempt to call something which is not a function but " + showType(vCur), pos);
        }
    }
    result = vCur;
}

void EvalState::autoCallFunction(Bindings & args, Value & fun, Value & result) {
    forceValue(fun, Pos{});
    if (fun.type() == ValueType::Attrs) {
        if (Attr * functor = fun.attrs->get(sFunctor)) {
            Value * v = allocValue();
            callFunction(*functor->value, fun, *v, Pos{});
            forceValue(*v, Pos{});
            return autoCallFunction(args, *v, result);
        }
    }
    if (!fun.isLambda() || !fun.lambda.fun->formals) {
        result = fun;
        return;
    }
    Formals & formals = *fun.lambda.fun->formals;
    Bindings * attrs = allocBindings(std::max(formals.formals.size(), args.size()));
    if (formals.ellipsis) {
        for (auto & a : args) attrs->push_back(a);  // extra arguments pass through
    } else {
        for (auto & f : formals.formals) {
            if (Attr * a = args.get(f.name)) attrs->push_back(*a);
            else if (!f.fallback)
                throwError(ErrorKind::MissingArgument,
                           "cannot evaluate a function that has an argument without a value ('" + f.name.str() +
                               "')\n\nNix attempted to evaluate a function as a top level expression; in\n"
                               "this case it must have its arguments supplied either by default\n"
                               "values, or passed explicitly with '--arg' or '--argstr'. See\n"
                               "https://nixos.org/manual/nix/stable/#ss-functions.",
                           f.pos);
        }
    }
    attrs->sort();
    Value * arg = allocValue();
    arg->mkAttrs(attrs);
    callFunction(fun, *arg, result, Pos{});
}

}  // namespace nixtwin
