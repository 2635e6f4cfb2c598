// base64.hpp — standard base-64 (with '=' padding), as SRI hashes ("sha256-…") use it.
#pragma once

#include <string>
#include <string_view>

namespace nixtwin::store {

std::string toBase64(std::string_view bytes);

// Like the reference: stops at the first '=', skips newlines, and throws EvalError
// "invalid character in Base64 string: ''" (sic) on anything else outside the alphabet.
std::string fromBase64(std::string_view s);

}  // namespace nixtwin::store
