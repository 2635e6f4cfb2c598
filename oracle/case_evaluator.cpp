// case_evaluator.cpp — nixtwin, reference, verdict.
#include "case_evaluator.hpp"

#include <stdexcept>

#include "divergence_record.hpp"
#include "invocation.hpp"

namespace nixtwin::oracle {

CaseEvaluator::CaseEvaluator(const OracleSetup & setup, KnownDivergences & known)
    : setup_(setup),
      known_(known),
      engine_(makeEngine(setup.config, *setup.sandbox, setup.selfExecutable)),
      runner_(*setup.reference, setup.config.mode, setup.config.reference.commonArgs, setup.config.batch,
              ZygoteOptions{setup.config.reference.zygote, setup.zygoteLibrary, setup.sandbox.get()}) {
    std::string error;
    if (!engine_->probe(error)) throw std::runtime_error("cannot start nixtwin (" + engine_->describe() + "): " + error);
}

TestCase CaseEvaluator::makeCase(const Program & p, std::uint64_t index) const {
    TestCase c;
    c.index = index;
    c.origin = p.origin;
    c.program = p.text;
    c.seed = p.seed;
    if (p.file) {
        c.kind = InputKind::File;
        c.path = *p.file;
    } else if (fitsInline(p.text) && !setup_.config.reference.zygote) {
        c.kind = InputKind::Expr;
    } else {
        c.kind = InputKind::StagedFile;
        c.path = setup_.sandbox->stage(p.text);
    }
    return c;
}

std::vector<CaseResult> CaseEvaluator::evaluate(const std::vector<TestCase> & cases) {
    const Config & cfg = setup_.config;
    std::vector<CaseResult> results(cases.size());
    std::vector<const TestCase *> pointers;
    std::vector<const SideResult *> predictions;
    for (std::size_t i = 0; i < cases.size(); i++) {
        CaseResult & r = results[i];
        r.testCase = cases[i];
        r.hash = caseHash(modeName(cfg.mode), cases[i]);
        r.args = instantiateArgs(cfg.mode, cfg.reference.commonArgs, {&cases[i]});
        r.nixtwin = engine_->run(r.args);
        pointers.push_back(&cases[i]);
    }
    for (auto & r : results) predictions.push_back(&r.nixtwin);
    std::vector<SideResult> refs = runner_.run(pointers, predictions);
    CompareOptions options;
    options.compareErrorFirstLine = cfg.compareErrorFirstLine;
    for (std::size_t i = 0; i < cases.size(); i++) {
        results[i].reference = std::move(refs[i]);
        results[i].verdict = classify(results[i].nixtwin, results[i].reference, options);
        results[i].known = known_.match(results[i].hash, cases[i]);
    }
    return results;
}

DivergenceRecord CaseEvaluator::toRecord(const CaseResult & r) const {
    DivergenceRecord d;
    d.hash = r.hash;
    d.classification = r.verdict.classification;
    d.detail = r.verdict.detail;
    d.mode = setup_.config.mode;
    d.testCase = r.testCase;
    d.args = r.args;
    d.nixtwin = r.nixtwin;
    d.reference = r.reference;
    d.referenceVersion = setup_.referenceVersion;
    d.nixtwinVersion = setup_.nixtwinVersion;
    d.time = utcNow();
    d.sandboxRoot = setup_.sandbox->root();
    if (r.known) d.knownReason = r.known->reason.empty() ? std::string("(no reason given)") : r.known->reason;
    return d;
}

}  // namespace nixtwin::oracle
