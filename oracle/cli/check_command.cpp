// check_command.cpp — `nixtwin check`: one program, both sides, side by side.
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <iterator>

#include "../atomic_file.hpp"
#include "../case_evaluator.hpp"
#include "../side_by_side.hpp"
#include "commands.hpp"
#include "common_options.hpp"

namespace nixtwin::oracle::cli {

namespace {
// For showing the command line: quoted when it is not a plain word.
std::string shellQuote(const std::string & s) {
    if (!s.empty() && s.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=+,") == std::string::npos)
        return s;
    std::string out = "'";
    for (char c : s) {
        if (c == '\'') out += "'\\''";
        else if (c == '\n') out += "'$'\\n''";
        else out += c;
    }
    return out + "'";
}
}  // namespace

int checkCommand(const std::vector<std::string> & argv) {
    CommonOptions common;
    std::vector<Program> programs;
    try {
        Arguments a(argv);
        while (!a.done()) {
            if (common.consume(a)) continue;
            if (auto e = a.value("--expr")) {
                programs.push_back(Program{"--expr", *e, std::nullopt, 0});
                continue;
            }
            std::string arg = a.take();
            if (arg == "-") {
                std::string text(std::istreambuf_iterator<char>(std::cin), {});
                programs.push_back(Program{"<stdin>", text, std::nullopt, 0});
            } else if (arg.size() > 1 && arg[0] == '-') {
                throw UsageError("unknown option '" + arg + "'");
            } else {
                std::string text;
                std::string abs = arg[0] == '/' ? arg : std::string(std::filesystem::current_path()) + "/" + arg;
                if (!readFile(abs, text)) throw UsageError("cannot read " + arg);
                programs.push_back(Program{arg, text, abs, 0});
            }
        }
        if (programs.empty()) throw UsageError("nothing to check: give --expr EXPR, FILE… or -");
    } catch (const UsageError & e) {
        std::fprintf(stderr, "nixtwin check: %s (see nixtwin --help)\n", e.what());
        return 2;
    }

    try {
        Config cfg = common.resolve();
        cfg.batch.enabled = false;  // one case per process: the plainest comparison
        cfg.reference.zygote = false;
        auto setup = prepareOracle(cfg, currentExecutable());
        KnownDivergences known(cfg.known);
        CaseEvaluator evaluator(*setup, known);
        std::vector<TestCase> cases;
        for (std::size_t i = 0; i < programs.size(); i++) cases.push_back(evaluator.makeCase(programs[i], i));
        auto results = evaluator.evaluate(cases);
        bool allAgree = true;
        for (auto & r : results) {
            std::printf("── %s  [%s mode, %s]\n", r.testCase.origin.c_str(), modeName(cfg.mode), inputKindName(r.testCase.kind));
            std::string cmd;
            for (auto & x : r.args) {
                cmd += ' ';
                cmd += shellQuote(x.size() > 80 ? x.substr(0, 77) + "..." : x);
            }
            std::printf("   nix-instantiate%s\n", cmd.c_str());
            std::fputs(renderSideBySide(r.nixtwin, r.reference, terminalWidth()).c_str(), stdout);
            bool agrees = isAgreement(r.verdict.classification);
            allAgree = allAgree && agrees;
            std::printf("%s: %s%s%s\n", agrees ? "AGREE" : "DIVERGE", classificationName(r.verdict.classification),
                        r.verdict.detail.empty() ? "" : (" — " + r.verdict.detail).c_str(),
                        r.known ? (" [known divergence: " + r.known->reason + "]").c_str() : "");
            if (r.known && agrees) std::printf("!!! listed as a known divergence (%s) but agrees now\n", r.known->where.c_str());
            std::printf("   case hash %s\n", r.hash.c_str());
        }
        std::fflush(stdout);
        return allAgree ? 0 : 1;
    } catch (const std::exception & e) {
        std::fprintf(stderr, "nixtwin check: %s\n", e.what());
        return 2;
    }
}

}  // namespace nixtwin::oracle::cli
