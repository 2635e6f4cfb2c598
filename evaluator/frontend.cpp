// frontend.cpp — loading sources.
#include "frontend.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "syntax/path_util.hpp"

namespace nixtwin {

namespace {

std::string homeDirectory() {
    const char * home = getenv("HOME");
    return home ? home : "";
}

Expr * load(SourceSet & sources, Origin origin, const std::string & basePath, const StaticScope * scope = nullptr) {
    uint32_t id = sources.origins.add(std::move(origin));
    ParseContext ctx{sources.symbols, sources.arena, sources.origins, sources.home};
    ParseOutcome outcome = parse(ctx, id, basePath);
    if (outcome.error) throw NixError{outcome.error->message, outcome.error->pos};
    if (auto err = bindVariables(outcome.expr, scope ? *scope : sources.baseScope)) throw NixError{err->message, err->pos};
    return outcome.expr;
}

std::string systemError(const std::string & what) { return what + ": " + strerror(errno); }

}  // namespace

SourceSet::SourceSet() : baseScope(makeBaseScope(symbols)), home(homeDirectory()) {}

Expr * loadString(SourceSet & sources, std::string text, const std::string & basePath) {
    return load(sources, Origin{OriginKind::String, "", std::move(text)}, basePath);
}

Expr * loadStdin(SourceSet & sources, std::string text, const std::string & basePath) {
    return load(sources, Origin{OriginKind::Stdin, "", std::move(text)}, basePath);
}

Expr * loadFile(SourceSet & sources, const std::string & path, const StaticScope * scope) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw NixError{systemError("opening file '" + path + "'"), Pos{}};
    std::ostringstream text;
    text << in.rdbuf();
    return load(sources, Origin{OriginKind::File, path, text.str()}, directoryOf(path), scope);
}

std::string resolveExprPath(const std::string & arg, const std::string & cwd) {
    std::string path = absolutePath(arg, cwd);
    for (int follow = 0;; follow++) {
        if (follow >= 1024)
            throw NixError{"too many symbolic links encountered while traversing the path '" + path + "'", Pos{}};
        struct stat st;
        if (lstat(path.c_str(), &st) != 0) throw NixError{systemError("getting status of '" + path + "'"), Pos{}};
        if (S_ISLNK(st.st_mode)) {
            char buf[4096];
            ssize_t n = readlink(path.c_str(), buf, sizeof buf);
            if (n < 0) throw NixError{systemError("reading symbolic link '" + path + "'"), Pos{}};
            path = absolutePath(std::string(buf, size_t(n)), directoryOf(path));
            continue;
        }
        if (S_ISDIR(st.st_mode)) path = canonicalPath(path + "/default.nix");
        return path;
    }
}

std::string currentDirectory() {
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) return "/";
    return buf;
}

}  // namespace nixtwin
