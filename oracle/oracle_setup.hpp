// oracle_setup.hpp — what every command needs before comparing anything: the sandbox, the
// reference (found, and its version checked) and nixtwin's version.
#pragma once

#include <memory>
#include <string>

#include "config.hpp"
#include "instantiate_command.hpp"
#include "sandbox.hpp"

namespace nixtwin::oracle {

struct OracleSetup {
    Config config;
    std::unique_ptr<Sandbox> sandbox;
    std::unique_ptr<InstantiateCommand> reference;
    std::string referenceVersion;
    std::string nixtwinVersion;
    std::string selfExecutable;  // the worker executable when nixtwin.worker is empty
    std::string zygoteLibrary;   // resolved reference.zygote_library ("" if none found)
};

// Throws std::runtime_error with a message fit for the user (missing reference, not a Nix, …).
std::unique_ptr<OracleSetup> prepareOracle(const Config & config, const std::string & selfExecutable);

const char * nixtwinVersion();

// The fork-server library: `configured` if set, else next to `selfExecutable`, else the one
// in the build tree; "" if none is readable.
std::string findZygoteLibrary(const std::string & configured, const std::string & selfExecutable);

}  // namespace nixtwin::oracle
