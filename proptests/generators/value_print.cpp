// value_print.cpp — the strict printout of model values.
#include "value_print.hpp"

#include <sstream>

namespace nixtwin::gen {

namespace {

bool isIdentStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isIdentChar(char c) { return isIdentStart(c) || (c >= '0' && c <= '9') || c == '\'' || c == '-'; }

void print(std::string & out, const NixValue & v) {
    switch (v.kind) {
    case ValueKind::Null: out += "null"; return;
    case ValueKind::Bool: out += v.boolean ? "true" : "false"; return;
    case ValueKind::Int: out += std::to_string(v.integer); return;
    case ValueKind::Float: out += printFloat(v.fpoint); return;
    case ValueKind::String: out += quoteNixString(v.text); return;
    case ValueKind::Path: out += v.text; return;
    case ValueKind::List:
        out += "[ ";
        for (auto & e : v.list) {
            print(out, e);
            out += ' ';
        }
        out += ']';
        return;
    case ValueKind::Attrs:
        out += "{ ";
        for (auto & [k, e] : v.attrs) {
            out += printAttrKey(k);
            out += " = ";
            print(out, e);
            out += "; ";
        }
        out += '}';
        return;
    case ValueKind::Function:
        switch (v.function) {
        case FunctionKind::Lambda: out += "<LAMBDA>"; return;
        case FunctionKind::PrimOp: out += "<PRIMOP>"; return;
        case FunctionKind::PrimOpApp: out += "<PRIMOP-APP>"; return;
        }
    }
}

}  // namespace

bool isIdentifier(std::string_view s) {
    if (s.empty() || !isIdentStart(s[0])) return false;
    for (char c : s)
        if (!isIdentChar(c)) return false;
    return true;
}

namespace {

// A double-quoted Nix string; `allDollars`: escape every '$', not only the one of "${".
std::string quote(std::string_view s, bool allDollars) {
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '"' || c == '\\' || (c == '$' && allDollars)) {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '$' && i + 1 < s.size() && s[i + 1] == '{') {
            out += "\\$";
        } else {
            out += c;
        }
    }
    return out + '"';
}

}  // namespace

std::string quoteNixString(std::string_view s) { return quote(s, false); }

std::string printFloat(double d) {
    std::ostringstream os;
    os << d;
    return os.str();
}

std::string printAttrKey(std::string_view key) {
    if (isIdentifier(key) && key != "if") return std::string(key);
    return quote(key, true);  // keys escape every '$', not only "${"
}

std::string printStrict(const NixValue & v) {
    std::string out;
    print(out, v);
    return out;
}

}  // namespace nixtwin::gen
