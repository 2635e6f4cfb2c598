// program_generator.hpp — random Nix programs, typed so that they are closed, terminating
// and deterministic (in the spirit of Csmith/YARPGen), for the differential oracle and the
// property suites. No RapidCheck here: a seeded std::mt19937_64 drives everything, so any
// program can be rebuilt from (config, seed).
//
//   ProgramGenerator g(GeneratorConfig::defaults(), 42);
//   std::string p = g.next();            // the next program of the stream
//   GeneratedProgram q = g.nextProgram(); // … with its seed, type and expected failure
//
// Program i of the stream with seed s is generateProgram(config, programSeed(s, i)).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "generator_config.hpp"
#include "nix_type.hpp"
#include "program_tree.hpp"

namespace nixtwin::gen {

struct GeneratedProgram {
    std::string text;
    std::string type;           // the program value's type, e.g. "[int]", "{ a: string; }"
    bool expectsError = false;  // an error was planted where it certainly fires
    std::uint64_t seed = 0;     // generateProgram(config, seed) rebuilds it
};

// The tree form, for shrinking.
struct ProgramTree {
    NodeP root;
    TypeP type;
    bool expectsError = false;
    std::uint64_t seed = 0;
    // A program starting with '-' would be taken for a flag by nix-instantiate.
    std::string text() const {
        std::string s = printProgram(root);
        return s.empty() || s[0] != '-' ? s : "(" + s + ")";
    }
};

ProgramTree generateProgram(const GeneratorConfig & config, std::uint64_t programSeed);
// Same, for a type chosen by the caller (the tests use this).
ProgramTree generateProgramOfType(const GeneratorConfig & config, std::uint64_t programSeed, const TypeP & type, bool plantError);
std::uint64_t programSeed(std::uint64_t streamSeed, std::uint64_t index);

class ProgramGenerator {
public:
    explicit ProgramGenerator(GeneratorConfig config, std::uint64_t seed);
    std::string next();
    GeneratedProgram nextProgram();
    void skip(std::uint64_t n) { index_ += n; }
    std::uint64_t produced() const { return index_; }
    const GeneratorConfig & config() const { return config_; }

private:
    GeneratorConfig config_;
    std::uint64_t seed_;
    std::uint64_t index_ = 0;
};

}  // namespace nixtwin::gen
