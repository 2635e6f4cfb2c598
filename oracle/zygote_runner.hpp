// zygote_runner.hpp — one case, one *forked* reference process: the exactness of a fresh
// process at a fraction of its cost (see zygote/nix_zygote.c for how the fork server works).
//
// Only staged-file cases can be served: the fork point is Nix opening its input file, and the
// children must have done exactly the start-up a fresh process with *their* path does, so all
// paths have the placeholder's length (stage/<32 hex>.nix). Anything unexpected (the library
// is not loaded because the reference is a script or static, the protocol breaks, an output
// still mentions the placeholder) makes run() return nothing and the caller runs the case in
// a fresh process instead.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "child_process.hpp"
#include "instantiate_command.hpp"
#include "mode.hpp"
#include "outcome.hpp"
#include "sandbox.hpp"
#include "test_case.hpp"

namespace nixtwin::oracle {

class Zygote {
public:
    // Starts a zygote; nullptr (with `why`) if the reference does not become one.
    static std::unique_ptr<Zygote> start(const InstantiateCommand & command, Mode mode, const std::vector<std::string> & commonArgs,
                                         const Sandbox & sandbox, const std::string & library, std::string & why);
    ~Zygote();

    static bool canServe(const TestCase & c, const Sandbox & sandbox);
    // The case's result as a fresh process gives it, or nullopt if the zygote failed (it is
    // then unusable; start another or run the case plainly).
    std::optional<SideResult> run(const TestCase & c);
    bool broken() const { return broken_; }

private:
    Zygote() = default;
    bool readNumber(long long & value, Clock::time_point deadline);

    std::unique_ptr<InteractiveChild> child_;
    std::string buffer_, outFile_, errFile_, placeholder_;
    double timeoutSeconds_ = 10;
    std::size_t maxOutput_ = 16u << 20;
    bool broken_ = false;
};

}  // namespace nixtwin::oracle
