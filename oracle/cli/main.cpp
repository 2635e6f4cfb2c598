// main.cpp — `nixtwin`: the differential oracle's command line.
#include <cstdio>
#include <string>
#include <vector>

#include "../child_process.hpp"
#include "../oracle_setup.hpp"
#include "commands.hpp"

namespace {

const char * kUsage =
    "usage: nixtwin <command> [options]\n"
    "\n"
    "  check  [--config F] [--mode M] [--engine E] (--expr EXPR | FILE… | -)\n"
    "         compare one program (or each FILE) and show both results side by side;\n"
    "         exit 0 on agreement, 1 on divergence, 2 on errors\n"
    "  run    [--config F] [--duration D] [--seed S] [--jobs N] [--mode M] [--corpus DIR…]\n"
    "         [--synthetic] [--out DIR] [--restart] [--no-batch] [--engine E]\n"
    "         programs from the sources → both sides → compare → record divergences in DIR;\n"
    "         resumes an interrupted run; exit 0 if no unexpected divergence, 1 if some, 2 on errors\n"
    "  replay [--config F] [--engine E] DIR\n"
    "         re-check recorded divergences: fixed, still diverging, or changed\n"
    "  default-config\n"
    "         print the built-in configuration (oracle/default-config.toml)\n"
    "  version\n"
    "\n"
    "modes: parse, eval, eval-strict, json, xml; engines: worker, in-process, command\n"
    "See docs/ORACLE.md.\n";

}  // namespace

int main(int argc, char ** argv) {
    using namespace nixtwin::oracle;
    ignoreSigpipe();
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::fputs(kUsage, args.empty() ? stderr : stdout);
        return args.empty() ? 2 : 0;
    }
    std::string command = args[0];
    std::vector<std::string> rest(args.begin() + 1, args.end());
    if (command == "check") return cli::checkCommand(rest);
    if (command == "run") return cli::runCommand(rest);
    if (command == "replay") return cli::replayCommand(rest);
    if (command == "__worker") return cli::workerCommand();
    if (command == "default-config") {
        std::fputs(defaultConfigText().c_str(), stdout);
        return 0;
    }
    if (command == "version" || command == "--version") {
        std::printf("%s\n", nixtwinVersion());
        return 0;
    }
    std::fprintf(stderr, "nixtwin: unknown command '%s'\n\n%s", command.c_str(), kUsage);
    return 2;
}
