// program_shrink.cpp — shrink candidates by persistent subtree replacement.
#include "program_shrink.hpp"

#include "value_print.hpp"
#include "value_source.hpp"

namespace nixtwin::gen {

NodeP minimalLiteral(const TypeP & t) {
    switch (t->kind) {
    case TypeKind::Int: return leaf(t, "0", true);
    case TypeKind::Float: return leaf(t, "0.0", true);
    case TypeKind::Bool: return leaf(t, "false", true);
    case TypeKind::String: return leaf(t, "\"\"", true);
    case TypeKind::Null:
    case TypeKind::Any: return leaf(t, "null", true);
    case TypeKind::Path: return leaf(t, "/a", true);
    case TypeKind::List: return leaf(t, "[ ]", true);
    case TypeKind::Set: {
        std::string s = "{ ";
        for (auto & [name, ft] : t->fields) s += attrKeySource(name) + " = " + printProgram(minimalLiteral(ft)) + "; ";
        return leaf(t, s + "}", true);
    }
    case TypeKind::Function: {
        NodeP body = minimalLiteral(t->ret);
        std::string b = printProgram(body);
        return leaf(t, "_: " + (body->atomic ? b : "(" + b + ")"), false);
    }
    }
    return leaf(t, "null", true);
}

namespace {

bool liftable(const Node & parent, std::size_t i) {
    const Node & kid = *parent.kids[i];
    if (kid.frozen || parent.noLift) return false;
    if (parent.type->kind != TypeKind::Any && !sameType(kid.type, parent.type)) return false;
    if (parent.bindMask & (std::uint64_t(1) << i)) {
        auto free = freeVariables(parent.kids[i]);
        for (auto & b : parent.binds)
            if (free.count(b)) return false;
    }
    return true;
}

NodeP withKid(const NodeP & n, std::size_t i, NodeP replacement) {
    auto copy = std::make_shared<Node>(*n);
    copy->kids[i] = std::move(replacement);
    return copy;
}

NodeP withoutElement(const NodeP & n, std::size_t i) {
    std::vector<NodeP> elems = n->kids;
    elems.erase(elems.begin() + std::ptrdiff_t(i));
    auto copy = std::make_shared<Node>(*listLiteralNode(n->type, std::move(elems)));
    copy->construct = n->construct;
    return copy;
}

void candidates(const NodeP & n, std::vector<NodeP> & out) {
    if (n->frozen) return;
    if (!n->fixed) {
        // A leaf becomes a literal only if that is shorter (a variable of a set type is
        // simpler than the literal set).
        NodeP lit = minimalLiteral(n->type);
        std::string litText = printProgram(lit), text = printProgram(n);
        if (litText != text && (!n->kids.empty() || litText.size() < text.size())) out.push_back(lit);
        for (std::size_t i = 0; i < n->kids.size(); ++i)
            if (liftable(*n, i)) out.push_back(n->kids[i]);
    }
    if (n->listLiteral)
        for (std::size_t i = 0; i < n->kids.size(); ++i) out.push_back(withoutElement(n, i));
    for (std::size_t i = 0; i < n->kids.size(); ++i) {
        std::vector<NodeP> sub;
        candidates(n->kids[i], sub);
        for (auto & c : sub) out.push_back(withKid(n, i, c));
    }
}

}  // namespace

std::vector<ProgramTree> shrinkCandidates(const ProgramTree & p) {
    std::vector<NodeP> roots;
    candidates(p.root, roots);
    std::vector<ProgramTree> out;
    for (auto & r : roots) {
        ProgramTree t = p;
        t.root = r;
        t.expectsError = containsErrorSite(r);
        out.push_back(std::move(t));
    }
    return out;
}

ProgramTree shrinkProgram(ProgramTree p, const std::function<bool(const ProgramTree &)> & stillFails, int maxAttempts) {
    int attempts = 0;
    // After a success, resume near the same position instead of the root: the candidates
    // before it were just rejected and mostly still would be.
    std::size_t resume = 0;
    for (bool progress = true; progress && attempts < maxAttempts;) {
        progress = false;
        auto candidates = shrinkCandidates(p);
        for (std::size_t pass = 0; pass < 2 && !progress; ++pass) {
            std::size_t from = pass == 0 ? std::min(resume, candidates.size()) : 0;
            std::size_t to = pass == 0 ? candidates.size() : std::min(resume, candidates.size());
            for (std::size_t i = from; i < to; ++i) {
                if (++attempts > maxAttempts) return p;
                if (stillFails(candidates[i])) {
                    p = std::move(candidates[i]);
                    resume = i;
                    progress = true;
                    break;
                }
            }
        }
    }
    return p;
}

}  // namespace nixtwin::gen
