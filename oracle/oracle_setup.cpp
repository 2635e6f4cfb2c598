// oracle_setup.cpp — resolving and checking the reference.
#include "oracle_setup.hpp"

#include <unistd.h>

#include <stdexcept>

#ifndef NIXTWIN_VERSION
#define NIXTWIN_VERSION "unknown"
#endif

namespace nixtwin::oracle {

const char * nixtwinVersion() { return "nixtwin " NIXTWIN_VERSION; }

std::string findZygoteLibrary(const std::string & configured, const std::string & selfExecutable) {
    if (!configured.empty()) return ::access(configured.c_str(), R_OK) == 0 ? configured : std::string();
    auto slash = selfExecutable.rfind('/');
    if (slash != std::string::npos) {
        std::string next = selfExecutable.substr(0, slash) + "/libnixtwin_zygote.so";
        if (::access(next.c_str(), R_OK) == 0) return next;
    }
#ifdef NIXTWIN_ZYGOTE_LIBRARY
    if (::access(NIXTWIN_ZYGOTE_LIBRARY, R_OK) == 0) return NIXTWIN_ZYGOTE_LIBRARY;
#endif
    return {};
}

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
    s->zygoteLibrary = findZygoteLibrary(config.reference.zygoteLibrary, selfExecutable);
    if (s->zygoteLibrary.empty()) s->config.reference.zygote = false;  // decided once: staging follows it
    return s;
}

}  // namespace nixtwin::oracle
