// sha256.hpp — SHA-256 via OpenSSL's libcrypto.
#pragma once

#include <string>
#include <string_view>

namespace nixtwin::oracle {

std::string sha256Hex(std::string_view data);  // lower-case hex, 64 characters

}  // namespace nixtwin::oracle
