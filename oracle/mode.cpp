// mode.cpp — flags, record splitting and history sensitivity per mode.
#include "mode.hpp"

#include <algorithm>

namespace nixtwin::oracle {

namespace {
constexpr std::string_view kXmlHeader = "<?xml version='1.0' encoding='utf-8'?>\n";
}

const char * modeName(Mode m) {
    switch (m) {
        case Mode::Parse: return "parse";
        case Mode::Eval: return "eval";
        case Mode::EvalStrict: return "eval-strict";
        case Mode::Json: return "json";
        case Mode::Xml: return "xml";
    }
    return "?";
}

std::optional<Mode> parseModeName(std::string_view s) {
    for (Mode m : {Mode::Parse, Mode::Eval, Mode::EvalStrict, Mode::Json, Mode::Xml})
        if (s == modeName(m)) return m;
    return std::nullopt;
}

std::string allModeNames() { return "parse, eval, eval-strict, json, xml"; }

std::vector<std::string> modeFlags(Mode m) {
    switch (m) {
        case Mode::Parse: return {"--parse"};
        case Mode::Eval: return {"--eval"};
        case Mode::EvalStrict: return {"--eval", "--strict"};
        case Mode::Json: return {"--eval", "--strict", "--json"};
        case Mode::Xml: return {"--eval", "--strict", "--xml"};
    }
    return {};
}

SplitOutput splitRecords(Mode m, const std::string & out, bool processSucceeded) {
    SplitOutput r;
    if (m != Mode::Xml) {
        // One line per input: strings are printed escaped, so a value never spans lines.
        std::size_t start = 0;
        for (;;) {
            std::size_t nl = out.find('\n', start);
            if (nl == std::string::npos) break;
            r.complete.push_back(out.substr(start, nl + 1 - start));
            start = nl + 1;
        }
        r.rest = out.substr(start);
        return r;
    }
    // XML: every document starts with the same header line; text inside is escaped, so the
    // header cannot occur within a document.
    std::vector<std::size_t> starts;
    for (std::size_t pos = out.find(kXmlHeader); pos != std::string::npos; pos = out.find(kXmlHeader, pos + 1))
        if (pos == 0 || out[pos - 1] == '\n') starts.push_back(pos);
    if (starts.empty() || starts[0] != 0) {
        r.rest = out;  // not what we expected: nothing is trusted
        return r;
    }
    for (std::size_t i = 0; i + 1 < starts.size(); i++) r.complete.push_back(out.substr(starts[i], starts[i + 1] - starts[i]));
    std::string last = out.substr(starts.back());
    if (processSucceeded && !last.empty() && last.back() == '\n') r.complete.push_back(last);
    else r.rest = last;
    return r;
}

bool mayDependOnProcessHistory(Mode m, std::string_view record) {
    if (m != Mode::Parse) return false;
    // Two bindings in one set/let print at least two ';'. Formals print as "{ a, b }".
    if (std::count(record.begin(), record.end(), ';') >= 2) return true;
    if (record.find(", ") != std::string_view::npos) return true;
    return false;
}

}  // namespace nixtwin::oracle
