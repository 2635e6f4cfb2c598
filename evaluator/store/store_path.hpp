// store_path.hpp — how the reference names things in the store: /nix/store/<hash>-<name>,
// where <hash> is sha256("<type>:sha256:<digest>:<storeDir>:<name>") folded to 160 bits in
// base-32. Only names are computed; nothing is ever written.
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "hash.hpp"

namespace nixtwin::store {

inline constexpr size_t kHashPartLength = 32;  // base-32 characters of a 160-bit hash

// "<storeDir>/<hash>-<name>" for a given type string ("text:…", "source", "output:out"…);
// throws the reference's errors for names that are empty, too long or have illegal characters.
std::string makeStorePath(std::string_view storeDir, std::string_view type, const Hash & hash, std::string_view name);

// builtins.toFile, derivation files: type "text" plus the references.
std::string makeTextPath(std::string_view storeDir, std::string_view name, const Hash & contentHash,
                         const std::set<std::string> & references);

// Content-addressed paths: sha256 of a NAR → "source"; anything else → "output:out" of
// "fixed:out:[r:]<algo>:<base16>:".
std::string makeFixedOutputPath(std::string_view storeDir, bool recursive, const Hash & hash, std::string_view name);

// An input-addressed derivation output: "output:<id>" of the derivation's hash modulo.
std::string makeOutputPath(std::string_view storeDir, std::string_view outputName, const Hash & drvHash,
                           std::string_view drvName);

// "<drvName>" for output "out", "<drvName>-<output>" otherwise.
std::string outputPathName(std::string_view drvName, std::string_view outputName);

// "/<base-32 sha256 of "nix-output:<name>">", builtins.placeholder.
std::string hashPlaceholder(std::string_view outputName);

// The reference's parseStorePath: `path` canonicalised must be <storeDir>/<hash>-<name> with a
// valid hash part and name. Returns the canonical path; throws the reference's error.
std::string parseStorePath(std::string_view storeDir, std::string_view path);
bool isStorePath(std::string_view storeDir, std::string_view path);

// Whether `path` is strictly below the store directory.
bool isInStore(std::string_view storeDir, std::string_view path);

// Whether a file or derivation name ends in ".drv".
inline bool isDerivationName(std::string_view name) { return name.ends_with(".drv"); }

}  // namespace nixtwin::store
