// program_shrink.hpp — smaller variants of a generated program, for counterexamples a
// person can read. A candidate replaces one subtree by the simplest literal of its type, by
// one of its own sub-expressions of the same type (when that stays closed), or drops a list
// element. Frozen parts (sort comparators, division guards) never change, so shrinking does
// not wander into what the reference cannot do predictably.
#pragma once

#include <functional>

#include "program_generator.hpp"

namespace nixtwin::gen {

NodeP minimalLiteral(const TypeP & t);

// Candidates, biggest reductions first (closer to the root first).
std::vector<ProgramTree> shrinkCandidates(const ProgramTree & p);

// Greedy: repeatedly takes the first candidate for which `stillFails` holds, until none
// does or `maxAttempts` candidates were tried. Returns the smallest failing program found.
ProgramTree shrinkProgram(ProgramTree p, const std::function<bool(const ProgramTree &)> & stillFails, int maxAttempts = 2000);

}  // namespace nixtwin::gen
