// value_xml.cpp — values as XML, byte for byte like Nix 2.8 (--xml and builtins.toXML).
#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "../support/stack.hpp"
#include "value_formats.hpp"

namespace nixtwin {

namespace {

// XML attributes are kept in a sorted map: the reference prints them in name order.
using XMLAttrs = std::map<std::string, std::string>;

// The reference's XML writer, indenting by two spaces per open element.
class XMLWriter {
public:
    explicit XMLWriter(std::string & out) : out_(out) { out_ += "<?xml version='1.0' encoding='utf-8'?>\n"; }
    // Closes whatever is still open, also while an error unwinds (as the reference does).
    ~XMLWriter() {
        while (!open_.empty()) closeElement();
    }

    void openElement(std::string_view name, const XMLAttrs & attrs = {}) {
        indent(open_.size());
        out_ += '<';
        out_ += name;
        writeAttrs(attrs);
        out_ += ">\n";
        open_.emplace_back(name);
    }

    void closeElement() {
        indent(open_.size() - 1);
        out_ += "</";
        out_ += open_.back();
        out_ += ">\n";
        open_.pop_back();
    }

    void emptyElement(std::string_view name, const XMLAttrs & attrs = {}) {
        indent(open_.size());
        out_ += '<';
        out_ += name;
        writeAttrs(attrs);
        out_ += " />\n";
    }

private:
    void indent(size_t depth) { out_.append(depth * 2, ' '); }

    void writeAttrs(const XMLAttrs & attrs) {
        for (auto & [name, value] : attrs) {
            out_ += ' ';
            out_ += name;
            out_ += "=\"";
            for (char c : value) {
                switch (c) {
                case '"': out_ += "&quot;"; break;
                case '<': out_ += "&lt;"; break;
                case '>': out_ += "&gt;"; break;
                case '&': out_ += "&amp;"; break;
                case '\n': out_ += "&#xA;"; break;  // keeps newlines through attribute normalisation
                default: out_ += c;
                }
            }
            out_ += '"';
        }
    }

    std::string & out_;
    std::vector<std::string> open_;
};

// An element open for the lifetime of this object (closed on unwinding too).
struct OpenElement {
    XMLWriter & doc;
    OpenElement(XMLWriter & d, std::string_view name, const XMLAttrs & attrs = {}) : doc(d) {
        doc.openElement(name, attrs);
    }
    ~OpenElement() { doc.closeElement(); }
};

XMLAttrs single(const char * name, std::string value) { return XMLAttrs{{name, std::move(value)}}; }

class XMLPrinter {
public:
    XMLPrinter(EvalState & st, bool strict, bool location, XMLWriter & doc, Context & context)
        : st_(st), strict_(strict), location_(location), doc_(doc), context_(context) {}

    void print(Value & v, Pos pos) {
        checkStack();
        if (strict_) st_.forceValue(v, pos);
        switch (v.type()) {
        case ValueType::Int: doc_.emptyElement("int", single("value", std::to_string(v.integer))); break;
        case ValueType::Bool: doc_.emptyElement("bool", single("value", v.boolean ? "true" : "false")); break;
        case ValueType::String:
            if (v.string.context)
                for (const char ** c = v.string.context; *c; ++c) context_.insert(*c);
            doc_.emptyElement("string", single("value", v.string.s));
            break;
        case ValueType::Path: doc_.emptyElement("path", single("value", v.path)); break;  // not copied
        case ValueType::Null: doc_.emptyElement("null"); break;
        case ValueType::Float: doc_.emptyElement("float", single("value", formatFloat(v.fpoint))); break;
        case ValueType::Attrs:
            if (st_.isDerivation(v)) printDerivation(v);
            else {
                OpenElement e(doc_, "attrs");
                printAttrs(*v.attrs);
            }
            break;
        case ValueType::List: {
            OpenElement e(doc_, "list");
            for (Value * elem : v.listItems()) print(*elem, pos);
            break;
        }
        case ValueType::Function: printFunction(v); break;
        case ValueType::Thunk: doc_.emptyElement("unevaluated"); break;
        }
    }

private:
    void addPos(XMLAttrs & attrs, Pos pos) {
        if (pos) {
            const Origin & o = st_.sources.origins.get(pos.origin);
            attrs["path"] = o.kind == OriginKind::File ? o.path : o.source;
        } else {
            attrs["path"] = "";
        }
        attrs["line"] = std::to_string(pos.line);
        attrs["column"] = std::to_string(pos.column);
    }

    void printAttrs(Bindings & attrs) {
        for (const Attr * a : attrs.lexicographicOrder()) {
            XMLAttrs x{{"name", a->name.str()}};
            if (location_ && a->pos) addPos(x, a->pos);
            OpenElement e(doc_, "attr", x);
            print(*a->value, a->pos);
        }
    }

    // A derivation shows its attributes once per drvPath; later occurrences (and derivations
    // without a string drvPath) are <repeated />.
    void printDerivation(Value & v) {
        XMLAttrs x;
        std::string drvPath;
        if (Attr * a = v.attrs->get(st_.sDrvPath)) {
            if (strict_) st_.forceValue(*a->value, a->pos);
            if (a->value->type() == ValueType::String) x["drvPath"] = drvPath = a->value->string.s;
        }
        if (Attr * a = v.attrs->get(st_.sOutPath)) {
            if (strict_) st_.forceValue(*a->value, a->pos);
            if (a->value->type() == ValueType::String) x["outPath"] = a->value->string.s;
        }
        OpenElement e(doc_, "derivation", x);
        if (!drvPath.empty() && drvsSeen_.insert(drvPath).second) printAttrs(*v.attrs);
        else doc_.emptyElement("repeated");
    }

    void printFunction(Value & v) {
        if (!v.isLambda()) {  // the reference does not describe primops
            doc_.emptyElement("unevaluated");
            return;
        }
        const ExprLambda & f = *v.lambda.fun;
        XMLAttrs x;
        if (location_) addPos(x, f.pos);
        OpenElement e(doc_, "function", x);
        if (f.formals) {
            XMLAttrs pat;
            if (f.arg.set()) pat.emplace("name", f.arg.str());
            if (f.formals->ellipsis) pat.emplace("ellipsis", "1");
            OpenElement p(doc_, "attrspat", pat);
            std::vector<std::string> names;
            for (auto & formal : f.formals->formals) names.push_back(formal.name.str());
            std::sort(names.begin(), names.end());
            for (auto & n : names) doc_.emptyElement("attr", single("name", n));
        } else {
            doc_.emptyElement("varpat", single("name", f.arg.str()));
        }
    }

    EvalState & st_;
    bool strict_;
    bool location_;
    XMLWriter & doc_;
    Context & context_;
    std::set<std::string> drvsSeen_;
};

}  // namespace

void printValueAsXML(EvalState & state, bool strict, bool location, Value & v, Pos pos, std::string & out,
                     Context & context) {
    XMLWriter doc(out);
    OpenElement root(doc, "expr");
    XMLPrinter(state, strict, location, doc, context).print(v, pos);
}

}  // namespace nixtwin
