// case_evaluator.hpp — the comparison pipeline for a list of cases: nixtwin first (fast, and
// its answer decides which cases can share a reference process), then the reference,
// then classification. One per worker thread.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "classify.hpp"
#include "divergence_record.hpp"
#include "known_divergences.hpp"
#include "nixtwin_engine.hpp"
#include "oracle_setup.hpp"
#include "program_source.hpp"
#include "reference_runner.hpp"

namespace nixtwin::oracle {

struct CaseResult {
    TestCase testCase;
    std::string hash;
    std::vector<std::string> args;
    SideResult nixtwin, reference;
    Verdict verdict;
    std::optional<KnownMatch> known;
};

class CaseEvaluator {
public:
    // Throws std::runtime_error if the nixtwin engine cannot be set up.
    CaseEvaluator(const OracleSetup & setup, KnownDivergences & known);

    // A program becomes a case: a file is passed by path; text inline when it fits argv,
    // otherwise staged to a file in the sandbox.
    TestCase makeCase(const Program & p, std::uint64_t index) const;

    std::vector<CaseResult> evaluate(const std::vector<TestCase> & cases);

    DivergenceRecord toRecord(const CaseResult & r) const;
    const BatchStats & batchStats() const { return runner_.stats(); }
    std::string engineDescription() const { return engine_->describe(); }

private:
    const OracleSetup & setup_;
    KnownDivergences & known_;
    std::unique_ptr<NixtwinEngine> engine_;
    ReferenceRunner runner_;
};

}  // namespace nixtwin::oracle
