// store_test.cpp — the divergence store and the run state survive kill -9 and full disks.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <thread>

#include "atomic_file.hpp"
#include "divergence_store.hpp"
#include "run_state.hpp"
#include "test_support.hpp"

using namespace nixtwin::oracle;
namespace fs = std::filesystem;

namespace {

DivergenceRecord record(int i, std::size_t bigBytes = 0) {
    DivergenceRecord r;
    r.testCase.program = "program " + std::to_string(i) + std::string(bigBytes, 'x');
    r.testCase.origin = "test:" + std::to_string(i);
    r.hash = caseHash("parse", r.testCase);
    r.classification = Classification::OutputDiffers;
    r.detail = "stdout differs at byte 0";
    r.nixtwin.out = "a\n";
    r.reference.out = std::string("\xff\xfe", 2);  // not UTF-8: stored as base64
    r.reference.termination = Termination::Signaled;
    r.reference.signal = 11;
    r.args = {"--parse", "--expr", r.testCase.program};
    r.time = utcNow();
    return r;
}

}  // namespace

TEST(DivergenceStore, RoundTripsAndDeduplicates) {
    test::TempDir dir;
    DivergenceStore store(dir.path + "/d");
    EXPECT_EQ(store.record(record(1)), DivergenceStore::Result::Written);
    EXPECT_EQ(store.record(record(1)), DivergenceStore::Result::Duplicate);
    EXPECT_EQ(store.record(record(2)), DivergenceStore::Result::Written);
    DivergenceStore reopened(dir.path + "/d");  // knows what is there
    EXPECT_EQ(reopened.record(record(2)), DivergenceStore::Result::Duplicate);
    std::vector<std::string> errors;
    auto loaded = DivergenceStore::load(dir.path + "/d", errors);
    EXPECT_TRUE(errors.empty());
    ASSERT_EQ(loaded.size(), 2u);
    const DivergenceRecord & r = loaded[0].second.hash == record(1).hash ? loaded[0].second : loaded[1].second;
    EXPECT_EQ(r.reference.out, std::string("\xff\xfe", 2));
    EXPECT_EQ(r.reference.termination, Termination::Signaled);
    EXPECT_EQ(r.testCase.program, "program 1");
    EXPECT_EQ(r.classification, Classification::OutputDiffers);
}

TEST(DivergenceStore, UnwritableDirectoryIsAClearError) {
    try {
        DivergenceStore store("/proc/nixtwin-cannot-be-here/d");
        FAIL() << "expected WriteError";
    } catch (const WriteError & e) {
        EXPECT_NE(std::string(e.what()).find("/proc/nixtwin-cannot-be-here"), std::string::npos) << e.what();
    }
}

// A writer killed with SIGKILL at arbitrary moments leaves only complete records.
TEST(DivergenceStore, KillNineLeavesOnlyCompleteRecords) {
    test::TempDir dir;
    std::string d = dir.path + "/d";
    for (int round = 0; round < 8; round++) {
        pid_t pid = ::fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            DivergenceStore store(d);
            for (int i = round * 100000;; i++) store.record(record(i, 20000));  // ~20 KB each
            _exit(0);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(30 + 17 * round));
        ::kill(pid, SIGKILL);
        int status;
        ::waitpid(pid, &status, 0);
    }
    std::vector<std::string> errors;
    auto loaded = DivergenceStore::load(d, errors);
    EXPECT_TRUE(errors.empty()) << errors.front();
    EXPECT_GT(loaded.size(), 0u);
    DivergenceStore reopened(d);  // removes leftover temporaries
    for (auto & e : fs::directory_iterator(d)) EXPECT_NE(e.path().filename().string().rfind(".tmp-", 0), 0u) << e.path();
}

// A full disk (simulated with RLIMIT_FSIZE) is reported, and what was written stays intact.
TEST(DivergenceStore, FullDiskIsReportedAndNothingIsLost) {
    test::TempDir dir;
    std::string d = dir.path + "/d";
    int pipeFds[2];
    ASSERT_EQ(::pipe(pipeFds), 0);
    pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        ::close(pipeFds[0]);
        ::signal(SIGXFSZ, SIG_IGN);  // get EFBIG instead of being killed, as ENOSPC would behave
        struct rlimit rl {64 * 1024, 64 * 1024};
        ::setrlimit(RLIMIT_FSIZE, &rl);
        DivergenceStore store(d);
        std::string message = "no error";
        try {
            for (int i = 0; i < 5; i++) store.record(record(i, 1000));
            store.record(record(99, 200 * 1024));  // larger than the limit
        } catch (const WriteError & e) {
            message = e.what();
        }
        (void)!::write(pipeFds[1], message.data(), message.size());
        _exit(0);
    }
    ::close(pipeFds[1]);
    std::string message;
    char buf[512];
    ssize_t n;
    while ((n = ::read(pipeFds[0], buf, sizeof buf)) > 0) message.append(buf, static_cast<std::size_t>(n));
    ::close(pipeFds[0]);
    int status;
    ::waitpid(pid, &status, 0);
    EXPECT_NE(message.find("file size limit"), std::string::npos) << message;
    std::vector<std::string> errors;
    auto loaded = DivergenceStore::load(d, errors);
    EXPECT_TRUE(errors.empty());
    EXPECT_EQ(loaded.size(), 5u);
    for (auto & e : fs::directory_iterator(d)) EXPECT_NE(e.path().filename().string().rfind(".tmp-", 0), 0u);
}

TEST(RunState, WatermarkAdvancesOverContiguousChunksOnly) {
    test::TempDir dir;
    std::string path = dir.path + "/state.json";
    RunState initial;
    initial.fingerprint = "fp";
    StateTracker tracker(path, initial);
    RunCounters c;
    c.cases = 10;
    c.byClass["agree"] = 10;
    tracker.chunkDone(10, 10, c, 1.0);  // out of order: no advance
    EXPECT_EQ(tracker.snapshot().nextIndex, 0u);
    EXPECT_FALSE(StateTracker::load(path).has_value());
    tracker.chunkDone(0, 10, c, 2.0);
    auto loaded = StateTracker::load(path);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->nextIndex, 20u);
    EXPECT_EQ(loaded->counters.cases, 20u);
    EXPECT_EQ(loaded->counters.byClass["agree"], 20u);
    EXPECT_EQ(loaded->fingerprint, "fp");
    EXPECT_FALSE(loaded->finished);
    tracker.finish(true, 3.0);
    EXPECT_TRUE(StateTracker::load(path)->finished);
}

TEST(RunState, CorruptFileIsAClearError) {
    test::TempDir dir;
    std::string path = dir.file("state.json", "{ not json");
    try {
        StateTracker::load(path);
        FAIL();
    } catch (const std::runtime_error & e) {
        EXPECT_NE(std::string(e.what()).find("--restart"), std::string::npos);
    }
}
