// strings_regex.cpp — builtins.match and builtins.split (POSIX extended regular expressions
// as the reference's std::regex understands them; see posix_regex.hpp and docs/REGEX.md).
#include <mutex>
#include <unordered_map>

#include "posix_regex.hpp"
#include "registry.hpp"

namespace nixtwin {

namespace {

using regex::Program;
using regex::Span;

// Compiled expressions, shared by all evaluations (also those on other threads): a compiled
// expression never changes.
std::shared_ptr<const Program> compiled(std::string_view re, Pos pos) {
    static std::mutex lock;
    static std::unordered_map<std::string, std::shared_ptr<const Program>> cache;
    {
        std::lock_guard guard(lock);
        if (auto it = cache.find(std::string(re)); it != cache.end()) return it->second;
    }
    try {
        auto p = Program::compile(re);
        std::lock_guard guard(lock);
        if (cache.size() > 1000) cache.clear();
        cache.emplace(std::string(re), p);
        return p;
    } catch (const regex::RegexError & e) {
        throwEvalError(std::string(e.memoryLimit ? "memory limit exceeded by regular expression '"
                                                 : "invalid regular expression '") +
                           std::string(re) + "'",
                       pos);
    }
}

[[noreturn]] void tooComplex(std::string_view re, Pos pos) {
    throwError(ErrorKind::Unsupported,
               "nixtwin cannot reproduce std::regex's result for the regular expression '" + std::string(re) +
                   "' on this string within its step limit",
               pos);
}

// The groups as a list: strings (without context, as in the reference) or null.
void groupList(EvalState & st, Value & v, std::string_view s, const std::vector<Span> & groups, size_t from) {
    st.mkList(v, groups.size() - from);
    for (size_t i = from; i < groups.size(); i++) {
        Value * g = v.listElems()[i - from] = st.allocValue();
        if (groups[i].matched()) st.mkString(*g, s.substr(size_t(groups[i].start), size_t(groups[i].end - groups[i].start)));
        else g->mkNull();
    }
}

void primMatch(EvalState & st, Pos pos, Value ** args, Value & v) {
    std::string re(st.forceStringNoCtx(*args[0], pos));
    auto program = compiled(re, pos);  // before the string is evaluated, as in the reference
    Context context;
    std::string_view s = st.forceString(*args[1], context, pos);
    std::optional<std::vector<Span>> groups;
    try {
        groups = program->match(s);
    } catch (const regex::RegexTooComplex &) {
        tooComplex(re, pos);
    }
    if (!groups) {
        v.mkNull();
        return;
    }
    groups->insert(groups->begin(), Span{0, int64_t(s.size())});
    groupList(st, v, s, *groups, 1);
}

// std::regex_iterator's walk: after an empty match, first a non-empty match at the same
// place, else the search goes on one character later.
void primSplit(EvalState & st, Pos pos, Value ** args, Value & v) {
    std::string re(st.forceStringNoCtx(*args[0], pos));
    auto program = compiled(re, pos);
    Context context;
    std::string_view s = st.forceString(*args[1], context, pos);

    struct Found {
        size_t prefixStart;
        std::vector<Span> groups;  // 0 = the whole match
    };
    std::vector<Found> found;
    try {
        regex::SearchFlags flags;
        auto m = program->search(s, 0, flags);
        while (m) {
            size_t prefixStart = found.empty() ? 0 : size_t(found.back().groups[0].end);
            found.push_back({prefixStart, *m});
            Span whole = (*m)[0];
            size_t next = size_t(whole.end);
            if (whole.start == whole.end) {
                if (next == s.size()) break;
                regex::SearchFlags retry = flags;
                retry.notNull = retry.continuous = true;
                if ((m = program->search(s, next, retry))) continue;
                next++;
            }
            flags.prevAvail = true;
            m = program->search(s, next, flags);
        }
    } catch (const regex::RegexTooComplex &) {
        tooComplex(re, pos);
    }

    if (found.empty()) {
        st.mkList(v, 1);
        v.listElems()[0] = args[1];  // the string itself, context included
        return;
    }
    st.mkList(v, 2 * found.size() + 1);
    size_t idx = 0;
    for (auto & f : found) {
        st.mkString(*(v.listElems()[idx++] = st.allocValue()),
                    s.substr(f.prefixStart, size_t(f.groups[0].start) - f.prefixStart));
        groupList(st, *(v.listElems()[idx++] = st.allocValue()), s, f.groups, 1);
    }
    st.mkString(*(v.listElems()[idx++] = st.allocValue()), s.substr(size_t(found.back().groups[0].end)));
}

const BuiltinSpec kRegex[] = {
    {"match", 2, primMatch},
    {"split", 2, primSplit},
};

}  // namespace

std::span<const BuiltinSpec> regexBuiltins() { return kRegex; }

}  // namespace nixtwin
