// sandbox.hpp — the per-run temporary directory both sides run in.
//
//   <root>/home      HOME (the reference writes ~/.cache/nix there, even with dummy://)
//   <root>/nixconf   NIX_CONF_DIR, empty: /etc/nix/nix.conf is not read
//   <root>/cwd       the fixed working directory (relative paths in --expr programs resolve here)
//   <root>/stage     programs that cannot go on the command line, one file per content hash
//
// Outputs can contain <root> (paths, ~); records store it so replays can compare outputs
// modulo the sandbox location (see normalizeSandbox).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>

namespace nixtwin::oracle {

class Sandbox {
public:
    // Creates a fresh directory under $TMPDIR, else /dev/shm, else /tmp; throws std::runtime_error.
    static std::unique_ptr<Sandbox> create();
    ~Sandbox();  // removes the directory tree
    Sandbox(const Sandbox &) = delete;
    Sandbox & operator=(const Sandbox &) = delete;

    const std::string & root() const { return root_; }
    std::string home() const { return root_ + "/home"; }
    std::string nixConfDir() const { return root_ + "/nixconf"; }
    std::string cwd() const { return root_ + "/cwd"; }
    std::string stageDir() const { return root_ + "/stage"; }

    // The clean environment: env -i PATH=… HOME=… NIX_CONF_DIR=… NIX_USER_CONF_FILES= NIX_PATH=
    std::map<std::string, std::string> environment(const std::string & searchPath, std::uint64_t gcHeapBytes) const;

    // Writes `program` to stage/<sha256>.nix (once; atomic) and returns the absolute path.
    std::string stage(const std::string & program) const;

private:
    explicit Sandbox(std::string root) : root_(std::move(root)) {}
    std::string root_;
    mutable std::mutex stageMutex_;
    mutable std::set<std::string> staged_;  // content hashes already written
};

// Replaces every occurrence of `root` in `text` with "$SANDBOX".
std::string normalizeSandbox(const std::string & text, const std::string & root);

}  // namespace nixtwin::oracle
