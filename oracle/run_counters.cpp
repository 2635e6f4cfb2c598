// run_counters.cpp — sums and JSON.
#include "run_counters.hpp"

namespace nixtwin::oracle {

void RunCounters::add(const RunCounters & o) {
    cases += o.cases;
    for (auto & [k, v] : o.byClass) byClass[k] += v;
    knownDiverging += o.knownDiverging;
    knownAgreeing += o.knownAgreeing;
    recorded += o.recorded;
}

std::uint64_t RunCounters::agreements() const {
    std::uint64_t n = 0;
    for (auto & [k, v] : byClass)
        if (auto c = parseClassificationName(k); c && isAgreement(*c)) n += v;
    return n;
}

std::uint64_t RunCounters::divergences() const {
    std::uint64_t n = 0;
    for (auto & [k, v] : byClass)
        if (auto c = parseClassificationName(k); c && !isAgreement(*c) && !isReferenceProblem(*c)) n += v;
    return n;
}

std::uint64_t RunCounters::referenceProblems() const {
    std::uint64_t n = 0;
    for (auto & [k, v] : byClass)
        if (auto c = parseClassificationName(k); c && isReferenceProblem(*c)) n += v;
    return n;
}

nlohmann::json RunCounters::toJson() const {
    nlohmann::json j;
    j["cases"] = cases;
    j["by_classification"] = byClass;
    j["known_diverging"] = knownDiverging;
    j["known_now_agreeing"] = knownAgreeing;
    j["recorded"] = recorded;
    return j;
}

RunCounters RunCounters::fromJson(const nlohmann::json & j) {
    RunCounters c;
    c.cases = j.value("cases", std::uint64_t(0));
    if (j.contains("by_classification")) c.byClass = j["by_classification"].get<std::map<std::string, std::uint64_t>>();
    c.knownDiverging = j.value("known_diverging", std::uint64_t(0));
    c.knownAgreeing = j.value("known_now_agreeing", std::uint64_t(0));
    c.recorded = j.value("recorded", std::uint64_t(0));
    return c;
}

}  // namespace nixtwin::oracle
