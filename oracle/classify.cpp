// classify.cpp — the comparison rules. Reference problems take precedence: when the reference
// did not give a proper answer there is nothing to hold nixtwin to.
#include "classify.hpp"

namespace nixtwin::oracle {

const char * classificationName(Classification c) {
    switch (c) {
        case Classification::Agree: return "agree";
        case Classification::AgreeError: return "agree-error";
        case Classification::OutputDiffers: return "output-differs";
        case Classification::ErrorDiffers: return "error-differs";
        case Classification::NixtwinFails: return "nixtwin-fails";
        case Classification::NixtwinSucceeds: return "nixtwin-succeeds";
        case Classification::NixtwinCrash: return "nixtwin-crash";
        case Classification::NixtwinTimeout: return "nixtwin-timeout";
        case Classification::NixtwinOutOfMemory: return "nixtwin-oom";
        case Classification::ReferenceCrash: return "reference-crash";
        case Classification::ReferenceTimeout: return "reference-timeout";
        case Classification::ReferenceOutOfMemory: return "reference-oom";
    }
    return "?";
}

const std::vector<Classification> & allClassifications() {
    static const std::vector<Classification> all = {
        Classification::Agree, Classification::AgreeError, Classification::OutputDiffers,
        Classification::ErrorDiffers, Classification::NixtwinFails, Classification::NixtwinSucceeds,
        Classification::NixtwinCrash, Classification::NixtwinTimeout, Classification::NixtwinOutOfMemory,
        Classification::ReferenceCrash, Classification::ReferenceTimeout, Classification::ReferenceOutOfMemory};
    return all;
}

bool isAgreement(Classification c) { return c == Classification::Agree || c == Classification::AgreeError; }

bool isReferenceProblem(Classification c) {
    return c == Classification::ReferenceCrash || c == Classification::ReferenceTimeout ||
           c == Classification::ReferenceOutOfMemory;
}

Verdict classify(const SideResult & nixtwin, const SideResult & reference, const CompareOptions & options) {
    Outcome t = outcomeOf(nixtwin), r = outcomeOf(reference);
    std::string endings = "nixtwin " + describeEnding(nixtwin) + ", reference " + describeEnding(reference);
    switch (r) {
        case Outcome::Crash: return {Classification::ReferenceCrash, "reference: " + describeEnding(reference)};
        case Outcome::Timeout: return {Classification::ReferenceTimeout, "reference: " + describeEnding(reference)};
        case Outcome::OutOfMemory:
            // Both running out of memory is agreement enough; nixtwin cannot match the GC's limit exactly.
            if (t == Outcome::OutOfMemory) return {Classification::AgreeError, "both out of memory"};
            return {Classification::ReferenceOutOfMemory, "reference: " + errorLine(reference.err)};
        default: break;
    }
    switch (t) {
        case Outcome::Crash: return {Classification::NixtwinCrash, "nixtwin: " + describeEnding(nixtwin)};
        case Outcome::Timeout: return {Classification::NixtwinTimeout, "nixtwin: " + describeEnding(nixtwin)};
        case Outcome::OutOfMemory: return {Classification::NixtwinOutOfMemory, "nixtwin: " + errorLine(nixtwin.err)};
        default: break;
    }
    if (t == Outcome::Success && r == Outcome::Success) {
        if (nixtwin.out == reference.out) return {Classification::Agree, ""};
        std::size_t i = 0;
        while (i < nixtwin.out.size() && i < reference.out.size() && nixtwin.out[i] == reference.out[i]) i++;
        return {Classification::OutputDiffers, "stdout differs at byte " + std::to_string(i)};
    }
    if (t == Outcome::Error && r == Outcome::Error) {
        if (nixtwin.exitCode != reference.exitCode) return {Classification::ErrorDiffers, "exit codes differ: " + endings};
        if (options.compareErrorFirstLine && errorLine(nixtwin.err) != errorLine(reference.err))
            return {Classification::ErrorDiffers, "error lines differ: nixtwin \"" + errorLine(nixtwin.err).substr(0, 100) + "\", reference \"" + errorLine(reference.err).substr(0, 100) + "\""};
        return {Classification::AgreeError, ""};
    }
    if (t == Outcome::Error) return {Classification::NixtwinFails, "nixtwin: " + errorLine(nixtwin.err)};
    return {Classification::NixtwinSucceeds, "reference: " + errorLine(reference.err)};
}

}  // namespace nixtwin::oracle

namespace nixtwin::oracle {
std::optional<Classification> parseClassificationName(std::string_view name) {
    for (auto c : allClassifications())
        if (name == classificationName(c)) return c;
    return std::nullopt;
}
}  // namespace nixtwin::oracle
