// value_semantics.cpp — the model of `==` and `<`.
#include "value_semantics.hpp"

#include <cmath>

namespace nixtwin::gen {

namespace {

bool isDerivation(const NixValue & v) {
    if (v.kind != ValueKind::Attrs) return false;
    auto * type = v.get("type");
    return type && type->kind == ValueKind::String && type->text == "derivation";
}

std::string cannotCompare(const NixValue & a, const NixValue & b) {
    return "cannot compare " + showType(a) + " with " + showType(b);
}

}  // namespace

bool modelEquals(const NixValue & a, const NixValue & b) {
    if (a.kind == ValueKind::Int && b.kind == ValueKind::Float) return double(a.integer) == b.fpoint;
    if (a.kind == ValueKind::Float && b.kind == ValueKind::Int) return a.fpoint == double(b.integer);
    if (a.kind != b.kind) return false;
    switch (a.kind) {
    case ValueKind::Null: return true;
    case ValueKind::Bool: return a.boolean == b.boolean;
    case ValueKind::Int: return a.integer == b.integer;
    case ValueKind::Float: return a.fpoint == b.fpoint;
    case ValueKind::String:
    case ValueKind::Path: return a.text == b.text;
    case ValueKind::List:
        if (a.list.size() != b.list.size()) return false;
        for (std::size_t i = 0; i < a.list.size(); ++i)
            if (!modelEquals(a.list[i], b.list[i])) return false;
        return true;
    case ValueKind::Attrs: {
        if (isDerivation(a) && isDerivation(b)) {
            auto * pa = a.get("outPath");
            auto * pb = b.get("outPath");
            if (pa && pb) return modelEquals(*pa, *pb);
        }
        if (a.attrs.size() != b.attrs.size()) return false;
        for (std::size_t i = 0; i < a.attrs.size(); ++i)
            if (a.attrs[i].first != b.attrs[i].first || !modelEquals(a.attrs[i].second, b.attrs[i].second)) return false;
        return true;
    }
    case ValueKind::Function: return false;
    }
    return false;
}

bool modelEqualsSelf(const NixValue & v) {
    if (v.kind == ValueKind::Function) return false;
    if (v.kind == ValueKind::Float) return !std::isnan(v.fpoint);
    return true;
}

CompareResult modelLessThan(const NixValue & a, const NixValue & b) {
    if (a.kind == ValueKind::Float && b.kind == ValueKind::Int) return a.fpoint < double(b.integer);
    if (a.kind == ValueKind::Int && b.kind == ValueKind::Float) return double(a.integer) < b.fpoint;
    if (a.kind != b.kind) return cannotCompare(a, b);
    switch (a.kind) {
    case ValueKind::Int: return a.integer < b.integer;
    case ValueKind::Float: return a.fpoint < b.fpoint;
    // std::string compares bytes as unsigned char, like strcmp.
    case ValueKind::String:
    case ValueKind::Path: return a.text < b.text;
    case ValueKind::List:
        // Lexicographic: the first pair of elements that are not `==` decides.
        for (std::size_t i = 0;; ++i) {
            if (i == b.list.size()) return false;
            if (i == a.list.size()) return true;
            if (!modelEquals(a.list[i], b.list[i])) return modelLessThan(a.list[i], b.list[i]);
        }
    default: return cannotCompare(a, b);
    }
}

bool comparable(const NixValue & a, const NixValue & b) {
    return std::holds_alternative<bool>(modelLessThan(a, b));
}

}  // namespace nixtwin::gen
