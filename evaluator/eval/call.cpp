// call.cpp — applying functions: lambdas (with formals), primops, partial primop applications
// and functors (sets with __functor).
#include <vector>

#include "eval_state.hpp"
#include "suggestions.hpp"

namespace nixtwin {

// Binds `arg` to the lambda's parameter(s) in a new environment below `closure`, then
// evaluates the body into `result` (which must not be a value the body can reach).
void EvalState::callLambda(Env * closure, ExprLambda & lambda, Value * arg, Value & result, Pos pos) {
    size_t size = (lambda.arg.set() ? 1 : 0) + (lambda.formals ? lambda.formals->formals.size() : 0);
    Env & env2 = allocEnv(size);
    env2.up = closure;
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
    try {
        eval(lambda.body, env2, result);
    } catch (EvalError & e) {
        if (!settings.showTrace) throw;
        e.traces.push_back({lambda.pos, "while evaluating " + (lambda.name.set() ? "'" + lambda.name.str() + "'"
                                                                                : std::string("anonymous lambda"))});
        e.traces.push_back({pos, "from call site"});
        throw;
    }
}

void EvalState::callFunction(Value & fun, size_t nrArgs, Value ** args, Value & result, Pos pos) {
    forceValue(fun, pos);
    Value vCur(fun);

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
