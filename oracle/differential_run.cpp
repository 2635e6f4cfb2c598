// differential_run.cpp — the `nixtwin run` loop.
#include "differential_run.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

#include "atomic_file.hpp"
#include "case_evaluator.hpp"
#include "divergence_store.hpp"
#include "oracle_setup.hpp"
#include "program_source.hpp"
#include "progress.hpp"
#include "run_state.hpp"
#include "run_summary.hpp"
#include "sha256.hpp"

namespace nixtwin::oracle {

namespace {

using SteadyClock = std::chrono::steady_clock;

double secondsSince(SteadyClock::time_point t) { return std::chrono::duration<double>(SteadyClock::now() - t).count(); }

std::string joinArgs(const std::vector<std::string> & v) {
    std::string s;
    for (auto & a : v) s += (s.empty() ? "" : " ") + a;
    return s;
}

// Hands out chunks of consecutively numbered cases.
class Dispatcher {
public:
    Dispatcher(ProgramSource & source, std::uint64_t firstIndex, std::size_t chunkSize)
        : source_(source), next_(firstIndex), chunkSize_(chunkSize) {}

    // Fills `programs` and returns the index of the first; empty when exhausted.
    std::uint64_t take(std::vector<Program> & programs) {
        std::lock_guard<std::mutex> lock(mutex_);
        programs.clear();
        std::uint64_t first = next_;
        while (programs.size() < chunkSize_) {
            auto p = source_.next();
            if (!p) {
                exhausted_ = true;
                break;
            }
            programs.push_back(std::move(*p));
        }
        next_ += programs.size();
        return first;
    }
    bool exhausted() {
        std::lock_guard<std::mutex> lock(mutex_);
        return exhausted_;
    }

private:
    std::mutex mutex_;
    ProgramSource & source_;
    std::uint64_t next_;
    std::size_t chunkSize_;
    bool exhausted_ = false;
};

struct Shared {
    std::mutex mutex;
    RunCounters session;      // every finished chunk of this session
    BatchStats batch;
    std::vector<std::string> newRecords;
    std::vector<KnownAgreeing> knownAgreeing;
    std::string fatal;        // first fatal error
    std::atomic<bool> stop{false};
    std::string stopReason;
    std::size_t divergenceMessages = 0;
};

}  // namespace

int runDifferential(const RunOptions & options) {
    const Config & cfg = options.config;
    auto t0 = SteadyClock::now();
    std::string out = cfg.outputDir;
    try {
        makeDirectories(out);
        checkWritableDirectory(out);
    } catch (const WriteError & e) {
        std::fprintf(stderr, "nixtwin run: cannot use output directory %s: %s\n", out.c_str(), e.what());
        return RunFailed;
    }

    // One run per output directory at a time: two would interleave their state.
    int lockFd = ::open((out + "/lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (lockFd < 0 || ::flock(lockFd, LOCK_EX | LOCK_NB) != 0) {
        std::fprintf(stderr, "nixtwin run: %s is in use by another nixtwin run (or cannot be locked)\n", out.c_str());
        if (lockFd >= 0) ::close(lockFd);
        return RunFailed;
    }
    struct LockGuard {
        int fd;
        ~LockGuard() { ::close(fd); }
    } lockGuard{lockFd};

    std::unique_ptr<OracleSetup> setup;
    std::unique_ptr<ProgramSource> source;
    std::vector<std::string> warnings;
    try {
        setup = prepareOracle(cfg, options.selfExecutable);
        source = makeSources(cfg, cfg.durationSeconds > 0, warnings);
    } catch (const std::exception & e) {
        std::fprintf(stderr, "nixtwin run: %s\n", e.what());
        return RunFailed;
    }
    for (auto & w : warnings) std::fprintf(stderr, "nixtwin run: warning: %s\n", w.c_str());

    // The fingerprint decides whether an unfinished state belongs to this run.
    nlohmann::json fp = {{"mode", modeName(cfg.mode)}, {"sources", source->describe()}, {"seed", cfg.seed},
                         {"common_args", cfg.reference.commonArgs}, {"reference", cfg.reference.command}};
    std::string fingerprint = sha256Hex(fp.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    std::string statePath = out + "/state.json";

    RunState initial;
    bool resumed = false;
    try {
        auto previous = StateTracker::load(statePath);
        if (previous && !options.restart && !previous->finished && previous->fingerprint == fingerprint) {
            initial = *previous;
            resumed = true;
        } else if (previous && !previous->finished && !options.restart) {
            std::fprintf(stderr, "nixtwin run: note: %s holds an unfinished run with other settings; starting a new run\n",
                         statePath.c_str());
        }
    } catch (const std::exception & e) {
        std::fprintf(stderr, "nixtwin run: %s\n", e.what());
        return RunFailed;
    }
    if (!resumed) {
        initial = RunState{};
        initial.fingerprint = fingerprint;
        initial.started = utcNow();
    } else {
        std::uint64_t skipped = source->skip(initial.nextIndex);
        std::fprintf(stderr, "nixtwin run: resuming at case %llu (%llu finished before)\n",
                     static_cast<unsigned long long>(initial.nextIndex), static_cast<unsigned long long>(skipped));
    }

    std::unique_ptr<DivergenceStore> store;
    std::unique_ptr<StateTracker> tracker;
    try {
        store = std::make_unique<DivergenceStore>(out + "/divergences");
        tracker = std::make_unique<StateTracker>(statePath, initial);
        tracker->finish(false, initial.elapsedSeconds);  // the state file exists from the start
    } catch (const std::exception & e) {
        std::fprintf(stderr, "nixtwin run: %s\n", e.what());
        return RunFailed;
    }

    KnownDivergences known(cfg.known);
    Dispatcher dispatcher(*source, initial.nextIndex, std::max<std::size_t>(1, cfg.batch.maxCases));
    Shared shared;
    ProgressLine progress(stderr, isTerminal(stderr), cfg.progressIntervalSeconds);
    std::mutex progressMutex;
    auto say = [&](const std::string & text) {
        std::lock_guard<std::mutex> lock(progressMutex);
        progress.message(text);
    };
    std::fprintf(stderr, "nixtwin run: %s mode; %s; reference %s (%s); %u jobs; output %s\n", modeName(cfg.mode),
                 source->describe().c_str(), setup->reference->command()[0].c_str(), setup->referenceVersion.c_str(),
                 cfg.jobs, out.c_str());

    auto deadline = cfg.durationSeconds > 0
        ? t0 + std::chrono::duration_cast<SteadyClock::duration>(std::chrono::duration<double>(cfg.durationSeconds))
        : SteadyClock::time_point::max();
    std::string engineDescription;

    auto worker = [&]() {
        std::unique_ptr<CaseEvaluator> evaluator;
        try {
            evaluator = std::make_unique<CaseEvaluator>(*setup, known);
        } catch (const std::exception & e) {
            std::lock_guard<std::mutex> lock(shared.mutex);
            if (shared.fatal.empty()) shared.fatal = e.what();
            shared.stop = true;
            return;
        }
        {
            std::lock_guard<std::mutex> lock(shared.mutex);
            engineDescription = evaluator->engineDescription();
        }
        std::vector<Program> programs;
        BatchStats reported;
        while (!shared.stop) {
            if (options.stopFlag && *options.stopFlag) {
                std::lock_guard<std::mutex> lock(shared.mutex);
                if (shared.stopReason.empty()) shared.stopReason = "interrupted";
                shared.stop = true;
                break;
            }
            if (SteadyClock::now() >= deadline) {
                std::lock_guard<std::mutex> lock(shared.mutex);
                if (shared.stopReason.empty()) shared.stopReason = "duration reached";
                break;
            }
            std::uint64_t first = dispatcher.take(programs);
            if (programs.empty()) break;
            std::vector<TestCase> cases;
            for (std::size_t i = 0; i < programs.size(); i++) cases.push_back(evaluator->makeCase(programs[i], first + i));
            std::vector<CaseResult> results;
            try {
                results = evaluator->evaluate(cases);
            } catch (const std::exception & e) {  // e.g. the sandbox vanished, no pipes left
                std::lock_guard<std::mutex> lock(shared.mutex);
                if (shared.fatal.empty()) shared.fatal = std::string("evaluating cases: ") + e.what();
                shared.stop = true;
                break;
            }
            RunCounters chunk;
            std::vector<std::string> written;
            std::vector<KnownAgreeing> nowAgreeing;
            try {
                for (auto & r : results) {
                    chunk.cases++;
                    bool agrees = isAgreement(r.verdict.classification);
                    if (r.known) {
                        if (agrees) {
                            chunk.knownAgreeing++;
                            nowAgreeing.push_back({r.testCase.origin, r.hash, r.known->entry, r.known->where});
                        } else {
                            chunk.knownDiverging++;
                        }
                    } else {
                        chunk.byClass[classificationName(r.verdict.classification)]++;
                    }
                    if (!agrees && store->record(evaluator->toRecord(r)) == DivergenceStore::Result::Written) {
                        chunk.recorded++;
                        written.push_back(store->dir() + "/" + r.hash + ".json");
                        if (!r.known) {
                            bool show;
                            {
                                std::lock_guard<std::mutex> lock(shared.mutex);
                                show = shared.divergenceMessages++ < 20;
                            }
                            if (show)
                                say(std::string("DIVERGENCE ") + classificationName(r.verdict.classification) + " " + r.testCase.origin +
                                    (r.verdict.detail.empty() ? "" : " (" + r.verdict.detail.substr(0, 160) + ")") + " → " + written.back());
                        }
                    }
                }
                tracker->chunkDone(first, results.size(), chunk, initial.elapsedSeconds + secondsSince(t0));
            } catch (const WriteError & e) {
                std::lock_guard<std::mutex> lock(shared.mutex);
                if (shared.fatal.empty()) shared.fatal = e.what();
                shared.stop = true;
            }
            for (auto & k : nowAgreeing)
                say("!!! KNOWN DIVERGENCE NOW AGREES: " + k.origin + " (listed as '" + k.entry + "' in " + k.where + ") — remove it from the list");
            std::lock_guard<std::mutex> lock(shared.mutex);
            shared.session.add(chunk);
            for (auto & w : written) shared.newRecords.push_back(w);
            for (auto & k : nowAgreeing) shared.knownAgreeing.push_back(k);
            BatchStats now = evaluator->batchStats(), delta;
            delta.processes = now.processes - reported.processes;
            delta.batchedCases = now.batchedCases - reported.batchedCases;
            delta.aloneCases = now.aloneCases - reported.aloneCases;
            delta.reruns = now.reruns - reported.reruns;
            delta.zygoteCases = now.zygoteCases - reported.zygoteCases;
            shared.batch.add(delta);
            reported = now;
        }
    };

    std::vector<std::thread> threads;
    for (unsigned i = 0; i < std::max(1u, cfg.jobs); i++) threads.emplace_back(worker);
    std::atomic<bool> finishedWork{false};
    std::thread progressThread([&] {
        while (!finishedWork) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            RunCounters total = initial.counters;
            std::uint64_t sessionCases;
            {
                std::lock_guard<std::mutex> lock(shared.mutex);
                total.add(shared.session);
                sessionCases = shared.session.cases;
            }
            double elapsed = secondsSince(t0);
            std::lock_guard<std::mutex> lock(progressMutex);
            progress.update(total, elapsed > 0 ? static_cast<double>(sessionCases) / elapsed : 0, elapsed);
        }
    });
    for (auto & t : threads) t.join();
    finishedWork = true;
    progressThread.join();

    double sessionSeconds = secondsSince(t0);
    RunCounters total = initial.counters;
    total.add(shared.session);
    {
        std::lock_guard<std::mutex> lock(progressMutex);
        progress.update(total, sessionSeconds > 0 ? static_cast<double>(shared.session.cases) / sessionSeconds : 0, sessionSeconds, true);
        progress.done();
    }

    bool exhausted = dispatcher.exhausted() && shared.fatal.empty() && !(options.stopFlag && *options.stopFlag);
    std::string stopReason = !shared.fatal.empty() ? "error: " + shared.fatal
                             : exhausted         ? "sources exhausted"
                             : shared.stopReason.empty() ? "stopped" : shared.stopReason;
    // Only an exhausted run is finished; one stopped by its duration, a signal or an error
    // continues from its watermark next time (a generator stream picks up where it was).
    bool finished = exhausted;
    int rc = RunAgreed;
    try {
        tracker->finish(finished, initial.elapsedSeconds + sessionSeconds);
    } catch (const WriteError & e) {
        if (shared.fatal.empty()) shared.fatal = e.what();
    }

    RunSummary summary;
    summary.mode = modeName(cfg.mode);
    summary.sources = source->describe();
    summary.referenceCommand = joinArgs(setup->reference->command());
    summary.referenceVersion = setup->referenceVersion;
    summary.nixtwinVersion = setup->nixtwinVersion;
    summary.nixtwinEngine = engineDescription;
    summary.outputDir = out;
    summary.started = initial.started;
    summary.finished = utcNow();
    summary.stopReason = stopReason;
    summary.resumed = resumed;
    summary.resumedAt = resumed ? initial.nextIndex : 0;
    summary.sessionSeconds = sessionSeconds;
    summary.totalSeconds = initial.elapsedSeconds + sessionSeconds;
    summary.sessionCases = shared.session.cases;
    summary.total = total;
    summary.batch = shared.batch;
    summary.newRecords = shared.newRecords;
    summary.knownAgreeing = shared.knownAgreeing;
    summary.warnings = warnings;
    try {
        writeSummary(summary, out);
    } catch (const WriteError & e) {
        std::fprintf(stderr, "nixtwin run: cannot write the summary: %s\n", e.what());
        if (shared.fatal.empty()) shared.fatal = e.what();
    }

    std::fprintf(stderr, "nixtwin run: %s — %llu cases this session in %.1f s (%.1f/s); %llu agreements, %llu divergences, "
                         "%llu reference problems, %llu known; %zu new records in %s\n",
                 stopReason.c_str(), static_cast<unsigned long long>(shared.session.cases), sessionSeconds,
                 sessionSeconds > 0 ? static_cast<double>(shared.session.cases) / sessionSeconds : 0.0,
                 static_cast<unsigned long long>(total.agreements()), static_cast<unsigned long long>(total.divergences()),
                 static_cast<unsigned long long>(total.referenceProblems()), static_cast<unsigned long long>(total.knownDiverging),
                 shared.newRecords.size(), store->dir().c_str());
    if (!shared.knownAgreeing.empty())
        std::fprintf(stderr, "nixtwin run: !!! %zu known divergence(s) now agree — see %s/summary.md\n", shared.knownAgreeing.size(),
                     out.c_str());
    std::fprintf(stderr, "nixtwin run: summary: %s/summary.md\n", out.c_str());
    if (!shared.fatal.empty()) {
        std::fprintf(stderr, "nixtwin run: stopped by an error: %s\n"
                             "nixtwin run: everything recorded so far is intact; the run resumes from %s\n",
                     shared.fatal.c_str(), statePath.c_str());
        return RunFailed;
    }
    if (total.divergences() > 0) rc = RunDiverged;
    return rc;
}

}  // namespace nixtwin::oracle
