// run_summary.cpp — summary formats.
#include "run_summary.hpp"

#include <cstdio>

#include "atomic_file.hpp"
#include "classify.hpp"

namespace nixtwin::oracle {

nlohmann::json RunSummary::toJson() const {
    nlohmann::json j;
    j["format"] = "nixtwin-run-summary-v1";
    j["mode"] = mode;
    j["sources"] = sources;
    j["reference"] = {{"command", referenceCommand}, {"version", referenceVersion}};
    j["nixtwin"] = {{"version", nixtwinVersion}, {"engine", nixtwinEngine}};
    j["output_dir"] = outputDir;
    j["started"] = started;
    j["finished"] = finished;
    j["stop_reason"] = stopReason;
    j["resumed"] = resumed;
    j["resumed_at_case"] = resumedAt;
    j["session_seconds"] = sessionSeconds;
    j["total_seconds"] = totalSeconds;
    j["session_cases"] = sessionCases;
    j["session_cases_per_second"] = sessionSeconds > 0 ? static_cast<double>(sessionCases) / sessionSeconds : 0.0;
    j["totals"] = total.toJson();
    j["agreements"] = total.agreements();
    j["divergences"] = total.divergences();
    j["reference_problems"] = total.referenceProblems();
    j["reference_processes"] = batch.processes;
    j["batched_cases"] = batch.batchedCases;
    j["alone_cases"] = batch.aloneCases;
    j["reruns"] = batch.reruns;
    j["zygote_cases"] = batch.zygoteCases;
    j["new_records"] = newRecords;
    nlohmann::json ka = nlohmann::json::array();
    for (auto & k : knownAgreeing) ka.push_back({{"origin", k.origin}, {"hash", k.hash}, {"entry", k.entry}, {"listed_in", k.where}});
    j["known_divergences_now_agreeing"] = ka;
    j["warnings"] = warnings;
    return j;
}

std::string RunSummary::toMarkdown() const {
    std::string md;
    char buf[256];
    md += "# nixtwin run — " + mode + " mode\n\n";
    md += "| | |\n|---|---|\n";
    md += "| sources | " + sources + " |\n";
    md += "| reference | `" + referenceCommand + "` — " + referenceVersion + " |\n";
    md += "| nixtwin | " + nixtwinVersion + " (" + nixtwinEngine + ") |\n";
    md += "| started / finished | " + started + " / " + finished + " |\n";
    md += "| stopped because | " + stopReason + " |\n";
    if (resumed) md += "| resumed | at case " + std::to_string(resumedAt) + " |\n";
    std::snprintf(buf, sizeof buf, "| this session | %llu cases in %.1f s (%.1f cases/s) |\n",
                  static_cast<unsigned long long>(sessionCases), sessionSeconds,
                  sessionSeconds > 0 ? static_cast<double>(sessionCases) / sessionSeconds : 0.0);
    md += buf;
    std::snprintf(buf, sizeof buf,
                  "| reference processes | %llu (%llu results from batches, %llu alone of which %llu forked from a zygote, %llu re-runs) |\n",
                  static_cast<unsigned long long>(batch.processes), static_cast<unsigned long long>(batch.batchedCases),
                  static_cast<unsigned long long>(batch.aloneCases), static_cast<unsigned long long>(batch.zygoteCases),
                  static_cast<unsigned long long>(batch.reruns));
    md += buf;
    md += "\n## Results (whole run: " + std::to_string(total.cases) + " cases)\n\n| classification | cases |\n|---|---:|\n";
    for (auto c : allClassifications()) {
        auto it = total.byClass.find(classificationName(c));
        if (it != total.byClass.end() && it->second) md += std::string("| ") + classificationName(c) + " | " + std::to_string(it->second) + " |\n";
    }
    md += "| known divergences (expected) | " + std::to_string(total.knownDiverging) + " |\n";
    md += "| known divergences now agreeing | " + std::to_string(total.knownAgreeing) + " |\n";
    if (!knownAgreeing.empty()) {
        md += "\n## ⚠ Known divergences that now agree — remove them from the list\n\n";
        for (auto & k : knownAgreeing) md += "- `" + k.origin + "` (listed as `" + k.entry + "` in " + k.where + ")\n";
    }
    if (!newRecords.empty()) {
        md += "\n## New records this session\n\n";
        std::size_t shown = 0;
        for (auto & r : newRecords) {
            if (++shown > 200) {
                md += "- … and " + std::to_string(newRecords.size() - 200) + " more\n";
                break;
            }
            md += "- `" + r + "`\n";
        }
    }
    if (!warnings.empty()) {
        md += "\n## Warnings\n\n";
        for (auto & w : warnings) md += "- " + w + "\n";
    }
    return md;
}

void writeSummary(const RunSummary & s, const std::string & dir) {
    writeFileAtomically(dir + "/summary.json", s.toJson().dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n", true);
    writeFileAtomically(dir + "/summary.md", s.toMarkdown(), true);
}

}  // namespace nixtwin::oracle
