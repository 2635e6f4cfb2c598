// expr_gen.hpp — the typed expression generator behind ProgramGenerator (internal).
//
// expr(type, depth, forced) builds an expression of `type`. `forced` is true only where the
// expression is certainly evaluated when the program runs (the program itself, a let body,
// an operand of +, the condition of an if, …; never under tryEval): the one place an
// error may be planted so that it is known to fire. Every other construct is type-correct
// and total, so a generated program fails only through its planted error.
//
// Names are fresh (never shadowing each other, a builtin or true/false/null), which keeps
// `with` and `inherit` predictable: a variable always means the binding the generator meant.
#pragma once

#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "generator_config.hpp"
#include "nix_type.hpp"
#include "nix_value.hpp"
#include "program_tree.hpp"

namespace nixtwin::gen {

// The pseudo-variable a `with builtins;` node binds: bare builtin names reference it.
inline const std::string kWithBuiltins = "builtins.*";

class ExprGen {
public:
    ExprGen(const GeneratorConfig & config, std::uint64_t seed);

    // A closed program of the given type; with `plantError` it contains exactly one error
    // that fires when it is evaluated.
    NodeP program(const TypeP & type, bool plantError);
    TypeP randomType(int depth);

    // Building blocks, public for the tests.
    NodeP expr(const TypeP & t, int depth, bool forced);
    NodeP literal(const TypeP & t);
    NixValue randomScalarValue(TypeKind kind);
    NixValue randomJsonValue(int depth);
    std::string randomStringBytes(std::size_t maxLen);
    std::string randomPath();

    std::mt19937_64 & rng() { return rng_; }

private:
    struct Var {
        std::string name;
        TypeP type;
    };
    struct Choice {
        const char * construct;
        std::function<NodeP()> make;
    };

    // Random helpers.
    bool chance(double p);
    std::size_t below(std::size_t n);
    std::int64_t between(std::int64_t lo, std::int64_t hi);
    template <class T> const T & pick(const std::vector<T> & v) { return v[below(v.size())]; }
    std::string freshName();
    std::string fieldName();
    std::vector<std::pair<std::string, TypeP>> randomFields(int depth, std::size_t minFields);
    TypeP scalarType();

    // Scope.
    std::size_t scopeMark() const { return scope_.size(); }
    void popScope(std::size_t mark) { scope_.resize(mark); }
    void declare(const std::string & name, const TypeP & t) { scope_.push_back({name, t}); }
    std::vector<Var> varsOfType(const TypeP & t) const;
    std::vector<Var> functionsReturning(const TypeP & t) const;

    // Dispatch.
    NodeP choose(std::vector<Choice> & choices, const TypeP & t, int depth, bool forced);
    void addGeneric(std::vector<Choice> & c, const TypeP & t, int depth, bool forced);
    void addInt(std::vector<Choice> & c, int depth, bool forced);
    void addFloat(std::vector<Choice> & c, int depth, bool forced);
    void addBool(std::vector<Choice> & c, int depth, bool forced);
    void addString(std::vector<Choice> & c, int depth, bool forced);
    void addPath(std::vector<Choice> & c, int depth, bool forced);
    void addNull(std::vector<Choice> & c, int depth, bool forced);
    void addList(std::vector<Choice> & c, const TypeP & t, int depth, bool forced);
    void addSet(std::vector<Choice> & c, const TypeP & t, int depth, bool forced);
    void addFunction(std::vector<Choice> & c, const TypeP & t, int depth, bool forced);
    void addAny(std::vector<Choice> & c, int depth, bool forced);
    // Constructs beyond the core language (expr_gen_extras.cpp): lazy traps, functors, the
    // store (derivation, toFile, contexts), genericClosure, toXML.
    void addExtras(std::vector<Choice> & c, const TypeP & t, int depth, bool forced);
    NodeP lazyTrap(const TypeP & t, int depth, bool forced);
    NodeP trap(int depth);
    NodeP derivationExpr(int depth);
    std::string storeName();

    // Generic constructs (any type).
    NodeP genLet(const TypeP & t, int depth, bool forced);
    NodeP genRec(const TypeP & t, int depth, bool forced);
    NodeP genWith(const TypeP & t, int depth, bool forced);
    NodeP genIf(const TypeP & t, int depth, bool forced);
    NodeP genAssert(const TypeP & t, int depth, bool forced);
    NodeP genLambdaApply(const TypeP & t, int depth, bool forced);
    NodeP genFormalsApply(const TypeP & t, int depth, bool forced);
    NodeP genSelect(const TypeP & t, int depth, bool forced);
    NodeP genSelectOr(const TypeP & t, int depth, bool forced);
    NodeP genInherit(const TypeP & t, int depth, bool forced);
    NodeP genUpdate(const TypeP & t, int depth, bool forced);
    NodeP genSeq(const TypeP & t, int depth, bool forced);
    NodeP genTryEvalValue(const TypeP & t, int depth, bool forced);
    NodeP genRecursion(const TypeP & t, int depth, bool forced);
    NodeP genFold(const TypeP & t, int depth, bool forced);
    NodeP genListAccess(const TypeP & t, int depth, bool forced);
    NodeP genCall(const TypeP & t, int depth, bool forced);

    // Helpers shared by constructs.
    NodeP bi(const std::string & name);  // a builtin's name, `builtins.x` or bare
    // compareVersions, parseDrvName and splitVersion refuse strings with a store context.
    NodeP withoutContext(NodeP stringExpr);
    // The value of a let/rec binding or a formal's default. With lazy_output, never a bare
    // sibling variable: whether the reference prints it as <CODE> or as its value depends on
    // whether the sibling's slot was filled first, i.e. on symbol (heap address) order.
    NodeP bindingValue(const TypeP & t, int depth);
    // forcedField: the field whose value is forced when the set is (null: none).
    NodeP setLiteral(const TypeP & t, int depth, bool forced, const std::string * forcedField = nullptr);
    NodeP lambda(const TypeP & fnType, int depth);
    NodeP nonZeroInt(int depth);
    NodeP guardedIndex(const std::string & listVar, int depth);
    NodeP knownFalse(int depth);
    NodeP stringLiteralNode();
    NodeP indentedString(int depth, bool forced);
    NodeP comparator(const TypeP & elem);
    std::string attrPathSource(const std::string & field);

public:
    // Error planting (expr_gen_errors.cpp).
    // `lazy`: only errors that fire when evaluated (no undefined variable: that one is static).
    NodeP errorExpr(const TypeP & t, int depth, bool lazy = false);
    bool errorPlaced() const { return errorPlaced_; }

private:
    const GeneratorConfig & config_;
    std::mt19937_64 rng_;
    std::vector<Var> scope_;
    std::uint64_t names_ = 0;
    bool wantError_ = false;
    bool errorPlaced_ = false;
    double errorHereProbability_ = 0.25;
    int forcedVisits_ = 0;
    int withBuiltins_ = 0;  // > 0 inside `with builtins;`: builtins may be named bare
};

}  // namespace nixtwin::gen
