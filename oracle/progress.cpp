// progress.cpp — formatting and printing the progress line.
#include "progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace nixtwin::oracle {

bool isTerminal(std::FILE * f) { return ::isatty(::fileno(f)) == 1; }

std::string formatProgress(const RunCounters & c, double casesPerSecond) {
    char buf[128];
    std::snprintf(buf, sizeof buf, "%llu cases  %.1f/s  agree %.2f%%", static_cast<unsigned long long>(c.cases), casesPerSecond,
                  c.cases ? 100.0 * static_cast<double>(c.agreements()) / static_cast<double>(c.cases) : 100.0);
    std::string line = buf;
    for (auto & [name, count] : c.byClass) {
        auto cls = parseClassificationName(name);
        if (!count || (cls && isAgreement(*cls))) continue;
        line += "  " + name + " " + std::to_string(count);
    }
    if (c.knownDiverging) line += "  known " + std::to_string(c.knownDiverging);
    if (c.knownAgreeing) line += "  KNOWN-NOW-AGREE " + std::to_string(c.knownAgreeing);
    return line;
}

ProgressLine::ProgressLine(std::FILE * out, bool terminal, double intervalSeconds)
    : out_(out), terminal_(terminal), interval_(terminal ? 0.25 : intervalSeconds) {}

void ProgressLine::update(const RunCounters & c, double casesPerSecond, double nowSeconds, bool force) {
    if (!force && nowSeconds - last_ < interval_) return;
    last_ = nowSeconds;
    lastLine_ = formatProgress(c, casesPerSecond);
    if (terminal_) {
        std::fprintf(out_, "\r\033[K%s", lastLine_.c_str());
        drawn_ = true;
    } else {
        std::fprintf(out_, "progress: %s\n", lastLine_.c_str());
    }
    std::fflush(out_);
}

void ProgressLine::done() {
    if (terminal_ && drawn_) std::fprintf(out_, "\n");
    drawn_ = false;
    std::fflush(out_);
}

void ProgressLine::message(const std::string & text) {
    if (terminal_ && drawn_) std::fprintf(out_, "\r\033[K%s\n%s", text.c_str(), lastLine_.c_str());
    else std::fprintf(out_, "%s\n", text.c_str());
    std::fflush(out_);
}

}  // namespace nixtwin::oracle
