// instantiate.cpp — one nix-instantiate invocation, in process: parse or evaluate each input
// and print it the way the reference does.
#include "instantiate.hpp"

#include <cstdlib>

#include "attr_path.hpp"
#include "diagnostics/error_display.hpp"
#include "eval/eval_state.hpp"
#include "frontend.hpp"
#include "output/print_value.hpp"
#include "output/value_formats.hpp"
#include "support/stack.hpp"
#include "syntax/ast_print.hpp"

namespace nixtwin {

namespace {

// The thread's stack: parsing and binding walk trees a million nodes deep (`1 + 1 + …`).
constexpr size_t kThreadStack = size_t(1) << 30;  // address space only, committed on use
// Evaluation's share: deeper than the reference at its pinned 64 MiB (our frames per Nix call
// are about the size of its), while runaway recursion still fails fast.
#if defined(__SANITIZE_ADDRESS__)
#define NIXTWIN_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NIXTWIN_ASAN 1
#endif
#endif
#ifdef NIXTWIN_ASAN
// Under AddressSanitizer, less: an exception unwinding through more than 64 MiB of stack makes
// ASan skip unpoisoning it (google/sanitizers#189) and then fail its own internal checks.
constexpr size_t kEvaluationStack = size_t(48) << 20;
#else
constexpr size_t kEvaluationStack = size_t(128) << 20;
#endif

// The inputs in the reference's order: '-' (stdin) first, then files or --expr strings; with
// neither, ./default.nix.
struct Inputs {
    bool fromStdin = false;
    std::vector<std::string> items;
};

Inputs collectInputs(const InstantiateOptions & o) {
    Inputs in;
    for (auto & i : o.inputs) {
        if (i == "-" && !o.fromExpr) in.fromStdin = true;
        else in.items.push_back(i);
    }
    if (!in.fromStdin && in.items.empty() && !o.fromExpr) in.items.push_back("./default.nix");
    return in;
}

// -I entries, then NIX_PATH ("prefix=path" or "path", separated by ':').
std::vector<SearchPathEntry> searchPathFrom(const InstantiateOptions & o) {
    std::vector<SearchPathEntry> result;
    auto add = [&](const std::string & s) {
        size_t eq = s.find('=');
        if (eq == std::string::npos) result.push_back({"", s});
        else result.push_back({s.substr(0, eq), s.substr(eq + 1)});
    };
    for (auto & i : o.includes) add(i);
    if (const char * nixPath = getenv("NIX_PATH")) {
        std::string s = nixPath, cur;
        for (size_t i = 0; i <= s.size(); i++) {
            if (i == s.size() || (s[i] == ':' && s.compare(i, 3, "://") != 0)) {
                if (!cur.empty()) add(cur);
                cur.clear();
            } else {
                cur += s[i];
            }
        }
    }
    return result;
}

void runParse(const InstantiateOptions & options, std::string_view stdinText, const std::string & cwd, SourceSet & sources,
              InstantiateResult & result) {
    auto emit = [&](Expr * e) {
        printExpr(result.out, e);
        result.out += '\n';
    };
    Inputs in = collectInputs(options);
    if (in.fromStdin) emit(loadStdin(sources, std::string(stdinText), cwd));
    for (auto & f : in.items) emit(options.fromExpr ? loadString(sources, f, cwd) : loadFile(sources, resolveExprPath(f, cwd)));
}

void runEval(const InstantiateOptions & options, std::string_view stdinText, const std::string & cwd, EvalState & st,
             InstantiateResult & result) {
    if (options.mode != InstantiateOptions::Mode::Eval)
        throwError(ErrorKind::Unsupported, "nixtwin-instantiate evaluates only with --eval or --parse (instantiating "
                                           "derivations needs the store, which nixtwin does not write)");
    // --arg / --argstr: the automatic arguments for top-level functions.
    Bindings * autoArgs = st.allocBindings(options.argExprs.size() + options.argStrs.size());
    for (auto & [name, expr] : options.argExprs) {
        Value * v = st.allocValue();
        v->mkThunk(&st.baseEnv(), st.parseString(expr, cwd));
        autoArgs->push_back(Attr{st.symbols.intern(name), v, Pos{}});
    }
    for (auto & [name, text] : options.argStrs) st.mkString(*st.allocAttr(autoArgs, st.symbols.intern(name)), text);
    autoArgs->sort();

    std::vector<std::string> attrPaths = options.attrPaths.empty() ? std::vector<std::string>{""} : options.attrPaths;
    auto process = [&](Expr * e) {
        Value root;
        st.eval(e, st.baseEnv(), root);
        for (auto & attrPath : attrPaths) {
            Value & v = *findAlongAttrPath(st, attrPath, *autoArgs, root);
            st.forceValue(v, Pos{});
            Value res;
            if (autoArgs->empty()) res = v;
            else st.autoCallFunction(*autoArgs, v, res);
            // JSON and XML go straight into the output, so an error leaves the partial text
            // there (closed), as in the reference; JSON gets no trailing newline.
            Context context;
            if (options.xml) {
                printValueAsXML(st, options.strict, options.xmlLocation, res, Pos{}, result.out, context);
            } else if (options.json) {
                printValueAsJSON(st, options.strict, res, determinePos(v, Pos{}), result.out, context);
            } else {
                if (options.strict) st.forceValueDeep(res);
                printValue(st, res, result.out);
                result.out += '\n';
            }
        }
    };
    Inputs in = collectInputs(options);
    if (in.fromStdin) process(st.parseStdin(std::string(stdinText), cwd));
    for (auto & f : in.items) {
        if (options.fromExpr) {
            process(st.parseString(f, cwd));
        } else {
            std::string path;
            try {
                path = resolveExprPath(f, cwd);
            } catch (const NixError & e) {
                throw EvalError(ErrorKind::Eval, e.message, e.pos);
            }
            process(st.parseFile(st.checkSourcePath(path)));
        }
    }
}

}  // namespace

InstantiateResult runInstantiate(const InstantiateOptions & options, std::string_view stdinText, const std::string & cwd) {
    InstantiateResult result;
    try {
        runWithStack(kThreadStack, [&] {
            if (options.mode == InstantiateOptions::Mode::Parse) {
                SourceSet sources;
                try {
                    runParse(options, stdinText, cwd, sources, result);
                } catch (const NixError & e) {
                    result.err += renderError(sources.origins, e.message, e.pos) + "\n";
                    result.exitCode = 1;
                } catch (const StackOverflow & e) {
                    result.err += std::string("error: ") + e.what() + "\n";
                    result.exitCode = 1;
                }
                return;
            }
            limitStackUse(kEvaluationStack);
            EvalSettings settings;
            settings.pureEval = options.pureEval;
            settings.restrictEval = options.restrictEval;
            settings.showTrace = options.showTrace;
            settings.searchPath = searchPathFrom(options);
            EvalState st(std::move(settings));
            try {
                runEval(options, stdinText, cwd, st, result);
            } catch (EvalError & e) {
                result.err += st.messages;
                st.messages.clear();
                result.err += renderError(st.sources.origins, ErrorReport{e.message, e.pos, e.suggestion, e.traces},
                                          options.showTrace) + "\n";
                if (!e.traces.empty() && !options.showTrace)
                    result.err += "(use '--show-trace' to show detailed location information)\n";
                result.exitCode = 1;
            } catch (const NixError & e) {
                result.err += st.messages;
                st.messages.clear();
                result.err += renderError(st.sources.origins, e.message, e.pos) + "\n";
                result.exitCode = 1;
            } catch (const StackOverflow & e) {
                result.err += st.messages;
                st.messages.clear();
                result.err += std::string("error: ") + e.what() + "\n";
                result.exitCode = 1;
            }
            result.err += st.messages;
        });
    } catch (const std::bad_alloc &) {
        result.err += "error: out of memory\n";
        result.exitCode = 1;
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
