// nixtwin_instantiate.cpp — `nixtwin-instantiate`, a drop-in for `nix-instantiate`
// (--parse now; --eval arrives with the evaluator).
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "../diagnostics/error_display.hpp"
#include "../frontend.hpp"
#include "../support/stack.hpp"
#include "../syntax/ast_print.hpp"
#include "options.hpp"

using namespace nixtwin;

namespace {

constexpr size_t kEvaluationStack = size_t(1) << 30;  // 1 GiB of address space

std::string readStdin() {
    std::string text;
    char buf[1 << 16];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, stdin)) > 0) text.append(buf, n);
    return text;
}

void emit(const std::string & s) {
    fwrite(s.data(), 1, s.size(), stdout);
}

int run(const InstantiateOptions & options, SourceSet & sources) {
    if (options.mode != InstantiateOptions::Mode::Parse) {
        std::cerr << "error: nixtwin-instantiate supports only --parse so far (evaluation is not built yet)\n";
        return 1;
    }
    std::string cwd = currentDirectory();
    auto process = [&](Expr * e) {
        std::string out;
        printExpr(out, e);
        out += '\n';
        emit(out);
    };
    bool readFromStdin = false;
    std::vector<std::string> files;
    for (auto & in : options.inputs) {
        if (in == "-" && !options.fromExpr) readFromStdin = true;
        else files.push_back(in);
    }
    if (readFromStdin) process(loadStdin(sources, readStdin(), cwd));
    else if (files.empty() && !options.fromExpr) files.push_back("./default.nix");
    for (auto & f : files) {
        if (options.fromExpr) process(loadString(sources, f, cwd));
        else process(loadFile(sources, resolveExprPath(f, cwd)));
    }
    return 0;
}

}  // namespace

int main(int argc, char ** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    InstantiateOptions options;
    try {
        options = parseInstantiateOptions(args);
    } catch (const UsageError & e) {
        std::cerr << "error: " << e.message << "\nTry 'nixtwin-instantiate --help' for more information.\n";
        return 1;
    }

    int rc = 1;
    try {
        runWithStack(kEvaluationStack, [&] {
            SourceSet sources;
            try {
                rc = run(options, sources);
            } catch (const NixError & e) {
                fflush(stdout);
                std::cerr << renderError(sources.origins, e.message, e.pos) << "\n";
                rc = 1;
            }
        });
    } catch (const StackOverflow & e) {
        fflush(stdout);
        std::cerr << "error: " << e.what() << "\n";
        rc = 1;
    } catch (const std::exception & e) {
        fflush(stdout);
        std::cerr << "error: " << e.what() << "\n";
        rc = 1;
    }
    fflush(stdout);
    return rc;
}
