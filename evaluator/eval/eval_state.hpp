// eval_state.hpp — one evaluation: the heap, the base environment, forcing, calling,
// coercion and comparison. Builtins program against this interface.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "../frontend.hpp"
#include "../memory/eval_heap.hpp"
#include "../value/bindings.hpp"
#include "../value/value.hpp"
#include "env.hpp"
#include "errors.hpp"

namespace nixtwin {

class EvalState;
namespace store { struct EvalStore; }

// A string's context: store paths it refers to ("/nix/store/…", "=/nix/store/….drv",
// "!out!/nix/store/….drv"), kept sorted like the reference's std::set.
using Context = std::set<std::string>;

using PrimOpFun = void (*)(EvalState & state, Pos pos, Value ** args, Value & result);

struct PrimOp {
    Symbol name;  // without the "__" prefix
    uint32_t arity;
    PrimOpFun fun;
    // The primop only reads its arguments during the call and keeps no pointer to any of them,
    // so a call with exactly `arity` arguments may pass stack thunks instead of heap ones.
    bool borrowsArgs = false;
    // Given integers only (as many as its arity), the primop cannot fail, has no effects and
    // returns an integer: a call whose arguments are already integers may be computed at once
    // into an IntThunk instead of a thunk (`f (n - 1)`).
    bool intsToInt = false;
};

struct SearchPathEntry {
    std::string prefix;  // "" matches everything
    std::string path;
};

struct EvalSettings {
    bool pureEval = false;
    bool restrictEval = false;
    bool showTrace = false;  // the reference records call traces only when they will be shown
    std::vector<SearchPathEntry> searchPath;  // -I entries first, then NIX_PATH
    std::string currentSystem = "x86_64-linux";
    std::string storeDir = "/nix/store";
};

class EvalState {
    // First member: the thread that evaluates must be known to the collector before allocating.
    gc::ThreadRegistration threadRegistration_;

public:
    explicit EvalState(EvalSettings settings);
    ~EvalState();
    EvalState(const EvalState &) = delete;
    EvalState & operator=(const EvalState &) = delete;

    SourceSet sources;
    SymbolTable & symbols;
    EvalSettings settings;

    // --- allocation (collected when unreachable; without the collector, freed with the EvalState).
    // The EvalState object is itself a root: its members may hold the only pointer to a value.
    Value * allocValue() { return heap_.make<Value>(); }
    // n values in one allocation (list builtins: one object instead of n for the collector).
    Value * allocValues(size_t n) { return static_cast<Value *>(heap_.allocate(n * sizeof(Value))); }
    // n integers 0, 1, … n-1 that the collector never scans (they hold no pointers, and an
    // integer is never overwritten: only thunks are).
    Value * allocIndexValues(size_t n);
    Env & allocEnv(size_t size);
    Bindings * allocBindings(size_t capacity);
    void mkList(Value & v, size_t size);
    const char * allocString(std::string_view s);
    void mkString(Value & v, std::string_view s) { v.mkString(allocString(s)); }
    void mkString(Value & v, std::string_view s, const Context & context);
    // A string made of `parts` joined by `separator`, written once into its final place.
    void mkJoinedString(Value & v, std::span<const std::string_view> parts, std::string_view separator,
                        const Context & context);
    void mkPath(Value & v, std::string_view p) { v.mkPath(allocString(p)); }
    Value * allocAttr(Bindings * b, Symbol name, Pos pos = {});  // appends; caller sorts
    void mkPos(Value & v, Pos pos);  // { file, line, column } or null

    // --- evaluation ---
    void eval(Expr * e, Env & env, Value & v);
    Value * maybeThunk(Expr * e, Env & env);
    void evalFile(const std::string & path, Value & v);  // import, cached by path
    Expr * parseString(std::string text, const std::string & basePath);
    Expr * parseStdin(std::string text, const std::string & basePath);
    Expr * parseFile(const std::string & path);
    Env & baseEnv() { return *baseEnv_; }
    Value & builtins() { return *builtins_; }

    // Inline check: most values reaching here are already evaluated.
    void forceValue(Value & v, Pos pos) {
        if (v.needsForcing()) [[unlikely]] forceValueSlow(v, pos);
    }
    void forceValueDeep(Value & v);
    NixInt forceInt(Value & v, Pos pos);
    NixFloat forceFloat(Value & v, Pos pos);
    bool forceBool(Value & v, Pos pos);
    void forceAttrs(Value & v, Pos pos);
    void forceList(Value & v, Pos pos);
    void forceFunction(Value & v, Pos pos);
    std::string_view forceString(Value & v, Pos pos);
    std::string_view forceString(Value & v, Context & context, Pos pos);
    std::string_view forceStringNoCtx(Value & v, Pos pos);

    void callFunction(Value & fun, size_t nrArgs, Value ** args, Value & result, Pos pos);
    void callFunction(Value & fun, Value & arg, Value & result, Pos pos) {
        Value * args[] = {&arg};
        callFunction(fun, 1, args, result, pos);
    }
    void autoCallFunction(Bindings & args, Value & fun, Value & result);

    // --- coercion and comparison ---
    std::string coerceToString(Pos pos, Value & v, Context & context, bool coerceMore = false,
                               bool copyToStore = true, bool canonicalizePath = true);
    std::string coerceToPath(Pos pos, Value & v, Context & context);
    bool eqValues(Value & a, Value & b);
    bool isDerivation(Value & v);
    // An attribute that builtin `funcName` requires: "attribute 'x' missing for call to 'f'",
    // at the set's own position when it has one (then with a trace at the call), else at the call.
    Attr & requireAttr(const char * funcName, Symbol name, Bindings & attrs, Pos pos);
    bool isFunctor(Value & v);
    void concatLists(Value & v, size_t n, Value ** lists, Pos pos);

    // --- paths ---
    // <name> lookup in a search path (the evaluation's, or one given to builtins.findFile).
    std::string findFile(const std::vector<SearchPathEntry> & searchPath, std::string_view name, Pos pos);
    std::string checkSourcePath(const std::string & path);  // pure/restricted-mode access check
    std::string copyPathToStore(Context & context, const std::string & path);

    // Well-known symbols.
    Symbol sOutPath, sDrvPath, sType, sMeta, sName, sValue, sSystem, sOverrides, sOutputs,
        sOutputName, sIgnoreNulls, sFile, sLine, sColumn, sFunctor, sToString, sRight, sWrong,
        sStructuredAttrs, sBuilder, sArgs, sOutputHash, sOutputHashAlgo, sOutputHashMode,
        sRecurseForDerivations, sDescription, sSelf, sStartSet, sOperator, sKey, sPath, sPrefix;

    // The type as error messages show it: "an integer", "the built-in function 'map'"…
    static std::string showType(const Value & v);
    static const char * showType(ValueType t);
    std::string describeLambda(const ExprLambda & f) const;  // "'f' at FILE:L:C" / "anonymous function at …"
    std::string showPos(Pos pos) const;                       // "FILE:L:C", "(string):L:C"

    std::string messages;  // trace output and warnings, printed on stderr in order
    // What the store layer remembers during this evaluation (derivation hashes…); created on
    // first use by store/eval_store.hpp's evalStore().
    std::shared_ptr<store::EvalStore> storeMemory;

    void addPrimOp(const char * name, uint32_t arity, PrimOpFun fun, bool borrowsArgs = false,
                   bool intsToInt = false);
    void addConstant(const char * name, Value * v);

private:
    void forceValueSlow(Value & v, Pos pos);
    Value * lookupVar(Env * env, const ExprVar & var, bool noEval);
    Value * lookupWithVar(Env * withEnv, const ExprVar & var, bool noEval);
    // A call in tail position of a lambda body, not made yet (see evalTail).
    static constexpr size_t kMaxTailArgs = 8;
    // Tail calls made without nesting still count as recursion: this many in progress end in
    // "stack overflow", as nested calls do when the stack runs out (the reference manages
    // about 100,000 levels of `f = n: … f (n - 1)` on a 64 MiB stack; nixtwin then 1,000,000).
    static constexpr size_t kMaxTailCallsInProgress = 1000000;
    size_t tailCallsInProgress_ = 0;
    struct TailCall {
        Value fun;
        Value * args[kMaxTailArgs];
        size_t nrArgs = 0;
        Pos pos;
    };
    // With `tail`, a call the body ends in may be returned there instead of made (true).
    bool callLambda(Env * closure, ExprLambda & lambda, Value * arg, Value & result, Pos pos, TailCall * tail = nullptr);
    bool bindAndEvalLambda(Env & env2, ExprLambda & lambda, Value * arg, Value & result, Pos pos, TailCall * tail);
    bool evalTail(Expr * e, Env & env, Value & v, TailCall & tail);
    Value * evalCallee(ExprCall * e, Env & env, Value & scratch);
    Value * borrowArg(Expr * arg, Env & env, Value & stackThunk);
    void evalCallOf(ExprCall * e, Env & env, Value & vFun, Value & v);
    bool envStaysLocal(const ExprLambda & lambda);
    bool envOnStack(ExprLambda & lambda);
    bool callCurriedOnStack(Value & fun, Value ** args, Pos pos);
    bool evaluatesLocally(Expr * e, unsigned depth);
    Value * tryEagerPrimOpCall(ExprCall * e, Env & env);
    Value * tryEagerIntSum(ExprConcatStrings * e, Env & env);
    void callBorrowingPrimOp(const PrimOp & op, ExprCall * e, Env & env, Value & v);
    void addNumbers(ExprConcatStrings * e, Env & env, Value & first, Value & v);
    void concatStrings(ExprConcatStrings * e, Env & env, Value * first, Value & v);
    void evalAttrs(Env & env, Expr * e, Value & v, Pos pos);
    bool evalBool(Env & env, Expr * e, Pos pos);
    void evalSelect(ExprSelect * e, Env & env, Value & v);
    void evalHasAttr(ExprHasAttr * e, Env & env, Value & v);
    void evalAttrSet(ExprAttrs * e, Env & env, Value & v);
    void evalConcatStrings(ExprConcatStrings * e, Env & env, Value & v);
    void evalCall(ExprCall * e, Env & env, Value & v);
    void evalBinOp(ExprBinOp * e, Env & env, Value & v);
    Symbol attrName(const AttrName & name, Env & env);
    const char ** allocContext(const Context & context);
    void createBaseEnv();
    void evalDerivationWrapper(Value & v);

    EvalHeap heap_;
    const PrimOp * toStringOp_ = nullptr;  // builtins.toString (concatStrings coerces in place)
    bool interpolateToString(ExprCall * e, Env & env, Context & context, std::string & out);
    Env * baseEnv_ = nullptr;
    Value * builtins_ = nullptr;
    gc::unordered_map<std::string, Value *> fileCache_;  // import results by resolved path
    std::unordered_map<std::string, Expr *> parseCache_;  // parsed files by resolved path
    std::unordered_map<std::string, std::string> srcToStore_;
    std::set<std::string> warnedSearchPaths_;
};

}  // namespace nixtwin
