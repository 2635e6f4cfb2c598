// differential_runner.hpp — generated programs through the oracle's comparison pipeline
// (nixtwin in process; the reference hermetic, batched: many programs per process, programs
// nixtwin says fail alone) and shrinking of the programs on which they disagree.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "case_evaluator.hpp"
#include "program_generator.hpp"

namespace nixtwin::proptest {

struct ProgramResult {
    gen::ProgramTree program;
    oracle::CaseResult result;
};

struct Divergence {
    gen::ProgramTree original, shrunk;
    oracle::CaseResult originalResult, shrunkResult;
};

class DifferentialRunner {
public:
    // Throws std::runtime_error when the reference cannot be set up.
    explicit DifferentialRunner(oracle::Mode mode = oracle::Mode::EvalStrict);
    ~DifferentialRunner();

    std::vector<ProgramResult> run(const std::vector<gen::ProgramTree> & programs);
    // Smallest variant that still diverges the same way (at most `maxAttempts` re-runs).
    Divergence shrink(const ProgramResult & r, int maxAttempts);
    std::string batchSummary() const;

private:
    std::unique_ptr<oracle::OracleSetup> setup_;
    std::unique_ptr<oracle::KnownDivergences> known_;
    std::unique_ptr<oracle::CaseEvaluator> evaluator_;
    std::uint64_t index_ = 0;
};

// How many programs a test runs: base × NIXTWIN_PROPTEST_SCALE.
std::size_t scaled(std::size_t base);
// The stream seed: NIXTWIN_PROPTEST_SEED (a number or "random"), else a fixed default.
std::uint64_t differentialSeed();

// A report of one divergence: seeds, both programs (ready to paste), both sides' results.
std::string describeDivergence(const Divergence & d, std::uint64_t streamSeed);

}  // namespace nixtwin::proptest
