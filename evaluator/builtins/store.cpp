// store.cpp — builtins that name things in the store: toFile, path, filterSource, storePath,
// placeholder (and derivationStrict, in derivation_strict.cpp). The store is never written:
// like the reference in read-only mode, only the paths are computed.
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <optional>

#include "../store/eval_store.hpp"
#include "../store/real_path.hpp"
#include "../store/source_path.hpp"
#include "../store/store_path.hpp"
#include "../syntax/ast_print.hpp"
#include "../syntax/path_util.hpp"
#include "store_builtins.hpp"

namespace nixtwin {

namespace {

using namespace store;

void primToFile(EvalState & st, Pos pos, Value ** args, Value & v) {
    Context context;
    std::string name(st.forceStringNoCtx(*args[0], pos));
    std::string contents(st.forceString(*args[1], context, pos));
    std::set<std::string> refs;
    for (auto & elem : context) {
        if (elem[0] != '/')
            throwEvalError("in 'toFile': the file named '" + name +
                               "' must not contain a reference to a derivation but contains (" + elem + ")",
                           pos);
        refs.insert(parseStorePath(st.settings.storeDir, elem));
    }
    // The file refers to the paths in its text, so the result needs no other context.
    std::string path = makeTextPath(st.settings.storeDir, name, hashString(HashAlgo::SHA256, contents), refs);
    st.mkString(v, path, Context{path});
}

// The type name the filter function receives.
std::string fileType(const std::string & path) {
    struct stat s;
    if (lstat(path.c_str(), &s) != 0) throwEvalError("getting status of '" + path + "': " + std::strerror(errno));
    return S_ISREG(s.st_mode) ? "regular" : S_ISDIR(s.st_mode) ? "directory" : S_ISLNK(s.st_mode) ? "symlink" : "unknown";
}

// The reference's addPath: the path as it would be added to the store, optionally filtered
// and checked against an expected hash.
void addPath(EvalState & st, Pos pos, const std::string & name, std::string path, Value * filterFun, bool recursive,
             const std::optional<Hash> & expectedHash, Value & v, const Context & context) {
    try {
        realiseContext(st, context);  // a path from a string with context must be in the store
        if (!(st.settings.pureEval && expectedHash)) path = st.checkSourcePath(path);

        PathFilter filter;
        if (filterFun)
            filter = [&](const std::string & p) {
                std::string type = fileType(p);
                Value * fargs[] = {st.allocValue(), st.allocValue()};
                st.mkString(*fargs[0], p);
                st.mkString(*fargs[1], type);
                Value res;
                st.callFunction(*filterFun, 2, fargs, res, pos);
                return st.forceBool(res, pos);
            };

        std::optional<std::string> expectedPath;
        if (expectedHash) expectedPath = makeFixedOutputPath(st.settings.storeDir, recursive, *expectedHash, name);
        std::string dstPath = computeSourcePath(st.settings.storeDir, name, path, recursive, filter).path;
        if (expectedPath && *expectedPath != dstPath)
            throwEvalError("store path mismatch in (possibly filtered) path added from '" + path + "'");
        allowPath(st, dstPath);
        st.mkString(v, dstPath, Context{dstPath});
    } catch (EvalError & e) {
        e.traces.push_back({pos, "while adding path '" + path + "'"});
        throw;
    }
}

void primFilterSource(EvalState & st, Pos pos, Value ** args, Value & v) {
    Context context;
    std::string path = st.coerceToPath(pos, *args[1], context);
    st.forceValue(*args[0], pos);
    if (args[0]->type() != ValueType::Function)
        throwTypeError("first argument in call to 'filterSource' is not a function but " + EvalState::showType(*args[0]),
                       pos);
    addPath(st, pos, baseNameOf(path), path, args[0], true, std::nullopt, v, context);
}

void primPath(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceAttrs(*args[0], pos);
    std::string path, name;
    Value * filterFun = nullptr;
    bool recursive = true;
    std::optional<Hash> expectedHash;
    Context context;
    // In the set's own order, as the reference reads them (it decides which error comes first).
    for (auto & a : *args[0]->attrs) {
        std::string_view n = a.name.view();
        if (n == "path") path = st.coerceToPath(a.pos, *a.value, context);
        else if (a.name == st.sName) name = st.forceStringNoCtx(*a.value, a.pos);
        else if (n == "filter") {
            st.forceValue(*a.value, pos);
            filterFun = a.value;
        } else if (n == "recursive") recursive = st.forceBool(*a.value, a.pos);
        else if (n == "sha256") {
            std::string warning;
            expectedHash = parseHashAllowEmpty(st.forceStringNoCtx(*a.value, a.pos), HashAlgo::SHA256, warning);
            if (!warning.empty()) st.messages += "warning: " + warning + "\n";
        } else {
            std::string shown;  // the reference prints the symbol: quoted unless an identifier
            printIdentifier(shown, n);
            throwEvalError("unsupported argument '" + shown + "' to 'addPath'", a.pos);
        }
    }
    if (path.empty()) throwEvalError("'path' required", pos);
    if (name.empty()) name = baseNameOf(path);
    addPath(st, pos, name, path, filterFun, recursive, expectedHash, v, context);
}

void primStorePath(EvalState & st, Pos pos, Value ** args, Value & v) {
    if (st.settings.pureEval) throwEvalError("'builtins.storePath' is not allowed in pure evaluation mode", pos);
    Context context;
    std::string path = st.checkSourcePath(st.coerceToPath(pos, *args[0], context));
    const std::string & storeDir = st.settings.storeDir;
    // Symlinks are resolved, except for a store path that is itself a symlink.
    if (!isStorePath(storeDir, path)) path = resolveSymlinks(path);
    if (!isInStore(storeDir, path)) throwEvalError("path '" + path + "' is not in the Nix store", pos);
    size_t slash = path.find('/', storeDir.size() + 1);
    context.insert(parseStorePath(storeDir, path.substr(0, slash)));
    st.mkString(v, path, context);
}

void primPlaceholder(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.mkString(v, hashPlaceholder(st.forceStringNoCtx(*args[0], pos)));
}

const BuiltinSpec kStore[] = {
    {"derivationStrict", 1, primDerivationStrict},
    {"toFile", 2, primToFile},
    {"path", 1, primPath},
    {"filterSource", 2, primFilterSource},
    {"storePath", 1, primStorePath},
    {"placeholder", 1, primPlaceholder},
};

}  // namespace

std::span<const BuiltinSpec> storeBuiltins() { return kStore; }

}  // namespace nixtwin
