// side_by_side.cpp — two-column rendering.
#include "side_by_side.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

namespace nixtwin::oracle {

namespace {

std::string escapeLine(const std::string & line) {
    std::string out;
    for (unsigned char c : line) {
        if (c == '\t') out += "\\t";
        else if (c == '\r') out += "\\r";
        else if (c < 0x20 || c == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else out += static_cast<char>(c);
    }
    return out;
}

// Display width of UTF-8 text, approximated as code points.
std::size_t displayWidth(const std::string & s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) n++;
    return n;
}

// Splits into rows of at most `width` code points.
std::vector<std::string> wrap(const std::string & s, std::size_t width) {
    std::vector<std::string> rows;
    std::string cur;
    std::size_t w = 0;
    for (std::size_t i = 0; i < s.size(); i++) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        bool starts = (c & 0xC0) != 0x80;
        if (starts && w == width) {
            rows.push_back(cur);
            cur.clear();
            w = 0;
        }
        cur += static_cast<char>(c);
        if (starts) w++;
    }
    if (!cur.empty() || rows.empty()) rows.push_back(cur);
    return rows;
}

std::vector<std::string> lines(const std::string & text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t nl = text.find('\n', start);
        if (nl == std::string::npos) {
            out.push_back(escapeLine(text.substr(start)) + " [no newline at end]");
            break;
        }
        out.push_back(escapeLine(text.substr(start, nl - start)));
        start = nl + 1;
    }
    return out;
}

void section(std::string & out, const std::string & title, const std::vector<std::string> & left,
             const std::vector<std::string> & right, std::size_t col) {
    out += title + "\n";
    std::size_t n = std::max(left.size(), right.size());
    if (n == 0) out += "  (empty)\n";
    for (std::size_t i = 0; i < n; i++) {
        std::string l = i < left.size() ? left[i] : "", r = i < right.size() ? right[i] : "";
        bool differs = i >= left.size() || i >= right.size() || l != r;
        auto lw = wrap(l, col), rw = wrap(r, col);
        std::size_t rows = std::max(lw.size(), rw.size());
        for (std::size_t k = 0; k < rows; k++) {
            std::string a = k < lw.size() ? lw[k] : "", b = k < rw.size() ? rw[k] : "";
            out += "  " + a + std::string(col - std::min(col, displayWidth(a)), ' ') + (differs ? " | " : "   ") + b + "\n";
        }
    }
}

}  // namespace

std::size_t terminalWidth() {
    if (const char * c = std::getenv("COLUMNS")) {
        int v = std::atoi(c);
        if (v >= 40) return static_cast<std::size_t>(v);
    }
    struct winsize ws {};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40) return ws.ws_col;
    return 160;
}

std::string renderSideBySide(const SideResult & nixtwin, const SideResult & reference, std::size_t width) {
    std::size_t col = width > 10 ? (width - 5) / 2 : 20;
    std::string out;
    section(out, "", {"nixtwin"}, {"reference"}, col);
    section(out, "ending", {describeEnding(nixtwin) + " (" + outcomeName(outcomeOf(nixtwin)) + ")"},
            {describeEnding(reference) + " (" + outcomeName(outcomeOf(reference)) + ")"}, col);
    section(out, "stdout", lines(nixtwin.out), lines(reference.out), col);
    section(out, "stderr", lines(nixtwin.err), lines(reference.err), col);
    if (!nixtwin.note.empty() || !reference.note.empty()) section(out, "note", {nixtwin.note}, {reference.note}, col);
    // The first title is empty: drop its line.
    return out.substr(1);
}

}  // namespace nixtwin::oracle
