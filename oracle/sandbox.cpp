// sandbox.cpp — creating and removing the run's temporary directory.
#include "sandbox.hpp"

#include <stdlib.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include "atomic_file.hpp"
#include "sha256.hpp"

namespace nixtwin::oracle {

std::unique_ptr<Sandbox> Sandbox::create() {
    const char * tmp = getenv("TMPDIR");
    std::string base = tmp && *tmp ? tmp : "/tmp";
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
    std::string path = stageDir() + "/" + sha256Hex(program).substr(0, 32) + ".nix";
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) writeFileAtomically(path, program, /*durable=*/false);
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
