// instantiate.cpp — one nix-instantiate invocation, in process.
#include "instantiate.hpp"

#include "diagnostics/error_display.hpp"
#include "frontend.hpp"
#include "support/stack.hpp"
#include "syntax/ast_print.hpp"

namespace nixtwin {

namespace {

constexpr size_t kEvaluationStack = size_t(1) << 30;  // 1 GiB of address space, committed on use

void runInputs(const InstantiateOptions & options, std::string_view stdinText, const std::string & cwd,
               SourceSet & sources, InstantiateResult & result) {
    if (options.mode != InstantiateOptions::Mode::Parse)
        throw NixError{"nixtwin-instantiate supports only --parse so far (evaluation is not built yet)", Pos{}};

    auto process = [&](Expr * e) {
        printExpr(result.out, e);
        result.out += '\n';
    };
    // As in the reference: '-' reads standard input first; no input at all means ./default.nix.
    bool readFromStdin = false;
    std::vector<std::string> files;
    for (auto & in : options.inputs) {
        if (in == "-" && !options.fromExpr) readFromStdin = true;
        else files.push_back(in);
    }
    if (readFromStdin) process(loadStdin(sources, std::string(stdinText), cwd));
    else if (files.empty() && !options.fromExpr) files.push_back("./default.nix");
    for (auto & f : files) {
        if (options.fromExpr) process(loadString(sources, f, cwd));
        else process(loadFile(sources, resolveExprPath(f, cwd)));
    }
}

}  // namespace

InstantiateResult runInstantiate(const InstantiateOptions & options, std::string_view stdinText, const std::string & cwd) {
    InstantiateResult result;
    try {
        runWithStack(kEvaluationStack, [&] {
            SourceSet sources;
            try {
                runInputs(options, stdinText, cwd, sources, result);
            } catch (const NixError & e) {
                result.err += renderError(sources.origins, e.message, e.pos) + "\n";
                result.exitCode = 1;
            } catch (const StackOverflow & e) {
                result.err += std::string("error: ") + e.what() + "\n";
                result.exitCode = 1;
            }
        });
    } catch (const std::exception & e) {
        result.err += std::string("error: ") + e.what() + "\n";
        result.exitCode = 1;
    }
    return result;
}

InstantiateResult runInstantiate(const std::vector<std::string> & args, std::string_view stdinText, const std::string & cwd) {
    try {
        return runInstantiate(parseInstantiateOptions(args), stdinText, cwd);
    } catch (const UsageError & e) {
        return InstantiateResult{1, "", "error: " + e.message + "\nTry 'nixtwin-instantiate --help' for more information.\n"};
    }
}

}  // namespace nixtwin
