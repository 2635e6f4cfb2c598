// outcome.hpp — the result of one side (nixtwin or the reference) on one case, and what kind
// of ending it was.
#pragma once

#include <string>

#include "child_process.hpp"

namespace nixtwin::oracle {

struct SideResult {
    Termination termination = Termination::Exited;
    int exitCode = 0;
    int signal = 0;
    std::string out, err;
    std::string note;  // e.g. the spawn error, or "re-run alone after a batch"
};

// What the ending means for comparison.
enum class Outcome {
    Success,      // exit 0
    Error,        // an evaluation error: exit 1..127 (nix-instantiate uses 1)
    Crash,        // signal, exit >= 128, could not start, or output over the cap
    Timeout,
    OutOfMemory,  // "error: out of memory" (GC heap cap) or std::bad_alloc (address-space cap)
};

const char * outcomeName(Outcome o);
Outcome outcomeOf(const SideResult & r);
std::string firstLine(const std::string & text);
// The line that says what went wrong: the first "error: …" line (Nix may print GC warnings
// before it), else the first line.
std::string errorLine(const std::string & text);
std::string describeEnding(const SideResult & r);  // "exit 1", "signal SIGSEGV", "timed out", …

SideResult fromChild(const ChildResult & c);

}  // namespace nixtwin::oracle
