// program_arbitrary.hpp — the program generator as a RapidCheck generator: RapidCheck's
// random source picks the seed, its size scales the nesting depth, and shrinking walks the
// generator's own shrink candidates (smaller literals, sub-expressions, fewer elements).
#pragma once

#include <gtest/gtest.h>
#include <rapidcheck.h>

#include <ostream>

#include "program_generator.hpp"

namespace nixtwin::gen {
std::ostream & operator<<(std::ostream & os, const ProgramTree & p);
}  // namespace nixtwin::gen

namespace nixtwin::proptest {

rc::Gen<gen::ProgramTree> genProgram(const gen::GeneratorConfig & config);
rc::Gen<gen::ProgramTree> genProgramOfType(const gen::GeneratorConfig & config, gen::TypeP type, bool plantError);

}  // namespace nixtwin::proptest
