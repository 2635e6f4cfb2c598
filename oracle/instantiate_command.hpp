// instantiate_command.hpp — a nix-instantiate-compatible program run hermetically as a child:
// the reference, or nixtwin-instantiate when nixtwin runs as a command.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "child_process.hpp"
#include "sandbox.hpp"

namespace nixtwin::oracle {

struct ProcessLimits {
    double timeoutSeconds = 10;
    std::uint64_t stackBytes = 64u << 20;
    std::uint64_t addressSpaceBytes = 0;  // 0 = none
    std::uint64_t gcHeapBytes = 0;        // 0 = unset
    std::size_t maxOutputBytes = 16u << 20;
};

class InstantiateCommand {
public:
    // `command[0]` is resolved in `searchPath` now; throws std::runtime_error with a clear
    // message if it is not an executable.
    InstantiateCommand(std::vector<std::string> command, const std::string & searchPath, const Sandbox & sandbox,
                       ProcessLimits limits);

    // Runs `command… args…` in the sandbox (stdin empty).
    // timeoutSeconds/idleSeconds override the limits for batches (0 = use limits.timeoutSeconds / none).
    ChildResult run(const std::vector<std::string> & args, double timeoutSeconds = 0, double idleSeconds = 0) const;

    // The child specification run() uses (clean environment, sandbox cwd, rlimits).
    ChildSpec childSpec(const std::vector<std::string> & args) const;

    // `--version`, first line (e.g. "nix-instantiate (Nix) 2.8.0"); throws std::runtime_error
    // if the program does not answer like a Nix when `requireNix`.
    std::string detectVersion(bool requireNix) const;

    const std::vector<std::string> & command() const { return command_; }
    const ProcessLimits & limits() const { return limits_; }

private:
    std::vector<std::string> command_;
    std::string searchPath_;
    const Sandbox & sandbox_;
    ProcessLimits limits_;
};

}  // namespace nixtwin::oracle
