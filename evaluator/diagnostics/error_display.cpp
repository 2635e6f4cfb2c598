// error_display.cpp — error layout identical to the reference's (without colours).
#include "error_display.hpp"
#include "stderr_filter.hpp"

#include <cstdio>
#include <optional>
#include <sstream>

namespace nixtwin {

namespace {

struct CodeLines {
    std::optional<std::string> previous, current, next;
};

// Lines around `line` of a file, as the reference reads them from disk: only lines ended by
// '\n' exist (an unterminated last line cannot be shown; then there is no excerpt at all).
std::optional<CodeLines> fileLinesAround(const std::string & text, uint32_t line) {
    if (line == 0) return std::nullopt;
    CodeLines loc;
    size_t start = 0;
    for (uint32_t count = 1;; count++) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) break;
        std::string l = text.substr(start, end - start);
        if (count + 1 == line) loc.previous = l;
        else if (count == line) loc.current = l;
        else if (count == line + 1) {
            loc.next = l;
            break;
        }
        start = end + 1;
    }
    if (!loc.current) return std::nullopt;
    return loc;
}

// Lines around `line` of an --expr string or stdin, split like std::getline (a CR stays).
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

// "at FILE:L:C:" and the code excerpt around the position.
void appendLocation(std::string & body, const Origins & origins, Pos pos) {
    const Origin & o = origins.get(pos.origin);
    std::string where = o.kind == OriginKind::File ? o.path : o.kind == OriginKind::String ? "«string»" : "«stdin»";
    body += "\nat " + where + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column) + ":";
    auto loc = o.kind == OriginKind::File ? fileLinesAround(o.source, pos.line) : codeLinesAround(o.source, pos.line);
    if (!loc) return;
    body += '\n';
    auto line = [&](uint32_t n, const std::string & text) {
        body += '\n';
        body.append(numbered(n, text));
    };
    if (loc->previous) line(pos.line - 1, *loc->previous);
    if (loc->current) {
        line(pos.line, *loc->current);
        if (pos.column > 0) {
            body.append("\n      |");
            body.append(pos.column, ' ');
            body += '^';
        }
    }
    if (loc->next) line(pos.line + 1, *loc->next);
    body += '\n';
}

}  // namespace

std::string renderError(const Origins & origins, const ErrorReport & report, bool showTrace) {
    std::string body = report.message + "\n";
    if (report.pos) appendLocation(body, origins, report.pos);
    if (!report.suggestion.empty()) body += report.suggestion + "\n";
    if (showTrace) {
        for (auto & t : report.traces) {
            body += "\n\u2026 " + t.message + "\n";
            if (t.pos) appendLocation(body, origins, t.pos);
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
    if (body.empty()) return out;  // the reference loses even the "error:" prefix
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
    return filterForStderr(out);
}

}  // namespace nixtwin
