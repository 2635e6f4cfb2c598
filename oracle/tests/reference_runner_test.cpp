// reference_runner_test.cpp — batching must give exactly what one process per case gives.
//
// First with fake-nix.sh, which puts failures, crashes, hangs, floods and stderr output in the
// middle of batches; then with the real nix-instantiate on a few hundred programs in two
// modes (the "fast modes equal one-process-per-case" check).
#include <gtest/gtest.h>

#include <filesystem>
#include <thread>

#include "instantiate.hpp"
#include "invocation.hpp"
#include "program_source.hpp"
#include "reference_runner.hpp"
#include "sandbox.hpp"
#include "test_support.hpp"

using namespace nixtwin::oracle;

namespace {

TestCase expr(const std::string & program, std::uint64_t index = 0) {
    TestCase c;
    c.program = c.origin = program;
    c.index = index;
    return c;
}

std::string show(const SideResult & r) {
    return describeEnding(r) + " out=[" + r.out.substr(0, 300) + "] err=[" + r.err.substr(0, 300) + "]";
}

bool same(const SideResult & a, const SideResult & b) {
    return a.termination == b.termination && a.exitCode == b.exitCode && a.signal == b.signal && a.out == b.out && a.err == b.err;
}

struct Fixture {
    std::unique_ptr<Sandbox> sandbox = Sandbox::create();
    std::unique_ptr<InstantiateCommand> command;
    Fixture(const std::string & program, double timeout) {
        ProcessLimits l;
        l.timeoutSeconds = timeout;
        l.maxOutputBytes = 1 << 20;
        l.gcHeapBytes = 1ull << 30;
        command = std::make_unique<InstantiateCommand>(std::vector<std::string>{program}, "/usr/bin:/bin", *sandbox, l);
    }
};

// Runs `cases` the fast way (batches with `predictions`, and the zygote if asked) and each
// in a fresh process; expects identical results.
BatchStats expectBatchedEqualsAlone(Fixture & f, Mode mode, const std::vector<TestCase> & cases,
                                    const std::vector<SideResult> & predictions = {}, bool zygote = false, bool batching = true) {
    std::vector<const TestCase *> ptrs;
    for (auto & c : cases) ptrs.push_back(&c);
    std::vector<const SideResult *> preds;
    for (auto & p : predictions) preds.push_back(&p);
    BatchConfig batch;
    batch.maxCases = 64;
    batch.enabled = batching;
    ReferenceRunner fast(*f.command, mode, {"--store", "dummy://"}, batch, ZygoteOptions{zygote, test::zygoteLibrary(), f.sandbox.get()});
    auto batched = fast.run(ptrs, preds);
    ReferenceRunner slow(*f.command, mode, {"--store", "dummy://"}, batch);
    std::size_t mismatches = 0;
    for (std::size_t i = 0; i < cases.size(); i++) {
        SideResult alone = slow.runFresh(cases[i]);
        if (!same(batched[i], alone) && ++mismatches <= 10)
            ADD_FAILURE() << modeName(mode) << " case " << cases[i].origin << "\n  batched: " << show(batched[i]) << "\n  alone:   " << show(alone);
    }
    EXPECT_EQ(mismatches, 0u);
    return fast.stats();
}

}  // namespace

TEST(ReferenceRunner, FaultsInsideBatchesGiveTheSameResultsAsAlone) {
    Fixture f(test::fake("fake-nix.sh"), 1.0);
    std::vector<TestCase> cases;
    for (std::string p : {"1", "2", "FAIL", "3", "4", "CRASH", "5", "HANG", "6", "7", "FLOOD", "8", "TRACE", "9", "10"})
        cases.push_back(expr(p, cases.size()));
    expectBatchedEqualsAlone(f, Mode::Parse, cases);
}

TEST(ReferenceRunner, ZygoteFallsBackForReferencesThatCannotFork) {
    Fixture f(test::fake("fake-nix.sh"), 1.0);
    std::vector<TestCase> cases;
    for (std::string p : {"1", "FAIL", "CRASH", "2"}) {
        TestCase c = expr(p, cases.size());
        c.kind = InputKind::StagedFile;
        c.path = f.sandbox->stage(p);
        cases.push_back(c);
    }
    auto stats = expectBatchedEqualsAlone(f, Mode::Parse, cases, {}, /*zygote=*/true);
    EXPECT_EQ(stats.zygoteCases, 0u);
}

TEST(ReferenceRunner, CleanBatchesUseOneProcess) {
    Fixture f(test::fake("fake-nix.sh"), 5.0);
    std::vector<TestCase> cases;
    for (int i = 0; i < 60; i++) cases.push_back(expr(std::to_string(i), i));
    std::vector<const TestCase *> ptrs;
    for (auto & c : cases) ptrs.push_back(&c);
    ReferenceRunner runner(*f.command, Mode::Eval, {}, BatchConfig{});
    auto results = runner.run(ptrs, {});
    EXPECT_EQ(runner.stats().processes, 1u);
    EXPECT_EQ(runner.stats().batchedCases, 60u);
    for (int i = 0; i < 60; i++) EXPECT_EQ(results[i].out, std::to_string(i) + "\n");
}

TEST(ReferenceRunner, PredictedFailuresAndHistorySensitiveOutputsRunAlone) {
    Fixture f(test::fake("fake-nix.sh"), 5.0);
    std::vector<TestCase> cases = {expr("1"), expr("2"), expr("3"), expr("4")};
    std::vector<SideResult> predictions(4);
    predictions[1].exitCode = 1;  // nixtwin says this one fails
    predictions[2].out = "(let b = 1; a = 2; in a)\n";
    auto stats = expectBatchedEqualsAlone(f, Mode::Parse, cases, predictions);
    EXPECT_EQ(stats.aloneCases, 2u);
    EXPECT_EQ(stats.batchedCases, 2u);
}

TEST(ReferenceRunner, BatchesSplitOnTheArgumentBudget) {
    Fixture f(test::fake("fake-nix.sh"), 5.0);
    std::vector<TestCase> cases;
    for (int i = 0; i < 10; i++) cases.push_back(expr(std::string(60000, 'a' + i), i));
    std::vector<const TestCase *> ptrs;
    for (auto & c : cases) ptrs.push_back(&c);
    BatchConfig b;
    b.maxArgBytes = 200000;
    ReferenceRunner runner(*f.command, Mode::Parse, {}, b);
    auto results = runner.run(ptrs, {});
    EXPECT_EQ(runner.stats().processes, 4u);  // 3 + 3 + 3 + 1
    for (int i = 0; i < 10; i++) EXPECT_EQ(results[i].out, cases[i].program + "\n");
}

// The real thing: a few hundred programs, parse and eval-strict mode in parallel.
TEST(ReferenceRunner, FastModesEqualOneProcessPerCaseWithTheRealReference) {
    if (!test::haveRealReference()) GTEST_SKIP() << "nix-instantiate is not installed";
    auto syntheticCases = [](std::uint64_t seed, std::size_t n, std::vector<TestCase> & into) {
        SyntheticSource s(seed, n);
        while (auto p = s.next()) into.push_back(expr(p->text, into.size()));
    };
    auto corpusCases = [](const std::string & dir, std::size_t every, std::vector<TestCase> & into) {
        CorpusSource c({test::sourceDir() + "/" + dir}, true, false, true);
        std::size_t k = 0;
        while (auto p = c.next()) {
            if (k++ % every) continue;
            TestCase t = expr(p->text, into.size());
            t.kind = InputKind::File;
            t.path = *p->file;
            t.origin = *p->file;
            into.push_back(t);
        }
    };
    // Hand-written: history-sensitive bindings, a failure mid-batch, inputs that must be staged.
    std::vector<std::string> handwritten = {
        "let zz = 1; a = 2; in a", "let b = 1; a = 2; zz = 3; in a", "{ q = 1; p = 2; x = 3; }", "({ zq, b, ... }: 1)",
        "1 +", "x", "-1", "\"${\"a\"}b\"", "[ 1 2.5 \"s\" null true ]", "builtins.length [ 1 2 ]", "throw \"boom\"",
        "let x = [ 1 ]; in [ x x ]", "{ a = { b = 1; }; }.a", "assert 1 == 2; 3", std::string(140 * 1024, ' ') + "42"};

    std::vector<TestCase> parseCases, evalCases;
    corpusCases("corpus/parse", 2, parseCases);
    syntheticCases(11, 80, parseCases);
    for (auto & h : handwritten) parseCases.push_back(expr(h, parseCases.size()));
    syntheticCases(12, 120, evalCases);
    corpusCases("corpus/eval", 12, evalCases);
    for (auto & h : handwritten) evalCases.push_back(expr(h, evalCases.size()));

    auto stage = [](Fixture & f, std::vector<TestCase> & cases, bool all) {
        for (auto & c : cases)
            if (c.kind == InputKind::Expr && (all || !fitsInline(c.program))) {
                c.kind = InputKind::StagedFile;
                c.path = f.sandbox->stage(c.program);
            }
    };
    // Predictions from nixtwin itself (as in a run), so predicted failures go alone — and
    // without predictions, so every failure lands in the middle of a batch.
    auto predict = [](Fixture & f, Mode mode, const std::vector<TestCase> & cases) {
        std::vector<SideResult> out;
        for (auto & c : cases) {
            auto r = nixtwin::runInstantiate(instantiateArgs(mode, {"--store", "dummy://"}, {&c}), "", f.sandbox->cwd());
            SideResult s;
            s.exitCode = r.exitCode;
            s.out = r.out;
            s.err = r.err;
            out.push_back(s);
        }
        return out;
    };
    // Parse mode as `nixtwin run` does it by default: programs staged as files, batches, and the
    // zygote for whatever must run alone. Eval-strict with inline (--expr) programs, no zygote.
    std::thread parseThread([&] {
        Fixture f(test::realReference(), 20);
        stage(f, parseCases, true);
        auto stats = expectBatchedEqualsAlone(f, Mode::Parse, parseCases, predict(f, Mode::Parse, parseCases), /*zygote=*/true);
        EXPECT_GT(stats.zygoteCases, 5u) << "the zygote was not used";
        std::vector<TestCase> few(parseCases.begin(), parseCases.begin() + 120);
        expectBatchedEqualsAlone(f, Mode::Parse, few);
    });
    Fixture f(test::realReference(), 20);
    stage(f, evalCases, false);
    auto stats = expectBatchedEqualsAlone(f, Mode::EvalStrict, evalCases);
    EXPECT_GT(stats.batchedCases, evalCases.size() / 3) << "batching did not happen";
    parseThread.join();
}

// Every case through the zygote (no batching), in the modes whose output is most sensitive:
// errors with positions, stack overflow, GC-heavy evaluation, paths, XML and JSON.
TEST(ReferenceRunner, ZygoteEqualsFreshProcessWithTheRealReference) {
    if (!test::haveRealReference()) GTEST_SKIP() << "nix-instantiate is not installed";
    std::vector<std::string> programs = {
        "1 +", "x", "throw \"boom\"", "abort \"bye\"", "let f = n: f (n + 1); in f 0", "./relative/path",
        "{ p = ./x; q = ~/y; }", "builtins.length (builtins.genList (x: [ x ]) 200000)", "let x = [ 1 ]; in [ x x ]",
        "{ b = 1; a = \"s\"; c = [ 1.5 null true ]; }", "builtins.readFile ./nonexistent", "assert 1 == 2; 3",
        "let b = 1; a = 2; zz = 3; in a", "rec { q = 1; p = 2; x = 3; }", "({ zq, b, ... }: 1)", "1 / 0",
        "builtins.toJSON { a = [ 1 2 ]; }", "(x: x) 1 2", "{ a = 1; }.b", "\"${\"a\"}b\\n\""};
    for (Mode mode : {Mode::Parse, Mode::EvalStrict, Mode::Json, Mode::Xml, Mode::Eval}) {
        Fixture f(test::realReference(), 20);
        std::vector<TestCase> cases;
        for (auto & p : programs) {
            TestCase c = expr(p, cases.size());
            c.kind = InputKind::StagedFile;
            c.path = f.sandbox->stage(p);
            cases.push_back(c);
        }
        auto stats = expectBatchedEqualsAlone(f, mode, cases, {}, /*zygote=*/true, /*batching=*/false);
        EXPECT_EQ(stats.zygoteCases, programs.size()) << modeName(mode);
    }
}
