// side_by_side.hpp — nixtwin's and the reference's results in two columns, for `nixtwin check`.
#pragma once

#include <string>

#include "classify.hpp"
#include "outcome.hpp"

namespace nixtwin::oracle {

// Control bytes are shown escaped (\t, \r, \x1b, …), long lines are wrapped; `width` is the
// total width in columns. Lines that differ between the two sides are marked with '|'.
std::string renderSideBySide(const SideResult & nixtwin, const SideResult & reference, std::size_t width);

// The terminal's width ($COLUMNS, then the tty), or 160.
std::size_t terminalWidth();

}  // namespace nixtwin::oracle
