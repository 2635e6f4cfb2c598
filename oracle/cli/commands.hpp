// commands.hpp — the subcommands of `nixtwin`.
#pragma once

#include <string>
#include <vector>

namespace nixtwin::oracle::cli {

int checkCommand(const std::vector<std::string> & args);
int runCommand(const std::vector<std::string> & args);
int replayCommand(const std::vector<std::string> & args);
int workerCommand();

}  // namespace nixtwin::oracle::cli
