// run_counters.hpp — what a run has seen so far: cases per classification, known divergences.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <string>

#include "classify.hpp"

namespace nixtwin::oracle {

struct RunCounters {
    std::uint64_t cases = 0;
    std::map<std::string, std::uint64_t> byClass;  // classification name → count (known ones excluded)
    std::uint64_t knownDiverging = 0;             // known divergences that still diverge (expected)
    std::uint64_t knownAgreeing = 0;              // known divergences that now agree (loud)
    std::uint64_t recorded = 0;                   // new records written to the store

    void add(const RunCounters & o);
    std::uint64_t agreements() const;
    std::uint64_t divergences() const;         // unexpected nixtwin divergences
    std::uint64_t referenceProblems() const;
    nlohmann::json toJson() const;
    static RunCounters fromJson(const nlohmann::json & j);
};

}  // namespace nixtwin::oracle
