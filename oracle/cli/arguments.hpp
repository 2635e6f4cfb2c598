// arguments.hpp — a small argv reader shared by the subcommands: "--flag VALUE" or
// "--flag=VALUE", positional arguments, and usage errors as exceptions.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "../config.hpp"

namespace nixtwin::oracle::cli {

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Arguments {
public:
    explicit Arguments(std::vector<std::string> args) : args_(std::move(args)) {}
    bool done() const { return pos_ >= args_.size(); }
    const std::string & peek() const { return args_[pos_]; }
    // If the next argument is `flag` (or `flag=…`), consumes it and its value.
    std::optional<std::string> value(const std::string & flag);
    bool flag(const std::string & name);
    std::string take() { return args_[pos_++]; }

private:
    std::vector<std::string> args_;
    std::size_t pos_ = 0;
};

// The configuration for a command: --config FILE if given, else the built-in default.
Config loadConfigOrDefault(const std::optional<std::string> & file);
Mode parseModeOrThrow(const std::string & s);

}  // namespace nixtwin::oracle::cli
