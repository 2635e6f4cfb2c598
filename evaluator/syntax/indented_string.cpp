// indented_string.cpp — indentation stripping for ''…'' strings, with the reference's rules:
// the minimum indentation of non-empty lines is removed; interpolations and escapes end a
// line's leading whitespace; a whitespace-only last line is dropped.
#include "parser_state.hpp"

namespace nixtwin {

Expr * stripIndentation(ParserState * st, Pos pos, IndStringParts & parts) {
    if (parts.empty()) return st->make<ExprString>(std::string());

    bool atStartOfLine = true;
    size_t minIndent = 1000000;
    size_t curIndent = 0;
    for (auto & [partPos, part] : parts) {
        auto * str = std::get_if<StringToken>(&part);
        if (!str || !str->hasIndentation) {
            if (atStartOfLine) {
                atStartOfLine = false;
                minIndent = std::min(minIndent, curIndent);
            }
            continue;
        }
        for (size_t j = 0; j < str->l; ++j) {
            char c = str->p[j];
            if (atStartOfLine) {
                if (c == ' ') curIndent++;
                else if (c == '\n') curIndent = 0;  // blank lines don't count
                else {
                    atStartOfLine = false;
                    minIndent = std::min(minIndent, curIndent);
                }
            } else if (c == '\n') {
                atStartOfLine = true;
                curIndent = 0;
            }
        }
    }

    StringParts out;
    atStartOfLine = true;
    size_t curDropped = 0;
    size_t remaining = parts.size();
    for (auto & [partPos, part] : parts) {
        if (auto * e = std::get_if<Expr *>(&part)) {
            atStartOfLine = false;
            curDropped = 0;
            out.emplace_back(partPos, *e);
            remaining--;
            continue;
        }
        auto & t = std::get<StringToken>(part);
        std::string s2;
        for (size_t j = 0; j < t.l; ++j) {
            char c = t.p[j];
            if (atStartOfLine) {
                if (c == ' ') {
                    if (curDropped++ >= minIndent) s2 += c;
                } else if (c == '\n') {
                    curDropped = 0;
                    s2 += c;
                } else {
                    atStartOfLine = false;
                    curDropped = 0;
                    s2 += c;
                }
            } else {
                s2 += c;
                if (c == '\n') atStartOfLine = true;
            }
        }
        if (remaining == 1) {  // the last part: drop a trailing whitespace-only line
            size_t p = s2.find_last_of('\n');
            if (p != std::string::npos && s2.find_first_not_of(' ', p + 1) == std::string::npos)
                s2.resize(p + 1);
        }
        out.emplace_back(partPos, st->make<ExprString>(std::move(s2)));
        remaining--;
    }

    if (out.size() == 1 && out[0].second->kind == ExprKind::String) return out[0].second;
    return st->make<ExprConcatStrings>(pos, true, std::move(out));
}

}  // namespace nixtwin
