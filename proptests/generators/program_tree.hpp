// program_tree.hpp — generated programs as trees of text fragments and typed sub-expressions.
//
// A node prints as parts[0] kid0 parts[1] kid1 … parts[n]; a kid that is not atomic is
// parenthesised, so no precedence reasoning is needed when subtrees are swapped. Nodes
// record the variables they bind (and in which kids) and the variable they reference: that
// is what lets the shrinker replace subtrees and still produce closed programs.
#pragma once

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "nix_type.hpp"

namespace nixtwin::gen {

struct Node;
using NodeP = std::shared_ptr<const Node>;

struct Node {
    std::vector<std::string> parts;  // kids.size() + 1 fragments
    std::vector<NodeP> kids;
    TypeP type;                      // the value's type (an error site: the type it stands for)
    std::vector<std::string> binds;  // names bound …
    std::uint64_t bindMask = 0;      // … in the kids whose bit is set
    std::string ref;                 // the variable this leaf references, if any
    bool atomic = false;             // needs no parentheses as an operand
    bool listLiteral = false;        // `[ k0 k1 … ]`: any element may be dropped
    bool frozen = false;             // must not change (a sort comparator): never shrunk into
    bool fixed = false;              // is not replaced itself, but its kids may shrink
    bool noLift = false;             // may become a literal, but not one of its kids (a guard)
    bool errorSite = false;          // the error placed on purpose
    std::string construct;           // which generator construct built it (statistics)
};

// Builds a node fragment by fragment.
class NodeBuilder {
public:
    explicit NodeBuilder(TypeP type, std::string construct = {});
    NodeBuilder & text(const std::string & s);
    NodeBuilder & kid(NodeP k, bool bound = false);  // bound: sees this node's binds
    NodeBuilder & bind(const std::string & name);
    NodeBuilder & atomic(bool a = true);
    NodeBuilder & frozen(bool f = true);
    NodeBuilder & fixed(bool f = true);
    NodeBuilder & errorSite(bool e = true);
    NodeP build();

private:
    std::shared_ptr<Node> node_;
};

NodeP leaf(TypeP type, std::string text, bool atomic, std::string construct = "literal");
NodeP varRef(TypeP type, const std::string & name);
NodeP listLiteralNode(TypeP type, std::vector<NodeP> elems);

std::string printProgram(const NodeP & root);
std::set<std::string> freeVariables(const NodeP & n);
std::size_t nodeCount(const NodeP & n);
bool containsErrorSite(const NodeP & n);
void collectConstructs(const NodeP & n, std::vector<std::string> & out);

}  // namespace nixtwin::gen
