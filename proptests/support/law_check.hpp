// law_check.hpp — how a law judges nixtwin. Every failure message carries what is needed to
// reproduce it: the law, the RapidCheck seed, the program as a command ready to paste
// (`nixtwin check --expr '…'`), what the law expected and what came out. A law that needs a
// builtin nixtwin does not have yet fails saying so (it is not skipped).
#pragma once

#include <gtest/gtest.h>
#include <rapidcheck.h>

#include <string>

#include "eval_engine.hpp"

namespace nixtwin::proptest {

// `nixtwin check --expr '<program>'` with the shell quoting the program needs.
std::string pasteCommand(const std::string & program);

// The seed of this run (RC_PARAMS / NIXTWIN_PROPTEST_SEED).
std::uint64_t currentSeed();

// The law being checked: the running GoogleTest's "Suite.Name".
std::string currentLaw();

// Builds the failure message and fails the current case (RC_FAIL).
[[noreturn]] void lawFailed(const std::string & program, const std::string & expected, const EvalOutcome & got,
                            const std::string & note = {});

// Evaluates; the program must succeed. Returns the printout.
std::string evalOk(const std::string & program);
// The program must print exactly `expected`.
void expectPrints(const std::string & program, const std::string & expected);
// The program must fail with this first stderr line ("error: …").
void expectError(const std::string & program, const std::string & expectedFirstLine);
// Checks a condition on results already obtained; `seen` says what came out.
void expectThat(bool ok, const std::string & program, const std::string & expected, const std::string & seen);

}  // namespace nixtwin::proptest
