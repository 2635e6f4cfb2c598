// expr_gen_errors.cpp — errors planted on purpose. Each expression here fails when it is
// evaluated (to weak head normal form); ExprGen only puts one where evaluation is certain,
// so the program's failure is known in advance. The operands are generated normally (they
// cannot fail: the one error of the program is this one), which varies the messages' types.
#include "expr_gen.hpp"
#include "value_print.hpp"

namespace nixtwin::gen {

NodeP ExprGen::errorExpr(const TypeP & t, int depth, bool lazy) {
    std::vector<std::string> kinds;
    std::vector<double> weights;
    for (auto & [k, w] : config_.errorWeights) {
        if (lazy && k == "undefined_variable") continue;
        kinds.push_back(k);
        weights.push_back(w);
    }
    double total = 0;
    for (double w : weights) total += w;
    std::string kind = "throw";
    if (total > 0) kind = kinds[std::discrete_distribution<std::size_t>(weights.begin(), weights.end())(rng_)];
    int d = std::max(depth - 1, 0);
    NodeBuilder b(t, "error:" + kind);
    b.errorSite();

    if (kind == "throw") {
        if (chance(0.5)) return b.text("throw " + quoteNixString("boom " + randomStringBytes(3))).build();
        return b.kid(bi("throw")).text(" ").kid(expr(Type::string(), d, false)).build();
    }
    // The message prints the condition: keep it free of lets, sets and formals, which the
    // reference prints in the (heap-dependent) order of their symbols' addresses.
    if (kind == "assert") return b.text("assert ").kid(knownFalse(0)).text("; ").kid(expr(t, d, false)).build();
    if (kind == "abort") return b.text("abort ").kid(expr(Type::string(), d, false)).build();
    if (kind == "type_error") {
        switch (below(10)) {
        case 0: return b.kid(expr(Type::int_(), d, false)).text(" + ").kid(expr(Type::string(), d, false)).build();
        case 1: return b.kid(expr(Type::string(), d, false)).text(" + ").kid(expr(Type::int_(), d, false)).build();
        case 2: return b.kid(expr(randomType(1), d, false)).text(" * ").kid(expr(Type::list(Type::int_()), d, false)).build();
        case 3: return b.text("if ").kid(expr(Type::int_(), d, false)).text(" then ").kid(expr(t, d, false)).text(" else ").kid(expr(t, d, false)).build();
        case 4: return b.kid(expr(Type::set(randomFields(1, 0)), d, false)).text(" < ").kid(expr(Type::set({}), d, false)).build();
        case 5: return b.kid(bi("length")).text(" ").kid(expr(Type::string(), d, false)).build();
        case 6: return b.kid(expr(Type::int_(), d, false)).text(" ").kid(expr(Type::int_(), d, false)).build();
        case 7: return b.text("\"${").kid(expr(Type::int_(), d, false)).text("}\"").atomic().build();
        // Parenthesised: `62.y` would read as the float `62.` applied to y.
        case 8: return b.text("(").kid(expr(Type::int_(), d, false)).text(")." + attrPathSource(fieldName())).build();
        default: return b.text("!").kid(expr(Type::string(), d, false)).build();
        }
    }
    if (kind == "missing_attribute") {
        auto fields = randomFields(1, 0);
        std::string missing = "zz" + std::to_string(below(3));
        TypeP st = Type::set(fields);
        if (chance(0.3)) return b.kid(bi("getAttr")).text(" " + quoteNixString(missing) + " ").kid(expr(st, d, false)).build();
        // A near miss of an existing name exercises the "Did you mean" suggestions.
        if (!st->fields.empty() && chance(0.5) && !st->field(st->fields.front().first + "x")) missing = st->fields.front().first + "x";
        return b.kid(expr(st, d, false)).text("." + attrPathSource(missing)).build();
    }
    if (kind == "index") {
        std::vector<NodeP> elems;
        std::size_t n = below(3);
        for (std::size_t i = 0; i < n; ++i) elems.push_back(expr(randomType(0), d, false));
        auto list = std::make_shared<Node>(*listLiteralNode(Type::list(Type::any()), elems));
        list->frozen = true;  // more elements would make the index valid
        switch (below(3)) {
        case 0: return b.kid(bi("elemAt")).text(" ").kid(list).text(" " + std::to_string(n + below(3))).build();
        case 1: return b.kid(bi("elemAt")).text(" ").kid(list).text(" (-1)").build();
        default: return b.kid(bi(chance(0.5) ? "head" : "tail")).text(" [ ]").build();
        }
    }
    if (kind == "division_by_zero") {
        if (chance(0.3)) return b.kid(expr(Type::float_(), d, false)).text(" / 0.0").build();
        if (chance(0.5)) return b.kid(bi("div")).text(" ").kid(expr(Type::int_(), d, false)).text(" 0").build();
        return b.kid(expr(Type::int_(), d, false)).text(" / 0").build();
    }
    if (kind == "undefined_variable") {
        auto n = std::make_shared<Node>(*b.text("undefined-" + std::to_string(below(100))).atomic().build());
        return n;
    }
    if (kind == "infinite_recursion") {
        std::string x = freshName(), y = freshName();
        switch (below(3)) {
        case 0: return b.text("let " + x + " = " + x + "; in " + x).build();
        case 1: return b.text("(rec { " + x + " = " + y + "; " + y + " = " + x + "; })." + x).build();
        default: return b.text("let " + x + " = { a = " + x + ".a; }; in " + x + ".a").build();
        }
    }
    if (kind == "call_arguments") {
        std::string a = freshName(), c = freshName();
        switch (below(3)) {
        case 0: return b.text("({ " + a + " }: " + a + ") { }").build();
        case 1: return b.text("({ " + a + " }: " + a + ") { " + a + " = 1; " + c + " = 2; }").build();
        default: return b.text("({ " + a + ", ... }: " + a + ") ").kid(expr(Type::int_(), d, false)).build();
        }
    }
    // builtin_argument
    switch (below(8)) {
    case 0: return b.kid(bi("substring")).text(" (-1) 1 ").kid(expr(Type::string(), d, false)).build();
    case 1: return b.kid(bi("genList")).text(" (x: x) (-" + std::to_string(1 + below(3)) + ")").build();
    case 2: return b.kid(bi("fromJSON")).text(" " + quoteNixString(chance(0.5) ? "{" : "[1,]")).build();
    case 3: return b.kid(bi("match")).text(" \"(\" ").kid(expr(Type::string(), d, false)).build();
    case 4: return b.kid(bi("replaceStrings")).text(" [ \"a\" ] [ ] ").kid(expr(Type::string(), d, false)).build();
    case 5: return b.kid(bi("listToAttrs")).text(" [ ").kid(expr(Type::int_(), d, false)).text(" ]").build();
    case 6: return b.kid(bi("hashString")).text(" \"md6\" ").kid(expr(Type::string(), d, false)).build();
    default: return b.kid(bi("sort")).text(" (a: b: 1) [ 1 2 ]").build();
    }
}

}  // namespace nixtwin::gen
