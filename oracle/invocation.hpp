// invocation.hpp — the nix-instantiate arguments for a set of cases. Both sides always get
// the same arguments, so every difference in the output is a difference in behaviour.
#pragma once

#include <string>
#include <vector>

#include "mode.hpp"
#include "test_case.hpp"

namespace nixtwin::oracle {

// One process's arguments: common args, mode flags, then either `--expr e1 e2 …` (all cases
// Expr) or `file1 file2 …` (all cases files). Mixing the two kinds is a programming error.
std::vector<std::string> instantiateArgs(Mode mode, const std::vector<std::string> & commonArgs,
                                         const std::vector<const TestCase *> & cases);

// Whether two cases can share one process (same way of passing the program).
bool sameInputClass(const TestCase & a, const TestCase & b);

// The bytes a case adds to the command line.
std::size_t argBytes(const TestCase & c);

}  // namespace nixtwin::oracle
