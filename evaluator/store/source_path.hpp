// source_path.hpp — the store path a file or directory would get if it were added to the store
// (path interpolation, builtins.path, filterSource). Read-only: only the name is computed, as
// the reference does in read-only mode.
#pragma once

#include <string>

#include "hash.hpp"
#include "nar.hpp"

namespace nixtwin::store {

struct SourcePath {
    std::string path;  // <storeDir>/<hash>-<name>
    Hash hash;         // sha256 of the NAR (recursive) or of the file's bytes (flat)
};

// Recursive: sha256 of the NAR of `srcPath` (entries filtered by `filter`), a "source" path.
// Flat: sha256 of the file's contents (symlinks followed), a fixed "output:out" path.
SourcePath computeSourcePath(std::string_view storeDir, std::string_view name, const std::string & srcPath,
                             bool recursive, const PathFilter & filter = {});

// sha256 (or another algorithm) of a file's contents, following symlinks; the reference's
// messages for unreadable files.
Hash hashFileContents(HashAlgo algo, const std::string & path);

}  // namespace nixtwin::store
