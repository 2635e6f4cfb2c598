// fuzz_parse.cpp — libFuzzer target: the input bytes are a program on stdin of
// `nixtwin-instantiate --parse -`. Besides "no crash" (ASan/UBSan) it checks:
//  1. the result is well formed: exit 0 with a newline-terminated AST and an empty stderr, or
//     exit 1 with an empty stdout and a stderr starting "error: ";
//  2. parsing is deterministic (the same input twice gives the same result);
//  3. printing is a fixpoint after one round trip: if the printed AST P1 re-parses to P2, then
//     P2 re-parses to exactly P2. (P1 itself need not re-parse, nor to itself: the printer writes
//     `"a${b}c"` as `("a" + b + "c")`, which re-parses as nested binary `+`; a path with an
//     interpolation prints as `(/dir/ + x)`, whose `/dir/` is a "trailing slash" error; a float
//     printed as `1e+06` re-reads as `1 e + 6`; a NUL byte ends a "…" string when re-read.)
//     This was checked against nix-instantiate 2.8.0 on the parse corpus and the fuzz seeds:
//     it holds for the reference too. Inputs containing NUL bytes are not round-tripped.
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_common.hpp"

using namespace nixtwin;
using namespace nixtwin::fuzz;

namespace {

const std::vector<std::string> kArgs = {"--parse", "-"};

InstantiateResult parse(std::string_view text) { return runInstantiate(kArgs, text, "/"); }

void checkWellFormed(std::string_view input, const InstantiateResult & r) {
    if (r.exitCode == 0) {
        if (!r.err.empty()) violated("exit 0 with a non-empty stderr", input, r);
        if (r.out.empty() || r.out.back() != '\n') violated("exit 0 without a newline-terminated AST", input, r);
    } else if (r.exitCode == 1) {
        if (!r.out.empty()) violated("exit 1 with a non-empty stdout", input, r);
        if (!startsWith(r.err, "error: ")) violated("exit 1 without 'error: '", input, r);
    } else {
        violated("exit code neither 0 nor 1", input, r);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t * data, size_t size) {
    std::string_view input(reinterpret_cast<const char *>(data), size);
    InstantiateResult r1 = parse(input);
    checkWellFormed(input, r1);

    InstantiateResult again = parse(input);
    if (again.exitCode != r1.exitCode || again.out != r1.out || again.err != r1.err)
        violated("parsing the same input twice gave different results", input, again);

    if (r1.exitCode != 0 || input.find('\0') != std::string_view::npos) return 0;
    InstantiateResult r2 = parse(r1.out);
    checkWellFormed(r1.out, r2);
    if (r2.exitCode != 0) return 0;
    InstantiateResult r3 = parse(r2.out);
    if (r3.exitCode != 0 || r3.out != r2.out) {
        std::string context = "input:\n" + std::string(input) + "\nfirst print:\n" + r1.out + "second print:\n" + r2.out;
        violated("the printed AST is not a fixpoint after one round trip (third print below)", context, r3);
    }
    return 0;
}
