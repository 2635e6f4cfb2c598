// nar.hpp — the NAR ("Nix ARchive") serialisation of a file system tree, whose sha256 names
// source paths in the store. Only serialisation (for hashing) is needed: nothing is unpacked.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace nixtwin::store {

using NarSink = std::function<void(std::string_view)>;
// Called with the full path of every entry below the root (not the root itself); false
// leaves the entry (and, for a directory, everything in it) out.
using PathFilter = std::function<bool(const std::string & path)>;

// Serialises `path` (regular files with their executable bit, directories in byte order of
// their entry names, symlinks as their target text). Errors are EvalErrors with the
// reference's messages ("getting status of '…': No such file or directory", …).
void dumpPath(const std::string & path, const NarSink & sink, const PathFilter & filter = {});

// The NAR of a single regular, non-executable file with these contents.
void dumpString(std::string_view contents, const NarSink & sink);

}  // namespace nixtwin::store
