// expr_gen_generic.cpp — constructs that can produce a value of any type: bindings (let,
// rec, with, inherit), control (if, assert, seq, tryEval), functions (lambdas, formals,
// calls, bounded recursion) and selection from sets and lists.
#include <algorithm>

#include "expr_gen.hpp"
#include "value_print.hpp"
#include "value_source.hpp"

namespace nixtwin::gen {

namespace {

// Builtins that are also bound at top level: they may be named bare anywhere.
bool isGlobalBuiltin(const std::string & n) {
    return n == "map" || n == "toString" || n == "throw" || n == "abort" || n == "removeAttrs" || n == "baseNameOf" ||
           n == "dirOf" || n == "isNull";
}

}  // namespace

NodeP ExprGen::bi(const std::string & name) {
    if (isGlobalBuiltin(name) && chance(0.3)) return leaf(Type::any(), name, true, "builtin");
    if (withBuiltins_ > 0 && chance(0.5)) {
        auto n = std::make_shared<Node>(*leaf(Type::any(), name, true, "builtin"));
        n->ref = kWithBuiltins;
        n->frozen = true;
        return n;
    }
    auto n = std::make_shared<Node>(*leaf(Type::any(), "builtins." + name, true, "builtin"));
    n->frozen = true;
    return n;
}

NodeP ExprGen::withoutContext(NodeP stringExpr) {
    return NodeBuilder(Type::string()).kid(bi("unsafeDiscardStringContext")).text(" ").kid(std::move(stringExpr)).build();
}

NodeP ExprGen::bindingValue(const TypeP & t, int depth) {
    NodeP v = expr(t, depth, false);
    if (!config_.lazyOutput || v->ref.empty() || !v->kids.empty()) return v;
    return NodeBuilder(t).kid(bi("seq")).text(" null ").kid(v).build();
}

std::string ExprGen::attrPathSource(const std::string & field) {
    double r = std::uniform_real_distribution<double>(0, 1)(rng_);
    if (r < 0.1) return "${" + quoteNixString(field) + "}";
    if (r < 0.2) return quoteNixString(field);
    return attrKeySource(field);
}

void ExprGen::addGeneric(std::vector<Choice> & c, const TypeP & t, int depth, bool forced) {
    c.push_back({"let", [=, this] { return genLet(t, depth, forced); }});
    c.push_back({"rec", [=, this] { return genRec(t, depth, forced); }});
    c.push_back({"with", [=, this] { return genWith(t, depth, forced); }});
    c.push_back({"if", [=, this] { return genIf(t, depth, forced); }});
    c.push_back({"assert", [=, this] { return genAssert(t, depth, forced); }});
    c.push_back({"lambda", [=, this] { return genLambdaApply(t, depth, forced); }});
    c.push_back({"formals", [=, this] { return genFormalsApply(t, depth, forced); }});
    c.push_back({"select", [=, this] { return genSelect(t, depth, forced); }});
    c.push_back({"select_or", [=, this] { return genSelectOr(t, depth, forced); }});
    c.push_back({"inherit", [=, this] { return genInherit(t, depth, forced); }});
    c.push_back({"update", [=, this] { return genUpdate(t, depth, forced); }});
    c.push_back({"seq", [=, this] { return genSeq(t, depth, forced); }});
    c.push_back({"try_eval", [=, this] { return genTryEvalValue(t, depth, forced); }});
    c.push_back({"recursion", [=, this] { return genRecursion(t, depth, forced); }});
    c.push_back({"fold", [=, this] { return genFold(t, depth, forced); }});
    c.push_back({"list_access", [=, this] { return genListAccess(t, depth, forced); }});
    c.push_back({"call", [=, this] { return genCall(t, depth, forced); }});
    c.push_back({"literal", [=, this] { return literal(t); }});
    c.push_back({"var", [=, this]() -> NodeP {
        auto vars = varsOfType(t);
        if (vars.empty()) return nullptr;
        auto & v = pick(vars);
        return varRef(v.type, v.name);
    }});
}

// let a = A; b = B (may use a); in body
NodeP ExprGen::genLet(const TypeP & t, int depth, bool forced) {
    auto mark = scopeMark();
    NodeBuilder b(t, "let");
    // The old form `let { a = …; body = …; }` now and then.
    bool legacy = chance(0.1);
    b.text(legacy ? "let { " : "let ");
    std::size_t n = 1 + below(3);
    for (std::size_t i = 0; i < n; ++i) {
        std::string name = freshName();
        TypeP bt = randomType(std::min(depth - 1, 2));
        // Bindings see the earlier ones only: no cycles, so no infinite recursion.
        NodeP value = bindingValue(bt, depth - 1);
        b.bind(name).text(name + " = ").kid(value, true).text("; ");
        declare(name, bt);
    }
    // Comments, which the lexer must skip.
    if (chance(0.1)) b.text(chance(0.5) ? "/* " + std::to_string(names_) + " */ " : "# note\n");
    if (legacy) b.text("body = ").kid(expr(t, depth - 1, forced), true).text("; }").atomic();
    else b.text("in ").kid(expr(t, depth - 1, forced), true);
    popScope(mark);
    return b.build();
}

// (rec { a = A; r = R (may use a); }).r
NodeP ExprGen::genRec(const TypeP & t, int depth, bool forced) {
    auto mark = scopeMark();
    std::string helper = freshName(), result = freshName();
    TypeP ht = randomType(std::min(depth - 1, 2));
    NodeP hv = expr(ht, depth - 1, false);
    declare(helper, ht);
    NodeP rv = config_.lazyOutput ? bindingValue(t, depth - 1) : expr(t, depth - 1, forced);
    popScope(mark);
    NodeBuilder b(t, "rec");
    b.bind(helper).bind(result);
    if (chance(0.5))
        b.text("rec { " + helper + " = ").kid(hv, true).text("; " + result + " = ").kid(rv, true).text("; }." + result);
    else
        b.text("rec { " + result + " = ").kid(rv, true).text("; " + helper + " = ").kid(hv, true).text("; }." + result);
    return b.atomic().build();
}

// with { w = W; }; body   — or `with builtins; body`, where builtins may be named bare.
NodeP ExprGen::genWith(const TypeP & t, int depth, bool forced) {
    if (chance(0.3)) {
        ++withBuiltins_;
        NodeP body = expr(t, depth - 1, forced);
        --withBuiltins_;
        return NodeBuilder(t, "with").bind(kWithBuiltins).text("with builtins; ").kid(body, true).build();
    }
    auto mark = scopeMark();
    std::vector<std::pair<std::string, TypeP>> fields;
    for (std::size_t i = 0, n = 1 + below(2); i < n; ++i) {
        std::string name = freshName();
        fields.emplace_back(name, randomType(std::min(depth - 1, 2)));
    }
    TypeP st = Type::set(fields);
    NodeP set = setLiteral(st, depth - 1, false);
    for (auto & [name, ft] : st->fields) declare(name, ft);
    NodeP body = expr(t, depth - 1, forced);
    popScope(mark);
    NodeBuilder b(t, "with");
    for (auto & [name, ft] : st->fields) b.bind(name);
    return b.text("with ").kid(set).text("; ").kid(body, true).build();
}

NodeP ExprGen::genIf(const TypeP & t, int depth, bool forced) {
    return NodeBuilder(t, "if")
        .text("if ")
        .kid(expr(Type::bool_(), depth - 1, forced))
        .text(" then ")
        .kid(expr(t, depth - 1, false))
        .text(" else ")
        .kid(expr(t, depth - 1, false))
        .build();
}

NodeP ExprGen::genAssert(const TypeP & t, int depth, bool forced) {
    // A condition that is true whatever its operand evaluates to.
    NodeP cond;
    switch (below(4)) {
    case 0: cond = leaf(Type::bool_(), "true", true); break;
    case 1: cond = NodeBuilder(Type::bool_()).kid(bi("isInt")).text(" ").kid(expr(Type::int_(), depth - 1, forced)).build(); break;
    case 2: cond = NodeBuilder(Type::bool_()).kid(expr(Type::bool_(), depth - 1, forced)).text(" || true").build(); break;
    default: cond = NodeBuilder(Type::bool_()).text("!").kid(knownFalse(depth - 1)).build(); break;
    }
    auto c = std::make_shared<Node>(*cond);
    c->frozen = true;  // shrinking it to `false` would plant an error
    return NodeBuilder(t, "assert").text("assert ").kid(c).text("; ").kid(expr(t, depth - 1, forced)).build();
}

NodeP ExprGen::genLambdaApply(const TypeP & t, int depth, bool forced) {
    TypeP at = randomType(std::min(depth - 1, 2));
    NodeP arg = expr(at, depth - 1, false);
    auto mark = scopeMark();
    std::string x = freshName();
    declare(x, at);
    NodeP body = expr(t, depth - 1, forced);
    popScope(mark);
    NodeP fn = NodeBuilder(Type::function(at, t), "lambda_value").bind(x).text(x + ": ").kid(body, true).build();
    return NodeBuilder(t, "lambda").kid(fn).text(" ").kid(arg).build();
}

// ({ a, b ? D, ... }@args: body) { a = A; c = C; }
NodeP ExprGen::genFormalsApply(const TypeP & t, int depth, bool forced) {
    struct Formal {
        std::string name;
        TypeP type;
        bool hasDefault;
        bool passed;
    };
    std::vector<Formal> formals;
    for (std::size_t i = 0, n = below(4); i < n; ++i) {
        bool hasDefault = chance(0.4);
        formals.push_back({freshName(), randomType(std::min(depth - 1, 1)), hasDefault, !hasDefault || chance(0.5)});
    }
    bool ellipsis = chance(0.4);
    std::vector<std::pair<std::string, TypeP>> argFields;
    for (auto & f : formals)
        if (f.passed) argFields.emplace_back(f.name, f.type);
    if (ellipsis && chance(0.6)) {
        std::string extra = fieldName();
        argFields.emplace_back(extra, randomType(0));
    }
    TypeP argType = Type::set(argFields);
    NodeP argSet = setLiteral(argType, depth - 1, forced);

    auto mark = scopeMark();
    std::string whole = chance(0.4) ? freshName() : "";
    NodeBuilder fn(Type::function(argType, t), "formals_value");
    // Defaults may use the formals without defaults (never themselves: no cycles).
    for (auto & f : formals)
        if (!f.hasDefault) declare(f.name, f.type);
    bool atFront = chance(0.5);
    if (!whole.empty() && atFront) fn.text(whole + "@");
    fn.text("{ ");
    for (std::size_t i = 0; i < formals.size(); ++i) {
        auto & f = formals[i];
        fn.bind(f.name).text(f.name);
        if (f.hasDefault) fn.text(" ? ").kid(bindingValue(f.type, depth - 1), true);
        fn.text(i + 1 < formals.size() || ellipsis ? ", " : " ");
    }
    if (ellipsis) fn.text("... ");
    fn.text("}");
    if (!whole.empty() && !atFront) fn.text("@" + whole);
    fn.text(": ");
    for (auto & f : formals)
        if (f.hasDefault) declare(f.name, f.type);
    if (!whole.empty()) {
        fn.bind(whole);
        declare(whole, argType);
    }
    fn.kid(expr(t, depth - 1, forced), true);
    popScope(mark);
    return NodeBuilder(t, "formals").kid(fn.build()).text(" ").kid(argSet).build();
}

// { f = F; g = G; }.f, v.f, or S.f for any expression S of a set type with field f.
NodeP ExprGen::genSelect(const TypeP & t, int depth, bool forced) {
    std::string f = fieldName();
    auto fields = randomFields(std::min(depth - 1, 1), 0);
    fields.erase(std::remove_if(fields.begin(), fields.end(), [&](auto & p) { return p.first == f; }), fields.end());
    fields.emplace_back(f, t);
    TypeP st = Type::set(fields);
    NodeP set = chance(0.6) ? setLiteral(st, depth - 1, forced, &f) : expr(st, depth - 1, forced);
    if (chance(0.2))
        return NodeBuilder(t, "select").kid(bi("getAttr")).text(" " + quoteNixString(f) + " ").kid(set).build();
    // A parenthesised or atomic set followed by .f is atomic itself.
    return NodeBuilder(t, "select").kid(set).text("." + attrPathSource(f)).atomic().build();
}

// S.f or D, with f present (D unused) or absent (D is the value); also S.a.f or D.
NodeP ExprGen::genSelectOr(const TypeP & t, int depth, bool forced) {
    std::string f = fieldName();
    bool present = chance(0.5);
    auto fields = randomFields(std::min(depth - 1, 1), 0);
    fields.erase(std::remove_if(fields.begin(), fields.end(), [&](auto & p) { return p.first == f; }), fields.end());
    if (present) fields.emplace_back(f, t);
    TypeP st = Type::set(fields);
    NodeP set = chance(0.6) ? setLiteral(st, depth - 1, forced, present ? &f : nullptr) : expr(st, depth - 1, forced);
    std::string path = attrPathSource(f);
    if (!present && chance(0.3)) path = attrPathSource(fieldName()) + "." + path;  // a missing prefix
    return NodeBuilder(t, "select_or")
        .kid(set)
        .text("." + path + " or ")
        .kid(expr(t, depth - 1, false))
        .build();
}

// let inherit (S) f; in body   |   { inherit v; }.v
NodeP ExprGen::genInherit(const TypeP & t, int depth, bool forced) {
    if (chance(0.5)) {
        auto vars = varsOfType(t);
        if (!vars.empty()) {
            auto & v = pick(vars);
            auto ref = std::make_shared<Node>(*varRef(v.type, v.name));
            ref->frozen = true;  // `inherit 0;` would not parse
            NodeBuilder b(t, "inherit");
            b.text("{ inherit ").kid(ref).text("; ");
            if (chance(0.5)) b.text(freshName() + " = ").kid(expr(randomType(0), depth - 1, false)).text("; ");
            return b.text("}." + v.name).atomic().build();
        }
    }
    auto mark = scopeMark();
    std::vector<std::pair<std::string, TypeP>> fields;
    for (std::size_t i = 0, n = 1 + below(2); i < n; ++i) {
        std::string name = freshName();
        fields.emplace_back(name, randomType(std::min(depth - 1, 1)));
    }
    TypeP st = Type::set(fields);
    NodeP source = expr(st, depth - 1, false);
    NodeBuilder b(t, "inherit");
    b.text("let inherit (").kid(source, true).text(")");
    for (auto & [name, ft] : st->fields) {
        b.bind(name).text(" " + name);
        declare(name, ft);
    }
    b.text("; in ").kid(expr(t, depth - 1, forced), true);
    popScope(mark);
    return b.build();
}

// (A // B).f with f from B, or from A when B lacks it.
NodeP ExprGen::genUpdate(const TypeP & t, int depth, bool forced) {
    std::string f = fieldName();
    auto left = randomFields(std::min(depth - 1, 1), 0);
    auto right = randomFields(std::min(depth - 1, 1), 0);
    auto drop = [&](auto & fs) { fs.erase(std::remove_if(fs.begin(), fs.end(), [&](auto & p) { return p.first == f; }), fs.end()); };
    drop(right);
    if (chance(0.5)) {
        right.emplace_back(f, t);
    } else {
        drop(left);
        left.emplace_back(f, t);
    }
    TypeP lt = Type::set(left), rt = Type::set(right);
    std::vector<std::pair<std::string, TypeP>> merged = right;
    for (auto & p : left)
        if (!rt->field(p.first)) merged.push_back(p);
    TypeP mt = Type::set(merged);
    NodeP upd = NodeBuilder(mt, "update").kid(expr(lt, depth - 1, forced)).text(" // ").kid(expr(rt, depth - 1, forced)).build();
    return NodeBuilder(t, "select").kid(upd).text("." + attrPathSource(f)).build();
}

NodeP ExprGen::genSeq(const TypeP & t, int depth, bool forced) {
    bool deep = chance(0.4);
    return NodeBuilder(t, "seq")
        .kid(bi(deep ? "deepSeq" : "seq"))
        .text(" ")
        .kid(expr(randomType(1), depth - 1, forced))
        .text(" ")
        .kid(expr(t, depth - 1, forced))
        .build();
}

// (builtins.tryEval E).value — E succeeds, so the value is E's. Nothing under tryEval is
// "forced" for error planting: a planted throw would be caught.
NodeP ExprGen::genTryEvalValue(const TypeP & t, int depth, bool) {
    TypeP result = Type::set({{"success", Type::bool_()}, {"value", t}});
    NodeP inner = NodeBuilder(result).kid(bi("tryEval")).text(" ").kid(expr(t, depth - 1, false)).build();
    return NodeBuilder(t, "try_eval").kid(inner).text(".value").build();
}

// let f = n: if n <= 0 then B else (x: S) (f (n - 1)); in f K   (K bounded)
NodeP ExprGen::genRecursion(const TypeP & t, int depth, bool) {
    auto mark = scopeMark();
    std::string f = freshName(), n = freshName(), x = freshName();
    declare(n, Type::int_());
    NodeP base = expr(t, depth - 1, false);
    declare(x, t);
    NodeP step = expr(t, depth - 1, false);
    popScope(mark);
    std::int64_t bound = config_.allowUnpredictable && chance(0.1) ? between(0, 20000) : between(0, config_.maxRecursion);
    NodeP stepFn = NodeBuilder(Type::function(t, t)).bind(x).text(x + ": ").kid(step, true).build();
    NodeP body = NodeBuilder(Type::function(Type::int_(), t))
                     .bind(n)
                     .text(n + ": if " + n + " <= 0 then ")
                     .kid(base, true)
                     .text(" else ")
                     .kid(stepFn, true)
                     .text(" (" + f + " (" + n + " - 1))")
                     .build();
    auto rec = std::make_shared<Node>(*body);
    rec->ref = f;  // the body calls f
    return NodeBuilder(t, "recursion")
        .bind(f)
        .text("let " + f + " = ")
        .kid(rec, true)
        .text("; in " + f + " ")
        .kid(leaf(Type::int_(), std::to_string(bound), true))
        .build();
}

// builtins.foldl' (acc: x: E) INIT LIST
NodeP ExprGen::genFold(const TypeP & t, int depth, bool forced) {
    TypeP et = randomType(std::min(depth - 1, 1));
    auto mark = scopeMark();
    std::string acc = freshName(), x = freshName();
    declare(acc, t);
    declare(x, et);
    NodeP step = expr(t, depth - 1, false);
    popScope(mark);
    NodeP fn = NodeBuilder(Type::function(t, Type::function(et, t)))
                   .bind(acc)
                   .bind(x)
                   .text(acc + ": " + x + ": ")
                   .kid(step, true)
                   .build();
    return NodeBuilder(t, "fold")
        .kid(bi("foldl'"))
        .text(" ")
        .kid(fn)
        .text(" ")
        .kid(expr(t, depth - 1, false))
        .text(" ")
        .kid(expr(Type::list(et), depth - 1, forced))
        .build();
}

// builtins.head [ E … ] | builtins.elemAt [ … ] k | let l = L; in if length l > k then elemAt l k else D
NodeP ExprGen::genListAccess(const TypeP & t, int depth, bool forced) {
    switch (below(3)) {
    case 0: {
        std::vector<NodeP> elems;
        for (std::size_t i = 0, n = 1 + below(3); i < n; ++i) elems.push_back(expr(t, depth - 1, false));
        auto list = std::make_shared<Node>(*listLiteralNode(Type::list(t), elems));
        list->listLiteral = false;  // `head [ ]` fails
        list->fixed = true;
        return NodeBuilder(t, "list_access").kid(bi("head")).text(" ").kid(list).build();
    }
    case 1: {
        std::vector<NodeP> elems;
        std::size_t n = 1 + below(3), k = below(n);
        for (std::size_t i = 0; i < n; ++i) elems.push_back(expr(t, depth - 1, false));
        auto list = listLiteralNode(Type::list(t), elems);
        auto frozenList = std::make_shared<Node>(*list);
        frozenList->listLiteral = false;  // dropping an element could move the index out of bounds
        frozenList->fixed = true;
        return NodeBuilder(t, "list_access").kid(bi("elemAt")).text(" ").kid(frozenList).text(" " + std::to_string(k)).build();
    }
    default: {
        std::string l = freshName();
        std::size_t k = below(3);
        NodeP list = expr(Type::list(t), depth - 1, forced);
        auto mark = scopeMark();
        declare(l, Type::list(t));
        NodeP dflt = expr(t, depth - 1, false);
        popScope(mark);
        NodeP guard = leaf(Type::bool_(), "builtins.length " + l + " > " + std::to_string(k), false);
        auto g = std::make_shared<Node>(*guard);
        g->ref = l;
        g->frozen = true;
        NodeP access = leaf(t, "builtins.elemAt " + l + " " + std::to_string(k), false);
        auto a = std::make_shared<Node>(*access);
        a->ref = l;
        a->frozen = true;
        return NodeBuilder(t, "list_access")
            .bind(l)
            .text("let " + l + " = ")
            .kid(list, true)
            .text("; in if ")
            .kid(g, true)
            .text(" then ")
            .kid(a, true)
            .text(" else ")
            .kid(dflt, true)
            .build();
    }
    }
}

// f A for a function f in scope whose result has the type; or a lambda literal applied.
NodeP ExprGen::genCall(const TypeP & t, int depth, bool) {
    auto fns = functionsReturning(t);
    if (fns.empty()) return nullptr;
    auto & f = pick(fns);
    return NodeBuilder(t, "call")
        .kid(varRef(f.type, f.name))
        .text(" ")
        .kid(expr(f.type->arg, depth - 1, false))
        .build();
}

}  // namespace nixtwin::gen
