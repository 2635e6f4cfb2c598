// common_options.hpp — options shared by check, run and replay (--config, --mode, --engine,
// --reference), applied on top of the configuration.
#pragma once

#include <optional>
#include <string>

#include "arguments.hpp"

namespace nixtwin::oracle::cli {

struct CommonOptions {
    std::optional<std::string> configFile, mode, engine, reference, nixtwinCommand;
    bool noBatch = false;
    // Consumes one known option at the front of `a`; returns false if the next one is not ours.
    bool consume(Arguments & a);
    // The configuration with these options applied; throws ConfigError / UsageError.
    Config resolve() const;
};

}  // namespace nixtwin::oracle::cli
