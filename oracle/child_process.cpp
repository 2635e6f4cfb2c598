// child_process.cpp — the only translation unit that includes Boost.Process (it compiles slowly).
#include "child_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/process/args.hpp>
#include <boost/process/child.hpp>
#include <boost/process/env.hpp>
#include <boost/process/environment.hpp>
#include <boost/process/exe.hpp>
#include <boost/process/extend.hpp>
#include <boost/process/io.hpp>
#include <boost/process/pipe.hpp>
#include <boost/process/start_dir.hpp>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <thread>

namespace bp = boost::process;

namespace nixtwin::oracle {

const char * terminationName(Termination t) {
    switch (t) {
        case Termination::Exited: return "exited";
        case Termination::Signaled: return "signaled";
        case Termination::TimedOut: return "timed-out";
        case Termination::OutputLimit: return "output-limit";
        case Termination::SpawnFailed: return "spawn-failed";
    }
    return "?";
}

void ignoreSigpipe() {
    struct sigaction sa {};
    sa.sa_handler = SIG_IGN;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGPIPE, &sa, nullptr);
}

std::string findExecutable(const std::string & program, const std::string & searchPath) {
    auto usable = [](const std::string & p) {
        struct stat st;
        return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(p.c_str(), X_OK) == 0;
    };
    if (program.empty()) return {};
    if (program.find('/') != std::string::npos) {
        std::string p = program;
        if (p[0] != '/') {
            char buf[4096];
            if (!::getcwd(buf, sizeof buf)) return {};
            p = std::string(buf) + "/" + p;
        }
        return usable(p) ? p : std::string();
    }
    size_t start = 0;
    while (start <= searchPath.size()) {
        size_t end = searchPath.find(':', start);
        if (end == std::string::npos) end = searchPath.size();
        std::string dir = searchPath.substr(start, end - start);
        if (!dir.empty() && dir[0] == '/') {
            std::string p = dir + "/" + program;
            if (usable(p)) return p;
        }
        start = end + 1;
    }
    return {};
}

namespace {

struct Fd {
    int fd = -1;
    Fd() = default;
    explicit Fd(int f) : fd(f) {}
    Fd(Fd && o) noexcept : fd(o.fd) { o.fd = -1; }
    Fd & operator=(Fd && o) noexcept {
        if (this != &o) { reset(); fd = o.fd; o.fd = -1; }
        return *this;
    }
    ~Fd() { reset(); }
    void reset() {
        if (fd >= 0) ::close(fd);
        fd = -1;
    }
};

// A pipe whose both ends are close-on-exec, so concurrent spawns in other threads never
// inherit them (a leaked write end would keep our reader from ever seeing EOF).
std::pair<int, int> makePipe() {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        throw std::runtime_error(std::string("cannot create a pipe: ") + std::strerror(errno));
    return {fds[0], fds[1]};
}

void setNonBlocking(int fd) {
    int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0) ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

// rlimit values are computed in the parent: after fork only async-signal-safe calls are allowed.
rlim_t clampToHard(int resource, std::uint64_t want) {
    struct rlimit rl;
    if (::getrlimit(resource, &rl) == 0 && rl.rlim_max != RLIM_INFINITY && rl.rlim_max < want) return rl.rlim_max;
    return static_cast<rlim_t>(want);
}

struct Spawned {
    pid_t pid = -1;
    Fd in, out, err;
    Clock::time_point started;
};

bool spawn(const ChildSpec & spec, Spawned & s, std::string & error) {
    if (spec.argv.empty()) { error = "empty command"; return false; }
    const std::string & exe = spec.argv[0];
    if (exe.empty() || exe[0] != '/') { error = "not an absolute path: '" + exe + "'"; return false; }
    if (::access(exe.c_str(), X_OK) != 0) { error = "cannot execute '" + exe + "': " + std::strerror(errno); return false; }
    struct stat st;
    if (::stat(spec.cwd.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
        error = "working directory '" + spec.cwd + "' is not a directory";
        return false;
    }

    auto [inR, inW] = makePipe();
    Fd inRead(inR), inWrite(inW);
    auto [outR, outW] = makePipe();
    Fd outRead(outR), outWrite(outW);
    auto [errR, errW] = makePipe();
    Fd errRead(errR), errWrite(errW);

    bool haveStack = spec.stackBytes.has_value(), haveAs = spec.addressSpaceBytes.has_value();
    rlim_t stack = haveStack ? clampToHard(RLIMIT_STACK, *spec.stackBytes) : 0;
    rlim_t as = haveAs ? clampToHard(RLIMIT_AS, *spec.addressSpaceBytes) : 0;

    bp::environment env;
    for (auto & [k, v] : spec.env) env[k] = v;
    if (env.empty()) env["NIXTWIN_EMPTY_ENV"] = "1";  // Boost.Process refuses an empty environment

    std::vector<std::string> args(spec.argv.begin() + 1, spec.argv.end());
    pid_t parent = ::getpid();
    // Runs in the child between fork and exec.
    auto setup = [=](auto &) {
        // If the oracle dies (even by kill -9), its children die with it instead of running on.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) ::_exit(127);
        ::setpgid(0, 0);  // own process group: a timeout kills grandchildren too
        if (haveStack) { struct rlimit rl {stack, stack}; ::setrlimit(RLIMIT_STACK, &rl); }
        if (haveAs) { struct rlimit rl {as, as}; ::setrlimit(RLIMIT_AS, &rl); }
        ::signal(SIGPIPE, SIG_DFL);  // undo the oracle's SIG_IGN, which exec would inherit
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
    };

    bp::pipe pin(inRead.fd, -1), pout(-1, outWrite.fd), perr(-1, errWrite.fd);
    std::error_code ec;
    try {
        bp::child c(bp::exe = exe, bp::args = args, env, bp::start_dir = spec.cwd, bp::std_in < pin,
                    bp::std_out > pout, bp::std_err > perr, bp::extend::on_exec_setup = setup, ec);
        // Boost.Process has closed the child's ends in the parent (on success and on error);
        // forget them without closing, or we might close a descriptor another thread just got.
        pin.assign_source(-1);
        pout.assign_sink(-1);
        perr.assign_sink(-1);
        inRead.fd = outWrite.fd = errWrite.fd = -1;
        if (ec || !c.valid()) {
            error = "cannot start '" + exe + "': " + (ec ? ec.message() : std::string("unknown error"));
            return false;
        }
        s.pid = c.id();
        c.detach();  // we reap it ourselves with waitpid, to see signals as signals
    } catch (const std::exception & e) {
        // Whether Boost closed them is unknown here: leak rather than risk a double close.
        pin.assign_source(-1);
        pout.assign_sink(-1);
        perr.assign_sink(-1);
        inRead.fd = outWrite.fd = errWrite.fd = -1;
        error = "cannot start '" + exe + "': " + e.what();
        return false;
    }
    s.started = Clock::now();
    s.in = std::move(inWrite);
    s.out = std::move(outRead);
    s.err = std::move(errRead);
    setNonBlocking(s.in.fd);
    setNonBlocking(s.out.fd);
    setNonBlocking(s.err.fd);
    return true;
}

void killGroup(pid_t pid) {
    if (pid <= 0) return;
    ::kill(-pid, SIGKILL);  // the group (setpgid in the child) …
    ::kill(pid, SIGKILL);   // … and the child itself, in case setpgid had not run yet
}

// Waits for the child; kills it at `deadline`. Fills termination/exit code/signal unless the
// caller already decided the termination (we killed it).
void reap(pid_t pid, Clock::time_point deadline, bool alreadyKilled, ChildResult & r) {
    int status = 0;
    bool killed = alreadyKilled;
    for (int sleepUs = 100;;) {
        pid_t got = ::waitpid(pid, &status, WNOHANG);
        if (got == pid) break;
        if (got < 0 && errno != EINTR) { status = 0; break; }
        if (!killed && Clock::now() >= deadline) {
            killGroup(pid);
            killed = true;
            r.termination = Termination::TimedOut;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(sleepUs));
        sleepUs = std::min(sleepUs * 2, 10000);
    }
    if (killed) ::kill(-pid, SIGKILL);  // stragglers in the group
    if (WIFEXITED(status)) r.exitCode = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
    if (r.termination == Termination::SpawnFailed)  // not decided by us
        r.termination = WIFSIGNALED(status) ? Termination::Signaled : Termination::Exited;
}

int msUntil(Clock::time_point deadline) {
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (ms < 0) return 0;
    return ms > 1000000 ? 1000000 : static_cast<int>(ms) + 1;
}

// Reads what is available; returns false on EOF.
bool drain(int fd, std::string & into, std::size_t cap, bool & overflow) {
    char buf[65536];
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n > 0) {
            std::size_t room = into.size() < cap ? cap - into.size() : 0;
            into.append(buf, std::min<std::size_t>(room, static_cast<std::size_t>(n)));
            if (static_cast<std::size_t>(n) > room) overflow = true;
            continue;
        }
        if (n == 0) return false;
        if (errno == EINTR) continue;
        return true;  // EAGAIN: nothing more right now
    }
}

}  // namespace

ChildResult runChild(const ChildSpec & spec, std::string_view stdinData, const RunLimits & limits) {
    ChildResult r;
    Spawned s;
    auto t0 = Clock::now();
    if (!spawn(spec, s, r.spawnError)) {
        r.termination = Termination::SpawnFailed;
        return r;
    }
    auto farFuture = Clock::time_point::max();
    auto wallDeadline = limits.timeoutSeconds > 0
        ? s.started + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(limits.timeoutSeconds))
        : farFuture;
    auto idle = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(limits.idleTimeoutSeconds));
    auto lastProgress = s.started;

    std::size_t written = 0;
    if (stdinData.empty()) s.in.reset();
    bool outOpen = true, errOpen = true, killedByUs = false;
    while (outOpen || errOpen) {
        auto now = Clock::now();
        auto deadline = wallDeadline;
        if (limits.idleTimeoutSeconds > 0) deadline = std::min(deadline, lastProgress + idle);
        if (now >= deadline) {
            killGroup(s.pid);
            killedByUs = true;
            r.termination = Termination::TimedOut;
            break;
        }
        struct pollfd fds[3];
        int n = 0, outIdx = -1, errIdx = -1, inIdx = -1;
        if (outOpen) { outIdx = n; fds[n++] = {s.out.fd, POLLIN, 0}; }
        if (errOpen) { errIdx = n; fds[n++] = {s.err.fd, POLLIN, 0}; }
        if (s.in.fd >= 0) { inIdx = n; fds[n++] = {s.in.fd, POLLOUT, 0}; }
        int rc = ::poll(fds, n, deadline == farFuture ? 1000 : msUntil(deadline));
        if (rc < 0 && errno != EINTR) break;
        if (rc <= 0) continue;
        bool overflow = false;
        if (outIdx >= 0 && fds[outIdx].revents) {
            std::size_t before = r.out.size();
            outOpen = drain(s.out.fd, r.out, limits.maxOutputBytes, overflow);
            if (r.out.size() != before) lastProgress = Clock::now();
        }
        if (errIdx >= 0 && fds[errIdx].revents) errOpen = drain(s.err.fd, r.err, limits.maxOutputBytes, overflow);
        if (inIdx >= 0 && fds[inIdx].revents) {
            if (fds[inIdx].revents & (POLLERR | POLLHUP)) s.in.reset();
            else {
                ssize_t w = ::write(s.in.fd, stdinData.data() + written, stdinData.size() - written);
                if (w > 0) written += static_cast<std::size_t>(w);
                else if (w < 0 && errno != EAGAIN && errno != EINTR) s.in.reset();  // child closed stdin
                if (written == stdinData.size()) s.in.reset();
            }
        }
        if (overflow) {
            killGroup(s.pid);
            killedByUs = true;
            r.termination = Termination::OutputLimit;
            break;
        }
    }
    s.in.reset();
    s.out.reset();
    s.err.reset();
    // Both streams closed: the child normally exits right away; a child that closed its
    // output but keeps running still gets killed at the wall-clock deadline.
    reap(s.pid, killedByUs ? Clock::now() : std::min(wallDeadline, Clock::now() + std::chrono::hours(24)),
         killedByUs, r);
    r.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    return r;
}

struct InteractiveChild::Impl {
    Spawned s;
    bool reaped = false;
    ChildResult result;
};

InteractiveChild::InteractiveChild(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

std::unique_ptr<InteractiveChild> InteractiveChild::start(const ChildSpec & spec, std::string & error) {
    auto impl = std::make_unique<Impl>();
    if (!spawn(spec, impl->s, error)) return nullptr;
    return std::unique_ptr<InteractiveChild>(new InteractiveChild(std::move(impl)));
}

InteractiveChild::~InteractiveChild() {
    if (impl_ && !impl_->reaped) killAndReap();
}

int InteractiveChild::pid() const { return impl_->s.pid; }

bool InteractiveChild::writeAll(std::string_view data, Clock::time_point deadline) {
    std::size_t written = 0;
    while (written < data.size()) {
        if (impl_->s.in.fd < 0) return false;
        ssize_t w = ::write(impl_->s.in.fd, data.data() + written, data.size() - written);
        if (w > 0) { written += static_cast<std::size_t>(w); continue; }
        if (w < 0 && errno == EINTR) continue;
        if (w < 0 && errno != EAGAIN) return false;
        if (Clock::now() >= deadline) return false;
        // Keep draining stderr while we wait, or a chatty child could block us both.
        struct pollfd fds[2] = {{impl_->s.in.fd, POLLOUT, 0}, {impl_->s.err.fd, POLLIN, 0}};
        int n = impl_->s.err.fd >= 0 ? 2 : 1;
        if (::poll(fds, n, msUntil(deadline)) > 0 && n == 2 && fds[1].revents) {
            bool overflow = false;
            if (!drain(impl_->s.err.fd, stderrText, maxStderr, overflow)) impl_->s.err.reset();
            if (overflow) stderrText.clear();
        }
    }
    return true;
}

InteractiveChild::ReadStatus InteractiveChild::read(std::string & out, Clock::time_point deadline) {
    for (;;) {
        if (impl_->s.out.fd < 0) return ReadStatus::Eof;
        struct pollfd fds[2] = {{impl_->s.out.fd, POLLIN, 0}, {impl_->s.err.fd, POLLIN, 0}};
        int n = impl_->s.err.fd >= 0 ? 2 : 1;
        int rc = ::poll(fds, n, msUntil(deadline));
        if (rc < 0 && errno != EINTR) return ReadStatus::Eof;
        if (n == 2 && fds[1].revents) {
            bool overflow = false;
            if (!drain(impl_->s.err.fd, stderrText, maxStderr, overflow)) impl_->s.err.reset();
            if (overflow) stderrText.clear();
        }
        if (fds[0].revents) {
            std::size_t before = out.size();
            bool overflow = false;
            bool open = drain(impl_->s.out.fd, out, static_cast<std::size_t>(-1), overflow);
            if (out.size() != before) return ReadStatus::Data;
            if (!open) { impl_->s.out.reset(); return ReadStatus::Eof; }
        }
        if (Clock::now() >= deadline) return ReadStatus::Timeout;
    }
}

ChildResult InteractiveChild::killAndReap() {
    if (impl_->reaped) return impl_->result;
    killGroup(impl_->s.pid);
    impl_->s.in.reset();
    impl_->s.out.reset();
    impl_->s.err.reset();
    ChildResult r;
    r.termination = Termination::SpawnFailed;  // let reap decide (it was our kill, but a crash may precede it)
    reap(impl_->s.pid, Clock::now(), true, r);
    if (r.termination == Termination::SpawnFailed) r.termination = Termination::Signaled;
    impl_->reaped = true;
    impl_->result = r;
    return r;
}

ChildResult InteractiveChild::finish(Clock::time_point deadline) {
    if (impl_->reaped) return impl_->result;
    impl_->s.in.reset();
    impl_->s.out.reset();
    impl_->s.err.reset();
    ChildResult r;
    reap(impl_->s.pid, deadline, false, r);
    impl_->reaped = true;
    impl_->result = r;
    return r;
}

}  // namespace nixtwin::oracle
