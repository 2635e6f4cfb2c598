// suggestions.hpp — "Did you mean …?" hints for misspelt attribute and argument names.
#pragma once

#include <string>
#include <vector>

namespace nixtwin {

// The hint line for `query` among `candidates` (closest names, at most 5, edit distance ≤ 2),
// or "" when nothing is close. Same choice and wording as the reference.
std::string suggestionLine(const std::vector<std::string> & candidates, const std::string & query);

}  // namespace nixtwin
