// unit_test.cpp — the pure parts of the oracle: record splitting, history sensitivity,
// framing, JSON bytes, classification, hashing, known divergences.
#include <gtest/gtest.h>

#include "classify.hpp"
#include "invocation.hpp"
#include "json_bytes.hpp"
#include "known_divergences.hpp"
#include "mode.hpp"
#include "sandbox.hpp"
#include "sha256.hpp"
#include "test_case.hpp"
#include "test_support.hpp"
#include "worker_protocol.hpp"

using namespace nixtwin::oracle;

TEST(Mode, NamesRoundTrip) {
    for (Mode m : {Mode::Parse, Mode::Eval, Mode::EvalStrict, Mode::Json, Mode::Xml}) EXPECT_EQ(parseModeName(modeName(m)), m);
    EXPECT_FALSE(parseModeName("strict").has_value());
    EXPECT_EQ(modeFlags(Mode::Json), (std::vector<std::string>{"--eval", "--strict", "--json"}));
}

TEST(Mode, SplitsLinesAndKeepsTheUnfinishedRest) {
    auto s = splitRecords(Mode::Eval, "1\n[ 2 ]\n{ a", false);
    ASSERT_EQ(s.complete.size(), 2u);
    EXPECT_EQ(s.complete[0], "1\n");
    EXPECT_EQ(s.complete[1], "[ 2 ]\n");
    EXPECT_EQ(s.rest, "{ a");
}

TEST(Mode, SplitsXmlDocuments) {
    std::string h = "<?xml version='1.0' encoding='utf-8'?>\n";
    std::string a = h + "<expr>\n  <int value=\"1\" />\n</expr>\n", b = h + "<expr>\n  <int value=\"2\" />\n</expr>\n";
    auto ok = splitRecords(Mode::Xml, a + b, true);
    ASSERT_EQ(ok.complete.size(), 2u);
    EXPECT_EQ(ok.complete[1], b);
    // Without a clean exit the last document may be cut short.
    auto failed = splitRecords(Mode::Xml, a + b, false);
    EXPECT_EQ(failed.complete.size(), 1u);
    EXPECT_EQ(failed.rest, b);
    EXPECT_TRUE(splitRecords(Mode::Xml, "garbage", true).complete.empty());
}

TEST(Mode, ParseRecordsWithSeveralBindingsDependOnHistory) {
    EXPECT_TRUE(mayDependOnProcessHistory(Mode::Parse, "(let b = 1; a = 2; in a)\n"));
    EXPECT_TRUE(mayDependOnProcessHistory(Mode::Parse, "rec { a = 2; b = 1; }\n"));
    EXPECT_TRUE(mayDependOnProcessHistory(Mode::Parse, "({ b, zq, ... }: 1)\n"));
    EXPECT_FALSE(mayDependOnProcessHistory(Mode::Parse, "(1 + (__mul 2 3))\n"));
    EXPECT_FALSE(mayDependOnProcessHistory(Mode::Parse, "{ a = 1; }\n"));
    EXPECT_FALSE(mayDependOnProcessHistory(Mode::Eval, "{ a = 1; b = 2; }\n"));
}

TEST(Invocation, BuildsExprAndFileArgv) {
    TestCase e1, e2, f;
    e1.program = "1";
    e2.program = "2";
    f.kind = InputKind::File;
    f.path = "/x/y.nix";
    EXPECT_EQ(instantiateArgs(Mode::EvalStrict, {"--store", "dummy://"}, {&e1, &e2}),
              (std::vector<std::string>{"--store", "dummy://", "--eval", "--strict", "--expr", "1", "2"}));
    EXPECT_EQ(instantiateArgs(Mode::Parse, {}, {&f}), (std::vector<std::string>{"--parse", "/x/y.nix"}));
    EXPECT_THROW(instantiateArgs(Mode::Parse, {}, {&e1, &f}), std::logic_error);
}

TEST(TestCase, InlineOnlyWhenArgvCanCarryIt) {
    EXPECT_TRUE(fitsInline("1 + 2"));
    EXPECT_FALSE(fitsInline("-1"));  // would be read as a flag
    EXPECT_FALSE(fitsInline(std::string("a\0b", 3)));
    EXPECT_FALSE(fitsInline(std::string(200 * 1024, 'x')));
}

TEST(TestCase, HashDependsOnModeKindAndFilePath) {
    TestCase a;
    a.program = "1";
    TestCase b = a;
    b.kind = InputKind::StagedFile;
    b.path = "/tmp/random/stage/x.nix";
    EXPECT_EQ(caseHash("parse", a), caseHash("parse", b));  // staged paths are per-run temporaries
    EXPECT_NE(caseHash("parse", a), caseHash("eval", a));
    TestCase f = a;
    f.kind = InputKind::File;
    f.path = "/c/one.nix";
    TestCase g = f;
    g.path = "/c/two.nix";
    EXPECT_NE(caseHash("parse", f), caseHash("parse", g));
    EXPECT_EQ(caseHash("parse", a).size(), 64u);
}

TEST(Sha256, KnownVector) {
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(WorkerProtocol, FramesRoundTripAnyBytes) {
    std::vector<std::string> fields = {"", std::string("a\0b\n", 4), "12\n3", std::string(100000, 'z')};
    std::string wire = encodeFrame(fields) + "trailing";
    std::vector<std::string> got;
    std::size_t used = decodeFrame(wire, got);
    EXPECT_EQ(used, wire.size() - 8);
    EXPECT_EQ(got, fields);
    // Any prefix is incomplete, never an error.
    for (std::size_t cut : {0ul, 1ul, 2ul, 5ul, 100ul, wire.size() - 9}) {
        std::vector<std::string> partial;
        EXPECT_EQ(decodeFrame(wire.substr(0, cut), partial), 0u) << cut;
    }
    std::vector<std::string> bad;
    EXPECT_THROW(decodeFrame("x\n", bad), ProtocolError);
}

TEST(JsonBytes, Utf8StaysTextOtherBytesBecomeBase64) {
    nlohmann::json j;
    putBytes(j, "a", "héllo");
    putBytes(j, "b", std::string("\xff\x00\x01", 3));
    EXPECT_TRUE(j.contains("a"));
    EXPECT_TRUE(j.contains("b_base64"));
    EXPECT_EQ(getBytes(j, "a"), "héllo");
    EXPECT_EQ(getBytes(j, "b"), std::string("\xff\x00\x01", 3));
    EXPECT_EQ(getBytes(j, "missing"), "");
    for (std::string s : {"", "f", "fo", "foo", "foob", "fooba", "foobar"}) EXPECT_EQ(base64Decode(base64Encode(s)), s);
    EXPECT_FALSE(isValidUtf8("\xc0\xaf"));  // overlong
    EXPECT_FALSE(isValidUtf8("\xed\xa0\x80"));  // surrogate
}

namespace {
SideResult ok(std::string out) {
    SideResult s;
    s.out = std::move(out);
    return s;
}
SideResult err(std::string first) {
    SideResult s;
    s.exitCode = 1;
    s.err = first + "\n\n       at «string»:1:1:\n";
    return s;
}
SideResult ended(Termination t, int sig = 0) {
    SideResult s;
    s.termination = t;
    s.signal = sig;
    return s;
}
}  // namespace

TEST(Classify, AllPairs) {
    CompareOptions o;
    EXPECT_EQ(classify(ok("1\n"), ok("1\n"), o).classification, Classification::Agree);
    EXPECT_EQ(classify(ok("1\n"), ok("2\n"), o).classification, Classification::OutputDiffers);
    EXPECT_EQ(classify(err("error: x"), err("error: x"), o).classification, Classification::AgreeError);
    EXPECT_EQ(classify(err("error: x"), err("error: y"), o).classification, Classification::ErrorDiffers);
    o.compareErrorFirstLine = false;
    EXPECT_EQ(classify(err("error: x"), err("error: y"), o).classification, Classification::AgreeError);
    EXPECT_EQ(classify(err("error: x"), ok("1\n"), o).classification, Classification::NixtwinFails);
    EXPECT_EQ(classify(ok("1\n"), err("error: x"), o).classification, Classification::NixtwinSucceeds);
    EXPECT_EQ(classify(ended(Termination::Signaled, 11), ok("1\n"), o).classification, Classification::NixtwinCrash);
    EXPECT_EQ(classify(ended(Termination::TimedOut), ok("1\n"), o).classification, Classification::NixtwinTimeout);
    EXPECT_EQ(classify(ended(Termination::OutputLimit), ok("1\n"), o).classification, Classification::NixtwinCrash);
    EXPECT_EQ(classify(err("error: out of memory"), ok("1\n"), o).classification, Classification::NixtwinOutOfMemory);
    // The reference misbehaving is its problem, whatever nixtwin did.
    EXPECT_EQ(classify(ok("1\n"), ended(Termination::Signaled, 11), o).classification, Classification::ReferenceCrash);
    EXPECT_EQ(classify(ended(Termination::TimedOut), ended(Termination::TimedOut), o).classification, Classification::ReferenceTimeout);
    EXPECT_EQ(classify(ok("1\n"), err("error: out of memory"), o).classification, Classification::ReferenceOutOfMemory);
    EXPECT_EQ(classify(err("error: out of memory"), err("error: out of memory"), o).classification, Classification::AgreeError);
    for (auto c : allClassifications()) EXPECT_EQ(parseClassificationName(classificationName(c)), c);
}

TEST(Outcome, ExitCodesAndSignals) {
    SideResult s;
    s.exitCode = 139;
    EXPECT_EQ(outcomeOf(s), Outcome::Crash);  // a shell reporting a signal
    s.exitCode = 2;
    EXPECT_EQ(outcomeOf(s), Outcome::Error);
    s.termination = Termination::SpawnFailed;
    EXPECT_EQ(outcomeOf(s), Outcome::Crash);
    EXPECT_EQ(describeEnding(ended(Termination::Signaled, 11)), "signal SIGSEGV");
}

TEST(Sandbox, NormalizesItsRoot) {
    EXPECT_EQ(normalizeSandbox("at /tmp/s1/cwd/a and /tmp/s1/home", "/tmp/s1"), "at $SANDBOX/cwd/a and $SANDBOX/home");
    EXPECT_EQ(normalizeSandbox("x", ""), "x");
}

TEST(KnownDivergences, ConfigEntriesAndCorpusLists) {
    test::TempDir dir;
    dir.file("corpus/known-divergences.txt", "# comment\nsub/a.nix  # float printing\nb.nix\n");
    std::string a = dir.file("corpus/sub/a.nix", "1"), b = dir.file("corpus/other/b.nix", "2"), c = dir.file("corpus/c.nix", "3");
    KnownDivergences known({{"abcdef12", "", "by hash", "cfg:1:1"}, {"", "c.nix", "by file", "cfg:2:1"}});
    auto fileCase = [](const std::string & p) {
        TestCase t;
        t.kind = InputKind::File;
        t.path = t.origin = p;
        return t;
    };
    auto m = known.match("0000", fileCase(a));
    ASSERT_TRUE(m);
    EXPECT_EQ(m->reason, "float printing");
    EXPECT_TRUE(known.match("0000", fileCase(b)));  // suffix match anywhere below the list
    EXPECT_EQ(known.match("0000", fileCase(c))->reason, "by file");
    TestCase expr;
    expr.origin = "--expr";
    EXPECT_EQ(known.match("abcdef1234", expr)->reason, "by hash");
    EXPECT_FALSE(known.match("abcdef0000", expr));
}
