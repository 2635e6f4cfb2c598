// run_state.hpp — the small progress file that lets an interrupted run continue.
//
// Cases are numbered in source order and handed out in chunks; chunks finish out of order
// across threads. The state records a watermark — every case below `nextIndex` is finished
// and its divergences are on disk — and the counters for exactly those cases. A resumed run
// skips `nextIndex` programs; chunks that were in flight are done again (the store ignores
// the duplicates). The file is replaced atomically on every advance.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "run_counters.hpp"

namespace nixtwin::oracle {

struct RunState {
    std::string fingerprint;  // what was being run: mode, sources, seed, argv
    std::uint64_t nextIndex = 0;
    RunCounters counters;
    bool finished = false;
    std::string started, updated;
    double elapsedSeconds = 0;  // summed over all sessions of the run

    nlohmann::json toJson() const;
    static RunState fromJson(const nlohmann::json & j);
};

// Tracks finished chunks and advances the watermark.
class StateTracker {
public:
    StateTracker(std::string path, RunState initial);
    // Marks [first, first + count) finished with `counters`; saves when the watermark moves.
    // Throws WriteError.
    void chunkDone(std::uint64_t first, std::uint64_t count, const RunCounters & counters, double elapsedSeconds);
    void finish(bool finished, double elapsedSeconds);  // final save
    RunState snapshot();

    // Loads a state file; nullopt if absent; throws std::runtime_error if it is unreadable.
    static std::optional<RunState> load(const std::string & path);

private:
    void save();
    std::string path_;
    std::mutex mutex_;
    RunState state_;
    std::map<std::uint64_t, std::pair<std::uint64_t, RunCounters>> pending_;  // first → (count, counters)
};

}  // namespace nixtwin::oracle
