// worker_command.cpp — `nixtwin __worker`: the evaluator behind a pipe (see nixtwin_engine.hpp).
#include <unistd.h>

#include "../worker_protocol.hpp"
#include "commands.hpp"

namespace nixtwin::oracle::cli {

int workerCommand() {
    // The protocol owns the original stdout; anything else printing to fd 1 lands on stderr
    // instead of corrupting a frame.
    int protocolOut = ::dup(1);
    if (protocolOut < 0 || ::dup2(2, 1) < 0) return 2;
    return runWorkerLoop(0, protocolOut);
}

}  // namespace nixtwin::oracle::cli
