// posix_regex_test.cpp — builtins.match/split's engine against std::regex itself.
//
// The reference runs std::regex (extended) from the same libstdc++ 12 headers this test is
// compiled with (and, like this project, without GNU extensions), so std::regex here *is* the
// reference's engine: every compiled/rejected pattern, match and regex_iterator walk must agree.
#include <gtest/gtest.h>

#include <random>
#include <regex>

#include "builtins/posix_regex.hpp"

namespace nixtwin::regex {
namespace {

std::string show(std::string_view s, const std::vector<Span> & groups, size_t from) {
    std::string out = "[";
    for (size_t i = from; i < groups.size(); i++)
        out += groups[i].matched()
                   ? "\"" + std::string(s.substr(size_t(groups[i].start), size_t(groups[i].end - groups[i].start))) + "\" "
                   : std::string("null ");
    return out + "]";
}

std::string referenceMatch(const std::regex & re, const std::string & s) {
    std::cmatch m;
    if (!std::regex_match(s.data(), s.data() + s.size(), m, re)) return "null";
    std::string out = "[";
    for (size_t i = 1; i < m.size(); i++) out += m[i].matched ? "\"" + m[i].str() + "\" " : std::string("null ");
    return out + "]";
}

std::string referenceSplit(const std::regex & re, const std::string & s) {
    std::string out;
    std::string suffix = s;
    for (auto it = std::cregex_iterator(s.data(), s.data() + s.size(), re); it != std::cregex_iterator(); ++it) {
        out += "\"" + it->prefix().str() + "\" [";
        for (size_t k = 1; k < it->size(); k++) out += (*it)[k].matched ? "\"" + (*it)[k].str() + "\" " : std::string("null ");
        out += "] ";
        suffix = it->suffix().str();
    }
    return out + "\"" + suffix + "\"";
}

std::string ourMatch(const Program & p, const std::string & s) {
    auto r = p.match(s);
    if (!r) return "null";
    r->insert(r->begin(), Span{0, int64_t(s.size())});
    return show(s, *r, 1);
}

// The walk of strings_regex.cpp's split (std::regex_iterator's).
std::string ourSplit(const Program & p, const std::string & s) {
    std::string out;
    size_t prefixStart = 0;
    SearchFlags flags;
    auto m = p.search(s, 0, flags);
    while (m) {
        Span whole = (*m)[0];
        out += "\"" + s.substr(prefixStart, size_t(whole.start) - prefixStart) + "\" " + show(s, *m, 1) + " ";
        prefixStart = size_t(whole.end);
        size_t next = size_t(whole.end);
        if (whole.start == whole.end) {
            if (next == s.size()) break;
            SearchFlags retry = flags;
            retry.notNull = retry.continuous = true;
            if ((m = p.search(s, next, retry))) continue;
            next++;
        }
        flags.prevAvail = true;
        m = p.search(s, next, flags);
    }
    return out + "\"" + s.substr(prefixStart) + "\"";
}

int refusals = 0;  // subjects the bounded replay gave up on (nested loops around empty matches)

void compare(const std::string & pattern, const std::vector<std::string> & subjects) {
    std::string refError, ourError;
    std::regex re;
    try {
        re = std::regex(pattern, std::regex::extended);
    } catch (const std::regex_error & e) {
        refError = e.code() == std::regex_constants::error_space ? "memory" : "invalid";
    }
    std::shared_ptr<const Program> p;
    try {
        p = Program::compile(pattern);
    } catch (const RegexError & e) {
        ourError = e.memoryLimit ? "memory" : "invalid";
    }
    ASSERT_EQ(refError, ourError) << "pattern " << pattern;
    if (!p) return;
    for (auto & s : subjects) {
        // Refusing (RegexTooComplex) is allowed; answering differently is not.
        try {
            ASSERT_EQ(referenceMatch(re, s), ourMatch(*p, s)) << "match " << pattern << " on \"" << s << "\"";
        } catch (const RegexTooComplex &) {
            refusals++;
        }
        try {
            ASSERT_EQ(referenceSplit(re, s), ourSplit(*p, s)) << "split " << pattern << " on \"" << s << "\"";
        } catch (const RegexTooComplex &) {
            refusals++;
        }
    }
}

TEST(PosixRegex, Examples) {
    std::vector<std::string> subjects = {"", "a", "ab", "abc", "aabab", "abcd", "xabcdx", "b", "ba", "aaa"};
    for (const char * p : {"a*(ab)*", "(a|ab)(c|bcd)(d*)", "(a*)*", "(a*)+", "(a|)*", "(|a)*", "((a)|b)*", "x*", "",
                           "^a", "a$", "^|$", "(a|ab)*", "a{2,}", "(a{1,2}){2}", "[]a]+", "[^]a]", "[a-]", "[[:alpha:]]+",
                           "[[.hyphen.]]", "[[=a=]]", "a**", "a*?", "(^)*", "($)+b", "()", "(()|a)+", "(a?)+b?"})
        compare(p, subjects);
}

TEST(PosixRegex, InvalidPatterns) {
    for (const char * p : {"(", ")", "*a", "a|*", "^*", "a{2,1}", "a{,2}", "a{1", "a{}", "a{1,2,3}", "(a)\\1", "\\d",
                           "\\}", "\\]", "a\\", "[[:foo:]]", "[[.-.]]", "[z-a]", "[a-c-e]", "[abc", "[]", "[[:alpha:]-z]",
                           "[a-[:alpha:]]", "[[:alpha:", "[[=x"})
        compare(p, {"a"});
}

TEST(PosixRegex, StateLimit) {
    compare("a{99993}", {"a"});
    compare("a{99994}", {"a"});
    compare("a{1,49997}", {"a"});
    compare("a{1,49998}", {"a"});
    compare("(ab){24997}", {"a"});
}

TEST(PosixRegex, Random) {
    // Tokens whose combinations exercise grouping, alternation, nullable loops and brackets;
    // no escaped ordinary characters (see the file comment).
    const char * tokens[] = {"a", "b", "c", "(", ")", "|", "*", "+", "?", "{2}", "{1,2}", "[ab]", "[^a]", ".",
                             "^", "$", "(a|ab)", "(a*)", "[[:alpha:]]", "\\.", "\\(", "[]a]", "}", "]", "a{0,3}", "(|a)", "()"};
    std::mt19937 rng(20260101);
    for (int i = 0; i < 6000; i++) {
        // No quantifier right after a quantifier: std::regex takes exponential time on some
        // stacked loops (the replay then gives up, which the Examples cover).
        std::string pattern;
        bool lastQuantifier = false;
        for (int n = int(rng() % 6) + 1; n > 0; n--) {
            std::string t = tokens[rng() % std::size(tokens)];
            bool quantifier = t == "*" || t == "+" || t == "?" || t[0] == '{';
            if (quantifier && lastQuantifier) continue;
            lastQuantifier = quantifier;
            pattern += t;
        }
        std::vector<std::string> subjects;
        for (int k = 0; k < 8; k++) {
            std::string s;
            for (int n = int(rng() % 7); n > 0; n--) s += "abc"[rng() % 3];
            subjects.push_back(s);
        }
        compare(pattern, subjects);
    }
    EXPECT_LT(refusals, 10) << "the replay gives up too often";
}

}  // namespace
}  // namespace nixtwin::regex
