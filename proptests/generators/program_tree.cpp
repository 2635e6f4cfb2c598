// program_tree.cpp — building, printing and inspecting program trees.
#include "program_tree.hpp"

namespace nixtwin::gen {

NodeBuilder::NodeBuilder(TypeP type, std::string construct) : node_(std::make_shared<Node>()) {
    node_->type = std::move(type);
    node_->construct = std::move(construct);
    node_->parts.emplace_back();
}

NodeBuilder & NodeBuilder::text(const std::string & s) {
    node_->parts.back() += s;
    return *this;
}

NodeBuilder & NodeBuilder::kid(NodeP k, bool bound) {
    if (bound) node_->bindMask |= std::uint64_t(1) << node_->kids.size();
    node_->kids.push_back(std::move(k));
    node_->parts.emplace_back();
    return *this;
}

NodeBuilder & NodeBuilder::bind(const std::string & name) {
    node_->binds.push_back(name);
    return *this;
}

NodeBuilder & NodeBuilder::atomic(bool a) {
    node_->atomic = a;
    return *this;
}

NodeBuilder & NodeBuilder::frozen(bool f) {
    node_->frozen = f;
    return *this;
}

NodeBuilder & NodeBuilder::fixed(bool f) {
    node_->fixed = f;
    return *this;
}

NodeBuilder & NodeBuilder::errorSite(bool e) {
    node_->errorSite = e;
    return *this;
}

NodeP NodeBuilder::build() { return node_; }

NodeP leaf(TypeP type, std::string text, bool atomic, std::string construct) {
    return NodeBuilder(std::move(type), std::move(construct)).text(text).atomic(atomic).build();
}

NodeP varRef(TypeP type, const std::string & name) {
    auto n = std::make_shared<Node>();
    n->type = std::move(type);
    n->parts = {name};
    n->ref = name;
    n->atomic = true;
    n->construct = "var";
    return n;
}

NodeP listLiteralNode(TypeP type, std::vector<NodeP> elems) {
    auto n = std::make_shared<Node>();
    n->type = std::move(type);
    n->construct = "list";
    n->atomic = true;
    n->listLiteral = true;
    if (elems.empty()) {
        n->parts = {"[ ]"};
        return n;
    }
    n->parts.push_back("[ ");
    for (std::size_t i = 0; i < elems.size(); ++i) n->parts.push_back(i + 1 == elems.size() ? " ]" : " ");
    n->kids = std::move(elems);
    return n;
}

namespace {

void print(std::string & out, const Node & n) {
    for (std::size_t i = 0; i < n.kids.size(); ++i) {
        out += n.parts[i];
        const Node & k = *n.kids[i];
        if (!k.atomic) out += '(';
        print(out, k);
        if (!k.atomic) out += ')';
    }
    out += n.parts.back();
}

}  // namespace

std::string printProgram(const NodeP & root) {
    std::string out;
    print(out, *root);
    return out;
}

std::set<std::string> freeVariables(const NodeP & n) {
    std::set<std::string> out;
    if (!n->ref.empty()) out.insert(n->ref);
    for (std::size_t i = 0; i < n->kids.size(); ++i) {
        auto kidFree = freeVariables(n->kids[i]);
        if (n->bindMask & (std::uint64_t(1) << i))
            for (auto & b : n->binds) kidFree.erase(b);
        out.insert(kidFree.begin(), kidFree.end());
    }
    return out;
}

std::size_t nodeCount(const NodeP & n) {
    std::size_t c = 1;
    for (auto & k : n->kids) c += nodeCount(k);
    return c;
}

bool containsErrorSite(const NodeP & n) {
    if (n->errorSite) return true;
    for (auto & k : n->kids)
        if (containsErrorSite(k)) return true;
    return false;
}

void collectConstructs(const NodeP & n, std::vector<std::string> & out) {
    if (!n->construct.empty()) out.push_back(n->construct);
    for (auto & k : n->kids) collectConstructs(k, out);
}

}  // namespace nixtwin::gen
