// ast_print.cpp — the --parse printer.
#include "ast_print.hpp"

#include <algorithm>
#include <cstdio>

#include "../support/stack.hpp"

namespace nixtwin {

void printStringLiteral(std::string & out, std::string_view s) {
    out += '"';
    for (char c : s) {
        switch (c) {
        case '"': case '\\': case '$': out += '\\'; out += c; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: out += c;
        }
    }
    out += '"';
}

void printIdentifier(std::string & out, std::string_view s) {
    // The reference quotes only `if` among the keywords.
    if (s.empty()) { out += "\"\""; return; }
    if (s == "if") { out += "\"if\""; return; }
    auto isStart = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
    auto isRest = [&](char c) { return isStart(c) || (c >= '0' && c <= '9') || c == '\'' || c == '-'; };
    if (!isStart(s[0]) || !std::all_of(s.begin(), s.end(), isRest)) { printStringLiteral(out, s); return; }
    out += s;
}

void printFloat(std::string & out, double d) {
    char buf[64];
    int n = snprintf(buf, sizeof buf, "%g", d);
    out.append(buf, size_t(n));
}

std::string showAttrPath(const AttrPath & path) {
    std::string out;
    bool first = true;
    for (auto & a : path) {
        if (!first) out += '.';
        first = false;
        if (a.symbol.set()) {
            printIdentifier(out, a.symbol.view());
        } else {
            out += "\"${";
            printExpr(out, a.dynamic);
            out += "}\"";
        }
    }
    return out;
}

const char * binOpText(BinOpKind op) {
    switch (op) {
    case BinOpKind::Eq: return "==";
    case BinOpKind::NEq: return "!=";
    case BinOpKind::And: return "&&";
    case BinOpKind::Or: return "||";
    case BinOpKind::Impl: return "->";
    case BinOpKind::Update: return "//";
    case BinOpKind::ConcatLists: return "++";
    }
    return "?";
}

namespace {

void printAttrs(std::string & out, const ExprAttrs * e) {
    if (e->recursive) out += "rec ";
    out += "{ ";
    // Sets print their static attributes sorted by name (bytes), unlike `let`.
    std::vector<const std::pair<const Symbol, AttrDef> *> sorted;
    for (auto & a : e->attrs) sorted.push_back(&a);
    std::sort(sorted.begin(), sorted.end(), [](auto a, auto b) { return a->first.str() < b->first.str(); });
    for (auto a : sorted) {
        if (a->second.inherited) {
            out += "inherit ";
            printIdentifier(out, a->first.view());
            out += " ; ";
        } else {
            printIdentifier(out, a->first.view());
            out += " = ";
            printExpr(out, a->second.value);
            out += "; ";
        }
    }
    for (auto & d : e->dynamicAttrs) {
        out += "\"${";
        printExpr(out, d.name);
        out += "}\" = ";
        printExpr(out, d.value);
        out += "; ";
    }
    out += "}";
}

}  // namespace

void printExpr(std::string & out, const Expr * e) {
    checkStack();
    switch (e->kind) {
    case ExprKind::Int: out += std::to_string(static_cast<const ExprInt *>(e)->value); break;
    case ExprKind::Float: printFloat(out, static_cast<const ExprFloat *>(e)->value); break;
    case ExprKind::String: printStringLiteral(out, static_cast<const ExprString *>(e)->value); break;
    case ExprKind::Path: out += static_cast<const ExprPath *>(e)->value; break;
    case ExprKind::Var: printIdentifier(out, static_cast<const ExprVar *>(e)->name.view()); break;
    case ExprKind::CurPos: out += "__curPos"; break;
    case ExprKind::Select: {
        auto s = static_cast<const ExprSelect *>(e);
        out += "(";
        printExpr(out, s->subject);
        out += ").";
        out += showAttrPath(s->path);
        if (s->fallback) {
            out += " or (";
            printExpr(out, s->fallback);
            out += ")";
        }
        break;
    }
    case ExprKind::HasAttr: {
        auto h = static_cast<const ExprHasAttr *>(e);
        out += "((";
        printExpr(out, h->subject);
        out += ") ? ";
        out += showAttrPath(h->path);
        out += ")";
        break;
    }
    case ExprKind::Attrs: printAttrs(out, static_cast<const ExprAttrs *>(e)); break;
    case ExprKind::List: {
        out += "[ ";
        for (auto x : static_cast<const ExprList *>(e)->elems) {
            out += "(";
            printExpr(out, x);
            out += ") ";
        }
        out += "]";
        break;
    }
    case ExprKind::Lambda: {
        auto l = static_cast<const ExprLambda *>(e);
        out += "(";
        if (l->formals) {
            out += "{ ";
            bool first = true;
            for (auto & f : l->formals->formals) {
                if (!first) out += ", ";
                first = false;
                printIdentifier(out, f.name.view());
                if (f.fallback) {
                    out += " ? ";
                    printExpr(out, f.fallback);
                }
            }
            if (l->formals->ellipsis) {
                if (!first) out += ", ";
                out += "...";
            }
            out += " }";
            if (l->arg.set()) out += " @ ";
        }
        if (l->arg.set()) printIdentifier(out, l->arg.view());
        out += ": ";
        printExpr(out, l->body);
        out += ")";
        break;
    }
    case ExprKind::Call: {
        auto c = static_cast<const ExprCall *>(e);
        out += "(";
        printExpr(out, c->function);
        for (auto a : c->args) {
            out += " ";
            printExpr(out, a);
        }
        out += ")";
        break;
    }
    case ExprKind::Let: {
        auto l = static_cast<const ExprLet *>(e);
        out += "(let ";
        for (auto & [name, def] : l->attrs->attrs) {  // symbol order, like the reference's map
            if (def.inherited) {
                out += "inherit ";
                printIdentifier(out, name.view());
                out += "; ";
            } else {
                printIdentifier(out, name.view());
                out += " = ";
                printExpr(out, def.value);
                out += "; ";
            }
        }
        out += "in ";
        printExpr(out, l->body);
        out += ")";
        break;
    }
    case ExprKind::With: {
        auto w = static_cast<const ExprWith *>(e);
        out += "(with ";
        printExpr(out, w->attrs);
        out += "; ";
        printExpr(out, w->body);
        out += ")";
        break;
    }
    case ExprKind::If: {
        auto i = static_cast<const ExprIf *>(e);
        out += "(if ";
        printExpr(out, i->cond);
        out += " then ";
        printExpr(out, i->then);
        out += " else ";
        printExpr(out, i->otherwise);
        out += ")";
        break;
    }
    case ExprKind::Assert: {
        auto a = static_cast<const ExprAssert *>(e);
        out += "assert ";
        printExpr(out, a->cond);
        out += "; ";
        printExpr(out, a->body);
        break;
    }
    case ExprKind::Not:
        out += "(! ";
        printExpr(out, static_cast<const ExprNot *>(e)->operand);
        out += ")";
        break;
    case ExprKind::BinOp: {
        auto b = static_cast<const ExprBinOp *>(e);
        out += "(";
        printExpr(out, b->lhs);
        out += " ";
        out += binOpText(b->op);
        out += " ";
        printExpr(out, b->rhs);
        out += ")";
        break;
    }
    case ExprKind::ConcatStrings: {
        auto c = static_cast<const ExprConcatStrings *>(e);
        out += "(";
        bool first = true;
        for (auto & [pos, part] : c->parts) {
            if (!first) out += " + ";
            first = false;
            printExpr(out, part);
        }
        out += ")";
        break;
    }
    }
}

}  // namespace nixtwin
