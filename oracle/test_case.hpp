// test_case.hpp — one program to compare, and how it is handed to both sides.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace nixtwin::oracle {

// How the program reaches nix-instantiate. Both sides always get the same argv.
enum class InputKind {
    Expr,        // inline: `--expr '<program>'`; positions print as «string»
    StagedFile,  // program text written to a file in the run's staging directory
    File,        // an existing file (corpus), passed by absolute path
};
const char * inputKindName(InputKind k);

struct TestCase {
    std::uint64_t index = 0;  // position in the run's stream of cases (resuming skips by index)
    std::string origin;       // where it came from: a corpus path, "generator:<seed>:<n>", "--expr"
    std::string program;      // the program text
    InputKind kind = InputKind::Expr;
    std::string path;         // absolute path for File and StagedFile
    std::uint64_t seed = 0;   // generator seed, if any
};

// Inline programs must fit one argv string (128 KiB limit), must not start with '-' (it would
// be read as a flag) and cannot hold NUL bytes; anything else is staged as a file.
bool fitsInline(const std::string & program);

// Content identity, used for de-duplication and for known-divergence entries: SHA-256 (hex)
// of the mode, the input kind, the path for File cases (it shows in outputs) and the text.
std::string caseHash(const std::string & modeName, const TestCase & c);

}  // namespace nixtwin::oracle
