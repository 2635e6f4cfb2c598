// instantiate_command.cpp — hermetic runs of a nix-instantiate-like program.
#include "instantiate_command.hpp"

#include <regex>
#include <stdexcept>

#include "outcome.hpp"

namespace nixtwin::oracle {

InstantiateCommand::InstantiateCommand(std::vector<std::string> command, const std::string & searchPath,
                                       const Sandbox & sandbox, ProcessLimits limits)
    : command_(std::move(command)), searchPath_(searchPath), sandbox_(sandbox), limits_(limits) {
    if (command_.empty()) throw std::runtime_error("empty command");
    std::string resolved = findExecutable(command_[0], searchPath_);
    if (resolved.empty())
        throw std::runtime_error("'" + command_[0] + "' is not an executable program" +
                                 (command_[0].find('/') == std::string::npos ? " in " + searchPath_ : std::string()));
    command_[0] = resolved;
}

ChildResult InstantiateCommand::run(const std::vector<std::string> & args, double timeoutSeconds, double idleSeconds) const {
    ChildSpec spec = childSpec(args);
    RunLimits rl;
    rl.timeoutSeconds = timeoutSeconds > 0 ? timeoutSeconds : limits_.timeoutSeconds;
    rl.idleTimeoutSeconds = idleSeconds;
    rl.maxOutputBytes = limits_.maxOutputBytes;
    return runChild(spec, "", rl);
}

ChildSpec InstantiateCommand::childSpec(const std::vector<std::string> & args) const {
    ChildSpec spec;
    spec.argv = command_;
    spec.argv.insert(spec.argv.end(), args.begin(), args.end());
    spec.env = sandbox_.environment(searchPath_, limits_.gcHeapBytes);
    spec.cwd = sandbox_.cwd();
    spec.stackBytes = limits_.stackBytes;
    if (limits_.addressSpaceBytes) spec.addressSpaceBytes = limits_.addressSpaceBytes;
    return spec;
}

std::string InstantiateCommand::detectVersion(bool requireNix) const {
    ChildResult r = run({"--version"}, std::min(limits_.timeoutSeconds, 30.0));
    std::string line = firstLine(r.out);
    if (r.termination == Termination::SpawnFailed)
        throw std::runtime_error("cannot run " + command_[0] + ": " + r.spawnError);
    if (requireNix) {
        static const std::regex nixVersion(R"(\(Nix\) [0-9]+\.[0-9]+)");
        if (r.termination != Termination::Exited || r.exitCode != 0 || !std::regex_search(line, nixVersion))
            throw std::runtime_error(command_[0] + " does not look like nix-instantiate: `--version` gave " +
                                     describeEnding(fromChild(r)) + " and printed \"" + line.substr(0, 200) +
                                     "\" (expected \"nix-instantiate (Nix) 2.8.0\"; set reference.require_nix_version = false to "
                                     "accept it anyway)");
    }
    return line.empty() ? "(unknown version)" : line;
}

}  // namespace nixtwin::oracle
