// imports.cpp — loading files (import, scopedImport), the search path (<name>) and
// pure/restricted-mode access checks.
#include <sys/stat.h>

#include "../builtins/registry.hpp"
#include "../store/eval_store.hpp"
#include "../store/real_path.hpp"
#include "../syntax/path_util.hpp"
#include "eval_state.hpp"

namespace nixtwin {

namespace {

bool pathExists(const std::string & p) {
    struct stat st;
    return lstat(p.c_str(), &st) == 0;
}

Expr * loadOrThrow(EvalState & st, Expr * (*loader)(SourceSet &, std::string, const std::string &), std::string text,
                   const std::string & base) {
    try {
        return loader(st.sources, std::move(text), base);
    } catch (const NixError & e) {
        throw EvalError(ErrorKind::Eval, e.message, e.pos);
    }
}

}  // namespace

Expr * EvalState::parseString(std::string text, const std::string & basePath) {
    return loadOrThrow(*this, loadString, std::move(text), basePath);
}

Expr * EvalState::parseStdin(std::string text, const std::string & basePath) {
    return loadOrThrow(*this, loadStdin, std::move(text), basePath);
}

Expr * EvalState::parseFile(const std::string & path) {
    try {
        return loadFile(sources, path);
    } catch (const NixError & e) {
        throw EvalError(ErrorKind::Eval, e.message, e.pos);
    }
}

// The reference's allowed paths: in restricted mode the (existing) search path entries; in pure
// mode none at all, since pure evaluation does not read the search path. A path that passes
// is returned with its symlinks resolved, after checking the resolved path again.
std::string EvalState::checkSourcePath(const std::string & path) {
    if (!settings.pureEval && !settings.restrictEval) return path;
    std::string abs = canonicalPath(path);
    if (abs.starts_with("/__corepkgs__/")) return abs;
    std::vector<std::string> allowed;
    if (!settings.pureEval)
        for (auto & entry : settings.searchPath)
            if (entry.path.find("://") == std::string::npos)
                allowed.push_back(canonicalPath(absolutePath(entry.path, currentDirectory())));
    // Paths "added" to the store during this evaluation are accessible, as in the reference.
    if (storeMemory) allowed.insert(allowed.end(), storeMemory->allowedPaths.begin(), storeMemory->allowedPaths.end());
    auto isAllowed = [&](const std::string & p) {
        for (auto & a : allowed)
            if (p == a || p.starts_with(a + "/")) return true;
        return false;
    };
    if (!isAllowed(abs)) {
        if (settings.pureEval)
            throwError(ErrorKind::Restricted, "access to absolute path '" + abs + "' is forbidden in pure eval mode (use '--impure' to override)");
        throwError(ErrorKind::Restricted, "access to absolute path '" + abs + "' is forbidden in restricted mode");
    }
    std::string resolved = store::resolveSymlinks(abs);
    if (!isAllowed(resolved))
        throwError(ErrorKind::Restricted, "access to canonical path '" + resolved + "' is forbidden in restricted mode");
    return resolved;
}

void EvalState::evalFile(const std::string & path0, Value & v) {
    // <nix/…> names files the reference ships inside its binary (fetchurl.nix); nixtwin does not
    // reproduce the reference's own Nix code.
    if (path0.rfind("/__corepkgs__/", 0) == 0)
        throwError(ErrorKind::Unsupported, "nixtwin does not provide the reference's built-in file '" + path0 + "'");
    std::string path = checkSourcePath(path0);
    if (auto it = fileCache_.find(path); it != fileCache_.end()) {
        v = *it->second;
        return;
    }
    std::string resolved;
    try {
        resolved = resolveExprPath(path, "/");
    } catch (const NixError & e) {
        throw EvalError(ErrorKind::Eval, e.message, e.pos);
    }
    if (auto it = fileCache_.find(resolved); it != fileCache_.end()) {
        v = *it->second;
        return;
    }
    // Parsed once per file, before evaluating it (a file importing itself reuses the tree).
    Expr *& e = parseCache_[resolved];
    if (!e) e = parseFile(checkSourcePath(resolved));
    try {
        eval(e, *baseEnv_, v);
    } catch (EvalError & err) {
        err.traces.push_back({Pos{}, "while evaluating the file '" + resolved + "':"});
        throw;
    }
    Value * cached = allocValue();
    *cached = v;
    fileCache_[resolved] = cached;
    if (path != resolved) fileCache_[path] = cached;
}

std::string EvalState::findFile(const std::vector<SearchPathEntry> & searchPath, std::string_view name, Pos pos) {
    for (auto & entry : searchPath) {
        std::string suffix;
        if (entry.prefix.empty()) {
            suffix = "/" + std::string(name);
        } else {
            size_t s = entry.prefix.size();
            if (name.compare(0, s, entry.prefix) != 0 || (name.size() > s && name[s] != '/')) continue;
            suffix = name.size() == s ? "" : "/" + std::string(name.substr(s + 1));
        }
        if (entry.path.find("://") != std::string::npos) continue;  // URLs would need the network
        std::string base = absolutePath(entry.path, currentDirectory());
        if (!pathExists(base)) {
            if (warnedSearchPaths_.insert(base).second)
                messages += "warning: Nix search path entry '" + base + "' does not exist, ignoring\n";
            continue;
        }
        std::string candidate = base + suffix;
        if (pathExists(candidate)) return canonicalPath(candidate);
    }
    if (name.substr(0, 4) == "nix/") return "/__corepkgs__/" + std::string(name.substr(4));
    throwError(ErrorKind::Thrown,
               settings.pureEval
                   ? "cannot look up '<" + std::string(name) + ">' in pure evaluation mode (use '--impure' to override)"
                   : "file '" + std::string(name) + "' was not found in the Nix search path (add it using $NIX_PATH or -I)",
               pos);
}

namespace {

void importInto(EvalState & st, Pos pos, Value & vPath, Value * vScope, Value & v) {
    Context context;
    std::string path = st.coerceToPath(pos, vPath, context);
    try {
        store::realiseContext(st, context);  // a path inside the store must exist there first
    } catch (EvalError & e) {
        e.traces.push_back({pos, "while realising the context of path '" + path + "'"});
        throw;
    }
    if (!vScope || vScope->attrs->empty()) {
        st.evalFile(path, v);
        return;
    }
    // scopedImport: the file sees the scope's attributes as variables (not cached).
    std::string resolved;
    try {
        resolved = resolveExprPath(st.checkSourcePath(path), "/");
    } catch (const NixError & e) {
        throw EvalError(ErrorKind::Eval, e.message, e.pos);
    }
    StaticScope scope{&st.sources.baseScope, false, {}};
    Env & env = st.allocEnv(vScope->attrs->size());
    env.up = &st.baseEnv();
    uint32_t i = 0;
    for (auto & a : *vScope->attrs) {
        scope.add(a.name, i);
        env.values[i++] = a.value;
    }
    scope.sort();
    Expr * e;
    try {
        e = loadFile(st.sources, st.checkSourcePath(resolved), &scope);
    } catch (const NixError & err) {
        throw EvalError(ErrorKind::Eval, err.message, err.pos);
    }
    st.eval(e, env, v);
}

void primImport(EvalState & st, Pos pos, Value ** args, Value & v) { importInto(st, pos, *args[0], nullptr, v); }

void primScopedImport(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceAttrs(*args[0], pos);
    importInto(st, pos, *args[1], args[0], v);
}

void primFindFile(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceList(*args[0], pos);
    std::vector<SearchPathEntry> searchPath;
    for (Value * item : args[0]->listItems()) {
        st.forceAttrs(*item, pos);
        SearchPathEntry entry;
        if (Attr * p = item->attrs->get(st.sPrefix)) entry.prefix = st.forceStringNoCtx(*p->value, pos);
        Attr * p = &st.requireAttr("findFile", st.sPath, *item->attrs, pos);
        Context context;
        entry.path = st.coerceToString(pos, *p->value, context, false, false);
        searchPath.push_back(std::move(entry));
    }
    std::string name(st.forceStringNoCtx(*args[1], pos));
    st.mkPath(v, st.checkSourcePath(st.findFile(searchPath, name, pos)));
}

const BuiltinSpec kImport[] = {
    {"import", 1, primImport},
    {"scopedImport", 2, primScopedImport},
    {"findFile", 2, primFindFile},
};

}  // namespace

std::span<const BuiltinSpec> importBuiltins() { return kImport; }

}  // namespace nixtwin
