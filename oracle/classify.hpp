// classify.hpp — comparing nixtwin's result with the reference's.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "outcome.hpp"

namespace nixtwin::oracle {

enum class Classification {
    Agree,                // both succeed with identical stdout
    AgreeError,           // both fail (and the first error lines match, when that is checked)
    OutputDiffers,        // both succeed, stdout differs
    ErrorDiffers,         // both fail, but the first error line (or exit code) differs
    NixtwinFails,         // reference succeeds, nixtwin reports an error
    NixtwinSucceeds,      // reference reports an error, nixtwin succeeds
    NixtwinCrash,
    NixtwinTimeout,
    NixtwinOutOfMemory,
    ReferenceCrash,       // the reference misbehaved: recorded, but not a nixtwin divergence
    ReferenceTimeout,
    ReferenceOutOfMemory,
};

const char * classificationName(Classification c);  // kebab-case, stable: used in files
const std::vector<Classification> & allClassifications();
bool isAgreement(Classification c);
bool isReferenceProblem(Classification c);
// A divergence is anything that is not an agreement; reference problems are recorded too.
inline bool isRecorded(Classification c) { return !isAgreement(c); }

struct CompareOptions {
    bool compareErrorFirstLine = true;
};

struct Verdict {
    Classification classification;
    std::string detail;  // a one-line human explanation
};

Verdict classify(const SideResult & nixtwin, const SideResult & reference, const CompareOptions & options);

}  // namespace nixtwin::oracle

namespace nixtwin::oracle {
std::optional<Classification> parseClassificationName(std::string_view name);
}
