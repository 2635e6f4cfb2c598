// expr_gen_collections.cpp — constructs producing lists, sets, functions and values of
// unknown type: literals in all their syntactic forms (nested attribute paths, dynamic and
// quoted keys, inherit, rec), the list and set builtins, lambdas with formals, builtins as
// function values, partial application, composition, JSON and regex results.
#include <algorithm>

#include "expr_gen.hpp"
#include "value_json.hpp"
#include "value_print.hpp"
#include "value_source.hpp"

namespace nixtwin::gen {

namespace {

bool usableAsVariable(const std::string & name) { return isIdentifier(name) && !isKeyword(name); }

bool allFieldsOfOneType(const TypeP & t) {
    for (auto & f : t->fields)
        if (!sameType(f.second, t->fields.front().second)) return false;
    return !t->fields.empty();
}

std::string jsonText(const NixValue & v) {
    // Floats in full precision; everything else as toJSON writes it.
    switch (v.kind) {
    case ValueKind::Float: return floatLiteral(v.fpoint < 0 ? -v.fpoint : v.fpoint).insert(0, v.fpoint < 0 ? "-" : "");
    case ValueKind::List: {
        std::string out = "[";
        for (std::size_t i = 0; i < v.list.size(); ++i) out += (i ? "," : "") + jsonText(v.list[i]);
        return out + "]";
    }
    case ValueKind::Attrs: {
        std::string out = "{";
        for (std::size_t i = 0; i < v.attrs.size(); ++i)
            out += (i ? "," : "") + *modelToJSON(NixValue::string(v.attrs[i].first)) + ":" + jsonText(v.attrs[i].second);
        return out + "}";
    }
    default: return *modelToJSON(v);
    }
}

}  // namespace

// { k = V; a.b = W; ${"d"} = X; inherit (S) i; }   or   rec { … }
NodeP ExprGen::setLiteral(const TypeP & t, int depth, bool forced, const std::string * forcedField) {
    bool rec = chance(0.15);
    NodeBuilder b(t, "set_literal");
    b.text(rec ? "rec { " : "{ ");
    std::vector<std::size_t> order(t->fields.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::shuffle(order.begin(), order.end(), rng_);
    for (std::size_t i : order) {
        // Plain references, not a structured binding: clang 14 cannot capture those in lambdas.
        const auto & name = t->fields[i].first;
        const auto & ft = t->fields[i].second;
        bool isForced = forced && forcedField && name == *forcedField;
        double r = std::uniform_real_distribution<double>(0, 1)(rng_);
        if (ft->kind == TypeKind::Set && !ft->fields.empty() && r < 0.2) {
            // Nested attribute paths: a.b = …; a.c = …;
            for (auto & [sub, st] : ft->fields)
                b.text(attrKeySource(name) + "." + attrKeySource(sub) + " = ").kid(expr(st, depth - 1, false)).text("; ");
        } else if (!rec && usableAsVariable(name) && r < 0.3) {
            auto fields = randomFields(0, 0);
            fields.erase(std::remove_if(fields.begin(), fields.end(), [&](auto & p) { return p.first == name; }), fields.end());
            fields.emplace_back(name, ft);
            b.text("inherit (").kid(expr(Type::set(fields), depth - 1, false)).text(") " + name + "; ");
        } else if (!rec && r < 0.4) {
            b.text("${" + quoteNixString(name) + "} = ").kid(expr(ft, depth - 1, isForced)).text("; ");
        } else {
            b.text(attrKeySource(name) + " = ").kid(expr(ft, depth - 1, isForced)).text("; ");
        }
    }
    return b.text("}").atomic().build();
}

NodeP ExprGen::lambda(const TypeP & fnType, int depth) {
    auto mark = scopeMark();
    NodeBuilder b(fnType, "lambda_value");
    const TypeP & arg = fnType->arg;
    bool formals = arg->kind == TypeKind::Set && chance(0.6) &&
                   std::all_of(arg->fields.begin(), arg->fields.end(), [](auto & f) { return usableAsVariable(f.first); });
    if (formals) {
        // { a, b, ... }: body  (a subset of the fields needs the ellipsis)
        bool all = chance(0.6);
        std::string whole = chance(0.3) ? freshName() : "";
        if (!whole.empty()) b.text(whole + "@");
        b.text("{ ");
        bool first = true;
        for (auto & [name, ft] : arg->fields) {
            if (!all && chance(0.5)) continue;
            b.text(std::string(first ? "" : ", ") + name).bind(name);
            declare(name, ft);
            first = false;
        }
        if (!all || chance(0.3)) b.text(first ? "... " : ", ... ");
        else b.text(first ? "" : " ");
        b.text("}: ");
        if (!whole.empty()) {
            b.bind(whole);
            declare(whole, arg);
        }
    } else {
        std::string x = freshName();
        b.bind(x).text(x + ": ");
        declare(x, arg);
    }
    NodeP body = depth <= 0 ? literal(fnType->ret) : expr(fnType->ret, depth - 1, false);
    popScope(mark);
    return b.kid(body, true).build();
}

NodeP ExprGen::comparator(const TypeP & elem) {
    // Strict weak orders only, unless asked for trouble.
    std::string a = freshName(), b = freshName();
    std::string body;
    if (elem->kind == TypeKind::Set) {
        // By an integer field: equal keys exercise the sort's stability.
        std::string key;
        for (auto & [name, ft] : elem->fields)
            if (ft->kind == TypeKind::Int) key = attrKeySource(name);
        body = a + "." + key + " < " + b + "." + key;
    } else if (config_.allowUnpredictable && chance(0.3)) {
        body = chance(0.5) ? a + " <= " + b : "true";
    } else {
        switch (below(3)) {
        case 0: body = a + " < " + b; break;
        case 1: body = b + " < " + a; break;
        default: body = "builtins.lessThan " + a + " " + b; break;
        }
    }
    return leaf(Type::function(elem, Type::function(elem, Type::bool_())), a + ": " + b + ": " + body, false, "comparator");
}

void ExprGen::addList(std::vector<Choice> & c, const TypeP & t, int depth, bool forced) {
    const TypeP elem = t->elem;
    c.push_back({"list_literal", [=, this]() -> NodeP {
        std::vector<NodeP> elems;
        for (std::size_t i = 0, n = below(std::size_t(config_.maxListLength) + 1); i < n; ++i) elems.push_back(expr(elem, depth - 1, false));
        return listLiteralNode(t, std::move(elems));
    }});
    c.push_back({"list_concat", [=, this]() -> NodeP {
        return NodeBuilder(t).kid(expr(t, depth - 1, forced)).text(" ++ ").kid(expr(t, depth - 1, forced)).build();
    }});
    c.push_back({"map_filter", [=, this]() -> NodeP {
        auto mark = scopeMark();
        std::string x = freshName();
        switch (below(4)) {
        case 0: {
            TypeP from = randomType(1);
            declare(x, from);
            NodeP fn = NodeBuilder(Type::function(from, elem)).bind(x).text(x + ": ").kid(expr(elem, depth - 1, false), true).build();
            popScope(mark);
            return NodeBuilder(t).kid(bi("map")).text(" ").kid(fn).text(" ").kid(expr(Type::list(from), depth - 1, forced)).build();
        }
        case 1: {
            declare(x, elem);
            NodeP fn = NodeBuilder(Type::function(elem, Type::bool_())).bind(x).text(x + ": ")
                           .kid(expr(Type::bool_(), depth - 1, false), true).build();
            popScope(mark);
            return NodeBuilder(t).kid(bi("filter")).text(" ").kid(fn).text(" ").kid(expr(t, depth - 1, forced)).build();
        }
        case 2: {
            declare(x, Type::int_());
            NodeP fn = NodeBuilder(Type::function(Type::int_(), elem)).bind(x).text(x + ": ").kid(expr(elem, depth - 1, false), true).build();
            popScope(mark);
            return NodeBuilder(t).kid(bi("genList")).text(" ").kid(fn).text(" ")
                .kid(leaf(Type::int_(), std::to_string(below(std::size_t(config_.maxListLength) + 1)), true)).build();
        }
        default: {
            TypeP from = randomType(1);
            declare(x, from);
            NodeP fn = NodeBuilder(Type::function(from, t)).bind(x).text(x + ": ").kid(expr(t, depth - 1, false), true).build();
            popScope(mark);
            return NodeBuilder(t).kid(bi("concatMap")).text(" ").kid(fn).text(" ").kid(expr(Type::list(from), depth - 1, forced)).build();
        }
        }
    }});
    c.push_back({"sort", [=, this]() -> NodeP {
        bool keyed = elem->kind == TypeKind::Set &&
                     std::any_of(elem->fields.begin(), elem->fields.end(), [](auto & f) { return f.second->kind == TypeKind::Int; });
        bool plain = elem->kind == TypeKind::Int || elem->kind == TypeKind::String ||
                     (config_.allowUnpredictable && elem->kind == TypeKind::Float);
        if (!keyed && !plain) return nullptr;
        auto cmp = std::make_shared<Node>(*comparator(elem));
        cmp->frozen = true;
        return NodeBuilder(t).kid(bi("sort")).text(" ").kid(cmp).text(" ").kid(expr(t, depth - 1, forced)).build();
    }});
    c.push_back({"list_builtins", [=, this]() -> NodeP {
        switch (below(7)) {
        case 0: {
            std::string l = freshName();
            auto guard = std::make_shared<Node>(*leaf(t, "if " + l + " == [ ] then [ ] else builtins.tail " + l, false));
            guard->ref = l;
            guard->frozen = true;
            auto n = std::make_shared<Node>(*NodeBuilder(t).bind(l).text("let " + l + " = ").kid(expr(t, depth - 1, forced), true)
                                                  .text("; in ").kid(guard, true).build());
            n->noLift = true;
            return n;
        }
        case 1: {
            std::vector<std::pair<std::string, TypeP>> fields;
            for (std::size_t i = 0, n = below(4); i < n; ++i) fields.emplace_back(fieldName(), elem);
            return NodeBuilder(t).kid(bi("attrValues")).text(" ").kid(expr(Type::set(fields), depth - 1, forced)).build();
        }
        case 2:
            if (elem->kind != TypeKind::String) return nullptr;
            if (chance(0.7))
                return NodeBuilder(t).kid(bi("attrNames")).text(" ").kid(expr(Type::set(randomFields(1, 0)), depth - 1, forced)).build();
            return NodeBuilder(t).kid(bi("splitVersion")).text(" ").kid(withoutContext(expr(Type::string(), depth - 1, forced))).build();
        case 3: {
            std::vector<NodeP> sets;
            for (std::size_t i = 0, n = below(4); i < n; ++i) {
                auto fields = randomFields(0, 0);
                fields.erase(std::remove_if(fields.begin(), fields.end(), [](auto & p) { return p.first == "a"; }), fields.end());
                if (chance(0.7)) fields.emplace_back("a", elem);
                sets.push_back(expr(Type::set(fields), depth - 1, false));
            }
            auto list = std::make_shared<Node>(*listLiteralNode(Type::list(Type::any()), sets));
            return NodeBuilder(t).kid(bi("catAttrs")).text(" \"a\" ").kid(list).build();
        }
        case 4: {
            std::vector<NodeP> lists;
            for (std::size_t i = 0, n = below(4); i < n; ++i) lists.push_back(expr(t, depth - 1, false));
            return NodeBuilder(t).kid(bi("concatLists")).text(" ").kid(listLiteralNode(Type::list(t), lists)).build();
        }
        case 5: {
            auto mark = scopeMark();
            std::string x = freshName();
            declare(x, elem);
            NodeP fn = NodeBuilder(Type::function(elem, Type::bool_())).bind(x).text(x + ": ").kid(expr(Type::bool_(), depth - 1, false), true).build();
            popScope(mark);
            return NodeBuilder(t).text("(").kid(bi("partition")).text(" ").kid(fn).text(" ").kid(expr(t, depth - 1, forced))
                .text(chance(0.5) ? ").right" : ").wrong").atomic().build();
        }
        default: return nullptr;
        }
    }});
}

void ExprGen::addSet(std::vector<Choice> & c, const TypeP & t, int depth, bool forced) {
    c.push_back({"set_literal", [=, this]() -> NodeP { return setLiteral(t, depth, forced); }});
    c.push_back({"update", [=, this]() -> NodeP {
        // Right side: some of t's fields; left side: the others, plus fields the right overrides.
        std::vector<std::pair<std::string, TypeP>> left, right;
        for (auto & f : t->fields) {
            if (chance(0.5)) {
                right.push_back(f);
                if (chance(0.3)) left.emplace_back(f.first, randomType(0));
            } else {
                left.push_back(f);
            }
        }
        return NodeBuilder(t).kid(expr(Type::set(left), depth - 1, forced)).text(" // ").kid(expr(Type::set(right), depth - 1, forced)).build();
    }});
    c.push_back({"set_builtins", [=, this]() -> NodeP {
        switch (below(7)) {
        case 0: {
            auto fields = t->fields;
            std::vector<std::string> removed;
            for (std::size_t i = 0, n = below(3); i < n; ++i) {
                std::string g = fieldName();
                if (t->field(g)) continue;
                removed.push_back(g);
                fields.emplace_back(g, randomType(0));
            }
            std::string names = "[ ";
            for (auto & g : removed) names += quoteNixString(g) + " ";
            if (chance(0.3)) names += quoteNixString(fieldName() + "-absent") + " ";
            names += "]";
            return NodeBuilder(t).kid(bi("removeAttrs")).text(" ").kid(expr(Type::set(fields), depth - 1, forced)).text(" " + names).build();
        }
        case 1: {
            std::vector<std::pair<std::string, TypeP>> a, b = t->fields;
            for (auto & f : t->fields) a.emplace_back(f.first, randomType(0));
            std::string onlyA = fieldName() + "-a", onlyB = fieldName() + "-b";
            if (chance(0.5)) a.emplace_back(onlyA, randomType(0));
            if (chance(0.5)) b.emplace_back(onlyB, randomType(0));
            return NodeBuilder(t).kid(bi("intersectAttrs")).text(" ").kid(expr(Type::set(a), depth - 1, forced)).text(" ")
                .kid(expr(Type::set(b), depth - 1, forced)).build();
        }
        case 2: {
            // listToAttrs: the first occurrence of a name wins.
            std::vector<NodeP> items;
            for (auto & [name, ft] : t->fields) {
                items.push_back(NodeBuilder(Type::any()).text("{ name = " + quoteNixString(name) + "; value = ").kid(expr(ft, depth - 1, false))
                                    .text("; }").atomic().fixed().build());
                if (chance(0.2))
                    items.push_back(NodeBuilder(Type::any()).text("{ name = " + quoteNixString(name) + "; value = ")
                                        .kid(expr(randomType(0), depth - 1, false)).text("; }").atomic().fixed().build());
            }
            auto list = std::make_shared<Node>(*listLiteralNode(Type::list(Type::any()), items));
            list->listLiteral = false;  // dropping a first occurrence changes the value's type
            list->fixed = true;
            return NodeBuilder(t).kid(bi("listToAttrs")).text(" ").kid(list).build();
        }
        case 3: {
            if (!allFieldsOfOneType(t)) return nullptr;
            TypeP from = randomType(0);
            std::vector<std::pair<std::string, TypeP>> src;
            for (auto & f : t->fields) src.emplace_back(f.first, from);
            auto mark = scopeMark();
            std::string n = freshName(), v = freshName();
            declare(n, Type::string());
            declare(v, from);
            NodeP fn = NodeBuilder(Type::function(Type::string(), Type::function(from, t->fields.front().second)))
                           .bind(n).bind(v).text(n + ": " + v + ": ").kid(expr(t->fields.front().second, depth - 1, false), true).build();
            popScope(mark);
            return NodeBuilder(t).kid(bi("mapAttrs")).text(" ").kid(fn).text(" ").kid(expr(Type::set(src), depth - 1, forced)).build();
        }
        case 4: {
            if (!allFieldsOfOneType(t) || t->fields.front().second->kind != TypeKind::Bool) return nullptr;
            for (auto & f : t->fields)
                if (!usableAsVariable(f.first)) return nullptr;
            std::string pattern = "{ ";
            for (std::size_t i = 0; i < t->fields.size(); ++i)
                pattern += t->fields[i].first + (chance(0.5) ? " ? null" : "") + (i + 1 < t->fields.size() ? ", " : " ");
            pattern += "}: null";
            auto fn = std::make_shared<Node>(*leaf(Type::any(), pattern, false));
            fn->frozen = true;
            return NodeBuilder(t).kid(bi("functionArgs")).text(" ").kid(fn).build();
        }
        case 5: {
            if (t->fields.size() != 2 || !t->field("name") || !t->field("version") || t->field("name")->kind != TypeKind::String ||
                t->field("version")->kind != TypeKind::String)
                return nullptr;
            return NodeBuilder(t).kid(bi("parseDrvName")).text(" ").kid(withoutContext(expr(Type::string(), depth - 1, forced))).build();
        }
        default: {
            if (!allFieldsOfOneType(t)) return nullptr;
            // zipAttrsWith over sets whose names together are t's names.
            std::vector<NodeP> sets;
            std::vector<std::pair<std::string, TypeP>> s1, s2;
            for (auto & f : t->fields) {
                if (chance(0.6)) s1.emplace_back(f.first, randomType(0));
                else s2.emplace_back(f.first, randomType(0));
            }
            auto mark = scopeMark();
            std::string n = freshName(), vs = freshName();
            declare(n, Type::string());
            declare(vs, Type::list(Type::any()));
            NodeP fn = NodeBuilder(Type::any()).bind(n).bind(vs).text(n + ": " + vs + ": ")
                           .kid(expr(t->fields.front().second, depth - 1, false), true).fixed().build();
            popScope(mark);
            sets.push_back(expr(Type::set(s1), depth - 1, false));
            sets.push_back(expr(Type::set(s2), depth - 1, false));
            auto list = std::make_shared<Node>(*listLiteralNode(Type::list(Type::any()), sets));
            list->listLiteral = false;
            list->fixed = true;
            return NodeBuilder(t).kid(bi("zipAttrsWith")).text(" ").kid(fn).text(" ").kid(list).build();
        }
        }
    }});
}

void ExprGen::addFunction(std::vector<Choice> & c, const TypeP & t, int depth, bool forced) {
    const TypeP arg = t->arg, ret = t->ret;
    c.push_back({"lambda_value", [=, this]() -> NodeP { return lambda(t, depth); }});
    c.push_back({"formals_value", [=, this]() -> NodeP {
        if (arg->kind != TypeKind::Set) return nullptr;
        return lambda(t, depth);
    }});
    c.push_back({"builtin_function", [=, this]() -> NodeP {
        std::vector<std::string> names;
        if (ret->kind == TypeKind::String) names.push_back("typeOf");
        if (ret->kind == TypeKind::Bool) {
            for (const char * n : {"isInt", "isString", "isList", "isAttrs", "isFunction", "isBool", "isNull", "isFloat", "isPath"})
                names.push_back(n);
        }
        if (ret->kind == TypeKind::String && (arg->kind == TypeKind::Int || arg->kind == TypeKind::String || arg->kind == TypeKind::Bool ||
                                              arg->kind == TypeKind::Null || arg->kind == TypeKind::Float || arg->kind == TypeKind::Path))
            names.push_back("toString");
        if (ret->kind == TypeKind::Int && arg->kind == TypeKind::String) names.push_back("stringLength");
        if (ret->kind == TypeKind::Int && arg->kind == TypeKind::List) names.push_back("length");
        if (ret->kind == TypeKind::String && arg->kind == TypeKind::String) {
            names.push_back("baseNameOf");
            names.push_back("dirOf");
        }
        if (ret->kind == TypeKind::Path && arg->kind == TypeKind::Path) names.push_back("dirOf");
        if (arg->kind == TypeKind::Set && ret->kind == TypeKind::List && ret->elem->kind == TypeKind::String) names.push_back("attrNames");
        if (arg->kind == TypeKind::Int && ret->kind == TypeKind::Function && ret->arg->kind == TypeKind::Int && ret->ret->kind == TypeKind::Int)
            for (const char * n : {"add", "sub", "mul", "bitAnd", "bitOr", "bitXor"}) names.push_back(n);
        if (arg->kind == TypeKind::Int && ret->kind == TypeKind::Function && ret->arg->kind == TypeKind::Int && ret->ret->kind == TypeKind::Bool)
            names.push_back("lessThan");
        if (names.empty()) return nullptr;
        auto n = std::make_shared<Node>(*bi(pick(names)));
        n->type = t;
        return n;
    }});
    c.push_back({"partial", [=, this]() -> NodeP {
        if (arg->kind == TypeKind::Int && ret->kind == TypeKind::Int) {
            static const char * const ops[] = {"add", "sub", "mul", "bitXor"};
            return NodeBuilder(t).kid(bi(ops[below(4)])).text(" ").kid(expr(Type::int_(), depth - 1, false)).build();
        }
        if (arg->kind == TypeKind::List && ret->kind == TypeKind::Bool)
            return NodeBuilder(t).kid(bi("elem")).text(" ").kid(expr(arg->elem, depth - 1, false)).build();
        if (arg->kind == TypeKind::Set && ret->kind == TypeKind::Bool)
            return NodeBuilder(t).kid(bi("hasAttr")).text(" " + quoteNixString(fieldName())).build();
        if (arg->kind == TypeKind::String && ret->kind == TypeKind::String)
            return NodeBuilder(t).kid(bi("hashString")).text(" \"sha1\"").build();
        if (arg->kind == TypeKind::List && arg->elem->kind == TypeKind::String && ret->kind == TypeKind::String)
            return NodeBuilder(t).kid(bi("concatStringsSep")).text(" ").kid(expr(Type::string(), depth - 1, false)).build();
        if (arg->kind == TypeKind::List && ret->kind == TypeKind::List) {
            auto mark = scopeMark();
            std::string x = freshName();
            declare(x, arg->elem);
            NodeP fn = NodeBuilder(Type::function(arg->elem, ret->elem)).bind(x).text(x + ": ").kid(expr(ret->elem, depth - 1, false), true).build();
            popScope(mark);
            return NodeBuilder(t).kid(bi("map")).text(" ").kid(fn).build();
        }
        if ((sameType(arg, ret) || ret->kind == TypeKind::Any) && chance(0.5))
            return NodeBuilder(t).kid(bi("seq")).text(" ").kid(expr(randomType(0), depth - 1, false)).build();
        // Otherwise a curried lambda given its first argument: (y: x: R) E.
        TypeP yt = randomType(0);
        NodeP first = expr(yt, depth - 1, false);
        auto mark = scopeMark();
        std::string y = freshName(), x = freshName();
        declare(y, yt);
        declare(x, arg);
        NodeP body = expr(ret, depth - 1, false);
        popScope(mark);
        NodeP fn = NodeBuilder(Type::function(yt, t)).bind(y).bind(x).text(y + ": " + x + ": ").kid(body, true).build();
        return NodeBuilder(t).kid(fn).text(" ").kid(first).build();
    }});
    c.push_back({"compose", [=, this]() -> NodeP {
        // x: F (G x) with G : arg -> mid and F : mid -> ret
        TypeP mid = randomType(0);
        NodeP g = expr(Type::function(arg, mid), depth - 1, false);
        NodeP f = expr(Type::function(mid, ret), depth - 1, false);
        std::string x = freshName();
        return NodeBuilder(t).bind(x).text(x + ": ").kid(f).text(" (").kid(g).text(" " + x + ")").build();
    }});
    (void)forced;
}

void ExprGen::addAny(std::vector<Choice> & c, int depth, bool forced) {
    c.push_back({"any_value", [=, this]() -> NodeP { return expr(randomType(std::min(depth - 1, 2)), depth - 1, forced); }});
    c.push_back({"mixed_list", [=, this]() -> NodeP {
        std::vector<NodeP> elems;
        for (std::size_t i = 0, n = below(std::size_t(config_.maxListLength) + 1); i < n; ++i) elems.push_back(expr(randomType(1), depth - 1, false));
        return listLiteralNode(Type::list(Type::any()), std::move(elems));
    }});
    c.push_back({"json", [=, this]() -> NodeP {
        // JSON the reference reads without error but in its own way: escapes, surrogate
        // pairs, NUL (ends the string), exponents, underflow to 0, integers past int64 (they
        // wrap or become floats), duplicate keys (the last wins), odd spacing.
        static const std::vector<std::string> tricky = {
            "\"\\u00e9\"", "\"\\ud83d\\ude00\"", "1E2", "-0.0", "1e-400", "12345678901234567890",
            "-9223372036854775809", "0.1e1", "\"\\/\"", "\"\\b\\f\\t\"", "{\"a\":1,\"a\":2}", "\"a\\u0000b\"",
            "2.5e-324", " [ 1 ,\n2 ] ", "18446744073709551615", "123.456e-2", "{ }", "[[[]]]"};
        std::string text;
        if (chance(0.3)) {
            text = "[";
            for (std::size_t i = 0, n = 1 + below(3); i < n; ++i) text += (i ? "," : "") + pick(tricky);
            text += "]";
        } else {
            text = jsonText(randomJsonValue(2));
        }
        return NodeBuilder(Type::any()).kid(bi("fromJSON")).text(" ").kid(leaf(Type::string(), quoteNixString(text), true)).build();
    }});
    c.push_back({"regex", [=, this]() -> NodeP {
        static const std::vector<std::string> regexes = {"a", "([a-z]+)", "(a|b)*", "(.*)", "([0-9]+)(x)?", "[^a]*", "(a)|(b)"};
        return NodeBuilder(Type::any()).kid(bi(chance(0.5) ? "match" : "split")).text(" " + quoteNixString(pick(regexes)) + " ")
            .kid(expr(Type::string(), depth - 1, forced)).build();
    }});
    c.push_back({"try_eval", [=, this]() -> NodeP {
        return NodeBuilder(Type::any()).kid(bi("tryEval")).text(" ").kid(expr(randomType(1), depth - 1, false)).build();
    }});
    c.push_back({"set_builtins", [=, this]() -> NodeP {
        TypeP et = randomType(0);
        auto mark = scopeMark();
        std::string x = freshName();
        declare(x, et);
        NodeP key = expr(Type::string(), depth - 1, false);
        popScope(mark);
        NodeP fn = NodeBuilder(Type::function(et, Type::string())).bind(x).text(x + ": ").kid(key, true).build();
        return NodeBuilder(Type::any()).kid(bi("groupBy")).text(" ").kid(fn).text(" ").kid(expr(Type::list(et), depth - 1, forced)).build();
    }});
}

}  // namespace nixtwin::gen
