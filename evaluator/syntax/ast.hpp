// ast.hpp — the syntax tree, desugared the way the reference desugars it.
// Nodes live in an Arena; children are raw pointers into the same arena.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "position.hpp"
#include "symbol_table.hpp"

namespace nixtwin {

enum class ExprKind : uint8_t {
    Int, Float, String, Path, Var, Select, HasAttr, Attrs, List, Lambda, Call,
    Let, With, If, Assert, Not, BinOp, ConcatStrings, CurPos,
};

// Binary operators that keep their own node (the others desugar to calls of __sub, __lessThan…).
enum class BinOpKind : uint8_t { Eq, NEq, And, Or, Impl, Update, ConcatLists };

struct Expr {
    ExprKind kind;
    Pos pos;
    explicit Expr(ExprKind k, Pos p = {}) : kind(k), pos(p) {}
};

// Literals keep a slot where the evaluator caches their value: like the reference, every
// evaluation of one literal yields the same value cell.
struct ExprLiteral : Expr {
    mutable void * evaluated = nullptr;
    using Expr::Expr;
};

struct ExprInt : ExprLiteral {
    int64_t value;
    ExprInt(int64_t v) : ExprLiteral(ExprKind::Int), value(v) {}
};

struct ExprFloat : ExprLiteral {
    double value;
    ExprFloat(double v) : ExprLiteral(ExprKind::Float), value(v) {}
};

struct ExprString : ExprLiteral {
    std::string value;
    ExprString(std::string v) : ExprLiteral(ExprKind::String), value(std::move(v)) {}
};

struct ExprPath : ExprLiteral {
    std::string value;
    ExprPath(std::string v) : ExprLiteral(ExprKind::Path), value(std::move(v)) {}
};

struct ExprVar : Expr {
    Symbol name;
    // Filled by the binder: the variable is `level` scopes up at index `index`, or comes from
    // the `with` that is `level` scopes up.
    bool fromWith = false;
    bool fromBase = false;  // bound in the base scope (the builtins), which nothing shadows at run time
    uint32_t level = 0;
    uint32_t index = 0;
    mutable uint32_t withAttrHint = 0;  // Bindings::get hint for lookups in `with` sets
    ExprVar(Pos p, Symbol n) : Expr(ExprKind::Var, p), name(n) {}
};

// One element of an attribute path: a static name, or an expression for `${e}` / "…${e}…".
struct AttrName {
    Symbol symbol;
    Expr * dynamic = nullptr;
    mutable uint32_t hint = 0;  // Bindings::get hint: where this name was found last time
};
using AttrPath = std::vector<AttrName>;

struct ExprSelect : Expr {
    Expr * subject;
    AttrPath path;
    Expr * fallback;  // `or` default, may be null
    ExprSelect(Pos p, Expr * s, AttrPath ap, Expr * f)
        : Expr(ExprKind::Select, p), subject(s), path(std::move(ap)), fallback(f) {}
};

struct ExprHasAttr : Expr {
    Expr * subject;
    AttrPath path;
    ExprHasAttr(Expr * s, AttrPath ap) : Expr(ExprKind::HasAttr), subject(s), path(std::move(ap)) {}
};

struct AttrDef {
    Expr * value;
    Pos pos;
    bool inherited = false;  // `inherit x;` (evaluated in the enclosing scope)
    uint32_t index = 0;      // slot in a recursive scope, set by the binder
};

struct DynamicAttrDef {
    Expr * name;
    Expr * value;
    Pos pos;
};

struct ExprAttrs : Expr {
    bool recursive = false;
    std::map<Symbol, AttrDef, SymbolOrder> attrs;
    std::vector<DynamicAttrDef> dynamicAttrs;
    explicit ExprAttrs(Pos p) : Expr(ExprKind::Attrs, p) {}
};

struct ExprList : Expr {
    std::vector<Expr *> elems;
    ExprList() : Expr(ExprKind::List) {}
};

struct Formal {
    Pos pos;
    Symbol name;
    Expr * fallback;  // default value, may be null
    mutable uint32_t hint = 0;  // Bindings::get hint for this name in the argument set
};

struct Formals {
    std::vector<Formal> formals;  // sorted in symbol order, as the reference keeps them
    bool ellipsis = false;
    bool has(Symbol s) const {
        for (auto & f : formals)
            if (f.name == s) return true;
        return false;
    }
};

struct ExprLambda : Expr {
    Symbol arg;                  // `x:` or the `@` name; unset if none
    Formals * formals;           // null for a plain `x:` lambda
    Expr * body;
    Symbol name;                 // the attribute it was bound to, for messages
    // Whether a call's environment can live on the evaluator's stack (EvalState::callLambda):
    // 0 not known yet, 1 no (something may keep a pointer to it), 2 yes.
    mutable uint8_t envOnStack = 0;
    ExprLambda(Pos p, Symbol a, Formals * f, Expr * b)
        : Expr(ExprKind::Lambda, p), arg(a), formals(f), body(b) {}
};

struct ExprCall : Expr {
    Expr * function;
    std::vector<Expr *> args;
    ExprCall(Pos p, Expr * f, std::vector<Expr *> a)
        : Expr(ExprKind::Call, p), function(f), args(std::move(a)) {}
};

struct ExprLet : Expr {
    ExprAttrs * attrs;
    Expr * body;
    ExprLet(ExprAttrs * a, Expr * b) : Expr(ExprKind::Let), attrs(a), body(b) {}
};

struct ExprWith : Expr {
    Expr * attrs;
    Expr * body;
    uint32_t parentWith = 0;  // levels up to the enclosing `with`, 0 if none (set by the binder)
    ExprWith(Pos p, Expr * a, Expr * b) : Expr(ExprKind::With, p), attrs(a), body(b) {}
};

struct ExprIf : Expr {
    Expr * cond;
    Expr * then;
    Expr * otherwise;
    ExprIf(Pos p, Expr * c, Expr * t, Expr * e) : Expr(ExprKind::If, p), cond(c), then(t), otherwise(e) {}
};

struct ExprAssert : Expr {
    Expr * cond;
    Expr * body;
    ExprAssert(Pos p, Expr * c, Expr * b) : Expr(ExprKind::Assert, p), cond(c), body(b) {}
};

struct ExprNot : Expr {
    Expr * operand;
    explicit ExprNot(Expr * e) : Expr(ExprKind::Not), operand(e) {}
};

struct ExprBinOp : Expr {
    BinOpKind op;
    Expr * lhs;
    Expr * rhs;
    ExprBinOp(Pos p, BinOpKind o, Expr * l, Expr * r) : Expr(ExprKind::BinOp, p), op(o), lhs(l), rhs(r) {}
};

// `a + b` (forceString = false) and string interpolation (forceString = true).
struct ExprConcatStrings : Expr {
    bool forceString;
    std::vector<std::pair<Pos, Expr *>> parts;
    ExprConcatStrings(Pos p, bool fs, std::vector<std::pair<Pos, Expr *>> ps)
        : Expr(ExprKind::ConcatStrings, p), forceString(fs), parts(std::move(ps)) {}
};

struct ExprCurPos : Expr {
    explicit ExprCurPos(Pos p) : Expr(ExprKind::CurPos, p) {}
};

const char * binOpText(BinOpKind op);

}  // namespace nixtwin
