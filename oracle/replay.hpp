// replay.hpp — re-checking recorded divergences (`nixtwin replay`).
#pragma once

#include <string>
#include <vector>

#include "config.hpp"
#include "divergence_record.hpp"

namespace nixtwin::oracle {

enum class ReplayStatus {
    Fixed,           // the two sides agree now
    StillDiverging,  // same classification, same outputs (modulo the sandbox path)
    Changed,         // still disagreeing, but differently
    NotReplayable,   // e.g. the corpus file is gone
};
const char * replayStatusName(ReplayStatus s);

struct ReplayItem {
    std::string file;
    DivergenceRecord before;
    ReplayStatus status = ReplayStatus::NotReplayable;
    std::string now;      // classification now
    std::string detail;   // what changed, or why it cannot be replayed
};

struct ReplayReport {
    std::vector<ReplayItem> items;
    std::vector<std::string> errors;  // unreadable records
    std::size_t count(ReplayStatus s) const;
};

// `dir` is a run's output directory (with divergences/) or a divergences directory. Each
// record is replayed in its own mode with `config`'s reference and engine. Throws
// std::runtime_error when the reference cannot be used.
ReplayReport replayDivergences(const std::string & dir, const Config & config, const std::string & selfExecutable);

}  // namespace nixtwin::oracle
