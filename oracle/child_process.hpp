// child_process.hpp — running a program as a child process with limits, for the oracle.
//
// Everything that forks goes through here, so the limits are applied the same way to the
// reference, to a nixtwin worker and to any fake: clean environment, fixed working
// directory, pinned stack and address-space rlimits, a process group of its own (so a
// SIGKILL also reaches grandchildren that a shell script may have started), a wall-clock
// limit, an "idle" limit (no stdout progress) and a cap on captured output.
// The implementation is the one translation unit that includes Boost.Process.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nixtwin::oracle {

using Clock = std::chrono::steady_clock;

struct ChildSpec {
    std::vector<std::string> argv;              // argv[0] must be an absolute path to an executable
    std::map<std::string, std::string> env;     // the complete environment (nothing is inherited)
    std::string cwd;                            // working directory; must exist
    std::optional<std::uint64_t> stackBytes;    // RLIMIT_STACK soft = hard
    std::optional<std::uint64_t> addressSpaceBytes;  // RLIMIT_AS soft = hard
};

// How a child ended, as far as the oracle is concerned.
enum class Termination {
    Exited,       // normal exit; see exitCode
    Signaled,     // killed by a signal it did not get from us; see signal
    TimedOut,     // we killed it: wall-clock or idle limit
    OutputLimit,  // we killed it: stdout or stderr exceeded the cap
    SpawnFailed,  // could not be started at all; see spawnError
};

const char * terminationName(Termination t);

struct ChildResult {
    Termination termination = Termination::SpawnFailed;
    int exitCode = -1;
    int signal = 0;
    std::string out, err;  // captured, at most maxOutputBytes each
    std::string spawnError;
    double seconds = 0;
};

struct RunLimits {
    double timeoutSeconds = 0;       // wall clock from start; 0 = none
    double idleTimeoutSeconds = 0;   // no new stdout bytes for this long; 0 = none
    std::size_t maxOutputBytes = 16u << 20;
};

// Runs a child to completion, feeding `stdinData` and capturing both output streams.
// Never throws for anything the child does; throws std::runtime_error only on resource
// exhaustion of the oracle itself (no pipes left).
ChildResult runChild(const ChildSpec & spec, std::string_view stdinData, const RunLimits & limits);

// A long-lived child spoken to through its stdin/stdout (a persistent worker).
class InteractiveChild {
public:
    // Starts the child; returns nullptr and sets `error` when it cannot be started.
    static std::unique_ptr<InteractiveChild> start(const ChildSpec & spec, std::string & error);
    ~InteractiveChild();  // kills the child (whole process group) and reaps it

    InteractiveChild(const InteractiveChild &) = delete;
    InteractiveChild & operator=(const InteractiveChild &) = delete;

    // Writes everything, or returns false (child gone, or deadline passed).
    bool writeAll(std::string_view data, Clock::time_point deadline);

    enum class ReadStatus { Data, Eof, Timeout };
    // Appends whatever stdout bytes arrive before `deadline` (at least one byte unless Eof or
    // Timeout). Stderr is drained into `stderrText` (kept to the last `maxStderr` bytes).
    ReadStatus read(std::string & out, Clock::time_point deadline);

    // SIGKILLs the process group and reaps the child; returns how it ended.
    ChildResult killAndReap();
    // Closes stdin and waits up to `deadline` for a voluntary exit, then kills.
    ChildResult finish(Clock::time_point deadline);

    std::string stderrText;
    std::size_t maxStderr = 1u << 20;
    int pid() const;

private:
    struct Impl;
    explicit InteractiveChild(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// PATH lookup in the given search path (colon separated) unless `program` contains '/'.
// Returns an absolute path, or empty if not found / not executable.
std::string findExecutable(const std::string & program, const std::string & searchPath);

// Makes writing to a closed pipe an error (EPIPE) instead of a fatal SIGPIPE for the oracle.
void ignoreSigpipe();

}  // namespace nixtwin::oracle
