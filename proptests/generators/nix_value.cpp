// nix_value.cpp — constructors and type descriptions of the value model.
#include "nix_value.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace nixtwin::gen {

NixValue::NixValue() = default;
NixValue::NixValue(const NixValue &) = default;
NixValue::NixValue(NixValue &&) noexcept = default;
NixValue & NixValue::operator=(const NixValue &) = default;
NixValue & NixValue::operator=(NixValue &&) noexcept = default;
NixValue::~NixValue() = default;

NixValue NixValue::null() { return {}; }

NixValue NixValue::boolean_(bool b) {
    NixValue v;
    v.kind = ValueKind::Bool;
    v.boolean = b;
    return v;
}

NixValue NixValue::int_(std::int64_t i) {
    NixValue v;
    v.kind = ValueKind::Int;
    v.integer = i;
    return v;
}

NixValue NixValue::float_(double d) {
    NixValue v;
    v.kind = ValueKind::Float;
    v.fpoint = d;
    return v;
}

NixValue NixValue::string(std::string s) {
    NixValue v;
    v.kind = ValueKind::String;
    v.text = std::move(s);
    return v;
}

NixValue NixValue::path(std::string p) {
    NixValue v;
    v.kind = ValueKind::Path;
    v.text = std::move(p);
    return v;
}

NixValue NixValue::list_(std::vector<NixValue> items) {
    NixValue v;
    v.kind = ValueKind::List;
    v.list = std::move(items);
    return v;
}

NixValue NixValue::attrs_(std::vector<std::pair<std::string, NixValue>> items) {
    NixValue v;
    v.kind = ValueKind::Attrs;
    std::stable_sort(items.begin(), items.end(), [](const auto & a, const auto & b) { return a.first < b.first; });
    for (auto & item : items)
        if (v.attrs.empty() || v.attrs.back().first != item.first) v.attrs.push_back(std::move(item));
    return v;
}

NixValue NixValue::lambda(std::string source) {
    NixValue v;
    v.kind = ValueKind::Function;
    v.function = FunctionKind::Lambda;
    v.text = std::move(source);
    return v;
}

NixValue NixValue::primop(std::string name, bool partiallyApplied, std::string source) {
    NixValue v;
    v.kind = ValueKind::Function;
    v.function = partiallyApplied ? FunctionKind::PrimOpApp : FunctionKind::PrimOp;
    v.primopName = std::move(name);
    v.text = std::move(source);
    return v;
}

const NixValue * NixValue::get(const std::string & key) const {
    auto it = std::lower_bound(attrs.begin(), attrs.end(), key, [](const auto & a, const std::string & k) { return a.first < k; });
    return it != attrs.end() && it->first == key ? &it->second : nullptr;
}

std::string typeOfName(const NixValue & v) {
    switch (v.kind) {
    case ValueKind::Null: return "null";
    case ValueKind::Bool: return "bool";
    case ValueKind::Int: return "int";
    case ValueKind::Float: return "float";
    case ValueKind::String: return "string";
    case ValueKind::Path: return "path";
    case ValueKind::List: return "list";
    case ValueKind::Attrs: return "set";
    case ValueKind::Function: return "lambda";
    }
    return "?";
}

std::string showType(const NixValue & v) {
    switch (v.kind) {
    case ValueKind::Null: return "null";
    case ValueKind::Bool: return "a Boolean";
    case ValueKind::Int: return "an integer";
    case ValueKind::Float: return "a float";
    case ValueKind::String: return "a string";
    case ValueKind::Path: return "a path";
    case ValueKind::List: return "a list";
    case ValueKind::Attrs: return "a set";
    case ValueKind::Function:
        switch (v.function) {
        case FunctionKind::Lambda: return "a function";
        case FunctionKind::PrimOp: return "the built-in function '" + v.primopName + "'";
        case FunctionKind::PrimOpApp: return "the partially applied built-in function '" + v.primopName + "'";
        }
    }
    return "?";
}

bool containsIncomparable(const NixValue & v) {
    switch (v.kind) {
    case ValueKind::Function: return true;
    case ValueKind::Float: return std::isnan(v.fpoint);
    case ValueKind::List:
        return std::any_of(v.list.begin(), v.list.end(), [](const NixValue & e) { return containsIncomparable(e); });
    case ValueKind::Attrs:
        return std::any_of(v.attrs.begin(), v.attrs.end(), [](const auto & a) { return containsIncomparable(a.second); });
    default: return false;
    }
}

std::size_t valueSize(const NixValue & v) {
    std::size_t n = 1;
    for (auto & e : v.list) n += valueSize(e);
    for (auto & a : v.attrs) n += valueSize(a.second);
    return n;
}

double constructibleNaN() {
    // Computed, not a constant: the bits must be those the hardware gives `inf - inf`.
    volatile double inf = std::numeric_limits<double>::infinity();
    return inf - inf;
}

}  // namespace nixtwin::gen
