// instantiate_options.cpp — command-line parsing for nixtwin-instantiate.
#include "instantiate_options.hpp"

namespace nixtwin {

namespace {

bool isFlagWithValue(const std::string & a) {
    return a == "--store" || a == "--add-root" || a == "--eval-store" || a == "--max-jobs" || a == "-j" ||
           a == "--cores" || a == "--log-format";
}

}  // namespace

InstantiateOptions parseInstantiateOptions(const std::vector<std::string> & args) {
    InstantiateOptions o;
    // nix-instantiate's own flags and the common flags word a missing argument differently.
    auto need = [&](size_t & i, size_t count) {
        if (i + count < args.size()) return;
        const std::string & a = args[i];
        if (a == "-A" || a == "--attr" || a == "--add-root") throw UsageError{"'" + a + "' requires an argument"};
        throw UsageError{"flag '" + a + "' requires " + std::to_string(count) + " argument(s)"};
    };
    for (size_t i = 0; i < args.size(); i++) {
        const std::string & a = args[i];
        if (a == "--parse" || a == "--parse-only") o.mode = InstantiateOptions::Mode::Parse;
        else if (a == "--eval" || a == "--eval-only") o.mode = InstantiateOptions::Mode::Eval;
        else if (a == "--find-file") o.mode = InstantiateOptions::Mode::FindFile;
        else if (a == "--expr" || a == "-E") o.fromExpr = true;
        else if (a == "--strict") o.strict = true;
        else if (a == "--json") { o.json = true; o.xml = false; }  // the last of --json/--xml wins
        else if (a == "--xml") { o.xml = true; o.json = false; }
        else if (a == "--no-location") o.xmlLocation = false;
        else if (a == "--show-trace") o.showTrace = true;
        else if (a == "--pure-eval") o.pureEval = true;
        else if (a == "--read-write-mode" || a == "--readonly-mode" || a == "--dry-run" || a == "--indirect" ||
                 a == "--impure" || a == "-v" || a == "--verbose" || a == "--quiet" || a == "--no-build-output" ||
                 a == "-Q" || a == "--keep-going" || a == "-k" || a == "--repair")
            ;  // accepted; no effect on evaluation
        else if (a == "--attr" || a == "-A") { need(i, 1); o.attrPaths.push_back(args[++i]); }
        else if (a == "--arg") { need(i, 2); o.argExprs.emplace_back(args[i + 1], args[i + 2]); i += 2; }
        else if (a == "--argstr") { need(i, 2); o.argStrs.emplace_back(args[i + 1], args[i + 2]); i += 2; }
        else if (a == "-I" || a == "--include") { need(i, 1); o.includes.push_back(args[++i]); }
        else if (a.size() > 2 && a.rfind("-I", 0) == 0) o.includes.push_back(a.substr(2));
        else if (a == "--option") {
            need(i, 2);
            const std::string & name = args[i + 1];
            const std::string & value = args[i + 2];
            if (name == "restrict-eval") o.restrictEval = value == "true";
            else if (name == "pure-eval") o.pureEval = value == "true";
            i += 2;
        }
        else if (isFlagWithValue(a)) { need(i, 1); ++i; }
        else if (a == "-") o.inputs.push_back(a);
        else if (a.size() > 1 && a[0] == '-') throw UsageError{"unrecognised flag '" + a + "'"};
        else o.inputs.push_back(a);
    }
    return o;
}

}  // namespace nixtwin
