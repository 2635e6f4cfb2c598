// arguments.cpp — argv helpers.
#include "arguments.hpp"

namespace nixtwin::oracle::cli {

std::optional<std::string> Arguments::value(const std::string & flag) {
    if (done()) return std::nullopt;
    const std::string & a = args_[pos_];
    if (a == flag) {
        if (pos_ + 1 >= args_.size()) throw UsageError("option " + flag + " needs a value");
        pos_ += 2;
        return args_[pos_ - 1];
    }
    if (a.rfind(flag + "=", 0) == 0) {
        pos_++;
        return a.substr(flag.size() + 1);
    }
    return std::nullopt;
}

bool Arguments::flag(const std::string & name) {
    if (!done() && args_[pos_] == name) {
        pos_++;
        return true;
    }
    return false;
}

Config loadConfigOrDefault(const std::optional<std::string> & file) {
    return file ? loadConfigFile(*file) : defaultConfig();
}

Mode parseModeOrThrow(const std::string & s) {
    auto m = parseModeName(s);
    if (!m) throw UsageError("unknown mode '" + s + "' (one of: " + allModeNames() + ")");
    return *m;
}

}  // namespace nixtwin::oracle::cli
