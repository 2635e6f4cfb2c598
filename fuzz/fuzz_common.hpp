// fuzz_common.hpp — shared helpers of the libFuzzer targets.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "instantiate.hpp"

namespace nixtwin::fuzz {

inline std::string clip(std::string_view s) {
    std::string r(s.substr(0, 2000));
    if (s.size() > 2000) r += "… (" + std::to_string(s.size()) + " bytes)";
    return r;
}

// Reports a broken invariant and aborts, so that libFuzzer saves the input as a crash.
[[noreturn]] inline void violated(const char * what, std::string_view input, const InstantiateResult & r) {
    fprintf(stderr,
            "\n=== nixtwin fuzz invariant violated: %s\n--- input (%zu bytes):\n%s\n--- exit code %d\n"
            "--- stdout:\n%s\n--- stderr:\n%s\n",
            what, input.size(), clip(input).c_str(), r.exitCode, clip(r.out).c_str(), clip(r.err).c_str());
    abort();
}

inline bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

}  // namespace nixtwin::fuzz
