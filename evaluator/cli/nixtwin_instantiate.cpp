// nixtwin_instantiate.cpp — `nixtwin-instantiate`, a drop-in for `nix-instantiate`.
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "../frontend.hpp"
#include "../instantiate.hpp"

using namespace nixtwin;

namespace {

bool needsStdin(const std::vector<std::string> & args) {
    bool fromExpr = false, dash = false;
    for (auto & a : args) {
        if (a == "--expr" || a == "-E") fromExpr = true;
        if (a == "-") dash = true;
    }
    return dash && !fromExpr;
}

std::string readAll(FILE * f) {
    std::string text;
    char buf[1 << 16];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
    return text;
}

}  // namespace

int main(int argc, char ** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    std::string stdinText = needsStdin(args) ? readAll(stdin) : std::string();
    InstantiateResult r = runInstantiate(args, stdinText, currentDirectory());
    fwrite(r.out.data(), 1, r.out.size(), stdout);
    fflush(stdout);
    fwrite(r.err.data(), 1, r.err.size(), stderr);
    return r.exitCode;
}
