// posix_regex_compile.cpp — the `extended` grammar as libstdc++ 12 parses it, building the
// same NFA it builds (same states, same order, same clones) and an RE2 pattern for the same
// language. Facts about libstdc++ were taken from its headers; the code is ours.
#include <map>
#include <stack>

#include <re2/re2.h>

#include "../support/stack.hpp"
#include "posix_regex.hpp"

namespace nixtwin::regex {

namespace {

constexpr size_t kStateLimit = 100000;  // _GLIBCXX_REGEX_STATE_LIMIT

[[noreturn]] void invalid() { throw RegexError{false}; }

// --- the "C" locale's character classes (std::ctype<char>::classic_table) ---

bool isUpper(int c) { return c >= 'A' && c <= 'Z'; }
bool isLower(int c) { return c >= 'a' && c <= 'z'; }
bool isDigit(int c) { return c >= '0' && c <= '9'; }
bool isAlpha(int c) { return isUpper(c) || isLower(c); }
bool isAlnum(int c) { return isAlpha(c) || isDigit(c); }
bool isSpace(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool isPrint(int c) { return c >= 0x20 && c <= 0x7e; }
bool isGraph(int c) { return c >= 0x21 && c <= 0x7e; }
bool isCntrl(int c) { return (c >= 0 && c < 0x20) || c == 0x7f; }
bool isPunct(int c) { return isGraph(c) && !isAlnum(c); }
bool isXdigit(int c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool isBlank(int c) { return c == ' ' || c == '\t'; }
int toLower(int c) { return isUpper(c) ? c + 32 : c; }

// [:name:] (the name is compared lower-cased) → the bytes it matches; false if unknown.
bool classBytes(std::string name, ByteSet & out) {
    for (auto & c : name) c = char(toLower(static_cast<unsigned char>(c)));
    bool (*pred)(int) = nullptr;
    bool underscore = false;
    if (name == "d" || name == "digit") pred = isDigit;
    else if (name == "w") pred = isAlnum, underscore = true;
    else if (name == "s" || name == "space") pred = isSpace;
    else if (name == "alnum") pred = isAlnum;
    else if (name == "alpha") pred = isAlpha;
    else if (name == "blank") pred = isBlank;
    else if (name == "cntrl") pred = isCntrl;
    else if (name == "graph") pred = isGraph;
    else if (name == "lower") pred = isLower;
    else if (name == "print") pred = isPrint;
    else if (name == "punct") pred = isPunct;
    else if (name == "upper") pred = isUpper;
    else if (name == "xdigit") pred = isXdigit;
    else return false;
    for (int b = 0; b < 128; b++)
        if (pred(b) || (underscore && b == '_')) out.set(size_t(b));
    return true;
}

// regex_traits::lookup_collatename: the POSIX names of the 128 ASCII characters.
const char * const kCollateNames[128] = {
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "alert", "backspace", "tab", "newline", "vertical-tab",
    "form-feed", "carriage-return", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM",
    "SUB", "ESC", "IS4", "IS3", "IS2", "IS1", "space", "exclamation-mark", "quotation-mark", "number-sign",
    "dollar-sign", "percent-sign", "ampersand", "apostrophe", "left-parenthesis", "right-parenthesis", "asterisk",
    "plus-sign", "comma", "hyphen", "period", "slash", "zero", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "colon", "semicolon", "less-than-sign", "equals-sign", "greater-than-sign", "question-mark",
    "commercial-at", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T",
    "U", "V", "W", "X", "Y", "Z", "left-square-bracket", "backslash", "right-square-bracket", "circumflex",
    "underscore", "grave-accent", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q",
    "r", "s", "t", "u", "v", "w", "x", "y", "z", "left-curly-bracket", "vertical-line", "right-curly-bracket", "tilde",
    "DEL"};

std::optional<char> collateName(const std::string & name) {
    for (int i = 0; i < 128; i++)
        if (name == kCollateNames[i]) return char(i);
    return std::nullopt;
}

// --- the scanner (libstdc++'s _Scanner for `extended`, compiled with __STRICT_ANSI__) ---

enum class Tok {
    OrdChar, SubBegin, SubEnd, BracketBegin, BracketNegBegin, BracketEnd, BracketDash, CollSymbol, EquivClass,
    CharClass, IntervalBegin, IntervalEnd, DupCount, Comma, LineBegin, LineEnd, AnyChar, Closure0, Closure1, Opt, Or,
    Eof,
};

class Scanner {
public:
    explicit Scanner(std::string_view s) : s_(s) { advance(); }
    Tok token() const { return token_; }
    const std::string & value() const { return value_; }

    void advance() {
        if (pos_ == s_.size()) {
            token_ = Tok::Eof;
            return;
        }
        switch (state_) {
        case State::Normal: scanNormal(); break;
        case State::Bracket: scanBracket(); break;
        case State::Brace: scanBrace(); break;
        }
    }

private:
    enum class State { Normal, Bracket, Brace };
    static constexpr std::string_view kSpecial = ".[\\()*+?{|^$";

    void ord(char c) {
        token_ = Tok::OrdChar;
        value_.assign(1, c);
    }

    void scanNormal() {
        char c = s_[pos_++];
        if (c != 0 && kSpecial.find(c) == std::string_view::npos) return ord(c);
        if (c == '\\') {
            if (pos_ == s_.size()) invalid();
            // Only the special characters may be escaped; escaping anything else is an error.
            char e = s_[pos_];
            if (e == 0 || kSpecial.find(e) == std::string_view::npos) invalid();
            pos_++;
            return ord(e);
        }
        switch (c) {
        case '(': token_ = Tok::SubBegin; break;
        case ')': token_ = Tok::SubEnd; break;
        case '[':
            state_ = State::Bracket;
            atBracketStart_ = true;
            if (pos_ < s_.size() && s_[pos_] == '^') {
                token_ = Tok::BracketNegBegin;
                pos_++;
            } else {
                token_ = Tok::BracketBegin;
            }
            break;
        case '{':
            state_ = State::Brace;
            token_ = Tok::IntervalBegin;
            break;
        case 0: invalid();  // a NUL byte (cannot occur in a Nix string)
        case '^': token_ = Tok::LineBegin; break;
        case '$': token_ = Tok::LineEnd; break;
        case '.': token_ = Tok::AnyChar; break;
        case '*': token_ = Tok::Closure0; break;
        case '+': token_ = Tok::Closure1; break;
        case '?': token_ = Tok::Opt; break;
        case '|': token_ = Tok::Or; break;
        default: invalid();
        }
    }

    void scanBracket() {
        char c = s_[pos_++];
        if (c == '-') {
            token_ = Tok::BracketDash;
        } else if (c == '[') {
            if (pos_ == s_.size()) invalid();
            char k = s_[pos_];
            if (k == '.' || k == ':' || k == '=') {
                pos_++;
                token_ = k == '.' ? Tok::CollSymbol : k == ':' ? Tok::CharClass : Tok::EquivClass;
                eatClass(k);
            } else {
                ord(c);
            }
        } else if (c == ']' && !atBracketStart_) {  // "[]…]" and "[^]…]" start with a literal ']'
            token_ = Tok::BracketEnd;
            state_ = State::Normal;
        } else {
            ord(c);  // including '\\', which is literal inside brackets
        }
        atBracketStart_ = false;
    }

    void eatClass(char k) {
        value_.clear();
        while (pos_ < s_.size() && s_[pos_] != k) value_ += s_[pos_++];
        if (pos_ == s_.size() || s_[pos_++] != k || pos_ == s_.size() || s_[pos_++] != ']') invalid();
    }

    void scanBrace() {
        char c = s_[pos_++];
        if (isDigit(static_cast<unsigned char>(c))) {
            token_ = Tok::DupCount;
            value_.assign(1, c);
            while (pos_ < s_.size() && isDigit(static_cast<unsigned char>(s_[pos_]))) value_ += s_[pos_++];
        } else if (c == ',') {
            token_ = Tok::Comma;
        } else if (c == '}') {
            state_ = State::Normal;
            token_ = Tok::IntervalEnd;
        } else {
            invalid();
        }
    }

    std::string_view s_;
    size_t pos_ = 0;
    State state_ = State::Normal;
    bool atBracketStart_ = false;
    Tok token_ = Tok::Eof;
    std::string value_;
};

// The RE2 spelling of a set of bytes (Latin-1 code points).
std::string re2Class(const ByteSet & set) {
    if (set.none()) return "[^\\x00-\\x{ff}]";
    std::string out = "[";
    char buf[24];
    for (int b = 0; b < 256;) {
        if (!set.test(size_t(b))) {
            b++;
            continue;
        }
        int e = b;
        while (e + 1 < 256 && set.test(size_t(e + 1))) e++;
        snprintf(buf, sizeof buf, e == b ? "\\x{%02x}" : "\\x{%02x}-\\x{%02x}", b, e);
        out += buf;
        b = e + 1;
    }
    return out + "]";
}

}  // namespace

// --- the compiler: libstdc++'s _Compiler, state for state ---

class Compiler {
public:
    Compiler(std::string_view pattern, Program & p) : scan_(pattern), p_(p) {}

    void compile() {
        // The start state is the whole-match group's begin (state 0).
        Item r{0, 0, "", false};
        int begin = insert(State{Op::SubBegin, -1, -1, nextGroup(), -1});
        append(r, begin);
        disjunction();
        if (!accept(Tok::Eof)) invalid();
        Item body = pop();
        append(r, body);
        append(r, insert(State{Op::SubEnd, -1, -1, closeGroup(), -1}));
        append(r, insert(State{Op::Accept}));
        eliminateDummies();
        p_.re2Pattern = body.re;
        p_.groups_ = size_t(groupCount_ - 1);
    }

private:
    // A fragment: NFA states from `start` to `end`, its RE2 spelling, and whether it can
    // match the empty string.
    struct Item {
        int start, end;
        std::string re;
        bool nullable;
    };

    bool accept(Tok t) {
        if (scan_.token() != t) return false;
        value_ = scan_.value();
        scan_.advance();
        return true;
    }

    int insert(State s) {
        p_.states.push_back(s);
        if (p_.states.size() > kStateLimit) throw RegexError{true};
        return int(p_.states.size() - 1);
    }
    void append(Item & seq, int id) {
        p_.states[size_t(seq.end)].next = id;
        seq.end = id;
    }
    void append(Item & seq, const Item & s) {
        p_.states[size_t(seq.end)].next = s.start;
        seq.end = s.end;
        seq.re += s.re;
        seq.nullable = seq.nullable && s.nullable;
    }
    int nextGroup() {
        parens_.push_back(groupCount_);
        return groupCount_++;
    }
    int closeGroup() {
        int g = parens_.back();
        parens_.pop_back();
        return g;
    }
    Item pop() {
        Item i = std::move(stack_.back());
        stack_.pop_back();
        return i;
    }
    void push(Item i) { stack_.push_back(std::move(i)); }
    Item single(State s, std::string re, bool nullable) {
        int id = insert(s);
        return Item{id, id, std::move(re), nullable};
    }

    // _StateSeq::_M_clone, including its habit of copying a state twice when it is pushed
    // twice before being visited (the copies count towards the state limit).
    Item clone(const Item & r) {
        std::map<int, int> m;
        std::stack<int> pending;
        pending.push(r.start);
        while (!pending.empty()) {
            int u = pending.top();
            pending.pop();
            State dup = p_.states[size_t(u)];
            int id = insert(dup);
            m[u] = id;
            if (dup.hasAlt() && dup.alt != -1 && m.count(dup.alt) == 0) pending.push(dup.alt);
            if (u == r.end) continue;
            if (dup.next != -1 && m.count(dup.next) == 0) pending.push(dup.next);
        }
        for (auto & [from, to] : m) {
            State & s = p_.states[size_t(to)];
            if (s.next != -1) s.next = m.find(s.next)->second;
            if (s.hasAlt() && s.alt != -1) s.alt = m.find(s.alt)->second;
        }
        return Item{m[r.start], m[r.end], r.re, r.nullable};
    }

    void disjunction() {
        alternative();
        while (accept(Tok::Or)) {
            Item left = pop();
            alternative();
            Item right = pop();
            int end = insert(State{Op::Dummy});
            append(left, end);
            append(right, end);
            // Alt's `alt` (tried first) is the left alternative.
            int alt = insert(State{Op::Alt, right.start, left.start});
            push(Item{alt, end, "(?:" + left.re + "|" + right.re + ")", left.nullable || right.nullable});
        }
    }

    // Recursive like the reference (one level per term, each sequence ending in a dummy).
    void alternative() {
        checkStack();
        if (term()) {
            Item seq = pop();
            alternative();
            append(seq, pop());
            push(std::move(seq));
        } else {
            push(single(State{Op::Dummy}, "", true));
        }
    }

    bool term() {
        if (accept(Tok::LineBegin)) {
            push(single(State{Op::LineBegin}, "^", true));
            return true;
        }
        if (accept(Tok::LineEnd)) {
            push(single(State{Op::LineEnd}, "$", true));
            return true;
        }
        if (!atom()) return false;
        while (quantifier()) {
        }
        return true;
    }

    int matcher(const ByteSet & set) {
        p_.matchers.push_back(set);
        return int(p_.matchers.size() - 1);
    }

    bool atom() {
        if (accept(Tok::AnyChar)) {
            ByteSet any;
            any.set();
            any.reset(0);  // the POSIX '.' matches anything but NUL
            push(single(State{Op::Match, -1, -1, 0, matcher(any)}, re2Class(any), false));
        } else if (accept(Tok::OrdChar)) {
            ByteSet one;
            one.set(static_cast<unsigned char>(value_[0]));
            push(single(State{Op::Match, -1, -1, 0, matcher(one)}, re2Class(one), false));
        } else if (accept(Tok::SubBegin)) {
            Item r{0, 0, "", true};
            int begin = insert(State{Op::SubBegin, -1, -1, nextGroup(), -1});
            r.start = r.end = begin;
            disjunction();
            if (!accept(Tok::SubEnd)) invalid();
            Item inner = pop();
            append(r, inner);
            append(r, insert(State{Op::SubEnd, -1, -1, closeGroup(), -1}));
            r.re = "(" + inner.re + ")";
            push(std::move(r));
        } else if (accept(Tok::BracketNegBegin)) {
            bracket(true);
        } else if (accept(Tok::BracketBegin)) {
            bracket(false);
        } else {
            return false;
        }
        return true;
    }

    // A bracket expression: the set of bytes libstdc++'s _BracketMatcher accepts.
    void bracket(bool negated) {
        ByteSet set;
        std::vector<std::pair<signed char, signed char>> ranges;  // compared as (signed) char
        enum class Last { None, Char, Class } last = Last::None;
        char lastChar = 0;
        auto pushChar = [&](char c) {
            if (last == Last::Char) set.set(static_cast<unsigned char>(lastChar));
            last = Last::Char;
            lastChar = c;
        };
        auto pushClass = [&] {
            if (last == Last::Char) set.set(static_cast<unsigned char>(lastChar));
            last = Last::Class;
        };
        auto makeRange = [&](char l, char r) {
            if (static_cast<signed char>(l) > static_cast<signed char>(r)) invalid();
            ranges.emplace_back(static_cast<signed char>(l), static_cast<signed char>(r));
            last = Last::None;
        };
        if (accept(Tok::OrdChar)) pushChar(value_[0]);
        else if (accept(Tok::BracketDash)) pushChar('-');
        while (true) {
            if (accept(Tok::BracketEnd)) break;
            if (accept(Tok::CollSymbol)) {
                auto c = collateName(value_);
                if (!c) invalid();
                set.set(static_cast<unsigned char>(*c));
                pushChar(*c);
            } else if (accept(Tok::EquivClass)) {
                auto c = collateName(value_);
                if (!c) invalid();
                pushClass();
                // Same primary collation key in the "C" locale: same lower-case letter.
                for (int b = 0; b < 256; b++)
                    if (toLower(b) == toLower(static_cast<unsigned char>(*c))) set.set(size_t(b));
            } else if (accept(Tok::CharClass)) {
                pushClass();
                if (!classBytes(value_, set)) invalid();
            } else if (accept(Tok::OrdChar)) {
                pushChar(value_[0]);
            } else if (accept(Tok::BracketDash)) {
                if (accept(Tok::BracketEnd)) {  // "-]": a literal dash
                    pushChar('-');
                    break;
                }
                if (last == Last::Class) invalid();
                if (last != Last::Char) invalid();  // POSIX: no '-' after a range
                if (accept(Tok::OrdChar)) makeRange(lastChar, value_[0]);
                else if (accept(Tok::BracketDash)) makeRange(lastChar, '-');
                else invalid();
            } else {
                invalid();
            }
        }
        if (last == Last::Char) set.set(static_cast<unsigned char>(lastChar));
        for (auto [l, r] : ranges)
            for (int b = 0; b < 256; b++) {
                signed char c = static_cast<signed char>(b);
                if (l <= c && c <= r) set.set(size_t(b));
            }
        if (negated) set.flip();
        push(single(State{Op::Match, -1, -1, 0, matcher(set)}, re2Class(set), false));
    }

    // _M_cur_int_value: accumulated in a long (wrapping), returned as an int.
    static long intValue(const std::string & digits) {
        uint64_t v = 0;
        for (char c : digits) v = v * 10 + uint64_t(c - '0');
        return long(int32_t(uint32_t(v)));
    }

    static std::string quantified(const Item & e, const std::string & op) { return "(?:" + e.re + ")" + op; }

    bool quantifier() {
        if (accept(Tok::Closure0)) {
            if (stack_.empty()) invalid();
            Item e = pop();
            if (e.nullable) p_.nullableLoop = true;
            int r = insert(State{Op::Repeat, -1, e.start});
            append(e, r);
            push(Item{r, r, quantified(e, "*"), true});
        } else if (accept(Tok::Closure1)) {
            if (stack_.empty()) invalid();
            Item e = pop();
            if (e.nullable) p_.nullableLoop = true;
            std::string re = quantified(e, "+");
            int r = insert(State{Op::Repeat, -1, e.start});
            int start = e.start;
            bool nullable = e.nullable;
            append(e, r);
            push(Item{start, r, re, nullable});
        } else if (accept(Tok::Opt)) {
            if (stack_.empty()) invalid();
            Item e = pop();
            int end = insert(State{Op::Dummy});
            Item r = single(State{Op::Repeat, -1, e.start}, quantified(e, "?"), true);
            append(e, end);
            p_.states[size_t(r.end)].next = end;
            r.end = end;
            push(std::move(r));
        } else if (accept(Tok::IntervalBegin)) {
            interval();
        } else {
            return false;
        }
        return true;
    }

    void interval() {
        if (stack_.empty()) invalid();
        if (!accept(Tok::DupCount)) invalid();
        Item r = pop();
        Item e = single(State{Op::Dummy}, "", true);
        long minRep = intValue(value_);
        bool infinite = false;
        long n = 0;
        if (accept(Tok::Comma)) {
            if (accept(Tok::DupCount)) n = intValue(value_) - minRep;
            else infinite = true;
        }
        if (!accept(Tok::IntervalEnd)) invalid();
        for (long i = 0; i < minRep; ++i) {
            Item c = clone(r);
            p_.states[size_t(e.end)].next = c.start;
            e.end = c.end;
        }
        long lo = minRep > 0 ? minRep : 0;
        std::string counts;
        if (infinite) {
            if (r.nullable) p_.nullableLoop = true;
            Item tmp = clone(r);
            int s = insert(State{Op::Repeat, -1, tmp.start});
            p_.states[size_t(tmp.end)].next = s;
            p_.states[size_t(e.end)].next = s;
            e.end = s;
            counts = std::string("{").append(std::to_string(lo)).append(",}");
            if (lo > 1000) re2TooBig_ = true;
        } else {
            if (n < 0) invalid();
            int end = insert(State{Op::Dummy});
            std::vector<int> alts;
            for (long i = 0; i < n; ++i) {
                Item tmp = clone(r);
                int alt = insert(State{Op::Repeat, tmp.start, end});
                alts.push_back(alt);
                p_.states[size_t(e.end)].next = alt;
                e.end = tmp.end;
            }
            p_.states[size_t(e.end)].next = end;
            e.end = end;
            // "Match more" must be the branch tried first.
            for (auto it = alts.rbegin(); it != alts.rend(); ++it) {
                State & s = p_.states[size_t(*it)];
                std::swap(s.next, s.alt);
            }
            counts = std::string("{").append(std::to_string(lo)).append(",").append(std::to_string(lo + n)).append("}");
            if (lo + n > 1000) re2TooBig_ = true;
        }
        e.re = quantified(r, counts);
        e.nullable = lo == 0 || r.nullable;
        push(std::move(e));
    }

    void eliminateDummies() {
        auto & st = p_.states;
        for (auto & s : st) {
            while (s.next >= 0 && st[size_t(s.next)].op == Op::Dummy) s.next = st[size_t(s.next)].next;
            if (s.hasAlt())
                while (s.alt >= 0 && st[size_t(s.alt)].op == Op::Dummy) s.alt = st[size_t(s.alt)].next;
        }
    }

public:
    bool re2TooBig_ = false;  // a count RE2 cannot express (over 1000)

private:
    Scanner scan_;
    Program & p_;
    std::string value_;
    std::vector<Item> stack_;
    std::vector<int> parens_;
    int groupCount_ = 0;
};

Program::Program() = default;
Program::~Program() = default;

std::shared_ptr<const Program> Program::compile(std::string_view pattern) {
    std::shared_ptr<Program> p(new Program());
    Compiler c(pattern, *p);
    c.compile();
    if (!c.re2TooBig_) {
        RE2::Options o;
        o.set_encoding(RE2::Options::EncodingLatin1);
        o.set_log_errors(false);
        o.set_max_mem(int64_t(64) << 20);
        p->first_ = std::make_unique<re2::RE2>(p->re2Pattern, o);
        o.set_longest_match(true);
        p->longest_ = std::make_unique<re2::RE2>(p->re2Pattern, o);
        p->re2Ok_ = p->first_->ok() && p->longest_->ok() &&
                    size_t(p->first_->NumberOfCapturingGroups()) == p->groups_;
    }
    return p;
}

}  // namespace nixtwin::regex
