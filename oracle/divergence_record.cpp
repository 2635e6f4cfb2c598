// divergence_record.cpp — record ↔ JSON.
#include "divergence_record.hpp"

#include <ctime>
#include <stdexcept>

#include "json_bytes.hpp"

namespace nixtwin::oracle {

std::string utcNow() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

nlohmann::json sideToJson(const SideResult & s) {
    nlohmann::json j;
    j["termination"] = terminationName(s.termination);
    j["exit_code"] = s.exitCode;
    j["signal"] = s.signal;
    j["outcome"] = outcomeName(outcomeOf(s));
    putBytes(j, "stdout", s.out);
    putBytes(j, "stderr", s.err);
    if (!s.note.empty()) putBytes(j, "note", s.note);
    return j;
}

SideResult sideFromJson(const nlohmann::json & j) {
    SideResult s;
    std::string t = j.at("termination").get<std::string>();
    bool found = false;
    for (auto k : {Termination::Exited, Termination::Signaled, Termination::TimedOut, Termination::OutputLimit, Termination::SpawnFailed})
        if (t == terminationName(k)) { s.termination = k; found = true; }
    if (!found) throw std::runtime_error("unknown termination '" + t + "'");
    s.exitCode = j.at("exit_code").get<int>();
    s.signal = j.value("signal", 0);
    s.out = getBytes(j, "stdout");
    s.err = getBytes(j, "stderr");
    s.note = getBytes(j, "note");
    return s;
}

nlohmann::json toJson(const DivergenceRecord & r) {
    nlohmann::json j;
    j["format"] = "nixtwin-divergence-v1";
    j["hash"] = r.hash;
    j["classification"] = classificationName(r.classification);
    j["detail"] = isValidUtf8(r.detail) ? r.detail : std::string("(detail not UTF-8)");
    j["mode"] = modeName(r.mode);
    j["input_kind"] = inputKindName(r.testCase.kind);
    putBytes(j, "origin", r.testCase.origin);
    putBytes(j, "path", r.testCase.path);
    putBytes(j, "program", r.testCase.program);
    j["seed"] = r.testCase.seed;
    j["case_index"] = r.testCase.index;
    nlohmann::json args = nlohmann::json::array();
    for (auto & a : r.args) args.push_back(isValidUtf8(a) ? a : "(base64) " + base64Encode(a));
    j["args"] = args;
    j["nixtwin"] = sideToJson(r.nixtwin);
    j["reference"] = sideToJson(r.reference);
    j["reference_version"] = r.referenceVersion;
    j["nixtwin_version"] = r.nixtwinVersion;
    j["time"] = r.time;
    putBytes(j, "sandbox", r.sandboxRoot);
    if (r.knownReason) j["known_divergence"] = *r.knownReason;
    return j;
}

DivergenceRecord recordFromJson(const nlohmann::json & j) {
    try {
        DivergenceRecord r;
        if (j.value("format", "") != "nixtwin-divergence-v1") throw std::runtime_error("not a nixtwin-divergence-v1 record");
        r.hash = j.at("hash").get<std::string>();
        auto c = parseClassificationName(j.at("classification").get<std::string>());
        if (!c) throw std::runtime_error("unknown classification");
        r.classification = *c;
        r.detail = j.value("detail", "");
        auto m = parseModeName(j.at("mode").get<std::string>());
        if (!m) throw std::runtime_error("unknown mode");
        r.mode = *m;
        std::string kind = j.at("input_kind").get<std::string>();
        if (kind == "expr") r.testCase.kind = InputKind::Expr;
        else if (kind == "staged-file") r.testCase.kind = InputKind::StagedFile;
        else if (kind == "file") r.testCase.kind = InputKind::File;
        else throw std::runtime_error("unknown input kind '" + kind + "'");
        r.testCase.origin = getBytes(j, "origin");
        r.testCase.path = getBytes(j, "path");
        r.testCase.program = getBytes(j, "program");
        r.testCase.seed = j.value("seed", std::uint64_t(0));
        r.testCase.index = j.value("case_index", std::uint64_t(0));
        for (auto & a : j.value("args", nlohmann::json::array())) r.args.push_back(a.get<std::string>());
        r.nixtwin = sideFromJson(j.at("nixtwin"));
        r.reference = sideFromJson(j.at("reference"));
        r.referenceVersion = j.value("reference_version", "");
        r.nixtwinVersion = j.value("nixtwin_version", "");
        r.time = j.value("time", "");
        r.sandboxRoot = getBytes(j, "sandbox");
        if (j.contains("known_divergence")) r.knownReason = j["known_divergence"].get<std::string>();
        return r;
    } catch (const nlohmann::json::exception & e) {
        throw std::runtime_error(std::string("malformed record: ") + e.what());
    }
}

}  // namespace nixtwin::oracle
