// nixtwin_engine.cpp — the three ways to run nixtwin.
#include "nixtwin_engine.hpp"

#include <unistd.h>

#include <stdexcept>

#include "instantiate.hpp"
#include "worker_protocol.hpp"

namespace nixtwin::oracle {

std::mutex InProcessEngine::mutex_;

SideResult InProcessEngine::run(const std::vector<std::string> & args) {
    std::lock_guard<std::mutex> lock(mutex_);
    InstantiateResult r = runInstantiate(args, "", sandbox_.cwd());
    SideResult s;
    s.termination = Termination::Exited;
    s.exitCode = r.exitCode;
    s.out = std::move(r.out);
    s.err = std::move(r.err);
    return s;
}

WorkerEngine::WorkerEngine(std::string executable, const Sandbox & sandbox, std::string searchPath, ProcessLimits limits)
    : executable_(std::move(executable)), sandbox_(sandbox), searchPath_(std::move(searchPath)), limits_(limits) {}

bool WorkerEngine::ensureStarted(std::string & error) {
    if (child_) return true;
    ChildSpec spec;
    spec.argv = {executable_, "__worker"};
    spec.env = sandbox_.environment(searchPath_, 0);
    spec.cwd = sandbox_.cwd();
    spec.stackBytes = limits_.stackBytes;
    if (limits_.addressSpaceBytes) spec.addressSpaceBytes = limits_.addressSpaceBytes;
    child_ = InteractiveChild::start(spec, error);
    return child_ != nullptr;
}

SideResult WorkerEngine::failure(Termination how, const std::string & note) {
    SideResult s;
    ChildResult c = child_ ? child_->killAndReap() : ChildResult{};
    s.termination = how;
    s.exitCode = c.exitCode;
    s.signal = c.signal;
    s.err = child_ ? child_->stderrText : std::string();
    s.note = note;
    child_.reset();  // the next case starts a fresh worker
    return s;
}

SideResult WorkerEngine::run(const std::vector<std::string> & args) {
    std::string error;
    if (!ensureStarted(error)) {
        SideResult s;
        s.termination = Termination::SpawnFailed;
        s.note = "cannot start the nixtwin worker: " + error;
        return s;
    }
    child_->stderrText.clear();
    auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(limits_.timeoutSeconds));
    std::vector<std::string> request = {sandbox_.cwd(), ""};
    request.insert(request.end(), args.begin(), args.end());
    if (!child_->writeAll(encodeFrame(request), deadline)) {
        if (Clock::now() >= deadline) return failure(Termination::TimedOut, "worker did not accept the request in time");
        // The worker died before or while reading: report how it ended.
        ChildResult c = child_->killAndReap();
        return failure(c.termination == Termination::Signaled ? Termination::Signaled : Termination::Exited, "worker died");
    }
    std::string buffer;
    std::size_t cap = 2 * limits_.maxOutputBytes + 64;
    for (;;) {
        std::vector<std::string> fields;
        std::size_t used = 0;
        try {
            used = decodeFrame(buffer, fields);
        } catch (const ProtocolError & e) {
            return failure(Termination::Signaled, std::string("worker sent garbage: ") + e.what());
        }
        if (used) {
            if (fields.size() != 3) return failure(Termination::Signaled, "worker sent a malformed response");
            SideResult s;
            s.termination = Termination::Exited;
            s.exitCode = std::atoi(fields[0].c_str());
            s.out = std::move(fields[1]);
            s.err = std::move(fields[2]);
            if (s.out.size() > limits_.maxOutputBytes || s.err.size() > limits_.maxOutputBytes) {
                s.termination = Termination::OutputLimit;
                s.out.resize(std::min(s.out.size(), limits_.maxOutputBytes));
                s.err.resize(std::min(s.err.size(), limits_.maxOutputBytes));
            }
            return s;
        }
        if (buffer.size() > cap) return failure(Termination::OutputLimit, "output over the cap");
        auto status = child_->read(buffer, deadline);
        if (status == InteractiveChild::ReadStatus::Timeout) return failure(Termination::TimedOut, "");
        if (status == InteractiveChild::ReadStatus::Eof) {
            // The worker died mid-case (crash, _exit): that is this case's ending.
            ChildResult c = child_->finish(Clock::now() + std::chrono::seconds(5));
            SideResult s;
            s.termination = c.termination == Termination::TimedOut ? Termination::Signaled : c.termination;
            s.exitCode = c.exitCode;
            s.signal = c.signal;
            s.err = child_->stderrText;
            s.note = "the nixtwin worker died during this case";
            child_.reset();
            return s;
        }
    }
}

std::string currentExecutable() {
    char buf[4096];
    ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) return {};
    return std::string(buf, static_cast<std::size_t>(n));
}

std::unique_ptr<NixtwinEngine> makeEngine(const Config & config, const Sandbox & sandbox, const std::string & selfExecutable) {
    const NixtwinConfig & n = config.nixtwin;
    ProcessLimits limits;
    limits.timeoutSeconds = n.timeoutSeconds;
    limits.stackBytes = config.reference.stackBytes;
    limits.addressSpaceBytes = n.addressSpaceBytes;
    limits.maxOutputBytes = n.maxOutputBytes;
    switch (n.engine) {
        case EngineKind::InProcess: return std::make_unique<InProcessEngine>(sandbox);
        case EngineKind::Worker: {
            std::string exe = n.workerExecutable.empty() ? selfExecutable : n.workerExecutable;
            std::string resolved = findExecutable(exe, config.reference.searchPath);
            if (resolved.empty()) throw std::runtime_error("nixtwin worker executable not found: '" + exe + "'");
            return std::make_unique<WorkerEngine>(resolved, sandbox, config.reference.searchPath, limits);
        }
        case EngineKind::Command: {
            if (n.command.empty()) throw std::runtime_error("nixtwin.engine = \"command\" needs nixtwin.command");
            try {
                return std::make_unique<CommandEngine>(
                    std::make_unique<InstantiateCommand>(n.command, config.reference.searchPath, sandbox, limits));
            } catch (const std::runtime_error & e) {
                throw std::runtime_error(std::string("nixtwin.command: ") + e.what());
            }
        }
    }
    throw std::logic_error("unknown engine");
}

}  // namespace nixtwin::oracle
