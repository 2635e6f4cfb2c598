// test_case.cpp — input kinds and content hashing.
#include "test_case.hpp"

#include "sha256.hpp"

namespace nixtwin::oracle {

const char * inputKindName(InputKind k) {
    switch (k) {
        case InputKind::Expr: return "expr";
        case InputKind::StagedFile: return "staged-file";
        case InputKind::File: return "file";
    }
    return "?";
}

bool fitsInline(const std::string & program) {
    constexpr std::size_t kMaxArg = 128 * 1024 - 1;  // MAX_ARG_STRLEN includes the NUL
    if (program.size() > kMaxArg - 1024) return false;
    if (!program.empty() && program[0] == '-') return false;
    if (program.find('\0') != std::string::npos) return false;
    return true;
}

std::string caseHash(const std::string & modeName, const TestCase & c) {
    std::string key = "nixtwin-case-v1\n" + modeName + "\n";
    // Staged files are identified by content only: their path is a per-run temporary one.
    key += c.kind == InputKind::File ? std::string("file\n") + c.path + "\n" : std::string("text\n");
    key += c.program;
    return sha256Hex(key);
}

}  // namespace nixtwin::oracle
