// posix_regex.hpp — regular expressions exactly as the reference's builtins.match and
// builtins.split see them: std::regex with the `extended` grammar of libstdc++ (GCC 12, built
// with -std=c++17), whose matching is leftmost, then "longest" in libstdc++'s own way (a
// depth-first search that stops looking for longer matches in some places), with capture
// groups from the first such path.
//
// Three parts (see docs/REGEX.md):
//  * a parser with libstdc++'s grammar and error behaviour, which also builds the same NFA
//    (the reference's state limit, "memory limit exceeded", depends on its exact size);
//  * RE2 (Latin-1, byte-wise), for the matching where its results provably coincide;
//  * a step-limited replay of libstdc++'s depth-first matcher on that NFA, for the cases RE2
//    cannot decide (loops whose body can match the empty string; a search whose "longest"
//    match libstdc++ may not find). Past its step limit the builtin raises Unsupported.
#pragma once

#include <bitset>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace nixtwin::regex {

// What the reference reports: "invalid regular expression" or "memory limit exceeded by
// regular expression".
struct RegexError {
    bool memoryLimit;
};

// Raised when neither RE2 nor the bounded replay can give the reference's answer.
struct RegexTooComplex {};

// One state of the libstdc++-shaped NFA.
enum class Op : uint8_t { Repeat, SubBegin, SubEnd, LineBegin, LineEnd, Match, Accept, Alt, Dummy };

struct State {
    Op op;
    int next = -1;
    int alt = -1;      // Repeat: the loop body ("once more"); Alt: the left alternative
    int sub = 0;       // SubBegin/SubEnd: group number
    int matcher = -1;  // Match: index into Program::matchers
    bool hasAlt() const { return op == Op::Repeat || op == Op::Alt; }
};

using ByteSet = std::bitset<256>;

// A group's span in the subject; unmatched groups have start < 0.
struct Span {
    int64_t start = -1;
    int64_t end = -1;
    bool matched() const { return start >= 0; }
};

// Flags of one libstdc++ regex_search call, as regex_iterator passes them.
struct SearchFlags {
    bool prevAvail = false;   // match_prev_avail: `^` cannot match at the start position
    bool notNull = false;     // match_not_null: an empty match does not count
    bool continuous = false;  // match_continuous: only at the start position
};

class Program {
public:
    // Throws RegexError.
    static std::shared_ptr<const Program> compile(std::string_view pattern);
    ~Program();

    size_t groups() const { return groups_; }  // capture groups, without the whole match

    // regex_match: the whole subject; groups 1..n on success.
    std::optional<std::vector<Span>> match(std::string_view subject) const;
    // regex_search from `start`; groups 0..n (0 = the whole match) on success.
    std::optional<std::vector<Span>> search(std::string_view subject, size_t start, SearchFlags flags) const;

    // Internals shared by the compiler and the matchers.
    std::vector<State> states;
    std::vector<ByteSet> matchers;
    bool nullableLoop = false;  // some `*`, `+` or `{n,}` body can match the empty string
    std::string re2Pattern;     // the same language in RE2 syntax
    size_t groups_ = 0;

private:
    Program();
    std::unique_ptr<re2::RE2> first_;    // leftmost-first (Perl) semantics
    std::unique_ptr<re2::RE2> longest_;  // leftmost-longest semantics
    bool re2Ok_ = false;                 // RE2 accepted the translation

    std::optional<std::vector<Span>> replay(std::string_view subject, size_t start, bool exact,
                                            SearchFlags flags) const;
    friend class Compiler;
};

}  // namespace nixtwin::regex
