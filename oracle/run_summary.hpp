// run_summary.hpp — the final report of `nixtwin run`, as JSON (for tools) and Markdown (for people).
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "reference_runner.hpp"
#include "run_counters.hpp"

namespace nixtwin::oracle {

struct KnownAgreeing {
    std::string origin, hash, entry, where;
};

struct RunSummary {
    std::string mode, sources, referenceCommand, referenceVersion, nixtwinVersion, nixtwinEngine;
    std::string outputDir, started, finished, stopReason;
    bool resumed = false;
    std::uint64_t resumedAt = 0;
    double sessionSeconds = 0, totalSeconds = 0;
    std::uint64_t sessionCases = 0;
    RunCounters total;  // whole run (all sessions)
    BatchStats batch;   // this session
    std::vector<std::string> newRecords;  // files written this session
    std::vector<KnownAgreeing> knownAgreeing;
    std::vector<std::string> warnings;

    nlohmann::json toJson() const;
    std::string toMarkdown() const;
};

// Writes summary.json and summary.md into `dir` (atomically); throws WriteError.
void writeSummary(const RunSummary & s, const std::string & dir);

}  // namespace nixtwin::oracle
