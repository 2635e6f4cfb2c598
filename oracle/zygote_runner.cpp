// zygote_runner.cpp — the oracle's side of the fork-server protocol.
#include "zygote_runner.hpp"

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>

#include "atomic_file.hpp"
#include "invocation.hpp"

namespace nixtwin::oracle {

namespace {
constexpr std::string_view kReady = "NIXTWIN-ZYGOTE-READY\n";
std::atomic<unsigned> nextSlot{0};

std::string placeholderPath(const Sandbox & sandbox) {
    return sandbox.stageDir() + "/zygote" + std::string(26, '0') + ".nix";  // as long as stage/<32 hex>.nix
}
}  // namespace

bool Zygote::canServe(const TestCase & c, const Sandbox & sandbox) {
    return c.kind == InputKind::StagedFile && c.path.size() == placeholderPath(sandbox).size() && c.path.find('\n') == std::string::npos;
}

std::unique_ptr<Zygote> Zygote::start(const InstantiateCommand & command, Mode mode, const std::vector<std::string> & commonArgs,
                                      const Sandbox & sandbox, const std::string & library, std::string & why) {
    if (library.empty() || ::access(library.c_str(), R_OK) != 0) {
        why = "zygote library not found: '" + library + "'";
        return nullptr;
    }
    std::unique_ptr<Zygote> z(new Zygote());
    z->placeholder_ = placeholderPath(sandbox);
    struct stat st;
    if (::stat(z->placeholder_.c_str(), &st) != 0) writeFileAtomically(z->placeholder_, "null\n", false);
    unsigned slot = nextSlot++;
    makeDirectories(sandbox.root() + "/zygote");
    z->outFile_ = sandbox.root() + "/zygote/" + std::to_string(slot) + ".out";
    z->errFile_ = sandbox.root() + "/zygote/" + std::to_string(slot) + ".err";
    z->timeoutSeconds_ = command.limits().timeoutSeconds;
    z->maxOutput_ = command.limits().maxOutputBytes;

    TestCase placeholderCase;
    placeholderCase.kind = InputKind::StagedFile;
    placeholderCase.path = z->placeholder_;
    ChildSpec spec = command.childSpec(instantiateArgs(mode, commonArgs, {&placeholderCase}));
    spec.env["LD_PRELOAD"] = library;
    spec.env["NIXTWIN_ZYGOTE_PLACEHOLDER"] = z->placeholder_;
    spec.env["NIXTWIN_ZYGOTE_STDOUT"] = z->outFile_;
    spec.env["NIXTWIN_ZYGOTE_STDERR"] = z->errFile_;
    spec.env["NIXTWIN_ZYGOTE_MAX_OUTPUT"] = std::to_string(z->maxOutput_ + 1);
    z->child_ = InteractiveChild::start(spec, why);
    if (!z->child_) return nullptr;
    auto deadline = Clock::now() + std::chrono::seconds(30);
    while (z->buffer_.size() < kReady.size()) {
        if (z->child_->read(z->buffer_, deadline) != InteractiveChild::ReadStatus::Data) break;
    }
    if (z->buffer_.compare(0, kReady.size(), kReady) != 0) {
        why = "the reference did not become a zygote (a script or a static binary?)";
        return nullptr;
    }
    z->buffer_.erase(0, kReady.size());
    return z;
}

Zygote::~Zygote() {
    if (child_) child_->killAndReap();
}

bool Zygote::readNumber(long long & value, Clock::time_point deadline) {
    for (;;) {
        auto nl = buffer_.find('\n');
        if (nl != std::string::npos) {
            std::string line = buffer_.substr(0, nl);
            buffer_.erase(0, nl + 1);
            if (line.empty() || line.size() > 20 || line.find_first_not_of("-0123456789") != std::string::npos) return false;
            value = std::stoll(line);
            return true;
        }
        if (child_->read(buffer_, deadline) != InteractiveChild::ReadStatus::Data) return false;
    }
}

std::optional<SideResult> Zygote::run(const TestCase & c) {
    if (broken_ || c.kind != InputKind::StagedFile || c.path.size() != placeholder_.size() || c.path.find('\n') != std::string::npos)
        return std::nullopt;
    broken_ = true;  // until this case is done properly
    auto shortDeadline = Clock::now() + std::chrono::seconds(10);
    if (!child_->writeAll(c.path + "\n", shortDeadline)) return std::nullopt;
    long long pid = 0, status = 0;
    if (!readNumber(pid, shortDeadline) || pid <= 0) return std::nullopt;
    auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(timeoutSeconds_));
    bool timedOut = false;
    if (!readNumber(status, deadline)) {
        if (Clock::now() < deadline) return std::nullopt;  // the zygote itself went away
        // The case ran out of time: kill its process group, as a plain run would be killed.
        ::kill(-static_cast<pid_t>(pid), SIGKILL);
        ::kill(static_cast<pid_t>(pid), SIGKILL);
        timedOut = true;
        if (!readNumber(status, Clock::now() + std::chrono::seconds(10))) return std::nullopt;
    }
    if (status < 0) return std::nullopt;
    SideResult r;
    int st = static_cast<int>(status);
    if (timedOut) {
        r.termination = Termination::TimedOut;
    } else if (WIFSIGNALED(st) && WTERMSIG(st) == SIGXFSZ) {
        r.termination = Termination::OutputLimit;  // the file-size limit stands in for the pipe cap
    } else if (WIFSIGNALED(st)) {
        r.termination = Termination::Signaled;
        r.signal = WTERMSIG(st);
    } else {
        r.termination = Termination::Exited;
        r.exitCode = WEXITSTATUS(st);
    }
    if (WIFSIGNALED(st)) r.signal = WTERMSIG(st);
    if (!readFile(outFile_, r.out) || !readFile(errFile_, r.err)) return std::nullopt;
    if (r.out.size() > maxOutput_ || r.err.size() > maxOutput_) {
        r.termination = Termination::OutputLimit;
        r.out.resize(std::min(r.out.size(), maxOutput_));
        r.err.resize(std::min(r.err.size(), maxOutput_));
    }
    // A copy of the placeholder that the child did not rewrite would show here: then the
    // fork point was not what we think, and nothing from this zygote can be trusted.
    if (r.out.find(placeholder_) != std::string::npos || r.err.find(placeholder_) != std::string::npos) return std::nullopt;
    broken_ = false;
    return r;
}

}  // namespace nixtwin::oracle
