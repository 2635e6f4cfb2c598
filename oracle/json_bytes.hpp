// json_bytes.hpp — storing arbitrary bytes in JSON without loss.
//
// Programs and outputs are byte strings (Nix strings may hold any byte). Valid UTF-8 is stored
// as a JSON string under `key`; anything else as base64 under `key + "_base64"`, so records
// stay readable in the common case and exact in every case.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace nixtwin::oracle {

bool isValidUtf8(const std::string & s);
void putBytes(nlohmann::json & obj, const std::string & key, const std::string & bytes);
// Reads what putBytes wrote; missing → empty. Throws std::runtime_error on bad base64.
std::string getBytes(const nlohmann::json & obj, const std::string & key);

std::string base64Encode(const std::string & bytes);
std::string base64Decode(const std::string & text);

}  // namespace nixtwin::oracle
