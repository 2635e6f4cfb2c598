// binder.cpp — static scope resolution.
#include "binder.hpp"

#include <algorithm>

#include "../support/stack.hpp"

namespace nixtwin {

void StaticScope::sort() {
    std::sort(vars.begin(), vars.end(), [](auto & a, auto & b) { return a.first.entry() < b.first.entry(); });
}

std::optional<uint32_t> StaticScope::find(Symbol s) const {
    auto it = std::lower_bound(vars.begin(), vars.end(), s,
                               [](auto & a, Symbol b) { return a.first.entry() < b.entry(); });
    if (it != vars.end() && it->first == s) return it->second;
    return std::nullopt;
}

StaticScope makeBaseScope(SymbolTable & symbols) {
    StaticScope scope;
    uint32_t index = 0;
    for (auto name : baseEnvironmentNames()) scope.add(symbols.intern(name), index++);
    scope.sort();
    return scope;
}

namespace {

struct Binder {
    std::optional<ParseError> error;

    void bindPath(AttrPath & path, const StaticScope & scope) {
        for (auto & a : path)
            if (!a.symbol.set()) bind(a.dynamic, scope);
    }

    void bindVar(ExprVar * v, const StaticScope & scope) {
        uint32_t level = 0;
        std::optional<uint32_t> withLevel;
        for (const StaticScope * s = &scope; s; s = s->up, level++) {
            if (s->isWith) {
                if (!withLevel) withLevel = level;
            } else if (auto i = s->find(v->name)) {
                v->fromWith = false;
                v->fromBase = s->up == nullptr;
                v->level = level;
                v->index = *i;
                return;
            }
        }
        if (!withLevel) {
            error = ParseError{"undefined variable '" + v->name.str() + "'", v->pos};
            return;
        }
        v->fromWith = true;
        v->level = *withLevel;
    }

    // Attributes bind in symbol order, then dynamic attributes, as in the reference.
    void bindAttrs(ExprAttrs * a, const StaticScope & scope) {
        if (!a->recursive) {
            for (auto & [name, def] : a->attrs) bind(def.value, scope);
            for (auto & d : a->dynamicAttrs) { bind(d.name, scope); bind(d.value, scope); }
            return;
        }
        StaticScope inner{&scope, false, {}};
        uint32_t index = 0;
        for (auto & [name, def] : a->attrs) inner.add(name, def.index = index++);
        inner.sort();
        for (auto & [name, def] : a->attrs) bind(def.value, def.inherited ? scope : inner);
        for (auto & d : a->dynamicAttrs) { bind(d.name, inner); bind(d.value, inner); }
    }

    void bind(Expr * e, const StaticScope & scope) {
        if (error) return;
        checkStack();
        switch (e->kind) {
        case ExprKind::Int: case ExprKind::Float: case ExprKind::String: case ExprKind::Path: case ExprKind::CurPos:
            return;
        case ExprKind::Var: return bindVar(static_cast<ExprVar *>(e), scope);
        case ExprKind::Select: {
            auto s = static_cast<ExprSelect *>(e);
            bind(s->subject, scope);
            if (s->fallback) bind(s->fallback, scope);
            return bindPath(s->path, scope);
        }
        case ExprKind::HasAttr: {
            auto h = static_cast<ExprHasAttr *>(e);
            bind(h->subject, scope);
            return bindPath(h->path, scope);
        }
        case ExprKind::Attrs: return bindAttrs(static_cast<ExprAttrs *>(e), scope);
        case ExprKind::List:
            for (auto x : static_cast<ExprList *>(e)->elems) bind(x, scope);
            return;
        case ExprKind::Lambda: {
            auto l = static_cast<ExprLambda *>(e);
            StaticScope inner{&scope, false, {}};
            uint32_t index = 0;
            if (l->arg.set()) inner.add(l->arg, index++);
            if (l->formals) {
                for (auto & f : l->formals->formals) inner.add(f.name, index++);
                inner.sort();
                for (auto & f : l->formals->formals)
                    if (f.fallback) bind(f.fallback, inner);
            }
            return bind(l->body, inner);
        }
        case ExprKind::Call: {
            auto c = static_cast<ExprCall *>(e);
            bind(c->function, scope);
            for (auto a : c->args) bind(a, scope);
            return;
        }
        case ExprKind::Let: {
            auto l = static_cast<ExprLet *>(e);
            StaticScope inner{&scope, false, {}};
            uint32_t index = 0;
            for (auto & [name, def] : l->attrs->attrs) inner.add(name, def.index = index++);
            inner.sort();
            for (auto & [name, def] : l->attrs->attrs) bind(def.value, def.inherited ? scope : inner);
            return bind(l->body, inner);
        }
        case ExprKind::With: {
            auto w = static_cast<ExprWith *>(e);
            w->parentWith = 0;
            uint32_t level = 1;
            for (const StaticScope * s = &scope; s; s = s->up, level++)
                if (s->isWith) { w->parentWith = level; break; }
            bind(w->attrs, scope);
            StaticScope inner{&scope, true, {}};
            return bind(w->body, inner);
        }
        case ExprKind::If: {
            auto i = static_cast<ExprIf *>(e);
            bind(i->cond, scope);
            bind(i->then, scope);
            return bind(i->otherwise, scope);
        }
        case ExprKind::Assert: {
            auto a = static_cast<ExprAssert *>(e);
            bind(a->cond, scope);
            return bind(a->body, scope);
        }
        case ExprKind::Not: return bind(static_cast<ExprNot *>(e)->operand, scope);
        case ExprKind::BinOp: {
            auto b = static_cast<ExprBinOp *>(e);
            bind(b->lhs, scope);
            return bind(b->rhs, scope);
        }
        case ExprKind::ConcatStrings:
            for (auto & [pos, part] : static_cast<ExprConcatStrings *>(e)->parts) bind(part, scope);
            return;
        }
    }
};

}  // namespace

std::optional<ParseError> bindVariables(Expr * e, const StaticScope & scope) {
    Binder b;
    b.bind(e, scope);
    return b.error;
}

}  // namespace nixtwin
