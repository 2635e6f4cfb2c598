// divergence_record.hpp — one recorded case: everything needed to understand and replay it.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "classify.hpp"
#include "mode.hpp"
#include "outcome.hpp"
#include "test_case.hpp"

namespace nixtwin::oracle {

struct DivergenceRecord {
    std::string hash;  // caseHash(): the file name and the de-duplication key
    Classification classification = Classification::Agree;
    std::string detail;
    Mode mode = Mode::Parse;
    TestCase testCase;
    std::vector<std::string> args;  // nix-instantiate arguments both sides got
    SideResult nixtwin, reference;
    std::string referenceVersion, nixtwinVersion;
    std::string time;          // UTC, ISO 8601
    std::string sandboxRoot;   // outputs may mention it; replays compare modulo it
    std::optional<std::string> knownReason;
};

nlohmann::json toJson(const DivergenceRecord & r);
// Throws std::runtime_error naming what is missing or malformed.
DivergenceRecord recordFromJson(const nlohmann::json & j);

nlohmann::json sideToJson(const SideResult & s);
SideResult sideFromJson(const nlohmann::json & j);

std::string utcNow();  // "2024-05-01T12:34:56Z"

}  // namespace nixtwin::oracle
