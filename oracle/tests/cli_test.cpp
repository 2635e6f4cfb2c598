// cli_test.cpp — `nixtwin` end to end: faults of the reference (fakes/), bad input, a full
// disk, kill -9 and resume, check and replay.
#include <gtest/gtest.h>

#include <signal.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "atomic_file.hpp"
#include "child_process.hpp"
#include "divergence_store.hpp"
#include "test_support.hpp"

using namespace nixtwin::oracle;
namespace fs = std::filesystem;

namespace {

// The fake references (tests/fakes) speak parse mode; the built-in default is eval-strict with
// the program generator. Tests that pass no mode get parse mode (the flag beats a --config file), except the
// one that checks the built-in defaults themselves (it passes `defaults = true`).
std::vector<std::string> withParseMode(std::vector<std::string> args) {
    if (args.empty() || (args[0] != "run" && args[0] != "check")) return args;
    for (auto & a : args)
        if (a == "--mode") return args;
    args.insert(args.begin() + 1, {"--mode", "parse"});
    return args;
}

ChildResult runNixtwin(std::vector<std::string> args, const std::string & cwd = "/", const std::string & prefix = "",
                       bool defaults = false) {
    if (!defaults) args = withParseMode(std::move(args));
    ChildSpec s;
    if (prefix.empty()) {
        s.argv = {test::nixtwinExe()};
        s.argv.insert(s.argv.end(), args.begin(), args.end());
    } else {  // through a shell, e.g. to set limits
        std::string cmd = prefix + " '" + test::nixtwinExe() + "'";
        for (auto & a : args) cmd += " '" + a + "'";
        s.argv = {"/bin/sh", "-c", cmd};
    }
    s.env = {{"PATH", "/usr/bin:/bin"}, {"TMPDIR", "/tmp"}, {"COLUMNS", "120"}};
    s.cwd = cwd;
    RunLimits l;
    l.timeoutSeconds = 180;
    return runChild(s, "", l);
}

nlohmann::json readJson(const std::string & path) {
    std::string text;
    if (!readFile(path, text)) return nlohmann::json();
    return nlohmann::json::parse(text);
}

std::uint64_t classCount(const nlohmann::json & summary, const std::string & name) {
    auto & by = summary["totals"]["by_classification"];
    return by.contains(name) ? by[name].get<std::uint64_t>() : 0;
}

// A corpus of numbered files: "<i>" by default (fake-nix and nixtwin --parse agree on those).
std::string makeCorpus(const test::TempDir & dir, int n, const std::string & pattern = "%d") {
    for (int i = 0; i < n; i++) {
        char name[32];
        std::snprintf(name, sizeof name, "c%03d.nix", i);
        std::string text;
        auto p = pattern.find("%d");
        if (p == std::string::npos) {
            text = pattern;
        } else {
            text.append(pattern, 0, p);
            text += std::to_string(i);
            text.append(pattern, p + 2, std::string::npos);
        }
        std::string rel = "corpus/";
        rel += name;
        dir.file(rel, text);
    }
    return dir.path + "/corpus";
}

std::string failureText(const ChildResult & r) { return describeEnding(fromChild(r)) + "\nstdout:\n" + r.out + "\nstderr:\n" + r.err; }

}  // namespace

TEST(Cli, HelpAndDefaultConfig) {
    auto r = runNixtwin({"--help"});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.out.find("check  [--config F]"), std::string::npos) << r.out;
    auto d = runNixtwin({"default-config"});
    EXPECT_EQ(d.exitCode, 0);
    EXPECT_NE(d.out.find("[reference]"), std::string::npos);
    EXPECT_EQ(runNixtwin({"frobnicate"}).exitCode, 2);
}

TEST(CliFaults, MissingReference) {
    test::TempDir dir;
    auto r = runNixtwin({"run", "--reference", "/nonexistent/nix-instantiate", "--corpus", makeCorpus(dir, 3), "--out", dir.path + "/o"});
    EXPECT_EQ(r.exitCode, 2) << failureText(r);
    EXPECT_NE(r.err.find("'/nonexistent/nix-instantiate' is not an executable program"), std::string::npos) << r.err;
    auto c = runNixtwin({"check", "--reference", "no-such-nix", "--expr", "1"});
    EXPECT_EQ(c.exitCode, 2);
    EXPECT_NE(c.err.find("'no-such-nix' is not an executable program in /usr/bin:/bin"), std::string::npos) << c.err;
}

TEST(CliFaults, ReferenceThatIsNotNix) {
    test::TempDir dir;
    auto r = runNixtwin({"run", "--reference", test::fake("garbage.sh"), "--corpus", makeCorpus(dir, 3), "--out", dir.path + "/o"});
    EXPECT_EQ(r.exitCode, 2) << failureText(r);
    EXPECT_NE(r.err.find("does not look like nix-instantiate"), std::string::npos) << r.err;
}

TEST(CliFaults, UnwritableOutputDirectory) {
    test::TempDir dir;
    std::string notADir = dir.file("plain-file", "x");
    auto r = runNixtwin({"run", "--reference", test::fake("fake-nix.sh"), "--corpus", makeCorpus(dir, 3), "--out", notADir + "/out"});
    EXPECT_EQ(r.exitCode, 2) << failureText(r);
    EXPECT_NE(r.err.find("cannot use output directory " + notADir + "/out"), std::string::npos) << r.err;
}

TEST(CliFaults, MalformedConfigNamesLineAndColumn) {
    test::TempDir dir;
    std::string cfg = dir.file("bad.toml", "mode = \"parse\"\n[reference]\ntimeout = [1, 2]\n");
    auto r = runNixtwin({"run", "--config", cfg});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find(cfg + ":3:11: 'reference.timeout' must be a duration"), std::string::npos) << r.err;
    std::string syntax = dir.file("syntax.toml", "mode = \"parse\n");
    auto s = runNixtwin({"check", "--config", syntax, "--expr", "1"});
    EXPECT_EQ(s.exitCode, 2);
    EXPECT_NE(s.err.find(syntax + ":1:"), std::string::npos) << s.err;
}

// Reference faults are recorded and classified; they are not nixtwin divergences, and the run goes on.
TEST(CliFaults, CrashingHangingFloodingAndOutOfMemoryReferences) {
    struct Case {
        const char * fake;
        const char * classification;
    };
    for (auto c : {Case{"crash.sh", "reference-crash"}, Case{"hang.sh", "reference-timeout"}, Case{"flood.sh", "reference-crash"},
                   Case{"flood-stderr.sh", "reference-crash"}, Case{"oom.sh", "reference-oom"}}) {
        test::TempDir dir;
        std::string cfg = dir.file("c.toml", "[reference]\ntimeout = \"1s\"\nmax_output = \"1MiB\"\n");
        auto t0 = Clock::now();
        auto r = runNixtwin({"run", "--config", cfg, "--reference", test::fake(c.fake), "--corpus", makeCorpus(dir, 4), "--out", dir.path + "/o"});
        EXPECT_EQ(r.exitCode, 0) << c.fake << "\n" << failureText(r);
        EXPECT_LT(std::chrono::duration<double>(Clock::now() - t0).count(), 60.0) << c.fake;
        auto summary = readJson(dir.path + "/o/summary.json");
        ASSERT_TRUE(summary.is_object()) << c.fake;
        EXPECT_EQ(classCount(summary, c.classification), 4u) << c.fake << "\n" << summary.dump(2);
        std::vector<std::string> errors;
        EXPECT_EQ(DivergenceStore::load(dir.path + "/o/divergences", errors).size(), 4u) << c.fake;
    }
}

TEST(CliFaults, NixtwinCrashIsADivergence) {
    test::TempDir dir;
    auto r = runNixtwin({"run", "--reference", test::fake("fake-nix.sh"), "--nixtwin-command", test::fake("crash.sh"), "--corpus",
                      makeCorpus(dir, 3), "--out", dir.path + "/o"});
    EXPECT_EQ(r.exitCode, 1) << failureText(r);
    EXPECT_EQ(classCount(readJson(dir.path + "/o/summary.json"), "nixtwin-crash"), 3u);
}

TEST(CliFaults, FullDiskStopsTheRunCleanlyAndItResumes) {
    test::TempDir dir;
    std::string corpus = makeCorpus(dir, 6, "1 + %d");  // nixtwin prints (1 + i), fake-nix 1 + i: diverges
    dir.file("corpus/c003.nix", "1 + 3 # " + std::string(300 * 1024, 'x'));  // its record cannot be written
    std::string cfg = dir.file("c.toml", "[batch]\nmax_cases = 1\n");
    std::vector<std::string> args = {"run", "--config", cfg, "--jobs", "1", "--reference", test::fake("fake-nix.sh"),
                                     "--corpus", corpus, "--out", dir.path + "/o"};
    // RLIMIT_FSIZE makes writes over 256 KiB fail (EFBIG), like a full disk (ENOSPC).
    auto r = runNixtwin(args, "/", "trap '' XFSZ; exec prlimit --fsize=262144");
    EXPECT_EQ(r.exitCode, 2) << failureText(r);
    EXPECT_NE(r.err.find("file size limit reached"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("everything recorded so far is intact"), std::string::npos) << r.err;
    std::vector<std::string> errors;
    EXPECT_EQ(DivergenceStore::load(dir.path + "/o/divergences", errors).size(), 3u);
    EXPECT_TRUE(errors.empty());
    auto state = readJson(dir.path + "/o/state.json");
    EXPECT_EQ(state["next_index"], 3);
    // With space again, the run continues at the case that could not be recorded.
    auto again = runNixtwin(args);
    EXPECT_EQ(again.exitCode, 1) << failureText(again);
    EXPECT_NE(again.err.find("resuming at case 3"), std::string::npos) << again.err;
    EXPECT_EQ(DivergenceStore::load(dir.path + "/o/divergences", errors).size(), 6u);
    EXPECT_EQ(readJson(dir.path + "/o/state.json")["counters"]["cases"], 6);
}

// kill -9 in the middle of a run: everything on disk is valid, and the next run finishes the job.
TEST(CliRun, KillNineAndResume) {
    test::TempDir dir;
    std::string corpus = makeCorpus(dir, 40, "SLOW + %d");  // fake-nix sleeps 0.2 s; nixtwin: undefined variable
    std::string cfg = dir.file("c.toml", "[batch]\nmax_cases = 3\n");
    std::vector<std::string> args = withParseMode({"run", "--config", cfg, "--reference", test::fake("fake-nix.sh"), "--corpus",
                                                   corpus, "--out", dir.path + "/o"});
    ChildSpec s;
    s.argv = {test::nixtwinExe()};
    s.argv.insert(s.argv.end(), args.begin(), args.end());
    s.env = {{"PATH", "/usr/bin:/bin"}, {"TMPDIR", "/tmp"}};
    s.cwd = "/";
    std::string error;
    auto child = InteractiveChild::start(s, error);
    ASSERT_TRUE(child) << error;
    // Wait until some cases are finished, then kill -9.
    for (int i = 0; i < 300; i++) {
        auto state = readJson(dir.path + "/o/state.json");
        if (state.is_object() && state["next_index"].get<int>() >= 6) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    // A second run on the same output directory is refused while the first holds it.
    auto second = runNixtwin(args);
    EXPECT_EQ(second.exitCode, 2);
    EXPECT_NE(second.err.find("is in use by another nixtwin run"), std::string::npos) << second.err;
    ::kill(child->pid(), SIGKILL);
    child->killAndReap();

    auto state = readJson(dir.path + "/o/state.json");  // parses: it is always complete
    std::uint64_t done = state["next_index"];
    EXPECT_GE(done, 6u);
    EXPECT_LT(done, 40u) << "the run finished before the kill; make the cases slower";
    std::vector<std::string> errors;
    auto before = DivergenceStore::load(dir.path + "/o/divergences", errors);
    EXPECT_TRUE(errors.empty());
    EXPECT_GE(before.size(), done);  // records are written before the watermark moves

    auto r = runNixtwin(args);
    EXPECT_EQ(r.exitCode, 1) << failureText(r);
    EXPECT_NE(r.err.find("resuming at case " + std::to_string(done)), std::string::npos) << r.err;
    auto summary = readJson(dir.path + "/o/summary.json");
    EXPECT_TRUE(summary["resumed"].get<bool>());
    EXPECT_EQ(summary["totals"]["cases"], 40);
    EXPECT_EQ(classCount(summary, "nixtwin-fails"), 40u);
    EXPECT_EQ(summary["session_cases"], 40 - done);
    EXPECT_EQ(DivergenceStore::load(dir.path + "/o/divergences", errors).size(), 40u);
    EXPECT_TRUE(readJson(dir.path + "/o/state.json")["finished"].get<bool>());
    // A finished run starts afresh next time.
    auto fresh = runNixtwin(args);
    EXPECT_EQ(fresh.err.find("resuming"), std::string::npos) << fresh.err;
}

TEST(CliCheck, AgreementAndDivergence) {
    auto agree = runNixtwin({"check", "--reference", test::fake("fake-nix.sh"), "--expr", "7"});
    EXPECT_EQ(agree.exitCode, 0) << failureText(agree);
    EXPECT_NE(agree.out.find("AGREE: agree"), std::string::npos) << agree.out;
    auto diverge = runNixtwin({"check", "--reference", test::fake("fake-nix.sh"), "--expr", "1 + 1"});
    EXPECT_EQ(diverge.exitCode, 1) << failureText(diverge);
    EXPECT_NE(diverge.out.find("DIVERGE: output-differs"), std::string::npos) << diverge.out;
    EXPECT_NE(diverge.out.find("(1 + 1)"), std::string::npos);
    EXPECT_EQ(runNixtwin({"check"}).exitCode, 2);
}

TEST(CliReplay, StillDivergingThenFixed) {
    test::TempDir dir;
    std::string corpus = makeCorpus(dir, 3, "1 + %d");
    auto r = runNixtwin({"run", "--reference", test::fake("fake-nix.sh"), "--corpus", corpus, "--out", dir.path + "/o"});
    ASSERT_EQ(r.exitCode, 1) << failureText(r);
    auto still = runNixtwin({"replay", "--reference", test::fake("fake-nix.sh"), dir.path + "/o"});
    EXPECT_EQ(still.exitCode, 1) << failureText(still);
    EXPECT_NE(still.out.find("3 records: 0 fixed, 3 still diverging, 0 changed"), std::string::npos) << still.out;
    auto changed = runNixtwin({"replay", "--reference", test::fake("crash.sh"), dir.path + "/o"});
    EXPECT_NE(changed.out.find("0 fixed, 0 still diverging, 3 changed"), std::string::npos) << changed.out;
    if (test::haveRealReference()) {
        auto fixed = runNixtwin({"replay", dir.path + "/o"});
        EXPECT_EQ(fixed.exitCode, 0) << failureText(fixed);
        EXPECT_NE(fixed.out.find("3 records: 3 fixed"), std::string::npos) << fixed.out;
    }
    EXPECT_EQ(runNixtwin({"replay", dir.path + "/nonexistent"}).exitCode, 2);
}

// `nixtwin run` with no configuration at all, from the repository root, with the real reference.
TEST(CliRun, DefaultsWorkFromTheRepositoryRoot) {
    if (!test::haveRealReference()) GTEST_SKIP() << "nix-instantiate is not installed";
    test::TempDir dir;
    auto r = runNixtwin({"run", "--duration", "3s", "--out", dir.path + "/o"}, test::sourceDir(), "", true);
    EXPECT_TRUE(r.exitCode == 0 || r.exitCode == 1) << failureText(r);
    auto summary = readJson(dir.path + "/o/summary.json");
    ASSERT_TRUE(summary.is_object()) << failureText(r);
    EXPECT_GT(summary["session_cases"].get<int>(), 0);
    EXPECT_NE(summary["reference"]["version"].get<std::string>().find("(Nix) 2.8"), std::string::npos);
    EXPECT_TRUE(fs::exists(dir.path + "/o/summary.md"));
}
