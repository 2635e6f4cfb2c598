// expr_gen_scalars.cpp — constructs producing integers, floats, Booleans, strings and paths:
// arithmetic (with guards that keep division defined), comparisons, logic, attribute tests,
// type tests, string literals (plain and indented, with interpolation), string builtins,
// regular expressions and path arithmetic.
#include <cmath>

#include "expr_gen.hpp"
#include "value_json.hpp"
#include "value_print.hpp"
#include "value_source.hpp"

namespace nixtwin::gen {

namespace {

// Patterns that mean the same in POSIX extended syntax (the reference's std::regex) and in
// the common regex dialects; differences in the corners are what the oracle is for.
const std::vector<std::string> kRegexes = {
    "a", "[a-z]+", "(a|b)*", ".*", "([0-9]+)", "a?b", "[[:alpha:]]*", "x(y)?z", "(.)(.)", "[^a]*", "(a)|b", "\\.", "",
};

const std::vector<std::string> kHashes = {"md5", "sha1", "sha256", "sha512"};

// A fragment inside "…" next to an interpolation: a trailing '$' must not meet the '${'.
std::string stringFragment(const std::string & bytes) {
    std::string q = quoteNixString(bytes);
    q = q.substr(1, q.size() - 2);
    // quoteNixString leaves a final '$' raw (nothing follows it there): escape it here.
    if (!bytes.empty() && bytes.back() == '$') {
        q.pop_back();
        q += "\\$";
    }
    return q;
}

}  // namespace

NodeP ExprGen::stringLiteralNode() {
    return leaf(Type::string(), quoteNixString(randomStringBytes(std::size_t(config_.maxStringLength))), true);
}

// let d = E; in if d == 0 || d == -1 then 7 else d — never 0, never -1 (INT64_MIN / -1
// traps in the reference).
NodeP ExprGen::nonZeroInt(int depth) {
    if (depth <= 0 || chance(0.4)) {
        std::int64_t k = between(-5, 9);
        if (k == 0 || k == -1) k = 3;
        auto n = std::make_shared<Node>(*leaf(Type::int_(), intSource(k), k >= 0));
        n->frozen = true;  // shrunk to 0 it would divide by zero
        return n;
    }
    std::string d = freshName();
    NodeP e = expr(Type::int_(), depth - 1, false);
    auto guard = std::make_shared<Node>(*leaf(Type::int_(), "if " + d + " == 0 || " + d + " == -1 then 7 else " + d, false));
    guard->ref = d;
    guard->frozen = true;
    auto n = std::make_shared<Node>(*NodeBuilder(Type::int_(), "guard").bind(d).text("let " + d + " = ").kid(e, true).text("; in ").kid(guard, true).build());
    n->noLift = true;  // lifting E out of its guard could divide by 0 or -1
    return n;
}

NodeP ExprGen::knownFalse(int depth) {
    switch (below(4)) {
    case 0: return leaf(Type::bool_(), "false", true);
    case 1: return leaf(Type::bool_(), "1 == 2", false);
    case 2: return NodeBuilder(Type::bool_()).kid(bi("isString")).text(" ").kid(expr(Type::int_(), depth - 1, false)).build();
    default: return NodeBuilder(Type::bool_()).kid(expr(Type::bool_(), depth - 1, false)).text(" && false").build();
    }
}

void ExprGen::addInt(std::vector<Choice> & c, int depth, bool forced) {
    auto I = Type::int_();
    c.push_back({"arithmetic", [=, this]() -> NodeP {
        switch (below(5)) {
        case 0: return NodeBuilder(I).kid(expr(I, depth - 1, forced)).text(" + ").kid(expr(I, depth - 1, forced)).build();
        case 1: return NodeBuilder(I).kid(expr(I, depth - 1, forced)).text(" - ").kid(expr(I, depth - 1, forced)).build();
        case 2: return NodeBuilder(I).kid(expr(I, depth - 1, forced)).text(" * ").kid(expr(I, depth - 1, forced)).build();
        case 3: return NodeBuilder(I).kid(expr(I, depth - 1, forced)).text(" / ").kid(nonZeroInt(depth - 1)).build();
        default: return NodeBuilder(I).text("-").kid(expr(I, depth - 1, forced)).build();
        }
    }});
    c.push_back({"builtin_arith", [=, this]() -> NodeP {
        static const char * const ops[] = {"add", "sub", "mul", "bitAnd", "bitOr", "bitXor", "div"};
        std::string op = ops[below(7)];
        NodeBuilder b(I);
        b.kid(bi(op)).text(" ").kid(expr(I, depth - 1, forced)).text(" ");
        return b.kid(op == "div" ? nonZeroInt(depth - 1) : expr(I, depth - 1, forced)).build();
    }});
    c.push_back({"length", [=, this]() -> NodeP {
        switch (below(3)) {
        case 0: return NodeBuilder(I).kid(bi("length")).text(" ").kid(expr(Type::list(randomType(1)), depth - 1, forced)).build();
        case 1: return NodeBuilder(I).kid(bi("stringLength")).text(" ").kid(expr(Type::string(), depth - 1, forced)).build();
        default:
            return NodeBuilder(I).kid(bi("length")).text(" (").kid(bi("attrNames")).text(" ")
                .kid(expr(Type::set(randomFields(1, 0)), depth - 1, forced)).text(")").build();
        }
    }});
    c.push_back({"rounding", [=, this]() -> NodeP {
        // floor/ceil of a huge or NaN float is undefined behaviour in the reference.
        std::string f = freshName();
        auto body = std::make_shared<Node>(*leaf(I, "if " + f + " > -1.0e15 && " + f + " < 1.0e15 then builtins." +
                                                       (chance(0.5) ? "floor " : "ceil ") + f + " else 0", false));
        body->ref = f;
        body->frozen = true;
        auto n = std::make_shared<Node>(*NodeBuilder(I).bind(f).text("let " + f + " = ").kid(expr(Type::float_(), depth - 1, false), true)
                                              .text("; in ").kid(body, true).build());
        n->noLift = true;
        return n;
    }});
    c.push_back({"string_builtins", [=, this]() -> NodeP {
        return NodeBuilder(I).kid(bi("compareVersions")).text(" ").kid(withoutContext(expr(Type::string(), depth - 1, forced))).text(" ")
            .kid(withoutContext(expr(Type::string(), depth - 1, forced))).build();
    }});
    c.push_back({"json", [=, this]() -> NodeP {
        return NodeBuilder(I).kid(bi("fromJSON")).text(" ").kid(leaf(Type::string(), quoteNixString(std::to_string(randomScalarValue(TypeKind::Int).integer)), true)).build();
    }});
}

void ExprGen::addFloat(std::vector<Choice> & c, int depth, bool forced) {
    auto F = Type::float_();
    c.push_back({"arithmetic", [=, this]() -> NodeP {
        // At least one float operand makes the result a float.
        TypeP lt = F, rt = chance(0.3) ? Type::int_() : F;
        if (chance(0.3)) std::swap(lt, rt);
        switch (below(5)) {
        case 0: return NodeBuilder(F).kid(expr(lt, depth - 1, forced)).text(" + ").kid(expr(rt, depth - 1, forced)).build();
        case 1: return NodeBuilder(F).kid(expr(lt, depth - 1, forced)).text(" - ").kid(expr(rt, depth - 1, forced)).build();
        case 2: return NodeBuilder(F).kid(expr(lt, depth - 1, forced)).text(" * ").kid(expr(rt, depth - 1, forced)).build();
        case 3: {
            std::string d = freshName();
            auto guard = std::make_shared<Node>(*leaf(F, "if " + d + " == 0 then 0.5 else " + d, false));
            guard->ref = d;
            guard->frozen = true;
            auto den = std::make_shared<Node>(*NodeBuilder(chance(0.5) ? F : Type::int_(), "guard").bind(d).text("let " + d + " = ")
                                                   .kid(expr(chance(0.5) ? F : Type::int_(), depth - 1, false), true)
                                                   .text("; in ").kid(guard, true).build());
            den->noLift = true;
            return NodeBuilder(F).kid(expr(F, depth - 1, forced)).text(" / ").kid(den).build();
        }
        default: return NodeBuilder(F).text("-").kid(expr(F, depth - 1, forced)).build();
        }
    }});
    c.push_back({"builtin_arith", [=, this]() -> NodeP {
        static const char * const ops[] = {"add", "sub", "mul"};
        return NodeBuilder(F).kid(bi(ops[below(3)])).text(" ").kid(expr(F, depth - 1, forced)).text(" ")
            .kid(expr(chance(0.5) ? F : Type::int_(), depth - 1, forced)).build();
    }});
    c.push_back({"json", [=, this]() -> NodeP {
        double d = randomScalarValue(TypeKind::Float).fpoint;
        std::string text = floatLiteral(std::fabs(d));
        if (std::signbit(d)) text = "-" + text;
        return NodeBuilder(F).kid(bi("fromJSON")).text(" ").kid(leaf(Type::string(), quoteNixString(text), true)).build();
    }});
}

void ExprGen::addBool(std::vector<Choice> & c, int depth, bool forced) {
    auto B = Type::bool_();
    c.push_back({"compare", [=, this]() -> NodeP {
        static const char * const ops[] = {" < ", " <= ", " > ", " >= ", " == ", " != "};
        std::string op = ops[below(6)];
        TypeP lt, rt;
        switch (below(5)) {
        case 0: lt = chance(0.7) ? Type::int_() : Type::float_(); rt = chance(0.7) ? Type::int_() : Type::float_(); break;
        case 1: lt = rt = Type::string(); break;
        case 2: lt = rt = Type::path(); break;
        case 3: lt = rt = Type::list(chance(0.5) ? Type::int_() : Type::string()); break;
        default:
            // == and != take any two values, even of different types.
            lt = randomType(1);
            rt = chance(0.7) ? lt : randomType(1);
            op = chance(0.5) ? " == " : " != ";
        }
        if (chance(0.15) && op != " == " && op != " != ")
            return NodeBuilder(B).kid(bi("lessThan")).text(" ").kid(expr(lt, depth - 1, forced)).text(" ").kid(expr(rt, depth - 1, forced)).build();
        return NodeBuilder(B).kid(expr(lt, depth - 1, forced)).text(op).kid(expr(rt, depth - 1, forced)).build();
    }});
    c.push_back({"logic", [=, this]() -> NodeP {
        switch (below(4)) {
        case 0: return NodeBuilder(B).kid(expr(B, depth - 1, forced)).text(" && ").kid(expr(B, depth - 1, false)).build();
        case 1: return NodeBuilder(B).kid(expr(B, depth - 1, forced)).text(" || ").kid(expr(B, depth - 1, false)).build();
        case 2: return NodeBuilder(B).kid(expr(B, depth - 1, forced)).text(" -> ").kid(expr(B, depth - 1, false)).build();
        default: return NodeBuilder(B).text("!").kid(expr(B, depth - 1, forced)).build();
        }
    }});
    c.push_back({"has_attr", [=, this]() -> NodeP {
        TypeP st = Type::set(randomFields(std::min(depth - 1, 2), 0));
        std::string f = !st->fields.empty() && chance(0.6) ? st->fields[below(st->fields.size())].first : fieldName();
        NodeP set = expr(st, depth - 1, forced);
        if (chance(0.2))
            return NodeBuilder(B).kid(bi("hasAttr")).text(" " + quoteNixString(f) + " ").kid(set).build();
        std::string path = attrPathSource(f);
        if (chance(0.2)) path += "." + attrPathSource(fieldName());
        return NodeBuilder(B).kid(set).text(" ? " + path).build();
    }});
    c.push_back({"type_test", [=, this]() -> NodeP {
        static const char * const tests[] = {"isInt", "isFloat", "isBool", "isString", "isPath", "isNull",
                                             "isList", "isAttrs", "isFunction"};
        if (chance(0.25)) {
            static const char * const names[] = {"int", "float", "bool", "string", "path", "null", "list", "set", "lambda"};
            return NodeBuilder(B).kid(bi("typeOf")).text(" ").kid(expr(randomType(1), depth - 1, forced))
                .text(std::string(" == \"") + names[below(9)] + "\"").build();
        }
        return NodeBuilder(B).kid(bi(tests[below(9)])).text(" ").kid(expr(randomType(1), depth - 1, forced)).build();
    }});
    c.push_back({"elem", [=, this]() -> NodeP {
        TypeP et = randomType(1);
        if (chance(0.5))
            return NodeBuilder(B).kid(bi("elem")).text(" ").kid(expr(et, depth - 1, false)).text(" ")
                .kid(expr(Type::list(et), depth - 1, forced)).build();
        auto mark = scopeMark();
        std::string x = freshName();
        declare(x, et);
        NodeP pred = NodeBuilder(Type::function(et, B)).bind(x).text(x + ": ").kid(expr(B, depth - 1, false), true).build();
        popScope(mark);
        return NodeBuilder(B).kid(bi(chance(0.5) ? "any" : "all")).text(" ").kid(pred).text(" ")
            .kid(expr(Type::list(et), depth - 1, forced)).build();
    }});
    c.push_back({"regex", [=, this]() -> NodeP {
        return NodeBuilder(B).kid(bi("match")).text(" " + quoteNixString(pick(kRegexes)) + " ")
            .kid(expr(Type::string(), depth - 1, forced)).text(" == null").build();
    }});
}

NodeP ExprGen::indentedString(int depth, bool forced) {
    static const std::vector<std::string> chunks = {"a", "b c", "x", "\n", "\n  ", "  ", "\t", "\\", "\"", "$a", "'b", "1.5",
                                                    "''$", "'''", "''\\n", "''\\t", "é", "${"};
    NodeBuilder b(Type::string(), "string_literal");
    b.text(chance(0.5) ? "''\n  " : "''");
    for (std::size_t i = 0, n = below(6); i < n; ++i) {
        std::string ch = pick(chunks);
        if (ch == "${") {
            if (depth <= 0) continue;
            b.text("${").kid(expr(Type::string(), depth - 1, forced)).text("}");
        } else {
            b.text(ch);
        }
    }
    return b.text("''").atomic().build();
}

void ExprGen::addString(std::vector<Choice> & c, int depth, bool forced) {
    auto S = Type::string();
    c.push_back({"string_literal", [=, this]() -> NodeP { return chance(0.6) ? stringLiteralNode() : indentedString(depth, forced); }});
    c.push_back({"interpolation", [=, this]() -> NodeP {
        NodeBuilder b(S);
        b.text("\"" + stringFragment(randomStringBytes(3)));
        for (std::size_t i = 0, n = 1 + below(2); i < n; ++i)
            b.text("${").kid(expr(S, depth - 1, forced)).text("}" + stringFragment(randomStringBytes(3)));
        return b.text("\"").atomic().build();
    }});
    c.push_back({"string_concat", [=, this]() -> NodeP {
        return NodeBuilder(S).kid(expr(S, depth - 1, forced)).text(" + ").kid(expr(S, depth - 1, forced)).build();
    }});
    c.push_back({"to_string", [=, this]() -> NodeP {
        static const std::vector<TypeP> coercible = {Type::int_(), Type::float_(), Type::bool_(), Type::null(), Type::string(),
                                                     Type::path(), Type::list(Type::int_()), Type::list(Type::string()),
                                                     Type::list(Type::list(Type::bool_()))};
        return NodeBuilder(S).kid(bi("toString")).text(" ").kid(expr(pick(coercible), depth - 1, forced)).build();
    }});
    c.push_back({"string_builtins", [=, this]() -> NodeP {
        switch (below(10)) {
        case 0: {
            std::int64_t start = between(0, 5);
            std::int64_t len = between(-1, 6);
            return NodeBuilder(S).kid(bi("substring")).text(" " + std::to_string(start) + " " + intSource(len) + " ")
                .kid(expr(S, depth - 1, forced)).build();
        }
        case 1: {
            std::size_t n = below(3);
            std::vector<NodeP> from, to;
            for (std::size_t i = 0; i < n; ++i) {
                from.push_back(leaf(S, quoteNixString(randomStringBytes(2)), true));
                to.push_back(expr(S, depth - 1, false));
            }
            auto fromList = std::make_shared<Node>(*listLiteralNode(Type::list(S), from));
            auto toList = std::make_shared<Node>(*listLiteralNode(Type::list(S), to));
            fromList->listLiteral = toList->listLiteral = false;  // the lengths must stay equal
            fromList->fixed = toList->fixed = true;
            return NodeBuilder(S).kid(bi("replaceStrings")).text(" ").kid(fromList).text(" ").kid(toList).text(" ")
                .kid(expr(S, depth - 1, forced)).build();
        }
        case 2:
            return NodeBuilder(S).kid(bi("concatStringsSep")).text(" ").kid(expr(S, depth - 1, forced)).text(" ")
                .kid(expr(Type::list(S), depth - 1, forced)).build();
        case 3:
            return NodeBuilder(S).kid(bi("hashString")).text(" \"" + pick(kHashes) + "\" ").kid(expr(S, depth - 1, forced)).build();
        case 4: return NodeBuilder(S).kid(bi("typeOf")).text(" ").kid(expr(randomType(1), depth - 1, forced)).build();
        case 5:
            return NodeBuilder(S).kid(bi(chance(0.5) ? "baseNameOf" : "dirOf")).text(" ").kid(expr(S, depth - 1, forced)).build();
        case 6: {
            // Paths would be copied to the store and functions are refused: JSON-able types only.
            TypeP jt = randomType(1);
            for (int tries = 0; tries < 5 && (!functionFree(jt) || describe(jt).find("path") != std::string::npos); ++tries)
                jt = randomType(1);
            if (!functionFree(jt) || describe(jt).find("path") != std::string::npos) jt = Type::list(Type::int_());
            return NodeBuilder(S).kid(bi("toJSON")).text(" ").kid(expr(jt, depth - 1, forced)).build();
        }
        case 7: {
            TypeP st = Type::set(randomFields(1, 1));
            return NodeBuilder(S).kid(bi("head")).text(" (").kid(bi("attrNames")).text(" ").kid(expr(st, depth - 1, forced)).text(")").build();
        }
        case 8:
            return NodeBuilder(S).text("(").kid(bi("parseDrvName")).text(" ").kid(withoutContext(expr(S, depth - 1, forced)))
                .text(chance(0.5) ? ").name" : ").version").atomic().build();
        default: return NodeBuilder(S).kid(bi("unsafeDiscardStringContext")).text(" ").kid(expr(S, depth - 1, forced)).build();
        }
    }});
    c.push_back({"regex", [=, this]() -> NodeP {
        // split always starts with a string.
        return NodeBuilder(S).kid(bi("head")).text(" (").kid(bi("split")).text(" " + quoteNixString(pick(kRegexes)) + " ")
            .kid(expr(S, depth - 1, forced)).text(")").build();
    }});
}

void ExprGen::addPath(std::vector<Choice> & c, int depth, bool forced) {
    auto P = Type::path();
    c.push_back({"path_ops", [=, this]() -> NodeP {
        switch (below(4)) {
        case 0: {
            NodeP base = expr(P, depth - 1, forced);
            std::string slash = chance(0.6) ? "/" : "";
            return NodeBuilder(P).kid(base).text(" + ").kid(leaf(Type::string(), quoteNixString(slash + randomPath().substr(1)), true)).build();
        }
        case 1:
            // A string with a store context cannot be appended to a path: drop the context.
            return NodeBuilder(P).kid(expr(P, depth - 1, forced)).text(" + (").kid(bi("unsafeDiscardStringContext")).text(" ")
                .kid(expr(Type::string(), depth - 1, forced)).text(")").build();
        case 2: return NodeBuilder(P).kid(bi("dirOf")).text(" ").kid(expr(P, depth - 1, forced)).build();
        default:
            // A path with interpolation: /a/${s} (a path, nothing copied).
            return NodeBuilder(P).text(randomPath() + "/${").kid(bi("unsafeDiscardStringContext")).text(" ")
                .kid(expr(Type::string(), depth - 1, forced)).text("}").atomic().build();
        }
    }});
}

void ExprGen::addNull(std::vector<Choice> &, int, bool) {
    // Only the generic constructs (and the literal) produce null.
}

}  // namespace nixtwin::gen
