// stderr_filter.hpp — what the reference's logger does to every message it writes to a
// non-terminal stderr: drop escape sequences, CR and BEL, expand tabs.
#pragma once

#include <string>

namespace nixtwin {

// Tab stops are every 8 characters counted from the start of the whole message (not of the
// line), and a character is one UTF-8 sequence — exactly as the reference counts.
std::string filterForStderr(const std::string & message);

}  // namespace nixtwin
