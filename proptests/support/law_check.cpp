// law_check.cpp — failure messages of the laws.
#include "law_check.hpp"

#include <cstdio>
#include <sstream>

#include "value_json.hpp"

namespace nixtwin::proptest {

namespace {

const char * const kMissingBuiltin = "is not available in nixtwin yet";

// Bytes a terminal would not show: control bytes, DEL, and bytes that are not UTF-8.
bool invisible(const std::string & s) {
    if (!gen::isValidUtf8(s)) return true;
    for (unsigned char c : s)
        if ((c < 0x20 && c != '\n') || c == 0x7f) return true;
    return false;
}

std::string hexEscaped(const std::string & s, bool escapeQuote) {
    std::string out;
    for (unsigned char c : s) {
        if (c == '\\' || (escapeQuote && c == '\'')) {
            out += '\\';
            out += char(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c < 0x20 || c >= 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", unsigned(c));
            out += buf;
        } else {
            out += char(c);
        }
    }
    return out;
}

std::string visible(const std::string & s) { return invisible(s) ? hexEscaped(s, false) + "   (bytes shown as \\xNN)" : s; }

std::string describe(const EvalOutcome & r) {
    if (r.exitCode == 0) return visible(r.out);
    return "exit " + std::to_string(r.exitCode) + ": " + visible(r.errorLine());
}

}  // namespace

std::string pasteCommand(const std::string & program) {
    // Invisible bytes go through bash's $'…' quoting, so that the command shows them and
    // still passes the program byte for byte.
    if (invisible(program)) return "nixtwin check --expr $'" + hexEscaped(program, true) + "'";
    std::string q = "'";
    for (char c : program) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return "nixtwin check --expr " + q + "'";
}

std::uint64_t currentSeed() { return rc::detail::configuration().testParams.seed; }

std::string currentLaw() {
    auto * info = ::testing::UnitTest::GetInstance()->current_test_info();
    return info ? std::string(info->test_suite_name()) + "." + info->name() : "?";
}

void lawFailed(const std::string & program, const std::string & expected, const EvalOutcome & got, const std::string & note) {
    std::ostringstream os;
    os << "law " << currentLaw() << " does not hold";
    if (got.err.find(kMissingBuiltin) != std::string::npos)
        os << " — it needs a builtin nixtwin does not implement yet (" << got.errorLine() << ")";
    os << "\n  seed:     " << currentSeed() << "  (RC_PARAMS=\"seed=" << currentSeed() << "\")"
       << "\n  engine:   " << engineName()
       << "\n  program:  " << pasteCommand(program)
       << "\n  expected: " << visible(expected)
       << "\n  got:      " << describe(got);
    if (!note.empty()) os << "\n  note:     " << note;
    RC_FAIL(os.str());
}

std::string evalOk(const std::string & program) {
    auto r = evalStrict(program);
    if (r.exitCode != 0) lawFailed(program, "success", r);
    return r.out;
}

void expectPrints(const std::string & program, const std::string & expected) {
    auto r = evalStrict(program);
    if (r.exitCode != 0 || r.out != expected) lawFailed(program, expected, r);
}

void expectError(const std::string & program, const std::string & expectedFirstLine) {
    auto r = evalStrict(program);
    if (r.exitCode == 0 || r.errorLine() != expectedFirstLine) lawFailed(program, expectedFirstLine, r);
}

void expectThat(bool ok, const std::string & program, const std::string & expected, const std::string & seen) {
    if (ok) return;
    EvalOutcome r;
    r.out = seen;
    lawFailed(program, expected, r);
}

}  // namespace nixtwin::proptest
