// generator_config.cpp — defaults and the [generator] TOML section.
#include "generator_config.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <toml++/toml.h>

namespace nixtwin::gen {

namespace {

// Defaults: every construct reachable, the common ones (let, if, arithmetic, literals)
// more often; errors spread over every kind.
const std::vector<std::pair<std::string, double>> kTypeDefaults = {
    {"int", 3}, {"float", 1}, {"bool", 2}, {"string", 3}, {"null", 0.3}, {"path", 0.5},
    {"list", 3}, {"set", 3}, {"function", 0.5}, {"any", 1},
};

const std::vector<std::pair<std::string, double>> kConstructDefaults = {
    {"literal", 3}, {"var", 6}, {"let", 4}, {"rec", 1.5}, {"with", 1.5}, {"if", 2}, {"assert", 1},
    {"lambda", 2}, {"formals", 1.5}, {"select", 2}, {"select_or", 1}, {"inherit", 1}, {"update", 1},
    {"seq", 0.5}, {"try_eval", 0.7}, {"recursion", 0.5}, {"fold", 0.7}, {"list_access", 1}, {"call", 2},
    {"arithmetic", 4}, {"builtin_arith", 1}, {"length", 1}, {"rounding", 0.5},
    {"compare", 3}, {"logic", 2}, {"has_attr", 1}, {"type_test", 1}, {"elem", 1},
    {"string_literal", 2}, {"interpolation", 2}, {"string_concat", 1.5}, {"to_string", 1.5},
    {"string_builtins", 2}, {"regex", 0.7}, {"path_ops", 1},
    {"list_literal", 3}, {"list_concat", 1.5}, {"map_filter", 2}, {"sort", 1}, {"list_builtins", 1.5},
    {"set_literal", 3}, {"set_builtins", 1.5},
    {"lambda_value", 2}, {"formals_value", 1}, {"builtin_function", 1}, {"partial", 1}, {"compose", 0.5},
    {"json", 0.7}, {"any_value", 2}, {"mixed_list", 1},
    {"lazy_trap", 1}, {"functor", 0.5}, {"store", 0.5}, {"generic_closure", 0.3}, {"to_xml", 0.3},
};

const std::vector<std::pair<std::string, double>> kErrorDefaults = {
    {"throw", 2}, {"assert", 2}, {"abort", 1}, {"type_error", 3}, {"missing_attribute", 2}, {"index", 1},
    {"division_by_zero", 1}, {"undefined_variable", 0.5}, {"infinite_recursion", 1}, {"call_arguments", 1.5},
    {"builtin_argument", 1.5},
};

std::vector<std::string> names(const std::vector<std::pair<std::string, double>> & table) {
    std::vector<std::string> out;
    for (auto & [n, w] : table) out.push_back(n);
    return out;
}

void readWeights(const toml::table & section, const char * key, const std::vector<std::string> & allowed,
                 std::map<std::string, double> & weights) {
    auto node = section.get(key);
    if (!node) return;
    auto * table = node->as_table();
    if (!table) throw std::runtime_error(std::string("[generator.") + key + "] must be a table");
    for (auto & [k, v] : *table) {
        std::string name(k.str());
        if (std::find(allowed.begin(), allowed.end(), name) == allowed.end())
            throw std::runtime_error(std::string("[generator.") + key + "]: unknown name '" + name + "'");
        auto w = v.value<double>();
        if (!w || *w < 0) throw std::runtime_error(std::string("[generator.") + key + "]." + name + " must be a number >= 0");
        weights[name] = *w;
    }
}

void readInt(const toml::table & section, const char * key, int lo, int hi, int & out) {
    auto node = section.get(key);
    if (!node) return;
    auto v = node->value<std::int64_t>();
    if (!v || *v < lo || *v > hi)
        throw std::runtime_error(std::string("[generator].") + key + " must be an integer in [" + std::to_string(lo) + ", " +
                                 std::to_string(hi) + "]");
    out = int(*v);
}

}  // namespace

GeneratorConfig GeneratorConfig::defaults() {
    GeneratorConfig c;
    for (auto & [n, w] : kTypeDefaults) c.typeWeights[n] = w;
    for (auto & [n, w] : kConstructDefaults) c.constructWeights[n] = w;
    for (auto & [n, w] : kErrorDefaults) c.errorWeights[n] = w;
    return c;
}

double GeneratorConfig::construct(const std::string & name) const {
    auto it = constructWeights.find(name);
    return it == constructWeights.end() ? 0 : it->second;
}

double GeneratorConfig::error(const std::string & name) const {
    auto it = errorWeights.find(name);
    return it == errorWeights.end() ? 0 : it->second;
}

const std::vector<std::string> & generatorTypeNames() {
    static const auto n = names(kTypeDefaults);
    return n;
}
const std::vector<std::string> & generatorConstructNames() {
    static const auto n = names(kConstructDefaults);
    return n;
}
const std::vector<std::string> & generatorErrorNames() {
    static const auto n = names(kErrorDefaults);
    return n;
}

GeneratorConfig applyGeneratorToml(GeneratorConfig c, std::string_view tomlDocument) {
    toml::table doc;
    try {
        doc = toml::parse(tomlDocument);
    } catch (const toml::parse_error & e) {
        std::ostringstream os;
        os << "invalid TOML: " << e.description() << " at line " << e.source().begin.line;
        throw std::runtime_error(os.str());
    }
    auto node = doc.get("generator");
    if (!node) return c;
    auto * section = node->as_table();
    if (!section) throw std::runtime_error("[generator] must be a table");
    static const std::vector<std::string> known = {"max_depth", "max_list_length", "max_set_fields", "max_string_length",
                                                   "max_recursion", "error_rate", "allow_unpredictable", "lazy_output",
                                                   "types", "constructs", "errors"};
    for (auto & [k, v] : *section)
        if (std::find(known.begin(), known.end(), std::string(k.str())) == known.end())
            throw std::runtime_error("[generator]: unknown key '" + std::string(k.str()) + "'");
    if (auto n = section->get("lazy_output")) {
        auto v = n->value<bool>();
        if (!v) throw std::runtime_error("[generator].lazy_output must be a Boolean");
        c.lazyOutput = *v;
    }
    readInt(*section, "max_depth", 0, 20, c.maxDepth);
    readInt(*section, "max_list_length", 0, 64, c.maxListLength);
    readInt(*section, "max_set_fields", 0, 32, c.maxSetFields);
    readInt(*section, "max_string_length", 0, 4096, c.maxStringLength);
    readInt(*section, "max_recursion", 0, 100000, c.maxRecursion);
    if (auto n = section->get("error_rate")) {
        auto v = n->value<double>();
        if (!v || *v < 0 || *v > 1) throw std::runtime_error("[generator].error_rate must be a number in [0, 1]");
        c.errorRate = *v;
    }
    if (auto n = section->get("allow_unpredictable")) {
        auto v = n->value<bool>();
        if (!v) throw std::runtime_error("[generator].allow_unpredictable must be a Boolean");
        c.allowUnpredictable = *v;
    }
    readWeights(*section, "types", generatorTypeNames(), c.typeWeights);
    readWeights(*section, "constructs", generatorConstructNames(), c.constructWeights);
    readWeights(*section, "errors", generatorErrorNames(), c.errorWeights);
    double total = 0;
    for (auto & [n, w] : c.typeWeights) total += w;
    if (total <= 0) throw std::runtime_error("[generator.types]: at least one weight must be positive");
    return c;
}

GeneratorConfig loadGeneratorConfigFile(const std::string & path, GeneratorConfig base) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return applyGeneratorToml(std::move(base), ss.str());
}

}  // namespace nixtwin::gen
