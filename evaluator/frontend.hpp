// frontend.hpp — loading sources: read, parse and bind one file, string or standard input.
#pragma once

#include <memory>
#include <string>

#include "analysis/binder.hpp"
#include "syntax/parse.hpp"

namespace nixtwin {

// Everything a loaded program's syntax trees refer to; lives as long as its values.
struct SourceSet {
    SymbolTable symbols;
    Origins origins;
    Arena arena;
    StaticScope baseScope;
    std::string home;
    SourceSet();
};

// An error that carries the reference's message and position (rendered by renderError).
struct NixError {
    std::string message;
    Pos pos;
};

// Each throws NixError on failure.
Expr * loadString(SourceSet & sources, std::string text, const std::string & basePath);
Expr * loadStdin(SourceSet & sources, std::string text, const std::string & basePath);
// `path` already resolved; `scope` replaces the base scope (scopedImport).
Expr * loadFile(SourceSet & sources, const std::string & path, const StaticScope * scope = nullptr);

// The reference's treatment of a file argument: absolute, symlinks followed, a directory
// meaning its default.nix.
std::string resolveExprPath(const std::string & path, const std::string & cwd);

std::string currentDirectory();

}  // namespace nixtwin
