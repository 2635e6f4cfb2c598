// child_process_test.cpp — limits and faults of child processes, with tiny shell programs.
#include <gtest/gtest.h>

#include <signal.h>

#include "child_process.hpp"
#include "test_support.hpp"

using namespace nixtwin::oracle;

namespace {
ChildSpec shell(const std::string & script, const std::string & cwd = "/") {
    ChildSpec s;
    s.argv = {"/bin/sh", "-c", script};
    s.env = {{"PATH", "/usr/bin:/bin"}};
    s.cwd = cwd;
    return s;
}
}  // namespace

TEST(ChildProcess, CapturesBothStreamsAndTheExitCode) {
    auto r = runChild(shell("echo out; echo err >&2; exit 3"), "", {});
    EXPECT_EQ(r.termination, Termination::Exited);
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.out, "out\n");
    EXPECT_EQ(r.err, "err\n");
}

TEST(ChildProcess, FeedsStdin) {
    std::string big(1 << 20, 'x');  // larger than a pipe buffer
    auto r = runChild(shell("wc -c"), big, {});
    EXPECT_EQ(r.out.substr(r.out.find_first_not_of(' ')), "1048576\n");
}

TEST(ChildProcess, CleanEnvironmentCwdAndPinnedLimits) {
    test::TempDir dir;
    ChildSpec s = shell("env | sort; pwd; ulimit -s; ulimit -v", dir.path);
    s.env = {{"PATH", "/usr/bin:/bin"}, {"HOME", "/nowhere"}};
    s.stackBytes = 64ull << 20;
    s.addressSpaceBytes = 2ull << 30;
    auto r = runChild(s, "", {});
    // Only what we set (the shell adds PWD/SHLVL/_ itself).
    EXPECT_NE(r.out.find("HOME=/nowhere\n"), std::string::npos);
    EXPECT_EQ(r.out.find("NIXTWIN"), std::string::npos);
    EXPECT_NE(r.out.find(dir.path + "\n65536\n2097152\n"), std::string::npos) << r.out;
}

TEST(ChildProcess, SignalIsReportedAsSignal) {
    auto r = runChild(shell("kill -SEGV $$"), "", {});
    EXPECT_EQ(r.termination, Termination::Signaled);
    EXPECT_EQ(r.signal, SIGSEGV);
}

TEST(ChildProcess, TimeoutKillsTheWholeProcessGroup) {
    RunLimits l;
    l.timeoutSeconds = 0.5;
    auto t0 = Clock::now();
    // The grandchild keeps stdout open: only a group kill lets us see EOF.
    auto r = runChild(ChildSpec{{test::fake("hang.sh"), "x"}, {{"PATH", "/usr/bin:/bin"}}, "/", {}, {}}, "", l);
    double took = std::chrono::duration<double>(Clock::now() - t0).count();
    EXPECT_EQ(r.termination, Termination::TimedOut);
    EXPECT_LT(took, 5.0);
}

TEST(ChildProcess, IdleTimeoutCountsFromTheLastOutput) {
    RunLimits l;
    l.idleTimeoutSeconds = 0.6;
    l.timeoutSeconds = 10;
    auto r = runChild(shell("for i in 1 2 3 4 5; do echo $i; sleep 0.2; done"), "", l);
    EXPECT_EQ(r.termination, Termination::Exited) << "steady output must not trip the idle limit";
    auto h = runChild(shell("echo 1; sleep 5"), "", l);
    EXPECT_EQ(h.termination, Termination::TimedOut);
    EXPECT_EQ(h.out, "1\n");
}

TEST(ChildProcess, FloodIsCappedAndKilled) {
    RunLimits l;
    l.maxOutputBytes = 1 << 20;
    l.timeoutSeconds = 20;
    for (auto script : {"flood.sh", "flood-stderr.sh"}) {
        auto r = runChild(ChildSpec{{test::fake(script), "x"}, {{"PATH", "/usr/bin:/bin"}}, "/", {}, {}}, "", l);
        EXPECT_EQ(r.termination, Termination::OutputLimit) << script;
        EXPECT_LE(r.out.size(), l.maxOutputBytes);
        EXPECT_LE(r.err.size(), l.maxOutputBytes);
    }
}

TEST(ChildProcess, SpawnFailuresAreValues) {
    auto r = runChild(ChildSpec{{"/nonexistent/program"}, {}, "/", {}, {}}, "", {});
    EXPECT_EQ(r.termination, Termination::SpawnFailed);
    EXPECT_NE(r.spawnError.find("/nonexistent/program"), std::string::npos);
    auto d = runChild(ChildSpec{{"/bin/true"}, {}, "/nonexistent-dir", {}, {}}, "", {});
    EXPECT_EQ(d.termination, Termination::SpawnFailed);
    EXPECT_FALSE(d.spawnError.empty());
}

TEST(ChildProcess, FindExecutable) {
    EXPECT_EQ(findExecutable("sh", "/usr/bin:/bin").empty(), false);
    EXPECT_EQ(findExecutable("no-such-program-xyz", "/usr/bin:/bin"), "");
    EXPECT_EQ(findExecutable("/etc/passwd", "/usr/bin"), "");  // not executable
}

TEST(InteractiveChild, TalksAndSurvivesItsDeath) {
    std::string error;
    auto c = InteractiveChild::start(ChildSpec{{"/bin/cat"}, {{"PATH", "/bin"}}, "/", {}, {}}, error);
    ASSERT_TRUE(c) << error;
    auto deadline = Clock::now() + std::chrono::seconds(5);
    ASSERT_TRUE(c->writeAll("hello\n", deadline));
    std::string got;
    while (got.size() < 6 && c->read(got, deadline) == InteractiveChild::ReadStatus::Data) {}
    EXPECT_EQ(got, "hello\n");
    ::kill(c->pid(), SIGKILL);
    std::string more;
    EXPECT_EQ(c->read(more, deadline), InteractiveChild::ReadStatus::Eof);
    auto r = c->finish(deadline);
    EXPECT_EQ(r.termination, Termination::Signaled);
    EXPECT_EQ(r.signal, SIGKILL);
}
