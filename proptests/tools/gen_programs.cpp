// nixtwin-genprog — prints generated programs, one per record (NUL-separated with -0),
// for looking at what the generator makes and for feeding other tools.
//   nixtwin-genprog [--seed N] [--count N] [--config FILE] [--errors RATE] [-0] [--meta]
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>

#include "program_generator.hpp"

int main(int argc, char ** argv) {
    using namespace nixtwin::gen;
    std::uint64_t seed = 1, count = 10;
    bool nul = false, meta = false;
    GeneratorConfig config = GeneratorConfig::defaults();
    try {
        for (int i = 1; i < argc; ++i) {
            std::string a = argv[i];
            auto value = [&]() -> std::string {
                if (i + 1 >= argc) throw std::runtime_error(a + " needs a value");
                return argv[++i];
            };
            if (a == "--seed") seed = std::stoull(value());
            else if (a == "--count") count = std::stoull(value());
            else if (a == "--config") config = loadGeneratorConfigFile(value(), config);
            else if (a == "--errors") config.errorRate = std::stod(value());
            else if (a == "-0") nul = true;
            else if (a == "--meta") meta = true;
            else throw std::runtime_error("unknown argument " + a);
        }
    } catch (const std::exception & e) {
        std::cerr << "nixtwin-genprog: " << e.what() << "\n";
        return 2;
    }
    ProgramGenerator g(config, seed);
    for (std::uint64_t i = 0; i < count; ++i) {
        auto p = g.nextProgram();
        if (meta) std::cout << "# seed=" << p.seed << " type=" << p.type << (p.expectsError ? " error" : "") << "\n";
        std::cout << p.text << (nul ? '\0' : '\n');
    }
}
