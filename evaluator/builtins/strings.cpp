// strings.cpp — toString stringLength substring concatStringsSep replaceStrings splitVersion
// compareVersions parseDrvName baseNameOf dirOf toPath.
//
// Strings are byte strings (no UTF-8 awareness), and every result keeps the context of the
// strings it was made from, as the reference's do.
#include <climits>
#include <deque>
#include <optional>
#include <vector>

#include "../syntax/path_util.hpp"
#include "registry.hpp"

namespace nixtwin {

namespace {

// toString: like interpolation but also accepting numbers, Booleans, null and lists, and
// leaving paths as they are (not copied to the store).
void primToString(EvalState & st, Pos pos, Value ** args, Value & v) {
    Context context;
    std::string s = st.coerceToString(pos, *args[0], context, true, false);
    st.mkString(v, s, context);
}

// stringLength counts bytes of the string an interpolation would give (a path is copied to
// the store first, as in the reference).
void primStringLength(EvalState & st, Pos pos, Value ** args, Value & v) {
    Context context;
    std::string s = st.coerceToString(pos, *args[0], context);
    v.mkInt(NixInt(s.size()));
}

// The reference reads start and length into C `int`s: larger values are truncated, and a
// negative length (converted to an unsigned size) means "to the end".
int truncateToInt(NixInt n) { return int(uint32_t(uint64_t(n))); }

void primSubstring(EvalState & st, Pos pos, Value ** args, Value & v) {
    int start = truncateToInt(st.forceInt(*args[0], pos));
    int len = truncateToInt(st.forceInt(*args[1], pos));
    Context context;
    std::string s = st.coerceToString(pos, *args[2], context);  // coerced before the start check
    if (start < 0) throwEvalError("negative start position in 'substring'", pos);
    size_t from = size_t(start);
    st.mkString(v, from >= s.size() ? std::string() : s.substr(from, size_t(ptrdiff_t(len))), context);
}

void primConcatStringsSep(EvalState & st, Pos pos, Value ** args, Value & v) {
    Context context;
    std::string_view sep = st.forceString(*args[0], context, pos);  // a real string, not coerced
    st.forceList(*args[1], pos);
    // Strings are joined from where they are (the list keeps them alive); only the other values
    // are coerced into temporaries. The result is written once, at its final size.
    std::vector<std::string_view> parts;
    parts.reserve(args[1]->listSize());
    std::deque<std::string> coerced;
    for (Value * elem : args[1]->listItems()) {
        st.forceValue(*elem, pos);
        if (elem->type() == ValueType::String) parts.push_back(st.forceString(*elem, context, pos));
        else parts.push_back(coerced.emplace_back(st.coerceToString(pos, *elem, context)));
    }
    st.mkJoinedString(v, parts, sep, context);
}

struct Replacement {
    std::string text;
    Context context;
};

// replaceStrings from to s: scans s left to right; at each position the first pattern of
// `from` that matches wins. An empty pattern matches at every position (including the end),
// inserting its replacement before the next byte. The context of a replacement is added only
// if it was used; the patterns' contexts are dropped.
void primReplaceStrings(EvalState & st, Pos pos, Value ** args, Value & v) {
    st.forceList(*args[0], pos);
    st.forceList(*args[1], pos);
    if (args[0]->listSize() != args[1]->listSize())
        throwEvalError("'from' and 'to' arguments to 'replaceStrings' have different lengths", pos);
    std::vector<std::string> from;
    for (Value * elem : args[0]->listItems()) from.emplace_back(st.forceString(*elem, pos));
    std::vector<Replacement> to;
    for (Value * elem : args[1]->listItems()) {
        Replacement r;
        r.text = st.forceString(*elem, r.context, pos);
        to.push_back(std::move(r));
    }
    Context context;
    std::string s(st.forceString(*args[2], context, pos));

    std::string res;
    for (size_t p = 0; p <= s.size();) {
        size_t i = 0;
        while (i < from.size() && s.compare(p, from[i].size(), from[i]) != 0) i++;
        if (i < from.size()) {
            res += to[i].text;
            context.insert(to[i].context.begin(), to[i].context.end());
            if (!from[i].empty()) {
                p += from[i].size();
                continue;
            }
        }
        if (p < s.size()) res += s[p];
        p++;
    }
    st.mkString(v, res, context);
}

// --- versions (ASCII classification: the reference runs in the C locale) ---

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The next version component after skipping separators ('.' and '-'): a run of digits or a
// run of other non-separator bytes; "" at the end.
std::string_view nextComponent(std::string_view s, size_t & p) {
    while (p < s.size() && (s[p] == '.' || s[p] == '-')) p++;
    size_t start = p;
    if (p < s.size() && isDigit(s[p]))
        while (p < s.size() && isDigit(s[p])) p++;
    else
        while (p < s.size() && !isDigit(s[p]) && s[p] != '.' && s[p] != '-') p++;
    return s.substr(start, p - start);
}

// A component as a number, if it is one that fits in a C int (the reference's bound).
std::optional<int> componentNumber(std::string_view c) {
    if (c.empty()) return std::nullopt;
    long long n = 0;
    for (char ch : c) {
        if (!isDigit(ch)) return std::nullopt;
        n = n * 10 + (ch - '0');
        if (n > INT_MAX) return std::nullopt;
    }
    return int(n);
}

// Component order: numbers numerically; "" before a number; "pre" before anything else;
// a word before a number ("2.3a" < "2.3.1"); words bytewise.
bool componentLess(std::string_view c1, std::string_view c2) {
    auto n1 = componentNumber(c1), n2 = componentNumber(c2);
    if (n1 && n2) return *n1 < *n2;
    if (c1.empty() && n2) return true;
    if (c1 == "pre" && c2 != "pre") return true;
    if (c2 == "pre") return false;
    if (n2) return true;
    if (n1) return false;
    return c1 < c2;
}

int compareVersionStrings(std::string_view v1, std::string_view v2) {
    size_t p1 = 0, p2 = 0;
    while (p1 < v1.size() || p2 < v2.size()) {
        auto c1 = nextComponent(v1, p1);
        auto c2 = nextComponent(v2, p2);
        if (componentLess(c1, c2)) return -1;
        if (componentLess(c2, c1)) return 1;
    }
    return 0;
}

void primCompareVersions(EvalState & st, Pos pos, Value ** args, Value & v) {
    std::string v1(st.forceStringNoCtx(*args[0], pos));
    std::string v2(st.forceStringNoCtx(*args[1], pos));
    v.mkInt(compareVersionStrings(v1, v2));
}

void primSplitVersion(EvalState & st, Pos pos, Value ** args, Value & v) {
    std::string version(st.forceStringNoCtx(*args[0], pos));
    std::vector<std::string_view> components;
    for (size_t p = 0; p < version.size();) {
        auto c = nextComponent(version, p);
        if (c.empty()) break;
        components.push_back(c);
    }
    Value list;
    st.mkList(list, components.size());
    for (size_t i = 0; i < components.size(); i++) st.mkString(*(list.listElems()[i] = st.allocValue()), components[i]);
    v = list;
}

// parseDrvName: the name ends at the first '-' that is followed by a non-letter.
void primParseDrvName(EvalState & st, Pos pos, Value ** args, Value & v) {
    std::string s(st.forceStringNoCtx(*args[0], pos));
    std::string name = s, version;
    for (size_t i = 0; i + 1 < s.size(); i++)
        if (s[i] == '-' && !isAlpha(s[i + 1])) {
            name = s.substr(0, i);
            version = s.substr(i + 1);
            break;
        }
    Bindings * b = st.allocBindings(2);
    st.mkString(*st.allocAttr(b, st.sName), name);
    st.mkString(*st.allocAttr(b, st.symbols.intern("version")), version);
    b->sort();
    v.mkAttrs(b);
}

// --- paths as strings ---

void primBaseNameOf(EvalState & st, Pos pos, Value ** args, Value & v) {
    Context context;
    std::string path = st.coerceToString(pos, *args[0], context, false, false);
    st.mkString(v, baseNameOf(path), context);
}

// dirOf keeps the kind of its argument: a path gives a path, anything else a string.
void primDirOf(EvalState & st, Pos pos, Value ** args, Value & v) {
    Context context;
    std::string path = st.coerceToString(pos, *args[0], context, false, false);
    std::string dir = directoryOf(path);
    if (args[0]->type() == ValueType::Path) st.mkPath(v, dir);
    else st.mkString(v, dir, context);
}

// toPath (deprecated): an absolute path string, canonicalised, still a string.
void primToPath(EvalState & st, Pos pos, Value ** args, Value & v) {
    Context context;
    std::string path = st.coerceToPath(pos, *args[0], context);
    st.mkString(v, canonicalPath(path), context);
}

const BuiltinSpec kStrings[] = {
    {"toString", 1, primToString, true},  // borrows: the value is only read (a __toString call gets it as `self`, and its result is only coerced)
    {"stringLength", 1, primStringLength},
    {"substring", 3, primSubstring},
    {"concatStringsSep", 2, primConcatStringsSep},
    {"replaceStrings", 3, primReplaceStrings},
    {"splitVersion", 1, primSplitVersion},
    {"compareVersions", 2, primCompareVersions},
    {"parseDrvName", 1, primParseDrvName},
    {"baseNameOf", 1, primBaseNameOf},
    {"dirOf", 1, primDirOf},
    {"toPath", 1, primToPath},
};

}  // namespace

std::span<const BuiltinSpec> stringBuiltins() { return kStrings; }

}  // namespace nixtwin
