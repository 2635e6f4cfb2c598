// posix_regex_exec.cpp — matching: RE2 where its answer is provably libstdc++'s, otherwise a
// bounded replay of libstdc++'s depth-first executor (regex_executor.tcc, POSIX mode) on the
// NFA built by posix_regex_compile.cpp.
//
// Why RE2 is exact in the common case: libstdc++ explores paths in priority order (the loop
// body before leaving a loop, the left alternative first) and keeps the first accepting path
// unless a strictly longer one turns up later. Its first accepting path is RE2's leftmost-first
// match; if that match is already as long as RE2's leftmost-longest one, nothing can replace
// it. regex_match only accepts at the end, so there it is always the first path. The
// exception is libstdc++'s special treatment of loops around bodies that can match nothing
// (it allows two empty iterations), which RE2 does not share: such patterns are replayed.
#include <re2/re2.h>

#include "../support/stack.hpp"
#include "posix_regex.hpp"

namespace nixtwin::regex {

namespace {

// Steps of the replay before giving up: about ten seconds, roughly what std::regex itself
// needs for as many steps (the reference has no limit; it just takes that long).
constexpr uint64_t kReplayBudget = 2'000'000'000;

class Replay {
public:
    Replay(const Program & p, std::string_view s, bool exact, SearchFlags flags)
        : p_(p), s_(s), end_(int64_t(s.size())), exact_(exact), flags_(flags),
          cur_(p.groups() + 1), results_(p.groups() + 1), rep_(p.states.size(), {-1, 0}) {}

    // A std::sub_match: `first` is set on entering the group, `second` and `matched` on
    // leaving it; a later iteration that skips the group keeps the old values.
    struct Sub {
        int64_t first = -1, second = -1;
        bool matched = false;
    };

    // _M_main_dispatch for the DFS executor at `begin`.
    bool run(int64_t begin) {
        begin_ = begin;
        current_ = begin;
        hasSol_ = false;
        solPos_ = -1;
        cur_ = results_;
        dfs(0);
        return hasSol_;
    }

    void allowPrevious() { flags_.prevAvail = true; }
    std::vector<Span> results() const {
        std::vector<Span> out;
        for (auto & r : results_) out.push_back(r.matched ? Span{r.first, r.second} : Span{});
        return out;
    }

private:
    void dfs(int i) {
        if (++steps_ > kReplayBudget) throw RegexTooComplex{};
        checkStack();
        const State & st = p_.states[size_t(i)];
        switch (st.op) {
        case Op::Repeat:
            // Greedy: once more first; leave the loop only if that found nothing.
            onceMore(i);
            if (!hasSol_) dfs(st.next);
            break;
        case Op::SubBegin: {
            Sub & sub = cur_[size_t(st.sub)];
            int64_t back = sub.first;
            sub.first = current_;
            dfs(st.next);
            cur_[size_t(st.sub)].first = back;
            break;
        }
        case Op::SubEnd: {
            Sub back = cur_[size_t(st.sub)];
            cur_[size_t(st.sub)].second = current_;
            cur_[size_t(st.sub)].matched = true;
            dfs(st.next);
            cur_[size_t(st.sub)] = back;
            break;
        }
        case Op::LineBegin:
            if (current_ == begin_ && !flags_.prevAvail) dfs(st.next);
            break;
        case Op::LineEnd:
            if (current_ == end_) dfs(st.next);
            break;
        case Op::Match:
            if (current_ == end_) break;
            if (p_.matchers[size_t(st.matcher)].test(static_cast<unsigned char>(s_[size_t(current_)]))) {
                ++current_;
                dfs(st.next);
                --current_;
            }
            break;
        case Op::Accept: accept(); break;
        case Op::Alt: {
            // POSIX: both alternatives are always tried.
            dfs(st.alt);
            bool had = hasSol_;
            hasSol_ = false;
            dfs(st.next);
            hasSol_ = hasSol_ || had;
            break;
        }
        case Op::Dummy: dfs(st.next); break;  // eliminated by the compiler; kept for safety
        }
    }

    // At most two consecutive empty iterations of a loop at one position.
    void onceMore(int i) {
        auto & rc = rep_[size_t(i)];
        if (rc.second == 0 || rc.first != current_) {
            auto back = rc;
            rc = {current_, 1};
            dfs(p_.states[size_t(i)].alt);
            rc = back;
        } else if (rc.second < 2) {
            rc.second++;
            dfs(p_.states[size_t(i)].alt);
            rc.second--;
        }
    }

    void accept() {
        hasSol_ = exact_ ? current_ == end_ : true;
        if (current_ == begin_ && flags_.notNull) hasSol_ = false;
        if (!hasSol_) return;
        // The longest wins; among equally long ones the first found.
        if (solPos_ < 0 || solPos_ - begin_ < current_ - begin_) {
            solPos_ = current_;
            results_ = cur_;
        }
    }

    const Program & p_;
    std::string_view s_;
    int64_t end_;
    bool exact_;
    SearchFlags flags_;
    std::vector<Sub> cur_, results_;
    std::vector<std::pair<int64_t, int>> rep_;
    int64_t begin_ = 0, current_ = 0, solPos_ = -1;
    bool hasSol_ = false;
    uint64_t steps_ = 0;
};

std::vector<Span> spansFrom(std::string_view subject, const std::vector<re2::StringPiece> & m, size_t from) {
    std::vector<Span> out;
    for (size_t i = from; i < m.size(); i++) {
        if (m[i].data() == nullptr) out.push_back(Span{});
        else {
            int64_t b = m[i].data() - subject.data();
            out.push_back(Span{b, b + int64_t(m[i].size())});
        }
    }
    return out;
}

}  // namespace

std::optional<std::vector<Span>> Program::replay(std::string_view subject, size_t start, bool exact,
                                                 SearchFlags flags) const {
    Replay r(*this, subject, exact, flags);
    try {
        if (exact || flags.continuous) {
            if (!r.run(int64_t(start))) return std::nullopt;
        } else {
            // _M_search: every start position in turn; `^` only at the first.
            bool found = r.run(int64_t(start));
            for (size_t b = start; !found && b < subject.size();) {
                r.allowPrevious();
                found = r.run(int64_t(++b));
            }
            if (!found) return std::nullopt;
        }
    } catch (const StackOverflow &) {
        throw RegexTooComplex{};
    }
    return r.results();
}

std::optional<std::vector<Span>> Program::match(std::string_view subject) const {
    std::vector<re2::StringPiece> m(groups_ + 1);
    if (re2Ok_) {
        if (!nullableLoop) {
            if (!first_->Match(subject, 0, subject.size(), RE2::ANCHOR_BOTH, m.data(), int(m.size())))
                return std::nullopt;
            return spansFrom(subject, m, 1);
        }
        // Whether there is a match at all does not depend on the engine.
        if (!longest_->Match(subject, 0, subject.size(), RE2::ANCHOR_BOTH, nullptr, 0)) return std::nullopt;
    }
    auto r = replay(subject, 0, true, {});
    if (!r) return std::nullopt;
    r->erase(r->begin());
    return r;
}

std::optional<std::vector<Span>> Program::search(std::string_view subject, size_t start, SearchFlags flags) const {
    // RE2 sees the whole subject as context, so its `^` holds only at offset 0; libstdc++'s
    // holds at `start` unless prevAvail. regex_iterator only ever searches from 0 without
    // prevAvail, but check rather than assume.
    bool anchorsAgree = (start == 0) == !flags.prevAvail;
    if (!re2Ok_ || !anchorsAgree) return replay(subject, start, false, flags);
    std::vector<re2::StringPiece> m(groups_ + 1);
    if (flags.continuous) {
        // The retry after an empty match: a non-empty match at `start` only.
        re2::StringPiece longest;
        if (!longest_->Match(subject, start, subject.size(), RE2::ANCHOR_START, &longest, 1) || longest.empty())
            return std::nullopt;
        return replay(subject, start, false, flags);
    }
    if (!first_->Match(subject, start, subject.size(), RE2::UNANCHORED, m.data(), int(m.size())))
        return std::nullopt;
    size_t at = size_t(m[0].data() - subject.data());
    if (!nullableLoop) {
        re2::StringPiece longest;
        longest_->Match(subject, at, subject.size(), RE2::ANCHOR_START, &longest, 1);
        if (longest.size() == m[0].size()) return spansFrom(subject, m, 0);
    }
    // No match starts before `at` (whatever the engine): replay libstdc++ there only.
    SearchFlags there = flags;
    there.prevAvail = flags.prevAvail || at > start;
    there.continuous = true;
    auto r = replay(subject, at, false, there);
    if (!r) throw RegexTooComplex{};  // cannot happen: RE2 found a match at `at`
    return r;
}

}  // namespace nixtwin::regex
