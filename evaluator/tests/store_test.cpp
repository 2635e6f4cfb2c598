// store_test.cpp — unit tests of the store layer. Expected values come from the reference:
// NAR digests from `nix-store --store dummy:// --dump`, paths from nix-instantiate 2.8.0
// evaluating the same files, base-32 digests from Nix's own printHash32.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "eval/errors.hpp"
#include "store/base32.hpp"
#include "store/derivation.hpp"
#include "store/hash.hpp"
#include "store/nar.hpp"
#include "store/source_path.hpp"
#include "store/store_path.hpp"

namespace nixtwin::store {
namespace {

namespace fs = std::filesystem;

std::vector<uint8_t> bytesOf(std::string_view s) { return {s.begin(), s.end()}; }

TEST(Base32, EmptyStringSha256) {
    EXPECT_EQ(hashString(HashAlgo::SHA256, "").toBase32(), "0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73");
}

TEST(Base32, Lengths) {
    EXPECT_EQ(base32Length(20), 32u);
    EXPECT_EQ(base32Length(32), 52u);
    EXPECT_EQ(base32Length(16), 26u);
    EXPECT_EQ(base32Length(64), 103u);
}

TEST(Base32, SmallInputsMostSignificantDigitFirst) {
    EXPECT_EQ(toBase32(bytesOf("\x01")), "01");
    EXPECT_EQ(toBase32(bytesOf("\x80")), "40");
    EXPECT_EQ(toBase32(bytesOf("\x01\x02\x03\x04\x05")), "0l2060h1");
    EXPECT_EQ(toBase32(std::vector<uint8_t>(20, 0xff)), std::string(32, 'z'));
}

TEST(Base32, RoundTrip) {
    std::vector<uint8_t> bytes(20);
    for (size_t i = 0; i < bytes.size(); i++) bytes[i] = uint8_t(i);
    std::string s = toBase32(bytes);
    EXPECT_EQ(s, "2c91240g1q6hq2qa1440f1h50h1h4080");
    auto back = fromBase32(s, 20);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, bytes);
}

TEST(Base32, RejectsBadDigitsAndOverflow) {
    EXPECT_FALSE(fromBase32("0e", 1));             // 'e' is not a digit
    EXPECT_FALSE(fromBase32(std::string(32, 'z') + "z", 20));
    EXPECT_FALSE(fromBase32("z0", 1));             // bits beyond the last byte
}

TEST(HashParse, AllEncodingsAgree) {
    const char * hex = "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03";
    Hash expected = parseHash(hex, HashAlgo::SHA256);
    EXPECT_EQ(expected.toBase16(), hex);
    EXPECT_EQ(parseHash("00xyyr3fi8l6hb839bv3f7yb86yjv7xi1cgh1xnhipym4asvb4aq", HashAlgo::SHA256), expected);
    EXPECT_EQ(parseHash("WJG1tSLV3whtD/CxEPvZ0hu0/HFjrzTQgoai6Eb2vgM=", HashAlgo::SHA256), expected);
    EXPECT_EQ(parseHash("sha256-WJG1tSLV3whtD/CxEPvZ0hu0/HFjrzTQgoai6Eb2vgM=", std::nullopt), expected);
    EXPECT_EQ(parseHash(std::string("sha256:") + hex, std::nullopt), expected);
    EXPECT_EQ(expected.toSRI(), "sha256-WJG1tSLV3whtD/CxEPvZ0hu0/HFjrzTQgoai6Eb2vgM=");
}

TEST(HashParse, ReferenceMessages) {
    auto message = [](std::string_view s, std::optional<HashAlgo> a) {
        try {
            parseHash(s, a);
        } catch (EvalError & e) {
            return e.message;
        }
        return std::string("no error");
    };
    EXPECT_EQ(message("abc", HashAlgo::SHA256), "hash 'abc' has wrong length for hash type 'sha256'");
    EXPECT_EQ(message("abc", std::nullopt),
              "hash 'abc' does not include a type, nor is the type otherwise known from context");
    EXPECT_EQ(message("md5:abc", HashAlgo::SHA256), "hash 'md5:abc' should have type 'sha256'");
    EXPECT_EQ(message("foo:abc", std::nullopt), "unknown hash algorithm 'foo'");
}

// A temporary tree: t/a ("hello\n"), t/b/run (executable), t/e (empty dir), t/l -> a.
class TempTree : public ::testing::Test {
protected:
    void SetUp() override {
        char tmpl[] = "/tmp/nixtwin-store-test-XXXXXX";
        ASSERT_NE(mkdtemp(tmpl), nullptr);
        root_ = tmpl;
        fs::create_directories(root_ / "t" / "b");
        fs::create_directories(root_ / "t" / "e");
        write(root_ / "t" / "a", "hello\n");
        write(root_ / "t" / "b" / "run", "#!/bin/sh\n");
        ASSERT_EQ(chmod((root_ / "t" / "b" / "run").c_str(), 0755), 0);
        fs::create_symlink("a", root_ / "t" / "l");
        write(root_ / "plain.txt", "hello\n");
    }
    void TearDown() override { fs::remove_all(root_); }
    static void write(const fs::path & p, std::string_view s) { std::ofstream(p) << s; }
    std::string path(const char * rel) const { return (root_ / rel).string(); }

    std::string narOf(const std::string & p) {
        std::string out;
        dumpPath(p, [&](std::string_view d) { out.append(d); });
        return out;
    }

    fs::path root_;
};

TEST_F(TempTree, NarOfTreeMatchesReference) {
    std::string nar = narOf(path("t"));
    EXPECT_EQ(nar.size(), 1048u);
    EXPECT_EQ(hashString(HashAlgo::SHA256, nar).toBase16(),
              "a26a460fdb00ca753d985bb409448f7fdba806f72e1910bfb760e3315bf174d2");
}

TEST_F(TempTree, NarOfFileAndSymlink) {
    EXPECT_EQ(hashString(HashAlgo::SHA256, narOf(path("plain.txt"))).toBase16(),
              "1c37d01af40be2e80691de3cc3df44377a699afbb17c68f080964b2fd071fc13");
    EXPECT_EQ(hashString(HashAlgo::SHA256, narOf(path("t/l"))).toBase16(),
              "b2d471a08d30662f14c0ae1e718b16f9fc1f38de425f47cca0437e9e93bc1f24");
}

TEST_F(TempTree, NarOfStringEqualsNarOfFile) {
    std::string s;
    dumpString("hello\n", [&](std::string_view d) { s.append(d); });
    EXPECT_EQ(s, narOf(path("plain.txt")));
}

TEST_F(TempTree, FilterLeavesEntriesOut) {
    std::vector<std::string> seen;
    std::string filtered;
    dumpPath(path("t"), [&](std::string_view d) { filtered.append(d); },
             [&](const std::string & p) {
                 seen.push_back(p.substr(path("t").size()));
                 return p.find("/b") == std::string::npos;
             });
    // Entries in byte order; nothing below an excluded directory is visited.
    EXPECT_EQ(seen, (std::vector<std::string>{"/a", "/b", "/e", "/l"}));
    EXPECT_LT(filtered.size(), narOf(path("t")).size());
}

TEST_F(TempTree, SourcePathsMatchReference) {
    EXPECT_EQ(computeSourcePath("/nix/store", "t", path("t"), true).path, "/nix/store/d2l696n2xwqbs5sa69zgwcgxx2n2yn7l-t");
    EXPECT_EQ(computeSourcePath("/nix/store", "plain.txt", path("plain.txt"), true).path,
              "/nix/store/ykqkpv6sqvdb4x40wgikypk4a6wcpc03-plain.txt");
    EXPECT_EQ(computeSourcePath("/nix/store", "plain.txt", path("plain.txt"), false).path,
              "/nix/store/a4w3h6xd362k7z6pi562lgyjzv90fk2j-plain.txt");
}

TEST_F(TempTree, MissingFileMessage) {
    try {
        narOf(path("missing"));
        FAIL();
    } catch (EvalError & e) {
        EXPECT_EQ(e.message, "getting status of '" + path("missing") + "': No such file or directory");
    }
}

TEST(StorePath, TextPath) {
    EXPECT_EQ(makeTextPath("/nix/store", "x", hashString(HashAlgo::SHA256, "hello\n"), {}),
              "/nix/store/rqg5w7rhsv8yqgywwssnamlvg3c7qmrn-x");
}

TEST(StorePath, NameErrors) {
    auto message = [](std::string_view name) {
        try {
            makeTextPath("/nix/store", name, hashString(HashAlgo::SHA256, "x"), {});
        } catch (EvalError & e) {
            return e.message;
        }
        return std::string("no error");
    };
    EXPECT_EQ(message("a b"), "store path 'dm85kbl5cy82j2dzvy1874s14y3salv3-a b' contains illegal character ' '");
    EXPECT_EQ(message(""), "store path '9r1mh2rc3s3i33vpdw86kqqyvy9i1y4w-' has an empty name");
}

TEST(StorePath, Parse) {
    EXPECT_TRUE(isStorePath("/nix/store", "/nix/store/00000000000000000000000000000000-x"));
    EXPECT_TRUE(isStorePath("/nix/store", "/nix/store//00000000000000000000000000000000-x/"));
    EXPECT_FALSE(isStorePath("/nix/store", "/nix/store/00000000000000000000000000000000-x/y"));
    EXPECT_FALSE(isStorePath("/nix/store", "/nix/store/e0000000000000000000000000000000-x"));
    EXPECT_FALSE(isStorePath("/nix/store", "/nix/store/0000-x"));
}

TEST(StorePath, Placeholder) { EXPECT_EQ(hashPlaceholder("out"), "/1rz4g4znpzjwh1xymhjpm42vipw92pr73vdgl6xs1hycac8kf2n9"); }

// derivation { name = "a"; system = "x"; builder = "/bin/sh"; } in the reference.
TEST(Derivation, SimpleInputAddressed) {
    Derivation drv;
    drv.name = "a";
    drv.platform = "x";
    drv.builder = "/bin/sh";
    drv.env = {{"builder", "/bin/sh"}, {"name", "a"}, {"system", "x"}};
    setInputAddressedOutputs(drv, {"out"}, "/nix/store", {});
    EXPECT_EQ(drv.outputs.at("out").path, "/nix/store/0pd4llb3k36fnppfxwp6nlwsxwlv0y2c-a");
    EXPECT_EQ(derivationPath(drv, "/nix/store"), "/nix/store/l9ldjc53ry43x24hvq73jx7dx0489mhj-a.drv");
    EXPECT_EQ(unparseDerivation(drv, false),
              "Derive([(\"out\",\"/nix/store/0pd4llb3k36fnppfxwp6nlwsxwlv0y2c-a\",\"\",\"\")],[],[],\"x\",\"/bin/sh\",[],"
              "[(\"builder\",\"/bin/sh\"),(\"name\",\"a\"),(\"out\",\"/nix/store/0pd4llb3k36fnppfxwp6nlwsxwlv0y2c-a\"),"
              "(\"system\",\"x\")])");
}

TEST(Derivation, EscapesUserStrings) {
    Derivation drv;
    drv.name = "e";
    drv.builder = "a\"b\\c\nd\re\tf";
    std::string s = unparseDerivation(drv, false);
    EXPECT_NE(s.find("\"a\\\"b\\\\c\\nd\\re\\tf\""), std::string::npos);
}

TEST(Derivation, UnknownInputDerivation) {
    Derivation drv;
    drv.name = "b";
    drv.inputDrvs["/nix/store/00000000000000000000000000000000-unknown.drv"] = {"out"};
    EXPECT_THROW(hashDerivationModulo(drv, true, {}), EvalError);
}

}  // namespace
}  // namespace nixtwin::store
