// path_util.hpp — lexical path operations (no file system access), as the reference does them.
#pragma once

#include <string>
#include <string_view>

namespace nixtwin {

// Collapses `//`, `.` and `..` in an absolute path; never resolves symlinks.
std::string canonicalPath(std::string_view path);

// `path` made absolute against `base` (an absolute directory), then canonicalised.
std::string absolutePath(std::string_view path, std::string_view base);

std::string directoryOf(std::string_view path);
std::string baseNameOf(std::string_view path);

}  // namespace nixtwin
