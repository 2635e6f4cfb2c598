// generator_config.hpp — the knobs of the program generator, with defaults in code and an
// optional `[generator]` section of a TOML document (see docs/PROPTESTS.md for every key):
//
//   [generator]
//   max_depth = 5              # nesting budget of one program
//   max_list_length = 4        # elements of a list literal / genList length
//   max_set_fields = 4         # fields of a generated set type
//   max_string_length = 6      # bytes of a string literal
//   max_recursion = 12         # argument of generated recursive functions
//   error_rate = 0.1           # share of programs with one error placed where it fires
//   allow_unpredictable = false  # non-strict sort comparators, deep recursion
//   lazy_output = false        # programs printed without --strict (see lazyOutput)
//   [generator.types]          # weights of the program's top-level type
//   int = 3 …
//   [generator.constructs]     # weights of the constructs (let, with, if, …)
//   let = 4 …
//   [generator.errors]         # weights of the kinds of placed errors
//   throw = 2 …
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace nixtwin::gen {

struct GeneratorConfig {
    int maxDepth = 5;
    int maxListLength = 4;
    int maxSetFields = 4;
    int maxStringLength = 6;
    int maxRecursion = 12;
    double errorRate = 0.1;
    bool allowUnpredictable = false;
    // The programs' values will be printed lazily (--eval without --strict): avoid what makes
    // <CODE> versus a value depend on the reference's heap (see ExprGen::bindingValue).
    bool lazyOutput = false;
    std::map<std::string, double> typeWeights;
    std::map<std::string, double> constructWeights;
    std::map<std::string, double> errorWeights;

    // Every weight present, with its default value.
    static GeneratorConfig defaults();
    double construct(const std::string & name) const;
    double error(const std::string & name) const;
};

// The names accepted in each weight table (for validation and documentation).
const std::vector<std::string> & generatorTypeNames();
const std::vector<std::string> & generatorConstructNames();
const std::vector<std::string> & generatorErrorNames();

// Reads the `[generator]` section of a TOML document over `base` (keys not given keep their
// value; a document without the section changes nothing). Throws std::runtime_error naming
// the key on an unknown key, a wrong type or a value out of range.
GeneratorConfig applyGeneratorToml(GeneratorConfig base, std::string_view tomlDocument);
GeneratorConfig loadGeneratorConfigFile(const std::string & path, GeneratorConfig base = GeneratorConfig::defaults());

}  // namespace nixtwin::gen
