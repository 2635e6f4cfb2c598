// environment.cpp — builtins that look at the machine: getEnv, readFile, readDir, pathExists
// (hashFile is in hashing.cpp). Pure and restricted evaluation go through checkSourcePath.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "../store/eval_store.hpp"
#include "environment.hpp"
#include "registry.hpp"

namespace nixtwin {

std::string realisePath(EvalState & st, Pos pos, Value & v, bool checkForPureEval) {
    Context context;
    std::string path;
    try {
        path = st.coerceToPath(pos, v, context);
    } catch (EvalError & e) {
        e.traces.push_back({pos, "while realising the context of a path"});
        throw;
    }
    try {
        store::realiseContext(st, context);
        return checkForPureEval ? st.checkSourcePath(path) : path;
    } catch (EvalError & e) {
        e.traces.push_back({pos, "while realising the context of path '" + path + "'"});
        throw;
    }
}

namespace {

[[noreturn]] void sysError(const std::string & what) { throwEvalError(what + ": " + std::strerror(errno)); }

std::string readWholeFile(const std::string & path) {
    int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) sysError("opening file '" + path + "'");
    std::string s;
    char buf[65536];
    while (true) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) continue;
            int saved = errno;
            close(fd);
            errno = saved;
            sysError("reading from file");
        }
        if (n == 0) break;
        s.append(buf, size_t(n));
    }
    close(fd);
    return s;
}

void primGetEnv(EvalState & st, Pos pos, Value ** args, Value & v) {
    std::string name(st.forceStringNoCtx(*args[0], pos));
    // Pure and restricted evaluation see an empty environment.
    const char * value = st.settings.pureEval || st.settings.restrictEval ? nullptr : std::getenv(name.c_str());
    st.mkString(v, value ? value : "");
}

void primReadFile(EvalState & st, Pos pos, Value ** args, Value & v) {
    std::string path = realisePath(st, pos, *args[0]);
    std::string s = readWholeFile(path);
    if (s.find('\0') != std::string::npos)
        throwEvalError("the contents of the file '" + path + "' cannot be represented as a Nix string");
    // The reference adds the references of a store path as context; the dummy store knows none.
    st.mkString(v, s);
}

void primReadDir(EvalState & st, Pos pos, Value ** args, Value & v) {
    std::string path = realisePath(st, pos, *args[0]);
    DIR * dir = opendir(path.c_str());
    if (!dir) sysError("opening directory '" + path + "'");
    struct Entry {
        std::string name;
        const char * type;
    };
    std::vector<Entry> entries;
    errno = 0;
    while (dirent * d = readdir(dir)) {
        std::string name = d->d_name;
        if (name == "." || name == "..") continue;
        unsigned char t = d->d_type;
        if (t == DT_UNKNOWN) {  // some file systems do not say: ask lstat
            struct stat s;
            if (lstat((path + "/" + name).c_str(), &s) != 0) {
                int saved = errno;
                closedir(dir);
                errno = saved;
                sysError("getting status of '" + path + "/" + name + "'");
            }
            t = S_ISREG(s.st_mode) ? DT_REG : S_ISDIR(s.st_mode) ? DT_DIR : S_ISLNK(s.st_mode) ? DT_LNK : DT_UNKNOWN;
        }
        entries.push_back({name, t == DT_REG ? "regular" : t == DT_DIR ? "directory" : t == DT_LNK ? "symlink" : "unknown"});
        errno = 0;
    }
    int saved = errno;
    closedir(dir);
    if (saved) {
        errno = saved;
        sysError("reading directory '" + path + "'");
    }
    Bindings * b = st.allocBindings(entries.size());
    for (auto & e : entries) st.mkString(*st.allocAttr(b, st.symbols.intern(e.name)), e.type);
    b->sort();
    v.mkAttrs(b);
}

// Never an error for a path that may not be looked at: it just does not "exist". Errors while
// computing the path (a relative string, a bad context) are still errors.
void primPathExists(EvalState & st, Pos pos, Value ** args, Value & v) {
    std::string path = realisePath(st, pos, *args[0], false);
    try {
        std::string checked = st.checkSourcePath(path);
        struct stat s;
        if (lstat(checked.c_str(), &s) == 0) {
            v.mkBool(true);
            return;
        }
        if (errno != ENOENT && errno != ENOTDIR) sysError("getting status of '" + checked + "'");
        v.mkBool(false);
    } catch (EvalError & e) {
        if (e.kind != ErrorKind::Eval && e.kind != ErrorKind::Restricted) throw;
        v.mkBool(false);
    }
}

const BuiltinSpec kEnvironment[] = {
    {"getEnv", 1, primGetEnv},
    {"readFile", 1, primReadFile},
    {"readDir", 1, primReadDir},
    {"pathExists", 1, primPathExists},
};

}  // namespace

std::span<const BuiltinSpec> environmentBuiltins() { return kEnvironment; }

}  // namespace nixtwin
