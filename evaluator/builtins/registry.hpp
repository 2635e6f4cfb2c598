// registry.hpp — the builtins of Nix 2.8, grouped by area. Each area file exposes its table;
// registry.cpp assembles `builtins` and the base environment from them.
#pragma once

#include <span>

#include "../eval/eval_state.hpp"

namespace nixtwin {

struct BuiltinSpec {
    const char * name;  // as in `builtins` (no "__" prefix)
    uint32_t arity;
    PrimOpFun fun;
    bool borrowsArgs = false;       // see PrimOp
    bool intsToInt = false;  // see PrimOp
};

// One table per area (builtins/<area>.cpp).
std::span<const BuiltinSpec> controlBuiltins();     // throw abort tryEval seq deepSeq trace addErrorContext
std::span<const BuiltinSpec> typeBuiltins();        // typeOf is*
std::span<const BuiltinSpec> arithmeticBuiltins();  // add sub mul div lessThan bit* ceil floor
std::span<const BuiltinSpec> listBuiltins();
std::span<const BuiltinSpec> attrsetBuiltins();
std::span<const BuiltinSpec> stringBuiltins();
std::span<const BuiltinSpec> regexBuiltins();       // match split
std::span<const BuiltinSpec> importBuiltins();      // import scopedImport findFile
std::span<const BuiltinSpec> formatBuiltins();      // toJSON fromJSON fromTOML toXML
std::span<const BuiltinSpec> hashBuiltins();
std::span<const BuiltinSpec> environmentBuiltins(); // getEnv readFile readDir pathExists …
std::span<const BuiltinSpec> storeBuiltins();       // derivationStrict toFile path storePath …
std::span<const BuiltinSpec> fetchBuiltins();       // fetchurl fetchTarball fetchGit … (refused)
std::span<const BuiltinSpec> contextBuiltins();     // getContext appendContext …

// Names and arities of every primop of the reference (measured from nix-instantiate 2.8.0).
std::span<const BuiltinSpec> referencePrimOps();

// `a < b` for `<`, `lessThan` and `sort`: numbers (int/float mixed), strings, paths, lists
// (lexicographically); anything else is "cannot compare X with Y".
bool lessThanValues(EvalState & state, Value * a, Value * b);
// The primop behind `<`, so that `sort lessThan` can skip calling it.
void primLessThan(EvalState & state, Pos pos, Value ** args, Value & v);

}  // namespace nixtwin
