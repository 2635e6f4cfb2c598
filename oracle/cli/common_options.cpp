// common_options.cpp — shared option handling.
#include "common_options.hpp"

namespace nixtwin::oracle::cli {

bool CommonOptions::consume(Arguments & a) {
    if (auto v = a.value("--config")) { configFile = v; return true; }
    if (auto v = a.value("--mode")) { mode = v; return true; }
    if (auto v = a.value("--engine")) { engine = v; return true; }
    if (auto v = a.value("--reference")) { reference = v; return true; }
    if (auto v = a.value("--nixtwin-command")) { nixtwinCommand = v; return true; }
    if (a.flag("--no-batch")) { noBatch = true; return true; }
    return false;
}

Config CommonOptions::resolve() const {
    Config c = loadConfigOrDefault(configFile);
    if (mode) c.mode = parseModeOrThrow(*mode);
    if (engine) {
        if (*engine == "worker") c.nixtwin.engine = EngineKind::Worker;
        else if (*engine == "in-process") c.nixtwin.engine = EngineKind::InProcess;
        else if (*engine == "command") c.nixtwin.engine = EngineKind::Command;
        else throw UsageError("unknown engine '" + *engine + "' (worker, in-process, command)");
    }
    if (reference) c.reference.command = {*reference};
    if (nixtwinCommand) {
        c.nixtwin.engine = EngineKind::Command;
        c.nixtwin.command = {*nixtwinCommand};
    }
    if (noBatch) c.batch.enabled = false;
    return c;
}

}  // namespace nixtwin::oracle::cli
