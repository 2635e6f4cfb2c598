// differential_props.cpp — random programs from the typed generator evaluate identically in
// nixtwin and in the reference (label "differential-props"). Divergences are shrunk and
// reported with their seeds and a command to paste; reference problems (crash, timeout) are
// reported too, since a generated program must never provoke them.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <map>

#include "classify.hpp"
#include "differential_runner.hpp"
#include "law_check.hpp"
#include "program_generator.hpp"

namespace nixtwin::proptest {
namespace {

constexpr std::size_t kChunk = 200;
constexpr std::size_t kMaxShrunk = 5;   // divergences shrunk per test (each shrink re-runs the reference)
constexpr int kShrinkAttempts = 1000;

struct Tally {
    std::map<std::string, std::size_t> byClass;
    std::size_t total = 0, agreed = 0;
    std::vector<ProgramResult> divergent;
};

Tally runStream(DifferentialRunner & runner, const gen::GeneratorConfig & config, std::uint64_t seed, std::size_t count) {
    gen::ProgramGenerator source(config, seed);
    Tally t;
    for (std::size_t done = 0; done < count;) {
        std::vector<gen::ProgramTree> chunk;
        for (std::size_t i = 0; i < kChunk && done < count; ++i, ++done)
            chunk.push_back(gen::generateProgram(config, gen::programSeed(seed, source.produced() + i)));
        source.skip(chunk.size());
        for (auto & r : runner.run(chunk)) {
            ++t.total;
            auto c = r.result.verdict.classification;
            ++t.byClass[oracle::classificationName(c)];
            if (oracle::isAgreement(c)) ++t.agreed;
            else t.divergent.push_back(std::move(r));
        }
    }
    return t;
}

void report(const char * what, DifferentialRunner & runner, const Tally & t, std::uint64_t seed, double seconds) {
    std::cout << what << ": " << t.total << " programs, " << t.agreed << " agree ("
              << (t.total ? 100.0 * double(t.agreed) / double(t.total) : 100.0) << "%), " << seconds << " s; " << runner.batchSummary() << "\n";
    for (auto & [name, n] : t.byClass) std::cout << "  " << name << ": " << n << "\n";
    std::size_t shown = 0;
    for (auto & r : t.divergent) {
        if (shown++ == kMaxShrunk) {
            std::cout << "  (" << t.divergent.size() - kMaxShrunk << " more divergences not shrunk)\n";
            break;
        }
        auto d = runner.shrink(r, kShrinkAttempts);
        ADD_FAILURE() << "nixtwin and the reference disagree on a generated program\n" << describeDivergence(d, seed);
    }
}

// The defaults, or the [generator] section of NIXTWIN_PROPTEST_GENERATOR_CONFIG (a TOML file).
gen::GeneratorConfig baseConfig() {
    auto config = gen::GeneratorConfig::defaults();
    if (const char * file = std::getenv("NIXTWIN_PROPTEST_GENERATOR_CONFIG")) config = gen::loadGeneratorConfigFile(file, config);
    return config;
}

std::unique_ptr<DifferentialRunner> makeRunner(oracle::Mode mode = oracle::Mode::EvalStrict) {
    try {
        return std::make_unique<DifferentialRunner>(mode);
    } catch (const std::exception & e) {
        ADD_FAILURE() << "cannot run the reference: " << e.what();
        return nullptr;
    }
}

// The default stream: ~10% of the programs carry a planted error.
TEST(DifferentialProps, GeneratedProgramsAgree) {
    auto runner = makeRunner();
    if (!runner) return;
    auto start = std::chrono::steady_clock::now();
    auto seed = differentialSeed();
    auto t = runStream(*runner, baseConfig(), seed, scaled(2000));
    report("generated programs", *runner, t, seed, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
}

// Every program fails on purpose: the error messages (and which error comes first) agree.
TEST(DifferentialProps, PlantedErrorsAgree) {
    auto runner = makeRunner();
    if (!runner) return;
    auto config = baseConfig();
    config.errorRate = 1.0;
    auto start = std::chrono::steady_clock::now();
    auto seed = differentialSeed() + 1;
    auto t = runStream(*runner, config, seed, scaled(200));
    report("programs with planted errors", *runner, t, seed, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
}

// The same programs through the other ways of looking at a value: lazy --eval (<CODE>,
// «repeated») and --json. Not --parse: the reference prints let bindings and formals in the
// order of their symbols' heap addresses, chaotic for programs with many fresh names (see
// docs/FRONTEND.md, "Symbol order"); the parse corpus covers that mode.
TEST(DifferentialProps, OtherModesAgree) {
    for (auto mode : {oracle::Mode::Eval, oracle::Mode::Json}) {
        auto runner = makeRunner(mode);
        if (!runner) return;
        auto start = std::chrono::steady_clock::now();
        auto seed = differentialSeed() + 3;
        auto config = baseConfig();
        config.lazyOutput = mode == oracle::Mode::Eval;
        auto t = runStream(*runner, config, seed, scaled(500));
        report((std::string("mode ") + oracle::modeName(mode)).c_str(), *runner, t, seed,
               std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
}

// The generator's own promise, checked on the reference: a program fails exactly when an
// error was planted in it (so generated programs are total, and planted errors fire).
TEST(DifferentialProps, ReferenceFailsExactlyOnPlantedErrors) {
    auto runner = makeRunner();
    if (!runner) return;
    auto config = baseConfig();
    config.errorRate = 0.3;
    auto seed = differentialSeed() + 2;
    gen::ProgramGenerator source(config, seed);
    std::vector<gen::ProgramTree> programs;
    for (std::size_t i = 0; i < scaled(300); ++i) programs.push_back(gen::generateProgram(config, gen::programSeed(seed, i)));
    std::size_t wrong = 0;
    for (auto & r : runner->run(programs)) {
        bool failed = r.result.reference.exitCode != 0 || r.result.reference.termination != oracle::Termination::Exited;
        if (failed == r.program.expectsError) continue;
        if (++wrong > 5) continue;
        ADD_FAILURE() << (r.program.expectsError ? "a planted error did not fire" : "a program without planted error failed")
                      << " (stream seed " << seed << ", program seed " << r.program.seed << ")\n  "
                      << pasteCommand(r.program.text()) << "\n  reference: " << oracle::describeEnding(r.result.reference) << " "
                      << oracle::firstLine(r.result.reference.err);
    }
}

}  // namespace
}  // namespace nixtwin::proptest
