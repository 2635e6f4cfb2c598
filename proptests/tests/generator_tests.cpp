// generator_tests.cpp — the program generator keeps its promises: deterministic from a seed,
// configurable from TOML, every construct reachable, programs closed and of their type,
// failing exactly when an error was planted, shrink candidates closed and smaller.
#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <set>

#include "eval_engine.hpp"
#include "law_check.hpp"
#include "program_arbitrary.hpp"
#include "program_generator.hpp"
#include "program_shrink.hpp"

namespace nixtwin::proptest {
namespace {

using gen::GeneratorConfig;

TEST(Generator, DeterministicFromSeed) {
    auto config = GeneratorConfig::defaults();
    gen::ProgramGenerator a(config, 7), b(config, 7), c(config, 8);
    for (int i = 0; i < 50; ++i) {
        auto pa = a.nextProgram();
        EXPECT_EQ(pa.text, b.next());
        EXPECT_EQ(pa.text, gen::generateProgram(config, gen::programSeed(7, std::uint64_t(i))).text());
        EXPECT_NE(pa.text, c.next());
    }
}

TEST(Generator, TomlSection) {
    auto c = gen::applyGeneratorToml(GeneratorConfig::defaults(),
                                     "[generator]\nmax_depth = 3\nerror_rate = 0.5\nallow_unpredictable = true\nlazy_output = true\n"
                                     "[generator.types]\nint = 0\nstring = 7\n[generator.constructs]\nwith = 0\n"
                                     "[generator.errors]\nthrow = 9\n[other]\nx = 1\n");
    EXPECT_EQ(c.maxDepth, 3);
    EXPECT_EQ(c.errorRate, 0.5);
    EXPECT_TRUE(c.allowUnpredictable);
    EXPECT_TRUE(c.lazyOutput);
    EXPECT_EQ(c.typeWeights.at("int"), 0);
    EXPECT_EQ(c.typeWeights.at("string"), 7);
    EXPECT_EQ(c.construct("with"), 0);
    EXPECT_EQ(c.error("throw"), 9);
    EXPECT_EQ(c.construct("let"), GeneratorConfig::defaults().construct("let"));  // untouched keys keep their default
    EXPECT_THROW(gen::applyGeneratorToml(c, "[generator]\nmax_deph = 3\n"), std::runtime_error);
    EXPECT_THROW(gen::applyGeneratorToml(c, "[generator.constructs]\nwhile = 1\n"), std::runtime_error);
    EXPECT_THROW(gen::applyGeneratorToml(c, "[generator]\nerror_rate = 2\n"), std::runtime_error);
    EXPECT_THROW(gen::applyGeneratorToml(c, "[generator\n"), std::runtime_error);
    EXPECT_EQ(gen::applyGeneratorToml(c, "").maxDepth, 3);
}

// A construct with weight 0 never appears; with the defaults, all of them do.
TEST(Generator, EveryConstructReachable) {
    auto config = GeneratorConfig::defaults();
    config.errorRate = 0.5;
    std::set<std::string> seen;
    for (std::uint64_t i = 0; i < 3000; ++i) {
        std::vector<std::string> cs;
        gen::collectConstructs(gen::generateProgram(config, gen::programSeed(1, i)).root, cs);
        seen.insert(cs.begin(), cs.end());
    }
    for (auto & name : gen::generatorConstructNames()) EXPECT_TRUE(seen.count(name)) << "construct never generated: " << name;
    for (auto & name : gen::generatorErrorNames()) EXPECT_TRUE(seen.count("error:" + name)) << "error kind never planted: " << name;

    config.constructWeights["with"] = 0;
    config.constructWeights["let"] = 0;
    for (std::uint64_t i = 0; i < 300; ++i) {
        std::vector<std::string> cs;
        gen::collectConstructs(gen::generateProgram(config, gen::programSeed(2, i)).root, cs);
        for (auto & c : cs) EXPECT_TRUE(c != "with" && c != "let") << c;
    }
}

// In nixtwin: a generated program fails exactly when an error was planted. (The same
// promise is checked on the reference by the differential properties.)
RC_GTEST_PROP(Generator, FailsExactlyWhenPlanted, ()) {
    auto config = GeneratorConfig::defaults();
    config.errorRate = 0.3;
    auto p = *genProgram(config);
    auto r = evalStrict(p.text());
    if ((r.exitCode != 0) != p.expectsError)
        lawFailed(p.text(), p.expectsError ? "a failure (planted error)" : "success", r);
}

// Programs have the type they were generated for.
RC_GTEST_PROP(Generator, ProgramsHaveTheirType, ()) {
    static const std::vector<std::pair<gen::TypeP, std::string>> types = {
        {gen::Type::int_(), "int"}, {gen::Type::float_(), "float"}, {gen::Type::bool_(), "bool"}, {gen::Type::string(), "string"},
        {gen::Type::path(), "path"}, {gen::Type::null(), "null"}, {gen::Type::list(gen::Type::int_()), "list"},
        {gen::Type::set({{"a", gen::Type::string()}}), "set"}, {gen::Type::function(gen::Type::int_(), gen::Type::int_()), "lambda"},
    };
    auto [type, name] = *rc::gen::elementOf(types);
    auto p = *genProgramOfType(GeneratorConfig::defaults(), type, false);
    // A function may be a functor: a set with __functor.
    std::string program = "builtins.typeOf (" + p.text() + ")";
    auto r = evalStrict(program);
    if (r.exitCode != 0 || !(r.out == "\"" + name + "\"" || (name == "lambda" && r.out == "\"set\"")))
        lawFailed(program, "\"" + name + "\"", r);
}

// Shrink candidates are closed programs and smaller than what they shrink.
RC_GTEST_PROP(Generator, ShrinkCandidatesClosedAndSmaller, ()) {
    auto p = *genProgram(GeneratorConfig::defaults());
    std::size_t size = gen::nodeCount(p.root), length = p.text().size();
    for (auto & c : gen::shrinkCandidates(p)) {
        auto free = gen::freeVariables(c.root);
        RC_ASSERT(free.empty());
        RC_ASSERT(gen::nodeCount(c.root) < size || c.text().size() < length);
    }
}

}  // namespace
}  // namespace nixtwin::proptest

namespace nixtwin::proptest {
namespace {

std::string shellEcho(const std::string & quoted) {
    std::string cmd = "printf %s " + quoted;
    std::string out;
    if (FILE * f = popen(("bash -c " + std::string("'") + [&] {
                              std::string q;
                              for (char c : cmd) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
                              return q;
                          }() + "'").c_str(),
                         "r")) {
        char buf[256];
        std::size_t n;
        while ((n = fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
        pclose(f);
    }
    return out;
}

// The commands printed with counterexamples give the shell the program byte for byte.
RC_GTEST_PROP(Reporting, PasteCommandQuotesExactly, ()) {
    auto program = *rc::gen::container<std::string>(rc::gen::inRange<char>(1, 127));
    auto extra = *rc::gen::element<std::string>("", "'", "\xff", "é", "\x01'\\x41", "$'", "\n");
    program += extra;
    std::string cmd = pasteCommand(program);
    const std::string prefix = "nixtwin check --expr ";
    RC_ASSERT(cmd.rfind(prefix, 0) == 0);
    RC_ASSERT(shellEcho(cmd.substr(prefix.size())) == program);
}

}  // namespace
}  // namespace nixtwin::proptest
