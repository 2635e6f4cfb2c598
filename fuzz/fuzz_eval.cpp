// fuzz_eval.cpp — libFuzzer target: the input bytes are a program on stdin of
// `nixtwin-instantiate --eval --strict --option restrict-eval true -`. Restricted mode keeps the
// fuzzer away from the file system (no `readFile /dev/zero`, no imports of arbitrary files).
// It checks that nothing crashes (ASan/UBSan), that the exit code is 0 or 1, and that a failure
// says why on stderr ("error: …" — possibly after `trace:` lines — unless the message is empty,
// which the reference prints as nothing but the --show-trace hint). Hangs and memory blow-ups are
// reported by libFuzzer's -timeout and -rss_limit_mb (scripts/fuzz sets both).
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_common.hpp"

using namespace nixtwin;
using namespace nixtwin::fuzz;

namespace {

const std::vector<std::string> kArgs = {"--eval", "--strict", "--option", "restrict-eval", "true", "-"};

// An error whose message is empty (`throw ""`) prints no "error:" line, in the reference too:
// then stderr holds at most `trace:` lines and the "(use '--show-trace' …)" hint.
bool onlyTraceLines(std::string_view err) {
    size_t start = 0;
    while (start < err.size()) {
        size_t end = err.find('\n', start);
        if (end == std::string_view::npos) end = err.size();
        std::string_view line = err.substr(start, end - start);
        if (!line.empty() && !startsWith(line, "trace: ") && !startsWith(line, " ") &&
            !startsWith(line, "(use '--show-trace'"))
            return false;
        start = end + 1;
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t * data, size_t size) {
    std::string_view input(reinterpret_cast<const char *>(data), size);
    InstantiateResult r = runInstantiate(kArgs, input, "/");
    if (r.exitCode != 0 && r.exitCode != 1) violated("exit code neither 0 nor 1", input, r);
    // "error:" then the message; a message starting with a newline leaves "error:" alone on its line.
    if (r.exitCode == 1 && !startsWith(r.err, "error:") && r.err.find("\nerror:") == std::string::npos &&
        !onlyTraceLines(r.err))
        violated("exit 1 without an 'error: ' line", input, r);
    return 0;
}
