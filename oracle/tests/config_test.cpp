// config_test.cpp — the TOML configuration: defaults, overlay, and errors with positions.
#include <gtest/gtest.h>

#include "config.hpp"
#include "test_support.hpp"

using namespace nixtwin::oracle;

TEST(Config, BuiltInDefaultIsTheDocumentedFile) {
    Config c = defaultConfig();
    EXPECT_EQ(c.mode, Mode::EvalStrict);
    EXPECT_DOUBLE_EQ(c.durationSeconds, 120);
    EXPECT_EQ(c.jobs, 2u);
    EXPECT_EQ(c.reference.command, std::vector<std::string>{"nix-instantiate"});
    EXPECT_EQ(c.reference.commonArgs, (std::vector<std::string>{"--store", "dummy://"}));
    EXPECT_EQ(c.reference.stackBytes, 64u << 20);
    EXPECT_EQ(c.reference.maxOutputBytes, 16u << 20);
    EXPECT_DOUBLE_EQ(c.reference.timeoutSeconds, 10);
    EXPECT_EQ(c.nixtwin.engine, EngineKind::Worker);
    EXPECT_TRUE(c.batch.enabled);
    ASSERT_EQ(c.sources.size(), 1u);
    EXPECT_EQ(c.sources[0].type, "generator");
    EXPECT_EQ(c.sources[0].count, 0u);
    EXPECT_NE(defaultConfigText().find("[reference]"), std::string::npos);
}

TEST(Config, FileOverlaysTheDefault) {
    Config c = loadConfigText(R"(
mode = "eval-strict"
jobs = 4
duration = "2m"
[reference]
timeout = "1500ms"
address_space = "2GiB"
[batch]
max_cases = 50
[[sources]]
type = "synthetic"
count = 10
[[known_divergences]]
file = "parse/ok/x.nix"
reason = "because"
)", "test.toml");
    EXPECT_EQ(c.mode, Mode::EvalStrict);
    EXPECT_EQ(c.jobs, 4u);
    EXPECT_DOUBLE_EQ(c.durationSeconds, 120);
    EXPECT_DOUBLE_EQ(c.reference.timeoutSeconds, 1.5);
    EXPECT_EQ(c.reference.addressSpaceBytes, 2ull << 30);
    EXPECT_EQ(c.reference.command, std::vector<std::string>{"nix-instantiate"});  // kept from the default
    EXPECT_EQ(c.batch.maxCases, 50u);
    ASSERT_EQ(c.sources.size(), 1u);  // listed sources replace the default ones
    EXPECT_EQ(c.sources[0].type, "synthetic");
    ASSERT_EQ(c.known.size(), 1u);
    EXPECT_EQ(c.known[0].reason, "because");
    EXPECT_EQ(c.known[0].where, "test.toml:13:1");
}

namespace {
std::string errorOf(const std::string & text) {
    try {
        loadConfigText(text, "bad.toml");
    } catch (const ConfigError & e) {
        return e.what();
    }
    return "(no error)";
}
}  // namespace

TEST(Config, ErrorsNameLineAndColumn) {
    EXPECT_EQ(errorOf("mode = \"parse\"\njobs = \n"), errorOf("mode = \"parse\"\njobs = \n"));
    EXPECT_EQ(errorOf("mode = \"parse\"\njobs = \n").rfind("bad.toml:2:", 0), 0u) << errorOf("mode = \"parse\"\njobs = \n");
    EXPECT_EQ(errorOf("\n\nmode = \"fast\"\n"), "bad.toml:3:8: unknown mode \"fast\" (one of: parse, eval, eval-strict, json, xml)");
    EXPECT_EQ(errorOf("[reference]\ntimeout = \"10 parsecs\"\n").rfind("bad.toml:2:11: 'reference.timeout': unknown duration unit", 0), 0u);
    EXPECT_EQ(errorOf("[batch]\n  max_casez = 3\n"), "bad.toml:2:3: unknown key 'batch.max_casez'");
    EXPECT_EQ(errorOf("jobs = \"two\"\n"), "bad.toml:1:8: 'jobs' must be an integer");
    EXPECT_EQ(errorOf("jobs = 0\n"), "bad.toml:1:8: 'jobs' must be between 1 and 256");
    EXPECT_EQ(errorOf("[nixtwin]\nengine = \"turbo\"\n"),
              "bad.toml:2:10: 'nixtwin.engine' must be \"worker\", \"in-process\" or \"command\", not \"turbo\"");
    EXPECT_EQ(errorOf("[[known_divergences]]\nreason = \"x\"\n"),
              "bad.toml:1:1: a known divergence needs exactly one of 'hash' or 'file'");
    EXPECT_EQ(errorOf("[[sources]]\ntype = \"corpus\"\n"), "bad.toml:1:1: a corpus source needs 'paths'");
}

TEST(Config, MissingFile) {
    EXPECT_THROW(loadConfigFile("/nonexistent/nixtwin.toml"), ConfigError);
}

TEST(Config, DurationsAndSizes) {
    EXPECT_DOUBLE_EQ(parseDuration("250ms"), 0.25);
    EXPECT_DOUBLE_EQ(parseDuration("3"), 3);
    EXPECT_DOUBLE_EQ(parseDuration("1h"), 3600);
    EXPECT_THROW(parseDuration("soon"), std::invalid_argument);
    EXPECT_EQ(parseSize("64MiB"), 64ull << 20);
    EXPECT_EQ(parseSize("1024"), 1024u);
    EXPECT_THROW(parseSize("12 parsecs"), std::invalid_argument);
}
