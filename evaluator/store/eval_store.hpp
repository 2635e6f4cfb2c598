// eval_store.hpp — the store layer's memory for one evaluation, hung off EvalState so that
// evaluations in one process (oracle, fuzzers) never see each other's derivations.
#pragma once

#include <memory>
#include <set>
#include <string>

#include "../eval/eval_state.hpp"
#include "derivation.hpp"

namespace nixtwin::store {

struct EvalStore {
    DrvHashes drvHashes;  // hash modulo of each derivation instantiated so far, by .drv path
    // Store paths that path copying "added" (interpolated paths, builtins.path, filterSource):
    // pure and restricted evaluation may access them, as the reference's allowPath permits.
    std::set<std::string> allowedPaths;
};

inline EvalStore & evalStore(EvalState & state) {
    if (!state.storeMemory) state.storeMemory = std::make_shared<EvalStore>();
    return *state.storeMemory;
}

// Records a store path the evaluation has "added" (see EvalStore::allowedPaths).
inline void allowPath(EvalState & state, const std::string & storePath) {
    evalStore(state).allowedPaths.insert(storePath);
}

// A context element split up: "!out!/nix/store/…drv" → {"/nix/store/…drv", "out"};
// "=/nix/store/…drv" and "/nix/store/…" → {path, ""}. The path is validated like the
// reference's decodeContext does (parseStorePath), with its errors.
struct ContextElem {
    std::string path;
    std::string output;
};
ContextElem decodeContext(std::string_view storeDir, std::string_view elem);

// The reference's realiseContext for paths read during evaluation (import, readFile,
// pathExists, readDir, hashFile, builtins.path): every path in a string's context must be
// valid in the store first, and in the dummy store none is. Throws "path '…' is not valid"
// (no position, like the reference) for the first element; does nothing for an empty context.
void realiseContext(EvalState & state, const Context & context);

}  // namespace nixtwin::store
