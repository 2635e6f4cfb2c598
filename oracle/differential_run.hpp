// differential_run.hpp — `nixtwin run`: programs from the sources, both sides, compare, record.
//
//   sources ──chunks of cases──▶ worker threads (jobs) ──▶ CaseEvaluator (nixtwin, reference, verdict)
//        ▲                                                   │
//   resume: skip state.nextIndex          divergences ──▶ DivergenceStore (atomic, de-duplicated)
//                                         chunk done  ──▶ StateTracker (watermark, atomic)
//   progress thread ──▶ stderr;  at the end ──▶ summary.json + summary.md
#pragma once

#include <atomic>
#include <string>

#include "config.hpp"

namespace nixtwin::oracle {

struct RunOptions {
    Config config;
    std::string selfExecutable;
    bool restart = false;  // ignore a previous unfinished run's state
    std::atomic<bool> * stopFlag = nullptr;  // set by a signal handler: stop taking new cases
};

// Exit codes of `nixtwin run`.
enum RunExit : int {
    RunAgreed = 0,       // no unexpected divergence
    RunDiverged = 1,     // unexpected divergences were found (see the store)
    RunFailed = 2,       // could not run (bad setup, unwritable output, disk full, …)
};

// Runs to completion (or duration, or stop flag). Messages go to stderr.
int runDifferential(const RunOptions & options);

}  // namespace nixtwin::oracle
