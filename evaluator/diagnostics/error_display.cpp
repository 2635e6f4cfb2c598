// error_display.cpp — error layout identical to the reference's (without colours).
#include "error_display.hpp"

#include <cstdio>
#include <optional>
#include <sstream>

namespace nixtwin {

namespace {

struct CodeLines {
    std::optional<std::string> previous, current, next;
};

// Lines around `line`, split on '\n' like std::getline (a CR stays in the line).
std::optional<CodeLines> codeLinesAround(const std::string & text, uint32_t line) {
    if (line == 0) return std::nullopt;
    CodeLines loc;
    std::istringstream in(text);
    std::string l;
    uint32_t count = 0;
    uint32_t pl = line - 1;
    while (true) {
        std::getline(in, l);
        ++count;
        if (count == pl) loc.previous = l;
        else if (count == pl + 1) loc.current = l;
        else if (count == pl + 2) { loc.next = l; break; }
        if (!in.good()) break;
    }
    return loc;
}

std::string numbered(uint32_t n, const std::string & text) {
    char buf[32];
    snprintf(buf, sizeof buf, " %5u| ", n);
    return buf + text;
}

}  // namespace

std::string renderError(const Origins & origins, const std::string & message, Pos pos) {
    std::string body = message + "\n";
    if (pos) {
        const Origin & o = origins.get(pos.origin);
        std::string where = o.kind == OriginKind::File ? o.path : o.kind == OriginKind::String ? "«string»" : "«stdin»";
        body += "\nat " + where + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column) + ":";
        std::optional<CodeLines> loc;
        loc = codeLinesAround(o.source, pos.line);
        if (loc) {
            body += "\n";
            if (loc->previous) body += "\n" + numbered(pos.line - 1, *loc->previous);
            if (loc->current) {
                body += "\n" + numbered(pos.line, *loc->current);
                if (pos.column > 0) body += "\n      |" + std::string(pos.column, ' ') + "^";
            }
            if (loc->next) body += "\n" + numbered(pos.line + 1, *loc->next);
            body += "\n";
        }
    }
    // Each line is indented under "error: " and stripped of trailing whitespace.
    auto chomp = [](std::string line) {
        size_t i = line.find_last_not_of(" \n\r\t");
        line.resize(i == std::string::npos ? 0 : i + 1);
        return line;
    };
    body = chomp(body);
    std::string out;
    size_t start = 0;
    bool first = true;
    while (start <= body.size()) {
        size_t end = body.find('\n', start);
        if (end == std::string::npos) end = body.size();
        if (!first) out += "\n";
        out += chomp((first ? "error: " : "       ") + body.substr(start, end - start));
        first = false;
        start = end + 1;
    }
    return out;
}

}  // namespace nixtwin
