// derivation.hpp — a store derivation (what `derivationStrict` would write to <name>.drv), its
// ATerm text and its "hash modulo" (the hash that names input-addressed outputs).
#pragma once

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "hash.hpp"

namespace nixtwin::store {

struct DerivationOutput {
    std::string path;        // empty while the output paths are being computed
    std::string methodAlgo;  // fixed outputs: "sha256", "r:sha256"…; else empty
    std::string hash;        // fixed outputs: the expected hash in base-16; else empty
    bool fixed() const { return !methodAlgo.empty(); }
};

struct Derivation {
    std::string name;
    std::map<std::string, DerivationOutput> outputs;
    std::map<std::string, std::set<std::string>> inputDrvs;  // .drv path → wanted outputs
    std::set<std::string> inputSrcs;
    std::string platform;
    std::string builder;
    std::vector<std::string> args;
    std::map<std::string, std::string> env;
};

// The ATerm text: Derive([outputs],[inputDrvs],[inputSrcs],"system","builder",[args],[env]).
// `maskOutputs` blanks output paths and the environment variables named after outputs;
// `inputsByHash`, when given, replaces the input derivations (hash modulo → outputs).
std::string unparseDerivation(const Derivation & drv, bool maskOutputs,
                              const std::map<std::string, std::set<std::string>> * inputsByHash = nullptr);

// Hash modulo of every derivation instantiated in one evaluation, by .drv path: output name →
// base-16 sha256. The reference keeps the same memo; a .drv not in it cannot be read back
// (the dummy store has no files), which is the reference's behaviour too.
using DrvHashes = std::unordered_map<std::string, std::map<std::string, std::string>>;

// hashDerivationModulo: fixed-output derivations hash to "fixed:out:<algo>:<hash>:<path>";
// others hash their ATerm with input derivations replaced by their own hashes modulo.
// Throws the reference's error for an input derivation missing from `known`.
std::map<std::string, std::string> hashDerivationModulo(const Derivation & drv, bool maskOutputs,
                                                        const DrvHashes & known);

// Input-addressed outputs: each output of `outputNames` gets "<storeDir>/<hash>-<name>[-<output>]"
// from the hash modulo of the derivation with its own output paths blanked, and the
// environment variable of the same name is set to it.
void setInputAddressedOutputs(Derivation & drv, const std::set<std::string> & outputNames,
                              std::string_view storeDir, const DrvHashes & known);

// A fixed-output derivation: its single output "out" is named by the expected content hash.
void setFixedOutput(Derivation & drv, bool recursive, const Hash & hash, std::string_view storeDir);

// Where the derivation itself would be written: a text path named "<name>.drv" whose
// references are its input sources and input derivations.
std::string derivationPath(const Derivation & drv, std::string_view storeDir);

}  // namespace nixtwin::store
