// replay.cpp — replaying records in their own mode, comparing outcomes modulo the sandbox path.
#include "replay.hpp"

#include <filesystem>
#include <map>

#include "atomic_file.hpp"
#include "case_evaluator.hpp"
#include "divergence_store.hpp"

namespace nixtwin::oracle {

const char * replayStatusName(ReplayStatus s) {
    switch (s) {
        case ReplayStatus::Fixed: return "fixed";
        case ReplayStatus::StillDiverging: return "still-diverging";
        case ReplayStatus::Changed: return "changed";
        case ReplayStatus::NotReplayable: return "not-replayable";
    }
    return "?";
}

std::size_t ReplayReport::count(ReplayStatus s) const {
    std::size_t n = 0;
    for (auto & i : items) n += i.status == s;
    return n;
}

namespace {

bool sameSide(const SideResult & a, const std::string & rootA, const SideResult & b, const std::string & rootB) {
    return a.termination == b.termination && a.exitCode == b.exitCode && a.signal == b.signal &&
           normalizeSandbox(a.out, rootA) == normalizeSandbox(b.out, rootB) &&
           normalizeSandbox(a.err, rootA) == normalizeSandbox(b.err, rootB);
}

}  // namespace

ReplayReport replayDivergences(const std::string & dir, const Config & config, const std::string & selfExecutable) {
    ReplayReport report;
    std::string recordsDir = std::filesystem::is_directory(dir + "/divergences") ? dir + "/divergences" : dir;
    if (!std::filesystem::is_directory(recordsDir)) throw std::runtime_error("no such directory: " + dir);
    auto records = DivergenceStore::load(recordsDir, report.errors);

    // One setup per mode: a record is replayed the way it was recorded.
    std::map<Mode, std::vector<std::size_t>> byMode;
    for (std::size_t i = 0; i < records.size(); i++) {
        ReplayItem item;
        item.file = records[i].first;
        item.before = records[i].second;
        report.items.push_back(std::move(item));
        byMode[records[i].second.mode].push_back(i);
    }
    for (auto & [mode, indices] : byMode) {
        Config cfg = config;
        cfg.mode = mode;
        auto setup = prepareOracle(cfg, selfExecutable);
        KnownDivergences known(cfg.known);
        CaseEvaluator evaluator(*setup, known);
        std::vector<TestCase> cases;
        std::vector<std::size_t> replayed;
        for (auto i : indices) {
            ReplayItem & item = report.items[i];
            TestCase c = item.before.testCase;
            if (c.kind == InputKind::File) {
                std::string now;
                if (!readFile(c.path, now)) {
                    item.detail = "the file " + c.path + " is gone";
                    continue;
                }
                if (now != c.program) {
                    item.detail = "the file " + c.path + " has changed since it was recorded";
                    continue;
                }
            } else if (c.kind == InputKind::StagedFile) {
                c.path = setup->sandbox->stage(c.program);
            }
            cases.push_back(c);
            replayed.push_back(i);
        }
        if (cases.empty()) continue;
        auto results = evaluator.evaluate(cases);
        for (std::size_t k = 0; k < results.size(); k++) {
            ReplayItem & item = report.items[replayed[k]];
            const CaseResult & r = results[k];
            item.now = classificationName(r.verdict.classification);
            if (isAgreement(r.verdict.classification)) {
                item.status = ReplayStatus::Fixed;
                continue;
            }
            std::vector<std::string> changes;
            if (r.verdict.classification != item.before.classification)
                changes.push_back(std::string("classification ") + classificationName(item.before.classification) + " → " + item.now);
            if (!sameSide(r.nixtwin, setup->sandbox->root(), item.before.nixtwin, item.before.sandboxRoot))
                changes.push_back("nixtwin's result changed");
            if (!sameSide(r.reference, setup->sandbox->root(), item.before.reference, item.before.sandboxRoot))
                changes.push_back("the reference's result changed");
            if (changes.empty()) {
                item.status = ReplayStatus::StillDiverging;
            } else {
                item.status = ReplayStatus::Changed;
                for (auto & ch : changes) item.detail += (item.detail.empty() ? "" : "; ") + ch;
            }
        }
    }
    return report;
}

}  // namespace nixtwin::oracle
