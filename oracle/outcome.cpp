// outcome.cpp — mapping process endings to outcomes.
#include "outcome.hpp"

#include <string.h>

namespace nixtwin::oracle {

const char * outcomeName(Outcome o) {
    switch (o) {
        case Outcome::Success: return "success";
        case Outcome::Error: return "error";
        case Outcome::Crash: return "crash";
        case Outcome::Timeout: return "timeout";
        case Outcome::OutOfMemory: return "out-of-memory";
    }
    return "?";
}

std::string firstLine(const std::string & text) {
    auto nl = text.find('\n');
    return nl == std::string::npos ? text : text.substr(0, nl);
}

std::string errorLine(const std::string & text) {
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t nl = text.find('\n', start);
        std::size_t end = nl == std::string::npos ? text.size() : nl;
        if (text.compare(start, 6, "error:") == 0) return text.substr(start, end - start);
        start = end + 1;
    }
    return firstLine(text);
}

Outcome outcomeOf(const SideResult & r) {
    switch (r.termination) {
        case Termination::TimedOut: return Outcome::Timeout;
        case Termination::OutputLimit:
        case Termination::SpawnFailed:
        case Termination::Signaled: return Outcome::Crash;
        case Termination::Exited: break;
    }
    if (r.exitCode == 0) return Outcome::Success;
    if (r.exitCode >= 128) return Outcome::Crash;
    std::string line = errorLine(r.err);
    if (line == "error: out of memory" || line.find("std::bad_alloc") != std::string::npos) return Outcome::OutOfMemory;
    return Outcome::Error;
}

std::string describeEnding(const SideResult & r) {
    switch (r.termination) {
        case Termination::Exited: return "exit " + std::to_string(r.exitCode);
        case Termination::Signaled: {
            const char * abbrev = sigabbrev_np(r.signal);
            return std::string("signal ") + (abbrev ? std::string("SIG") + abbrev : std::to_string(r.signal));
        }
        case Termination::TimedOut: return "timed out (killed)";
        case Termination::OutputLimit: return "output over the cap (killed)";
        case Termination::SpawnFailed: return "could not start: " + r.note;
    }
    return "?";
}

SideResult fromChild(const ChildResult & c) {
    SideResult r;
    r.termination = c.termination;
    r.exitCode = c.exitCode;
    r.signal = c.signal;
    r.out = c.out;
    r.err = c.err;
    if (c.termination == Termination::SpawnFailed) r.note = c.spawnError;
    return r;
}

}  // namespace nixtwin::oracle
