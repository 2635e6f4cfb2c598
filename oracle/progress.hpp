// progress.hpp — the live progress line of `nixtwin run` (stderr).
//
// On a terminal the line is redrawn in place; otherwise (CI logs, files) a full line is
// printed every `interval` seconds so logs stay readable.
#pragma once

#include <cstdio>
#include <string>

#include "run_counters.hpp"

namespace nixtwin::oracle {

// "1234 cases  812.3/s  agree 99.2%  output-differs 3  nixtwin-fails 1  known 2"
std::string formatProgress(const RunCounters & c, double casesPerSecond);

class ProgressLine {
public:
    ProgressLine(std::FILE * out, bool terminal, double intervalSeconds);
    // Call often; prints when due (or always when `force`).
    void update(const RunCounters & c, double casesPerSecond, double nowSeconds, bool force = false);
    // Ends the in-place line (terminal) so later messages start on a fresh line.
    void done();
    // Prints a message without garbling the live line.
    void message(const std::string & text);

private:
    std::FILE * out_;
    bool terminal_;
    double interval_;
    double last_ = -1e9;
    bool drawn_ = false;
    std::string lastLine_;
};

bool isTerminal(std::FILE * f);

}  // namespace nixtwin::oracle
