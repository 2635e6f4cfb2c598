// value_json.cpp — values as JSON, byte for byte like Nix 2.8 (compact, keys in byte order).
#include <cstdio>

#include "../support/stack.hpp"
#include "value_formats.hpp"

namespace nixtwin {

std::string formatFloat(double d) {
    char buf[64];
    int n = std::snprintf(buf, sizeof buf, "%g", d);
    return std::string(buf, size_t(n));
}

Pos determinePos(const Value & v, Pos fallback) {
    switch (v.tag) {
    case Tag::Attrs: return v.attrs->pos;
    case Tag::Lambda: return v.lambda.fun->pos;
    case Tag::App: return determinePos(*v.app.left, fallback);
    default: return fallback;
    }
}

void appendJSONString(std::string & out, std::string_view s) {
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            // Bytes >= 0x80 are negative chars: copied unchanged, as the reference does.
            if (c >= 0 && c < 0x20) {
                out += "\\u00";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

namespace {

// Appends `close` when it goes out of scope, also while an error unwinds: the reference's
// JSON writer closes objects and lists in its destructors, so an interrupted --json output
// ends in e.g. `{"a":1,"b":}`.
struct Closer {
    std::string & out;
    char close;
    ~Closer() { out += close; }
};

class JSONPrinter {
public:
    JSONPrinter(EvalState & st, bool strict, std::string & out, Context & context)
        : st_(st), strict_(strict), out_(out), context_(context) {}

    void print(Value & v, Pos pos) {
        checkStack();
        if (strict_) st_.forceValue(v, pos);
        switch (v.type()) {
        case ValueType::Int: out_ += std::to_string(v.integer); break;
        case ValueType::Bool: out_ += v.boolean ? "true" : "false"; break;
        case ValueType::Null: out_ += "null"; break;
        case ValueType::Float: out_ += formatFloat(v.fpoint); break;
        case ValueType::String:
            if (v.string.context)
                for (const char ** c = v.string.context; *c; ++c) context_.insert(*c);
            appendJSONString(out_, v.string.s);
            break;
        case ValueType::Path: appendJSONString(out_, st_.copyPathToStore(context_, v.path)); break;
        case ValueType::Attrs: printAttrs(v, pos); break;
        case ValueType::List: {
            out_ += '[';
            Closer close{out_, ']'};
            bool first = true;
            for (Value * elem : v.listItems()) {
                if (!first) out_ += ',';
                first = false;
                print(*elem, pos);
            }
            break;
        }
        case ValueType::Thunk:
        case ValueType::Function: {
            EvalError err(ErrorKind::Type, "cannot convert " + EvalState::showType(v) + " to JSON", determinePos(v, pos));
            // Nix 2.8 attaches this placeholder trace (at the enclosing attribute, or the call).
            if (st_.settings.showTrace) err.traces.push_back({pos, "message for the trace"});
            throw err;
        }
        }
    }

private:
    void printAttrs(Value & v, Pos pos) {
        // __toString wins over outPath; its result is coerced without copying paths.
        if (Attr * f = v.attrs->get(st_.sToString)) {
            Value result;
            st_.callFunction(*f->value, v, result, pos);
            appendJSONString(out_, st_.coerceToString(pos, result, context_, false, false));
            return;
        }
        if (Attr * outPath = v.attrs->get(st_.sOutPath)) {
            print(*outPath->value, outPath->pos);
            return;
        }
        out_ += '{';
        Closer close{out_, '}'};
        bool first = true;
        for (const Attr * a : v.attrs->lexicographicOrder()) {
            if (!first) out_ += ',';
            first = false;
            appendJSONString(out_, a->name.view());
            out_ += ':';
            print(*a->value, a->pos);
        }
    }

    EvalState & st_;
    bool strict_;
    std::string & out_;
    Context & context_;
};

}  // namespace

void printValueAsJSON(EvalState & state, bool strict, Value & v, Pos pos, std::string & out, Context & context) {
    JSONPrinter(state, strict, out, context).print(v, pos);
}

}  // namespace nixtwin
