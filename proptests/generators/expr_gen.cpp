// expr_gen.cpp — randomness, names, types, literals and the dispatch of ExprGen.
#include "expr_gen.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "value_json.hpp"
#include "value_print.hpp"
#include "value_source.hpp"

namespace nixtwin::gen {

namespace {

// Field names for generated sets: plain identifiers, ones that need quoting ("a b", "if",
// "1", "", "${"), non-ASCII. Never a name with a meaning to the evaluator (outPath,
// __functor, __toString, type) or one that could shadow what programs use (builtins, true…).
const std::vector<std::string> kFieldNames = {
    "a", "b", "c", "x", "y", "foo", "bar", "name", "value", "a-b", "a'", "_z", "Zz",
    "if", "or", "let", "a b", "1", "", "${x}", "é", "a.b", "\"q\"", "\\",
};

}  // namespace

ExprGen::ExprGen(const GeneratorConfig & config, std::uint64_t seed) : config_(config), rng_(seed) {}

bool ExprGen::chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }

std::size_t ExprGen::below(std::size_t n) { return n == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }

std::int64_t ExprGen::between(std::int64_t lo, std::int64_t hi) {
    return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng_);
}

std::string ExprGen::freshName() {
    // Several identifier shapes (with ' and -), always unique thanks to the counter.
    static const char * const prefixes[] = {"v", "x", "acc", "f", "s", "my-", "a'", "_t", "N"};
    std::string p = prefixes[below(sizeof prefixes / sizeof *prefixes)];
    std::string n = p + std::to_string(++names_);
    if (p == "a'") n = "a" + std::to_string(names_) + "'";
    return n;
}

std::string ExprGen::fieldName() { return pick(kFieldNames); }

TypeP ExprGen::scalarType() {
    static const std::vector<TypeP> scalars = {Type::int_(), Type::int_(), Type::string(), Type::string(),
                                               Type::bool_(), Type::float_(), Type::null(), Type::path()};
    return pick(scalars);
}

std::vector<std::pair<std::string, TypeP>> ExprGen::randomFields(int depth, std::size_t minFields) {
    std::size_t n = std::max<std::size_t>(minFields, below(std::size_t(config_.maxSetFields) + 1));
    std::vector<std::pair<std::string, TypeP>> fields;
    for (std::size_t i = 0; i < n; ++i) {
        std::string name = fieldName();  // one statement per draw: argument order is unspecified
        fields.emplace_back(name, randomType(depth - 1));
    }
    return fields;
}

TypeP ExprGen::randomType(int depth) {
    std::vector<std::string> names;
    std::vector<double> weights;
    for (auto & [name, w] : config_.typeWeights) {
        bool composite = name == "list" || name == "set" || name == "function";
        if (composite && depth <= 0) continue;
        names.push_back(name);
        weights.push_back(w);
    }
    if (names.empty()) return Type::int_();
    std::discrete_distribution<std::size_t> d(weights.begin(), weights.end());
    const std::string & k = names[d(rng_)];
    if (k == "int") return Type::int_();
    if (k == "float") return Type::float_();
    if (k == "bool") return Type::bool_();
    if (k == "string") return Type::string();
    if (k == "null") return Type::null();
    if (k == "path") return Type::path();
    if (k == "any") return Type::any();
    if (k == "list") return Type::list(randomType(depth - 1));
    if (k == "set") return Type::set(randomFields(depth, 0));
    // Functions take a scalar or a small set (so that formals patterns apply).
    TypeP arg = chance(0.3) ? Type::set(randomFields(1, 1)) : scalarType();
    return Type::function(arg, randomType(depth - 1));
}

std::vector<ExprGen::Var> ExprGen::varsOfType(const TypeP & t) const {
    std::vector<Var> out;
    for (auto & v : scope_)
        if (t->kind == TypeKind::Any || sameType(v.type, t)) out.push_back(v);
    return out;
}

std::vector<ExprGen::Var> ExprGen::functionsReturning(const TypeP & t) const {
    std::vector<Var> out;
    for (auto & v : scope_)
        if (v.type->kind == TypeKind::Function && (t->kind == TypeKind::Any || sameType(v.type->ret, t))) out.push_back(v);
    return out;
}

NixValue ExprGen::randomScalarValue(TypeKind kind) {
    switch (kind) {
    case TypeKind::Int: {
        static const std::int64_t edges[] = {0, 1, -1, 2, std::numeric_limits<std::int64_t>::max(),
                                             std::numeric_limits<std::int64_t>::min(), std::int64_t(1) << 31,
                                             (std::int64_t(1) << 32) + 1, std::int64_t(1) << 53,
                                             (std::int64_t(1) << 53) + 1, -(std::int64_t(1) << 62), 4611686018427387904};
        double r = std::uniform_real_distribution<double>(0, 1)(rng_);
        if (r < 0.6) return NixValue::int_(between(-10, 100));
        if (r < 0.8) return NixValue::int_(between(-1000000, 1000000));
        if (r < 0.9) return NixValue::int_(edges[below(sizeof edges / sizeof *edges)]);
        return NixValue::int_(std::int64_t(rng_()));
    }
    case TypeKind::Float: {
        static const double edges[] = {0.0, -0.0, 0.1, 1.0 / 3, 1e20, 1e21, 1e-7, 1.7976931348623157e308,
                                       2.2250738585072014e-308, 4.9406564584124654e-324, 123456.5, 1234567.0,
                                       0.000123456789, 1e16, 9007199254740993.0, -2.5, 0.5, 100.0};
        double r = std::uniform_real_distribution<double>(0, 1)(rng_);
        if (r < 0.4) return NixValue::float_(double(between(-1000, 1000)) / 8.0);
        if (r < 0.6) {
            double mantissa = double(between(-999999, 999999));
            return NixValue::float_(mantissa * std::pow(10.0, double(between(-12, 12))));
        }
        if (r < 0.8) return NixValue::float_(edges[below(sizeof edges / sizeof *edges)]);
        for (;;) {
            std::uint64_t bits = rng_();
            double d;
            static_assert(sizeof d == sizeof bits);
            std::memcpy(&d, &bits, sizeof d);
            if (std::isfinite(d)) return NixValue::float_(d);
        }
    }
    case TypeKind::Bool: return NixValue::boolean_(chance(0.5));
    case TypeKind::String: return NixValue::string(randomStringBytes(std::size_t(config_.maxStringLength)));
    case TypeKind::Path: return NixValue::path(randomPath());
    default: return NixValue::null();
    }
}

std::string ExprGen::randomStringBytes(std::size_t maxLen) {
    // Mostly readable text, with the bytes that stress escaping and encodings.
    static const std::vector<std::string> pieces = {
        "a", "b", "c", "x", "1", "-", ".", " ", "ab", "foo", "$", "{", "}", "${", "\\", "\"", "'", "''",
        "\n", "\t", "\r", "é", "€", "\xff", "\xc3", "\x01", "\x7f", "/", "a.b-1.2", "1.0",
    };
    std::size_t n = below(maxLen + 1);
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s += pick(pieces);
    return s;
}

std::string ExprGen::randomPath() {
    static const std::vector<std::string> parts = {"a", "b", "nix", "store", "foo.nix", "x-1", "...", "a+b", "_", "..x", "Z9"};
    std::string p;
    std::size_t n = 1 + below(3);
    for (std::size_t i = 0; i < n; ++i) p += "/" + pick(parts);
    return p;
}

NixValue ExprGen::randomJsonValue(int depth) {
    double r = std::uniform_real_distribution<double>(0, 1)(rng_);
    if (depth > 0 && r < 0.2) {
        std::vector<NixValue> items;
        for (std::size_t i = 0, n = below(std::size_t(config_.maxListLength) + 1); i < n; ++i)
            items.push_back(randomJsonValue(depth - 1));
        return NixValue::list_(std::move(items));
    }
    if (depth > 0 && r < 0.4) {
        std::vector<std::pair<std::string, NixValue>> items;
        for (std::size_t i = 0, n = below(std::size_t(config_.maxSetFields) + 1); i < n; ++i) {
            std::string k = fieldName();
            if (isValidUtf8(k)) items.emplace_back(k, randomJsonValue(depth - 1));
        }
        return NixValue::attrs_(std::move(items));
    }
    static const TypeKind kinds[] = {TypeKind::Int, TypeKind::Float, TypeKind::Bool, TypeKind::String, TypeKind::Null};
    for (;;) {
        NixValue v = randomScalarValue(kinds[below(5)]);
        if (v.kind == ValueKind::String && !isValidUtf8(v.text)) continue;
        return v;
    }
}

NodeP ExprGen::literal(const TypeP & t) {
    switch (t->kind) {
    case TypeKind::Int:
    case TypeKind::Float: {
        NixValue v = randomScalarValue(t->kind);
        std::string src = toNixSource(v);
        // Other spellings the lexer accepts: 007, .5, 1., 1.5E3.
        if (chance(0.1) && src[0] != '(') {
            if (t->kind == TypeKind::Int) {
                src = "00" + src;
            } else if (src.rfind("0.", 0) == 0) {
                src = src.substr(1);
            } else if (src.size() > 2 && src.compare(src.size() - 2, 2, ".0") == 0) {
                src.pop_back();
            } else if (auto e = src.find('e'); e != std::string::npos) {
                src[e] = 'E';
            }
        }
        return leaf(t, src, true);
    }
    case TypeKind::Bool:
    case TypeKind::Null:
    case TypeKind::Path: {
        // toNixSource parenthesises what needs it.
        return leaf(t, toNixSource(randomScalarValue(t->kind)), true);
    }
    case TypeKind::String: {
        static const std::vector<std::string> uris = {"http://example.org/a?b=c&d", "https://nixos.org", "ftp://x.y/z",
                                                      "mailto:a@b.c", "a+b-c.d:e%2Ff"};
        double r = std::uniform_real_distribution<double>(0, 1)(rng_);
        // A URI literal is a string; parenthesised, since ',' and others would extend it.
        if (r < 0.03) return leaf(t, pick(uris), false);
        return r < 0.85 ? stringLiteralNode() : indentedString(0, false);
    }
    case TypeKind::List: {
        std::vector<NodeP> elems;
        for (std::size_t i = 0, n = below(3); i < n; ++i) elems.push_back(literal(t->elem));
        return listLiteralNode(t, std::move(elems));
    }
    case TypeKind::Set: return setLiteral(t, 0, false);
    case TypeKind::Function: return lambda(t, 0);
    case TypeKind::Any: return literal(scalarType());
    }
    return leaf(t, "null", true);
}

NodeP ExprGen::choose(std::vector<Choice> & choices, const TypeP & t, int depth, bool forced) {
    std::vector<double> weights;
    for (auto & c : choices) weights.push_back(config_.construct(c.construct));
    while (!choices.empty()) {
        double total = 0;
        for (double w : weights) total += w;
        if (total <= 0) break;
        std::discrete_distribution<std::size_t> d(weights.begin(), weights.end());
        std::size_t i = d(rng_);
        // A construct that finds itself inapplicable returns null; undo what it did.
        auto mark = scopeMark();
        bool placed = errorPlaced_;
        if (NodeP n = choices[i].make()) {
            if (!n->errorSite && n->construct != choices[i].construct) {
                auto copy = std::make_shared<Node>(*n);
                copy->construct = choices[i].construct;
                n = copy;
            }
            return n;
        }
        popScope(mark);
        errorPlaced_ = placed;
        choices.erase(choices.begin() + std::ptrdiff_t(i));
        weights.erase(weights.begin() + std::ptrdiff_t(i));
    }
    (void)depth;
    (void)forced;
    return literal(t);
}

NodeP ExprGen::expr(const TypeP & t, int depth, bool forced) {
    // The program's root is rarely the error itself: most errors sit deeper.
    if (wantError_ && !errorPlaced_ && forced && chance(forcedVisits_++ == 0 ? 0.05 : errorHereProbability_)) {
        errorPlaced_ = true;
        return errorExpr(t, depth);
    }
    // Leaves become likelier as the budget runs out.
    if (depth <= 0 || chance(0.2)) {
        auto vars = varsOfType(t);
        if (!vars.empty() && chance(0.6)) {
            auto & v = pick(vars);
            return varRef(v.type, v.name);
        }
        return literal(t);
    }
    std::vector<Choice> choices;
    addGeneric(choices, t, depth, forced);
    switch (t->kind) {
    case TypeKind::Int: addInt(choices, depth, forced); break;
    case TypeKind::Float: addFloat(choices, depth, forced); break;
    case TypeKind::Bool: addBool(choices, depth, forced); break;
    case TypeKind::String: addString(choices, depth, forced); break;
    case TypeKind::Path: addPath(choices, depth, forced); break;
    case TypeKind::Null: addNull(choices, depth, forced); break;
    case TypeKind::List: addList(choices, t, depth, forced); break;
    case TypeKind::Set: addSet(choices, t, depth, forced); break;
    case TypeKind::Function: addFunction(choices, t, depth, forced); break;
    case TypeKind::Any: addAny(choices, depth, forced); break;
    }
    addExtras(choices, t, depth, forced);
    return choose(choices, t, depth, forced);
}

NodeP ExprGen::program(const TypeP & type, bool plantError) {
    wantError_ = plantError;
    errorPlaced_ = false;
    forcedVisits_ = 0;
    scope_.clear();
    NodeP root = expr(type, config_.maxDepth, true);
    if (plantError && !errorPlaced_) {
        // Nowhere forced was chosen: force the error before the program's value.
        errorPlaced_ = true;
        root = NodeBuilder(type, "seq")
                   .text("builtins.seq ")
                   .kid(errorExpr(Type::any(), 1))
                   .text(" ")
                   .kid(root)
                   .build();
    }
    return root;
}

}  // namespace nixtwin::gen
