// eval_engine.cpp — the two engines behind evalStrict.
#include "eval_engine.hpp"

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "instantiate.hpp"
#include "instantiate_command.hpp"
#include "outcome.hpp"
#include "sandbox.hpp"
#include "test_case.hpp"

namespace nixtwin::proptest {

namespace {

bool useReference() {
    const char * e = std::getenv("NIXTWIN_LAWS_ENGINE");
    return e && std::string(e) == "reference";
}

std::vector<std::string> argsFor(const std::string & program) {
    if (oracle::fitsInline(program)) return {"--eval", "--strict", "--expr", program};
    return {"--eval", "--strict", "-"};
}

// The reference, hermetic (the oracle's sandbox: clean environment, dummy store, fixed cwd).
struct Reference {
    std::unique_ptr<oracle::Sandbox> sandbox = oracle::Sandbox::create();
    oracle::InstantiateCommand command{{"nix-instantiate", "--store", "dummy://"}, "/usr/bin:/bin", *sandbox, {}};
};

Reference & reference() {
    static Reference r;
    return r;
}

EvalOutcome finish(int exitCode, std::string out, std::string err) {
    if (!out.empty() && out.back() == '\n') out.pop_back();
    return {exitCode, std::move(out), std::move(err)};
}

}  // namespace

std::string EvalOutcome::errorLine() const { return err.substr(0, err.find('\n')); }

const std::string & engineName() {
    static const std::string name = useReference() ? "reference" : "nixtwin";
    return name;
}

EvalOutcome evalStrict(const std::string & text) {
    // A leading space keeps a program like "-5" from being read as a flag.
    const std::string program = !text.empty() && text[0] == '-' ? " " + text : text;
    auto args = argsFor(program);
    if (useReference()) {
        if (!oracle::fitsInline(program)) throw std::runtime_error("program too large for the reference engine of the laws");
        auto r = oracle::fromChild(reference().command.run(args));
        return finish(r.exitCode, std::move(r.out), std::move(r.err));
    }
    static const std::string cwd = std::filesystem::temp_directory_path().string();
    auto r = nixtwin::runInstantiate(args, args.size() == 3 ? program : std::string_view{}, cwd);
    return finish(r.exitCode, std::move(r.out), std::move(r.err));
}

}  // namespace nixtwin::proptest
