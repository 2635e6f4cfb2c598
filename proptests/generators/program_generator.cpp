// program_generator.cpp — the stream of programs: per-program seeds, type and error choice.
#include "program_generator.hpp"

#include <random>

#include "expr_gen.hpp"

namespace nixtwin::gen {

std::uint64_t programSeed(std::uint64_t streamSeed, std::uint64_t index) {
    // splitmix64 of (seed, index): neighbouring indices give unrelated programs.
    std::uint64_t z = streamSeed + 0x9e3779b97f4a7c15ULL * (index + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

ProgramTree generateProgramOfType(const GeneratorConfig & config, std::uint64_t seed, const TypeP & type, bool plantError) {
    ExprGen g(config, seed);
    ProgramTree t;
    t.type = type;
    t.root = g.program(type, plantError);
    t.expectsError = plantError;
    t.seed = seed;
    return t;
}

ProgramTree generateProgram(const GeneratorConfig & config, std::uint64_t seed) {
    ExprGen g(config, seed);
    TypeP type = g.randomType(2);
    bool plant = std::uniform_real_distribution<double>(0, 1)(g.rng()) < config.errorRate;
    ProgramTree t;
    t.type = type;
    t.root = g.program(type, plant);
    t.expectsError = plant;
    t.seed = seed;
    return t;
}

ProgramGenerator::ProgramGenerator(GeneratorConfig config, std::uint64_t seed) : config_(std::move(config)), seed_(seed) {}

GeneratedProgram ProgramGenerator::nextProgram() {
    std::uint64_t s = programSeed(seed_, index_++);
    ProgramTree t = generateProgram(config_, s);
    return {t.text(), describe(t.type), t.expectsError, s};
}

std::string ProgramGenerator::next() { return nextProgram().text; }

}  // namespace nixtwin::gen
