// run_command.cpp — `nixtwin run`: options, signals, then differential_run.
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>

#include "../differential_run.hpp"
#include "../nixtwin_engine.hpp"
#include "commands.hpp"
#include "common_options.hpp"

namespace nixtwin::oracle::cli {

namespace {

std::atomic<bool> stopRequested{false};

// First SIGINT/SIGTERM: finish the cases in flight, save, summarise. Second: leave now (the
// store and the state file are valid at every moment anyway).
void onSignal(int) {
    if (stopRequested.exchange(true)) _exit(130);
    const char msg[] = "\nnixtwin run: stopping after the cases in flight (again to quit at once)\n";
    (void)!::write(2, msg, sizeof msg - 1);
}

}  // namespace

int runCommand(const std::vector<std::string> & argv) {
    CommonOptions common;
    std::optional<std::string> duration, seed, jobs, out, synthetic, progressInterval;
    std::vector<std::string> corpus;
    bool restart = false;
    Config cfg;
    try {
        Arguments a(argv);
        while (!a.done()) {
            if (common.consume(a)) continue;
            if (auto v = a.value("--duration")) { duration = v; continue; }
            if (auto v = a.value("--seed")) { seed = v; continue; }
            if (auto v = a.value("--jobs")) { jobs = v; continue; }
            if (auto v = a.value("-j")) { jobs = v; continue; }
            if (auto v = a.value("--out")) { out = v; continue; }
            if (auto v = a.value("--synthetic")) { synthetic = v; continue; }
            if (auto v = a.value("--progress-interval")) { progressInterval = v; continue; }
            if (a.flag("--restart")) { restart = true; continue; }
            if (auto v = a.value("--corpus")) {
                corpus.push_back(*v);
                while (!a.done() && a.peek().rfind("-", 0) != 0) corpus.push_back(a.take());  // --corpus A B C
                continue;
            }
            throw UsageError("unknown argument '" + a.peek() + "'");
        }
        cfg = common.resolve();
        try {
            if (duration) cfg.durationSeconds = parseDuration(*duration);
            if (progressInterval) cfg.progressIntervalSeconds = parseDuration(*progressInterval);
            if (seed) cfg.seed = std::stoull(*seed);
            if (jobs) {
                int j = std::stoi(*jobs);
                if (j < 1 || j > 256) throw UsageError("--jobs must be between 1 and 256");
                cfg.jobs = static_cast<unsigned>(j);
            }
        } catch (const std::invalid_argument & e) {
            throw UsageError(e.what());
        } catch (const std::out_of_range & e) {
            throw UsageError(e.what());
        }
        if (out) cfg.outputDir = *out;
        if (!corpus.empty() || synthetic) {
            cfg.sources.clear();
            // Files (or a counted synthetic source) named on the command line run once, in
            // full: the configured duration belongs to the endless generator it replaces.
            if (!duration) cfg.durationSeconds = 0;
        }
        if (!corpus.empty()) {
            SourceConfig s;
            s.type = "corpus";
            s.paths = corpus;
            s.cycle = cfg.durationSeconds > 0;
            s.where = "--corpus";
            cfg.sources.push_back(s);
        }
        if (synthetic) {
            SourceConfig s;
            s.type = "synthetic";
            s.count = std::stoull(*synthetic);
            s.where = "--synthetic";
            cfg.sources.push_back(s);
        }
    } catch (const UsageError & e) {
        std::fprintf(stderr, "nixtwin run: %s (see nixtwin --help)\n", e.what());
        return RunFailed;
    } catch (const ConfigError & e) {
        std::fprintf(stderr, "nixtwin run: configuration error: %s\n", e.what());
        return RunFailed;
    } catch (const std::exception & e) {
        std::fprintf(stderr, "nixtwin run: %s\n", e.what());
        return RunFailed;
    }

    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);

    RunOptions options;
    options.config = cfg;
    options.selfExecutable = currentExecutable();
    options.restart = restart;
    options.stopFlag = &stopRequested;
    try {
        return runDifferential(options);
    } catch (const std::exception & e) {
        std::fprintf(stderr, "nixtwin run: unexpected error: %s\n", e.what());
        return RunFailed;
    }
}

}  // namespace nixtwin::oracle::cli
