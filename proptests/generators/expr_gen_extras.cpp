// expr_gen_extras.cpp — constructs beyond the core: lazy traps (an error where evaluation
// must never reach: over-eager evaluation shows up as a failure), functors (sets with
// __functor called as functions), the store as seen from an evaluation with the dummy store
// (derivation, toFile, string contexts: paths are computed, never written),
// genericClosure and toXML.
#include "expr_gen.hpp"
#include "value_print.hpp"
#include "value_source.hpp"

namespace nixtwin::gen {

namespace {

const std::vector<std::string> kStoreNames = {"a", "hello-1.0", "x_y", "p+q", "a.b", "_", "n=1?", "foo-bar-2.3.4"};

}  // namespace

std::string ExprGen::storeName() { return pick(kStoreNames); }

// An error that is never evaluated. Frozen: shrinking must not move it where it would be.
NodeP ExprGen::trap(int depth) {
    auto n = std::make_shared<Node>(*errorExpr(Type::any(), std::min(depth, 1), true));
    n->errorSite = false;
    n->frozen = true;
    n->construct = "lazy_trap";
    return n;
}

NodeP ExprGen::lazyTrap(const TypeP & t, int depth, bool forced) {
    NodeBuilder b(t, "lazy_trap");
    switch (below(t->kind == TypeKind::Bool ? 8 : t->kind == TypeKind::Int ? 8 : 6)) {
    case 0: {
        std::string unused = freshName();
        return b.bind(unused).text("let " + unused + " = ").kid(trap(depth), true).text("; in ").kid(expr(t, depth - 1, forced), true).build();
    }
    case 1: {
        std::string unused = freshName();
        NodeP fn = NodeBuilder(Type::function(Type::any(), t)).bind(unused).text(unused + ": ").kid(expr(t, depth - 1, forced), true).build();
        return b.kid(fn).text(" ").kid(trap(depth)).build();
    }
    case 2: {
        std::string f = freshName(), g = freshName();
        return b.text("{ " + f + " = ").kid(expr(t, depth - 1, forced)).text("; " + g + " = ").kid(trap(depth)).text("; }." + f).atomic().build();
    }
    case 3: {
        NodeP list = NodeBuilder(Type::list(t)).text("[ ").kid(expr(t, depth - 1, false)).text(" ").kid(trap(depth)).text(" ]").atomic().fixed().build();
        return b.kid(bi("head")).text(" ").kid(list).build();
    }
    case 4: {
        NodeP list = NodeBuilder(Type::list(t)).text("[ ").kid(trap(depth)).text(" ").kid(expr(t, depth - 1, false)).text(" ]").atomic().fixed().build();
        return b.kid(bi("elemAt")).text(" ").kid(list).text(" 1").build();
    }
    case 5:
        if (chance(0.5)) return b.text("if true then ").kid(expr(t, depth - 1, forced)).text(" else ").kid(trap(depth)).build();
        return b.text("if false then ").kid(trap(depth)).text(" else ").kid(expr(t, depth - 1, forced)).build();
    default:
        if (t->kind == TypeKind::Int)
            return b.kid(bi("length")).text(" [ ").kid(trap(depth)).text(" ").kid(trap(depth)).text(" ]").build();
        switch (below(3)) {
        case 0: return b.text("false && ").kid(trap(depth)).build();
        case 1: return b.text("true || ").kid(trap(depth)).build();
        default: return b.text("false -> ").kid(trap(depth)).build();
        }
    }
}

// derivation { name = …; system = …; builder = …; args = [ … ]; <extra> = …; }
NodeP ExprGen::derivationExpr(int depth) {
    NodeBuilder b(Type::any(), "store");
    // An empty system or builder is "required attribute … missing". One draw per statement:
    // the order of operands of + is unspecified (gcc and clang differ).
    std::string name = storeName();
    std::string system = chance(0.7) ? std::string("x86_64-linux") : "s" + randomStringBytes(4);
    std::string builder = chance(0.7) ? std::string("/bin/sh") : "b" + randomStringBytes(4);
    b.text("derivation { name = " + quoteNixString(name) + "; system = " + quoteNixString(system) + "; builder = " +
           quoteNixString(builder) + "; ");
    if (chance(0.5)) b.text("args = [ \"-c\" " + quoteNixString(randomStringBytes(4)) + " ]; ");
    // Attribute values are coerced to strings: ints, Booleans, null, strings (here with the
    // context of a file in the store), lists of those.
    switch (below(4)) {
    case 0: b.text("extra = ").kid(expr(Type::int_(), std::min(depth - 1, 1), false)).text("; "); break;
    case 1: b.text("flag = ").kid(expr(Type::bool_(), std::min(depth - 1, 1), false)).text("; "); break;
    case 2: {
        std::string file = storeName();
        b.text("src = builtins.toFile " + quoteNixString(file) + " " + quoteNixString(randomStringBytes(5)) + "; ");
        break;
    }
    default: b.text("outputs = [ \"out\" \"dev\" ]; "); break;
    }
    // Fixed: as "any value" it would shrink to null, which is not a derivation.
    return b.text("}").atomic().fixed().build();
}

void ExprGen::addExtras(std::vector<Choice> & c, const TypeP & t, int depth, bool forced) {
    c.push_back({"lazy_trap", [=, this]() -> NodeP { return lazyTrap(t, depth, forced); }});
    if (t->kind == TypeKind::Function) {
        c.push_back({"functor", [=, this]() -> NodeP {
            auto mark = scopeMark();
            std::string self = freshName(), x = freshName();
            declare(x, t->arg);
            NodeP body = expr(t->ret, depth - 1, false);
            popScope(mark);
            NodeP fn = NodeBuilder(Type::any()).bind(self).bind(x).text(self + ": " + x + ": ").kid(body, true).fixed().build();
            NodeBuilder b(t, "functor");
            b.text("{ __functor = ").kid(fn);
            if (chance(0.3)) b.text("; " + freshName() + " = ").kid(expr(randomType(0), depth - 1, false));
            return b.text("; }").atomic().build();
        }});
    }
    if (t->kind == TypeKind::String) {
        c.push_back({"store", [=, this]() -> NodeP {
            switch (below(4)) {
            case 0:
                // Contents are a literal: a string with the context of a derivation output
                // may not be written to a file.
            {
                NodeP head = bi("toFile");
                std::string file = storeName();
                return NodeBuilder(t).kid(head).text(" " + quoteNixString(file) + " " + quoteNixString(randomStringBytes(6))).build();
            }
            case 1: return NodeBuilder(t).text("\"${").kid(derivationExpr(depth)).text("}\"").atomic().build();
            case 2: return NodeBuilder(t).text("(").kid(derivationExpr(depth)).text(chance(0.5) ? ").drvPath" : ").outPath").atomic().build();
            default: return NodeBuilder(t).kid(bi("placeholder")).text(" " + quoteNixString(chance(0.5) ? "out" : "dev")).build();
            }
        }});
        c.push_back({"to_xml", [=, this]() -> NodeP {
            TypeP xt = randomType(1);
            for (int tries = 0; tries < 5 && !functionFree(xt); ++tries) xt = randomType(1);
            if (!functionFree(xt)) xt = Type::string();
            return NodeBuilder(t).kid(bi("toXML")).text(" ").kid(expr(xt, depth - 1, forced)).build();
        }});
    }
    if (t->kind == TypeKind::Bool) {
        c.push_back({"store", [=, this]() -> NodeP {
            return NodeBuilder(t).kid(bi("hasContext")).text(" ").kid(expr(Type::string(), depth - 1, forced)).build();
        }});
    }
    if (t->kind == TypeKind::Any) {
        c.push_back({"store", [=, this]() -> NodeP {
            if (chance(0.5)) return derivationExpr(depth);
            return NodeBuilder(t).kid(bi("getContext")).text(" ").kid(expr(Type::string(), depth - 1, forced)).build();
        }});
        c.push_back({"generic_closure", [=, this]() -> NodeP {
            std::string x = freshName();
            std::string start = "[ ";
            for (std::size_t i = 0, n = 1 + below(3); i < n; ++i) start += "{ key = " + std::to_string(between(-3, 10)) + "; } ";
            start += "]";
            std::int64_t limit = between(0, 15);
            std::int64_t step = between(1, 3);
            std::string op = x + ": if " + x + ".key < " + std::to_string(limit) + " then [ { key = " + x + ".key + " +
                             std::to_string(step) + "; } ] else [ ]";
            auto n = std::make_shared<Node>(*NodeBuilder(t).kid(bi("genericClosure")).text(" { startSet = " + start + "; operator = " + op + "; }").build());
            return n;
        }});
    }
}

}  // namespace nixtwin::gen
