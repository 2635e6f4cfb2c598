// reference_runner.hpp — the reference's results for many cases, fast, and exactly as if
// every case had had a process of its own.
//
// Batching: nix-instantiate takes several inputs and prints one record per input (one line,
// or one XML document); the first failure ends the process. So cases nixtwin expects to
// succeed share processes, and when a batch ends early the case it stopped at is re-run alone
// and the batch resumes after it. Anything whose batched result could differ from its result
// alone is re-run alone (see reference_runner.cpp for the rules).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "config.hpp"
#include "instantiate_command.hpp"
#include "mode.hpp"
#include "outcome.hpp"
#include "test_case.hpp"
#include "zygote_runner.hpp"

namespace nixtwin::oracle {

struct BatchStats {
    std::uint64_t processes = 0;        // reference processes started
    std::uint64_t batchedCases = 0;     // results taken from shared processes
    std::uint64_t aloneCases = 0;       // results from a process of their own
    std::uint64_t reruns = 0;           // cases run alone after a batch could not vouch for them
    std::uint64_t zygoteCases = 0;      // alone results from a forked zygote (not counted in processes)
    void add(const BatchStats & o) {
        zygoteCases += o.zygoteCases;
        processes += o.processes;
        batchedCases += o.batchedCases;
        aloneCases += o.aloneCases;
        reruns += o.reruns;
    }
};

// Running single cases in forked children of a prepared reference (zygote_runner.hpp).
struct ZygoteOptions {
    bool enabled = false;
    std::string library;              // libnixtwin_zygote.so
    const Sandbox * sandbox = nullptr;
};

class ReferenceRunner {
public:
    ReferenceRunner(const InstantiateCommand & command, Mode mode, std::vector<std::string> commonArgs, BatchConfig batch,
                    ZygoteOptions zygote = {});

    // Results for `cases`, in order. `predictions[i]` (may be null, or the vector empty) is
    // nixtwin's result for case i: a predicted failure or history-sensitive output goes
    // straight to a process of its own.
    std::vector<SideResult> run(const std::vector<const TestCase *> & cases,
                                const std::vector<const SideResult *> & predictions);

    // One case, one process: the definition every fast path must reproduce (served by the
    // zygote when enabled and possible, else a fresh process).
    SideResult runAlone(const TestCase & c);
    // Always a fresh process.
    SideResult runFresh(const TestCase & c);
    // Why the zygote is not in use ("" if it is, or was never needed).
    const std::string & zygoteProblem() const { return zygoteWhy_; }

    const BatchStats & stats() const { return stats_; }

private:
    void runGroup(const std::vector<const TestCase *> & cases, const std::vector<std::size_t> & indices,
                  std::vector<SideResult> & results);
    void runBatch(const std::vector<const TestCase *> & cases, std::vector<std::size_t> indices,
                  std::vector<SideResult> & results, bool mayRequeue);
    void acceptRecord(const TestCase & c, std::string record, SideResult & result);

    const InstantiateCommand & command_;
    Mode mode_;
    std::vector<std::string> commonArgs_;
    BatchConfig batch_;
    BatchStats stats_;
    ZygoteOptions zygoteOptions_;
    std::unique_ptr<Zygote> zygote_;
    bool zygoteUnavailable_ = false;
    int zygoteFailures_ = 0;
    std::string zygoteWhy_;
};

}  // namespace nixtwin::oracle
