// print_value.cpp — the plain value printer.
#include "print_value.hpp"

#include <set>

#include "../support/stack.hpp"
#include "../syntax/ast_print.hpp"

namespace nixtwin {

namespace {

void printString(std::string & out, const char * s) {
    out += '"';
    for (const char * p = s; *p; p++) {
        char c = *p;
        if (c == '"' || c == '\\') { out += '\\'; out += c; }
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c == '\t') out += "\\t";
        else if (c == '$' && p[1] == '{') out += "\\$";
        else out += c;
    }
    out += '"';
}

struct Printer {
    std::string & out;
    std::set<const void *> * seen;

    void print(const Value & v) {
        checkStack();
        switch (v.tag) {
        case Tag::Int: out += std::to_string(v.integer); break;
        case Tag::Bool: out += v.boolean ? "true" : "false"; break;
        case Tag::String: printString(out, v.string.s); break;
        case Tag::Path: out += v.path; break;
        case Tag::Null: out += "null"; break;
        case Tag::Attrs:
            if (seen && !v.attrs->empty() && !seen->insert(v.attrs).second) {
                out += "«repeated»";
            } else {
                out += "{ ";
                for (const Attr * a : v.attrs->lexicographicOrder()) {
                    printIdentifier(out, a->name.view());
                    out += " = ";
                    print(*a->value);
                    out += "; ";
                }
                out += "}";
            }
            break;
        case Tag::List1: case Tag::List2: case Tag::ListN:
            if (seen && v.listSize() && !seen->insert(v.listIdentity()).second) {
                out += "«repeated»";
            } else {
                out += "[ ";
                for (Value * item : v.listItems()) {
                    print(*item);
                    out += " ";
                }
                out += "]";
            }
            break;
        case Tag::Thunk: case Tag::App: case Tag::IntThunk: out += "<CODE>"; break;
        case Tag::Lambda: out += "<LAMBDA>"; break;
        case Tag::PrimOp: out += "<PRIMOP>"; break;
        case Tag::PrimOpApp: out += "<PRIMOP-APP>"; break;
        case Tag::Float: printFloat(out, v.fpoint); break;
        case Tag::Blackhole: case Tag::Uninitialized: out += "<CODE>"; break;
        }
    }
};

}  // namespace

void printValue(EvalState &, const Value & v, std::string & out, bool showRepeated) {
    std::set<const void *> seen;
    Printer{out, showRepeated ? nullptr : &seen}.print(v);
}

std::string printValue(EvalState & state, const Value & v, bool showRepeated) {
    std::string out;
    printValue(state, v, out, showRepeated);
    return out;
}

}  // namespace nixtwin
