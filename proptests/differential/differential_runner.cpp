// differential_runner.cpp — the oracle's CaseEvaluator driven by generated programs.
#include "differential_runner.hpp"

#include <cstdlib>
#include <random>
#include <sstream>

#include "classify.hpp"
#include "config.hpp"
#include "law_check.hpp"
#include "nixtwin_engine.hpp"
#include "oracle_setup.hpp"
#include "program_shrink.hpp"

namespace nixtwin::proptest {

namespace {

oracle::Program toProgram(const gen::ProgramTree & t) {
    return oracle::Program{"generator:" + std::to_string(t.seed), t.text(), std::nullopt, t.seed};
}

std::string side(const oracle::SideResult & r) {
    std::string s = oracle::describeEnding(r);
    if (!r.out.empty()) s += "\n      stdout: " + r.out.substr(0, 2000);
    if (!r.err.empty()) s += "\n      stderr: " + oracle::firstLine(r.err);
    return s;
}

}  // namespace

DifferentialRunner::DifferentialRunner(oracle::Mode mode) {
    oracle::Config config = oracle::defaultConfig();
    config.mode = mode;
    config.nixtwin.engine = oracle::EngineKind::InProcess;
    setup_ = oracle::prepareOracle(config, oracle::currentExecutable());
    known_ = std::make_unique<oracle::KnownDivergences>(std::vector<oracle::KnownDivergenceEntry>{}, false);
    evaluator_ = std::make_unique<oracle::CaseEvaluator>(*setup_, *known_);
}

DifferentialRunner::~DifferentialRunner() = default;

std::vector<ProgramResult> DifferentialRunner::run(const std::vector<gen::ProgramTree> & programs) {
    std::vector<oracle::TestCase> cases;
    for (auto & p : programs) cases.push_back(evaluator_->makeCase(toProgram(p), index_++));
    auto results = evaluator_->evaluate(cases);
    std::vector<ProgramResult> out;
    for (std::size_t i = 0; i < programs.size(); ++i) out.push_back({programs[i], std::move(results[i])});
    return out;
}

Divergence DifferentialRunner::shrink(const ProgramResult & r, int maxAttempts) {
    const auto kind = r.result.verdict.classification;
    Divergence d{r.program, r.program, r.result, r.result};
    d.shrunk = gen::shrinkProgram(
        r.program,
        [&](const gen::ProgramTree & candidate) {
            auto res = run({candidate});
            if (res[0].result.verdict.classification != kind) return false;
            d.shrunkResult = res[0].result;
            return true;
        },
        maxAttempts);
    return d;
}

std::string DifferentialRunner::batchSummary() const {
    auto & s = evaluator_->batchStats();
    std::ostringstream os;
    os << s.processes << " reference processes, " << s.batchedCases << " cases batched, " << s.aloneCases << " alone, "
       << s.reruns << " re-runs";
    return os.str();
}

std::size_t scaled(std::size_t base) {
    double scale = 1;
    if (const char * s = std::getenv("NIXTWIN_PROPTEST_SCALE")) scale = std::atof(s);
    if (scale <= 0) scale = 1;
    return std::size_t(double(base) * scale + 0.5);
}

std::uint64_t differentialSeed() {
    const char * s = std::getenv("NIXTWIN_PROPTEST_SEED");
    if (!s) return 20220530;
    if (std::string(s) == "random") return std::random_device{}();
    return std::strtoull(s, nullptr, 10);
}

std::string describeDivergence(const Divergence & d, std::uint64_t streamSeed) {
    std::ostringstream os;
    os << oracle::classificationName(d.originalResult.verdict.classification) << ": " << d.originalResult.verdict.detail
       << "\n  stream seed " << streamSeed << ", program seed " << d.original.seed
       << " (NIXTWIN_PROPTEST_SEED=" << streamSeed << "; nixtwin-genprog reproduces the stream)"
       << "\n  shrunk:   " << pasteCommand(d.shrunk.text())
       << "\n    nixtwin:   " << side(d.shrunkResult.nixtwin)
       << "\n    reference: " << side(d.shrunkResult.reference)
       << "\n  original: " << pasteCommand(d.original.text()) << "\n";
    return os.str();
}

}  // namespace nixtwin::proptest
