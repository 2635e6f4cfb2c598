// nixtwin_engine.hpp — how the oracle obtains nixtwin's result for one invocation.
//
//   WorkerEngine    a persistent child (`nixtwin __worker`) running the evaluator: in-process
//                   speed, but a crash, hang or memory blow-up is contained, classified, and
//                   the worker restarted.
//   InProcessEngine runInstantiate() directly (serialised: the evaluator is not known to be
//                   thread-safe). No containment: for `check` and tests.
//   CommandEngine   a nixtwin-instantiate-compatible program, one process per case.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "child_process.hpp"
#include "config.hpp"
#include "instantiate_command.hpp"
#include "outcome.hpp"
#include "sandbox.hpp"

namespace nixtwin::oracle {

class NixtwinEngine {
public:
    virtual ~NixtwinEngine() = default;
    // `args` are nix-instantiate arguments (without the program name); cwd is the sandbox's.
    virtual SideResult run(const std::vector<std::string> & args) = 0;
    virtual std::string describe() const = 0;
    // Checks that the engine can run at all (e.g. the worker starts); false with `error` if not.
    virtual bool probe(std::string & error) {
        (void)error;
        return true;
    }
};

class InProcessEngine : public NixtwinEngine {
public:
    explicit InProcessEngine(const Sandbox & sandbox) : sandbox_(sandbox) {}
    SideResult run(const std::vector<std::string> & args) override;
    std::string describe() const override { return "in-process"; }

private:
    const Sandbox & sandbox_;
    static std::mutex mutex_;
};

class WorkerEngine : public NixtwinEngine {
public:
    // `executable`: a program that speaks the worker protocol when given `__worker`.
    WorkerEngine(std::string executable, const Sandbox & sandbox, std::string searchPath, ProcessLimits limits);
    SideResult run(const std::vector<std::string> & args) override;
    std::string describe() const override { return "worker (" + executable_ + " __worker)"; }
    bool probe(std::string & error) override { return ensureStarted(error); }

private:
    bool ensureStarted(std::string & error);
    SideResult failure(Termination how, const std::string & note);

    std::string executable_;
    const Sandbox & sandbox_;
    std::string searchPath_;
    ProcessLimits limits_;
    std::unique_ptr<InteractiveChild> child_;
};

class CommandEngine : public NixtwinEngine {
public:
    explicit CommandEngine(std::unique_ptr<InstantiateCommand> command) : command_(std::move(command)) {}
    SideResult run(const std::vector<std::string> & args) override { return fromChild(command_->run(args)); }
    std::string describe() const override { return "command (" + command_->command()[0] + ")"; }

private:
    std::unique_ptr<InstantiateCommand> command_;
};

// Builds the engine the configuration asks for. `selfExecutable` is used for the worker when
// nixtwin.worker is empty. Throws std::runtime_error with a clear message.
std::unique_ptr<NixtwinEngine> makeEngine(const Config & config, const Sandbox & sandbox, const std::string & selfExecutable);

// The path of the running executable (/proc/self/exe).
std::string currentExecutable();

}  // namespace nixtwin::oracle
