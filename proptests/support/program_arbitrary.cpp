// program_arbitrary.cpp — Gen<ProgramTree> over the seeded generator.
#include "program_arbitrary.hpp"

#include <algorithm>

#include "law_check.hpp"
#include "program_shrink.hpp"

namespace nixtwin::gen {
std::ostream & operator<<(std::ostream & os, const ProgramTree & p) {
    return os << nixtwin::proptest::pasteCommand(p.text()) << "\n(program seed " << p.seed << ", type " << describe(p.type)
              << (p.expectsError ? ", planted error" : "") << ")";
}
}  // namespace nixtwin::gen

namespace nixtwin::proptest {

namespace {

rc::Gen<gen::ProgramTree> makeGen(gen::GeneratorConfig config, gen::TypeP type, bool plantError) {
    return rc::Gen<gen::ProgramTree>([=](const rc::Random & random, int size) {
        rc::Random r = random;
        std::uint64_t seed = r.next();
        auto c = config;
        // RapidCheck's size (0..100) scales the depth budget: early cases are small.
        c.maxDepth = std::clamp(1 + size * config.maxDepth / 100, 1, config.maxDepth);
        auto tree = type ? gen::generateProgramOfType(c, seed, type, plantError) : gen::generateProgram(c, seed);
        return rc::shrinkable::shrinkRecur(tree, [](const gen::ProgramTree & t) { return rc::seq::fromContainer(gen::shrinkCandidates(t)); });
    });
}

}  // namespace

rc::Gen<gen::ProgramTree> genProgram(const gen::GeneratorConfig & config) { return makeGen(config, nullptr, false); }

rc::Gen<gen::ProgramTree> genProgramOfType(const gen::GeneratorConfig & config, gen::TypeP type, bool plantError) {
    return makeGen(config, std::move(type), plantError);
}

}  // namespace nixtwin::proptest
