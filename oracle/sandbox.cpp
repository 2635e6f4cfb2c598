// sandbox.cpp — creating and removing the run's temporary directory.
#include "sandbox.hpp"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include "atomic_file.hpp"
#include "sha256.hpp"

namespace nixtwin::oracle {

namespace {

bool writableDirectory(const std::string & d) {
    struct stat st;
    return ::stat(d.c_str(), &st) == 0 && S_ISDIR(st.st_mode) && ::access(d.c_str(), W_OK | X_OK) == 0;
}

}  // namespace

std::unique_ptr<Sandbox> Sandbox::create() {
    // $TMPDIR if set; else /dev/shm (tmpfs): a run stages one file per program, and creating
    // tens of thousands of files on a disk file system costs more CPU than the comparisons.
    const char * tmp = getenv("TMPDIR");
    std::string base = tmp && *tmp ? tmp : writableDirectory("/dev/shm") ? "/dev/shm" : "/tmp";
    std::string templ = base + "/nixtwin-oracle.XXXXXX";
    if (!mkdtemp(templ.data()))
        throw std::runtime_error("cannot create a temporary directory in " + base + ": " + std::strerror(errno));
    std::unique_ptr<Sandbox> s(new Sandbox(templ));
    for (auto sub : {"/home", "/nixconf", "/cwd", "/stage"}) {
        std::string p = templ + sub;
        if (mkdir(p.c_str(), 0700) != 0)
            throw std::runtime_error("cannot create " + p + ": " + std::strerror(errno));
    }
    return s;
}

Sandbox::~Sandbox() {
    std::error_code ec;
    std::filesystem::remove_all(root_, ec);
}

std::map<std::string, std::string> Sandbox::environment(const std::string & searchPath, std::uint64_t gcHeapBytes) const {
    std::map<std::string, std::string> env = {
        {"PATH", searchPath}, {"HOME", home()}, {"NIX_CONF_DIR", nixConfDir()},
        {"NIX_USER_CONF_FILES", ""}, {"NIX_PATH", ""},
    };
    if (gcHeapBytes) env["GC_MAXIMUM_HEAP_SIZE"] = std::to_string(gcHeapBytes);
    return env;
}

std::string Sandbox::stage(const std::string & program) const {
    std::string name = sha256Hex(program).substr(0, 32);
    std::string path = stageDir() + "/" + name + ".nix";
    std::lock_guard<std::mutex> lock(stageMutex_);
    if (staged_.insert(name).second) {
        // Private to this run, and written before any process is told about it: a plain
        // write is enough (no temp file and rename, which cost two more inode operations).
        int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        bool ok = fd >= 0;
        for (std::size_t done = 0; ok && done < program.size();) {
            ssize_t n = ::write(fd, program.data() + done, program.size() - done);
            if (n < 0 && errno == EINTR) continue;
            ok = n > 0;
            if (ok) done += static_cast<std::size_t>(n);
        }
        int err = errno;
        if (fd >= 0) ::close(fd);
        if (!ok) {
            staged_.erase(name);
            throw WriteError("cannot stage a program in " + stageDir() + ": " + std::strerror(err));
        }
    }
    return path;
}

std::string normalizeSandbox(const std::string & text, const std::string & root) {
    if (root.empty()) return text;
    std::string out;
    std::size_t pos = 0;
    for (;;) {
        std::size_t hit = text.find(root, pos);
        if (hit == std::string::npos) break;
        out.append(text, pos, hit - pos);
        out += "$SANDBOX";
        pos = hit + root.size();
    }
    out.append(text, pos);
    return out;
}

}  // namespace nixtwin::oracle
