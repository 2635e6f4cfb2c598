// reference_runner.cpp — batching with exact fallbacks.
//
// A record taken from a shared process is trusted only when the process shows nothing that
// could belong to another case:
//  * a batch that exits 0 must print exactly one record per case and nothing on stderr
//    (stderr cannot be attributed to a case: trace output and warnings go there);
//  * a batch that ends early (error, crash, timeout, flood) vouches for the complete records
//    before the case it stopped at only if that case, re-run alone, prints exactly the
//    batch's stderr — then nobody else wrote to stderr; otherwise those cases are batched
//    again (once), then run alone;
//  * in --parse mode a record showing two or more bindings or formals is re-run alone: their
//    order follows heap addresses, which depend on what the process did before
//    (mode.hpp: mayDependOnProcessHistory).
#include "reference_runner.hpp"

#include "invocation.hpp"

namespace nixtwin::oracle {

ReferenceRunner::ReferenceRunner(const InstantiateCommand & command, Mode mode, std::vector<std::string> commonArgs,
                                 BatchConfig batch, ZygoteOptions zygote)
    : command_(command), mode_(mode), commonArgs_(std::move(commonArgs)), batch_(batch), zygoteOptions_(std::move(zygote)) {}

SideResult ReferenceRunner::runFresh(const TestCase & c) {
    stats_.processes++;
    stats_.aloneCases++;
    return fromChild(command_.run(instantiateArgs(mode_, commonArgs_, {&c})));
}

SideResult ReferenceRunner::runAlone(const TestCase & c) {
    if (zygoteOptions_.enabled && !zygoteUnavailable_ && zygoteOptions_.sandbox && Zygote::canServe(c, *zygoteOptions_.sandbox)) {
        if (!zygote_) {
            zygote_ = Zygote::start(command_, mode_, commonArgs_, *zygoteOptions_.sandbox, zygoteOptions_.library, zygoteWhy_);
            stats_.processes++;
            if (!zygote_) zygoteUnavailable_ = true;  // e.g. a fake reference script: plain processes it is
        }
        if (zygote_) {
            if (auto r = zygote_->run(c)) {
                stats_.aloneCases++;
                stats_.zygoteCases++;
                return *r;
            }
            zygote_.reset();  // broken: the next case starts a fresh one; give up after a few
            if (++zygoteFailures_ >= 3) {
                zygoteUnavailable_ = true;
                zygoteWhy_ = "the zygote failed repeatedly";
            }
        }
    }
    return runFresh(c);
}

void ReferenceRunner::acceptRecord(const TestCase & c, std::string record, SideResult & result) {
    if (mayDependOnProcessHistory(mode_, record)) {
        stats_.reruns++;
        result = runAlone(c);
        return;
    }
    stats_.batchedCases++;
    result = SideResult{};
    result.termination = Termination::Exited;
    result.exitCode = 0;
    result.out = std::move(record);
}

std::vector<SideResult> ReferenceRunner::run(const std::vector<const TestCase *> & cases,
                                             const std::vector<const SideResult *> & predictions) {
    std::vector<SideResult> results(cases.size());
    std::vector<std::size_t> exprGroup, fileGroup, alone;
    for (std::size_t i = 0; i < cases.size(); i++) {
        const SideResult * p = i < predictions.size() ? predictions[i] : nullptr;
        bool isolate = !batch_.enabled;
        if (p && batch_.isolatePredictedFailures && outcomeOf(*p) != Outcome::Success) isolate = true;
        if (p && outcomeOf(*p) == Outcome::Success && mayDependOnProcessHistory(mode_, p->out)) isolate = true;
        if (isolate) alone.push_back(i);
        else (cases[i]->kind == InputKind::Expr ? exprGroup : fileGroup).push_back(i);
    }
    runGroup(cases, exprGroup, results);
    runGroup(cases, fileGroup, results);
    for (auto i : alone) results[i] = runAlone(*cases[i]);
    return results;
}

void ReferenceRunner::runGroup(const std::vector<const TestCase *> & cases, const std::vector<std::size_t> & indices,
                               std::vector<SideResult> & results) {
    std::size_t pos = 0;
    while (pos < indices.size()) {
        std::vector<std::size_t> chunk;
        std::size_t bytes = 0;
        while (pos < indices.size() && chunk.size() < batch_.maxCases) {
            std::size_t b = argBytes(*cases[indices[pos]]);
            if (!chunk.empty() && bytes + b > batch_.maxArgBytes) break;
            chunk.push_back(indices[pos++]);
            bytes += b;
        }
        if (chunk.size() == 1) results[chunk[0]] = runAlone(*cases[chunk[0]]);
        else runBatch(cases, std::move(chunk), results, true);
    }
}

void ReferenceRunner::runBatch(const std::vector<const TestCase *> & cases, std::vector<std::size_t> indices,
                               std::vector<SideResult> & results, bool mayRequeue) {
    double perCase = command_.limits().timeoutSeconds;
    while (!indices.empty()) {
        if (indices.size() == 1) {
            results[indices[0]] = runAlone(*cases[indices[0]]);
            return;
        }
        std::vector<const TestCase *> batch;
        for (auto i : indices) batch.push_back(cases[i]);
        stats_.processes++;
        // Each case gets the full per-case limit, counted from the previous result.
        ChildResult r = command_.run(instantiateArgs(mode_, commonArgs_, batch), perCase * static_cast<double>(batch.size()) + 1,
                                     perCase);
        bool exitedOk = r.termination == Termination::Exited && r.exitCode == 0;
        SplitOutput split = splitRecords(mode_, r.out, exitedOk);
        std::size_t n = indices.size(), k = split.complete.size();

        if (exitedOk) {
            if (k == n && split.rest.empty() && r.err.empty()) {
                for (std::size_t j = 0; j < n; j++) acceptRecord(*cases[indices[j]], std::move(split.complete[j]), results[indices[j]]);
            } else {
                // Output we cannot attribute (stderr text, or not one record per case): alone.
                for (auto i : indices) {
                    stats_.reruns++;
                    results[i] = runAlone(*cases[i]);
                }
            }
            return;
        }
        if (k > n) {  // more records than inputs: not a nix-instantiate we understand
            for (auto i : indices) {
                stats_.reruns++;
                results[i] = runAlone(*cases[i]);
            }
            return;
        }
        // The process stopped at case `stop`: its record is missing or may be incomplete.
        std::size_t stop = std::min(k, n - 1);
        stats_.reruns++;
        results[indices[stop]] = runAlone(*cases[indices[stop]]);
        std::vector<std::size_t> before(indices.begin(), indices.begin() + static_cast<std::ptrdiff_t>(stop));
        if (results[indices[stop]].err == r.err) {
            for (std::size_t j = 0; j < stop; j++) acceptRecord(*cases[indices[j]], std::move(split.complete[j]), results[indices[j]]);
        } else if (!before.empty()) {
            // Someone before `stop` wrote to stderr too: their records alone are not enough.
            if (mayRequeue) runBatch(cases, before, results, false);
            else
                for (auto i : before) {
                    stats_.reruns++;
                    results[i] = runAlone(*cases[i]);
                }
        }
        indices.erase(indices.begin(), indices.begin() + static_cast<std::ptrdiff_t>(stop) + 1);
    }
}

}  // namespace nixtwin::oracle
