// formats_toml.hpp — shared by the fromTOML files.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace nixtwin {

// The first line of toml11's error for the first statement it would refuse to insert (a table
// or key defined twice, a key through a value…), replaying the statements of `text` up to the
// one starting at or after byte `stopAt` (toml++'s failing statement) or to the end. The
// statements replayed must be valid TOML. See formats_toml_tables.cpp.
std::optional<std::string> toml11TableError(std::string_view text, size_t stopAt = std::string_view::npos);

}  // namespace nixtwin
