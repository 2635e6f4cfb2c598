// nix_type.cpp — type constructors and predicates.
#include "nix_type.hpp"

#include <algorithm>

namespace nixtwin::gen {

namespace {

TypeP make(TypeKind k) {
    auto t = std::make_shared<Type>();
    t->kind = k;
    return t;
}

}  // namespace

// Scalars are shared singletons: types are immutable.
TypeP Type::int_() { static TypeP t = make(TypeKind::Int); return t; }
TypeP Type::float_() { static TypeP t = make(TypeKind::Float); return t; }
TypeP Type::bool_() { static TypeP t = make(TypeKind::Bool); return t; }
TypeP Type::string() { static TypeP t = make(TypeKind::String); return t; }
TypeP Type::null() { static TypeP t = make(TypeKind::Null); return t; }
TypeP Type::path() { static TypeP t = make(TypeKind::Path); return t; }
TypeP Type::any() { static TypeP t = make(TypeKind::Any); return t; }

TypeP Type::list(TypeP elem) {
    auto t = std::make_shared<Type>();
    t->kind = TypeKind::List;
    t->elem = std::move(elem);
    return t;
}

TypeP Type::set(std::vector<std::pair<std::string, TypeP>> fields) {
    auto t = std::make_shared<Type>();
    t->kind = TypeKind::Set;
    std::stable_sort(fields.begin(), fields.end(), [](const auto & a, const auto & b) { return a.first < b.first; });
    for (auto & f : fields)
        if (t->fields.empty() || t->fields.back().first != f.first) t->fields.push_back(std::move(f));
    return t;
}

TypeP Type::function(TypeP arg, TypeP ret) {
    auto t = std::make_shared<Type>();
    t->kind = TypeKind::Function;
    t->arg = std::move(arg);
    t->ret = std::move(ret);
    return t;
}

TypeP Type::field(const std::string & name) const {
    for (auto & [n, t] : fields)
        if (n == name) return t;
    return nullptr;
}

bool Type::isScalar() const {
    return kind == TypeKind::Int || kind == TypeKind::Float || kind == TypeKind::Bool || kind == TypeKind::String ||
           kind == TypeKind::Null || kind == TypeKind::Path;
}

bool sameType(const TypeP & a, const TypeP & b) {
    if (a == b) return true;
    if (!a || !b || a->kind != b->kind) return false;
    switch (a->kind) {
    case TypeKind::List: return sameType(a->elem, b->elem);
    case TypeKind::Function: return sameType(a->arg, b->arg) && sameType(a->ret, b->ret);
    case TypeKind::Set:
        if (a->fields.size() != b->fields.size()) return false;
        for (std::size_t i = 0; i < a->fields.size(); ++i)
            if (a->fields[i].first != b->fields[i].first || !sameType(a->fields[i].second, b->fields[i].second))
                return false;
        return true;
    default: return true;
    }
}

std::string describe(const TypeP & t) {
    switch (t->kind) {
    case TypeKind::Int: return "int";
    case TypeKind::Float: return "float";
    case TypeKind::Bool: return "bool";
    case TypeKind::String: return "string";
    case TypeKind::Null: return "null";
    case TypeKind::Path: return "path";
    case TypeKind::Any: return "any";
    case TypeKind::List: return "[" + describe(t->elem) + "]";
    case TypeKind::Function: return "(" + describe(t->arg) + " -> " + describe(t->ret) + ")";
    case TypeKind::Set: {
        std::string out = "{ ";
        for (auto & [n, ft] : t->fields) out += n + ": " + describe(ft) + "; ";
        return out + "}";
    }
    }
    return "?";
}

bool orderable(const TypeP & t) {
    switch (t->kind) {
    case TypeKind::Int:
    case TypeKind::Float:
    case TypeKind::String:
    case TypeKind::Path: return true;
    case TypeKind::List: return orderable(t->elem);
    default: return false;
    }
}

bool functionFree(const TypeP & t) {
    switch (t->kind) {
    case TypeKind::Function:
    case TypeKind::Any: return false;
    case TypeKind::List: return functionFree(t->elem);
    case TypeKind::Set:
        return std::all_of(t->fields.begin(), t->fields.end(), [](const auto & f) { return functionFree(f.second); });
    default: return true;
    }
}

}  // namespace nixtwin::gen
