// replay_command.cpp — `nixtwin replay DIR`.
#include <cstdio>

#include "../nixtwin_engine.hpp"
#include "../replay.hpp"
#include "commands.hpp"
#include "common_options.hpp"

namespace nixtwin::oracle::cli {

int replayCommand(const std::vector<std::string> & argv) {
    CommonOptions common;
    std::string dir;
    Config cfg;
    try {
        Arguments a(argv);
        while (!a.done()) {
            if (common.consume(a)) continue;
            std::string arg = a.take();
            if (arg.size() > 1 && arg[0] == '-') throw UsageError("unknown option '" + arg + "'");
            if (!dir.empty()) throw UsageError("give one directory");
            dir = arg;
        }
        if (dir.empty()) throw UsageError("which directory? (a run's output directory, e.g. out/oracle)");
        if (common.mode) throw UsageError("--mode does not apply: every record is replayed in its own mode");
        cfg = common.resolve();
    } catch (const UsageError & e) {
        std::fprintf(stderr, "nixtwin replay: %s (see nixtwin --help)\n", e.what());
        return 2;
    } catch (const std::exception & e) {
        std::fprintf(stderr, "nixtwin replay: %s\n", e.what());
        return 2;
    }
    try {
        ReplayReport report = replayDivergences(dir, cfg, currentExecutable());
        for (auto & e : report.errors) std::fprintf(stderr, "nixtwin replay: skipped unreadable record %s\n", e.c_str());
        for (auto & item : report.items) {
            std::printf("%-16s %-18s %s%s%s\n", replayStatusName(item.status), classificationName(item.before.classification),
                        item.before.testCase.origin.c_str(), item.now.empty() || item.status == ReplayStatus::StillDiverging ? "" : ("  now: " + item.now).c_str(),
                        item.detail.empty() ? "" : ("  (" + item.detail + ")").c_str());
            if (item.status == ReplayStatus::Fixed && item.before.knownReason)
                std::printf("!!! was a known divergence (%s): remove it from the list\n", item.before.knownReason->c_str());
        }
        std::printf("%zu records: %zu fixed, %zu still diverging, %zu changed, %zu not replayable\n", report.items.size(),
                    report.count(ReplayStatus::Fixed), report.count(ReplayStatus::StillDiverging), report.count(ReplayStatus::Changed),
                    report.count(ReplayStatus::NotReplayable));
        if (!report.errors.empty()) return 2;
        return report.count(ReplayStatus::StillDiverging) + report.count(ReplayStatus::Changed) + report.count(ReplayStatus::NotReplayable) ? 1 : 0;
    } catch (const std::exception & e) {
        std::fprintf(stderr, "nixtwin replay: %s\n", e.what());
        return 2;
    }
}

}  // namespace nixtwin::oracle::cli
