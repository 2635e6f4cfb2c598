// oracle_setup.cpp — resolving and checking the reference.
#include "oracle_setup.hpp"

#include <stdexcept>

#ifndef NIXTWIN_VERSION
#define NIXTWIN_VERSION "unknown"
#endif

namespace nixtwin::oracle {

const char * nixtwinVersion() { return "nixtwin " NIXTWIN_VERSION; }

std::unique_ptr<OracleSetup> prepareOracle(const Config & config, const std::string & selfExecutable) {
    auto s = std::make_unique<OracleSetup>();
    s->config = config;
    s->selfExecutable = selfExecutable;
    s->nixtwinVersion = nixtwinVersion();
    s->sandbox = Sandbox::create();
    ProcessLimits limits;
    limits.timeoutSeconds = config.reference.timeoutSeconds;
    limits.stackBytes = config.reference.stackBytes;
    limits.addressSpaceBytes = config.reference.addressSpaceBytes;
    limits.gcHeapBytes = config.reference.gcHeapBytes;
    limits.maxOutputBytes = config.reference.maxOutputBytes;
    try {
        s->reference = std::make_unique<InstantiateCommand>(config.reference.command, config.reference.searchPath, *s->sandbox, limits);
    } catch (const std::runtime_error & e) {
        throw std::runtime_error(std::string("the reference: ") + e.what() +
                                 " (set reference.command in the configuration; `scripts/setup` installs nix-bin)");
    }
    s->referenceVersion = s->reference->detectVersion(config.reference.requireNixVersion);
    return s;
}

}  // namespace nixtwin::oracle
