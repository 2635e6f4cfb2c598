// config.cpp — TOML → Config, with precise error locations.
#include "config.hpp"

#include <toml++/toml.h>

#include <cctype>
#include <cmath>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "default_config_text.hpp"  // generated from default-config.toml: kDefaultConfigToml

namespace nixtwin::oracle {

const char * engineName(EngineKind e) {
    switch (e) {
        case EngineKind::Worker: return "worker";
        case EngineKind::InProcess: return "in-process";
        case EngineKind::Command: return "command";
    }
    return "?";
}

double parseDuration(const std::string & s) {
    std::size_t i = 0;
    while (i < s.size() && s[i] == ' ') i++;
    std::size_t numEnd = i;
    while (numEnd < s.size() && (std::isdigit(static_cast<unsigned char>(s[numEnd])) || s[numEnd] == '.')) numEnd++;
    if (numEnd == i) throw std::invalid_argument("not a duration: '" + s + "' (use e.g. 10s, 250ms, 5m, 1h)");
    double value = std::stod(s.substr(i, numEnd - i));
    std::string unit = s.substr(numEnd);
    while (!unit.empty() && unit.back() == ' ') unit.pop_back();
    double factor;
    if (unit.empty() || unit == "s") factor = 1;
    else if (unit == "ms") factor = 0.001;
    else if (unit == "m" || unit == "min") factor = 60;
    else if (unit == "h") factor = 3600;
    else throw std::invalid_argument("unknown duration unit '" + unit + "' in '" + s + "' (use ms, s, m, h)");
    return value * factor;
}

std::uint64_t parseSize(const std::string & s) {
    std::size_t numEnd = 0;
    while (numEnd < s.size() && (std::isdigit(static_cast<unsigned char>(s[numEnd])) || s[numEnd] == '.')) numEnd++;
    if (numEnd == 0) throw std::invalid_argument("not a size: '" + s + "' (use e.g. 64MiB, 4GiB, 1048576)");
    double value = std::stod(s.substr(0, numEnd));
    std::string unit = s.substr(numEnd);
    while (!unit.empty() && unit.front() == ' ') unit.erase(0, 1);
    static const std::map<std::string, double> units = {
        {"", 1}, {"B", 1}, {"K", 1024.0}, {"KiB", 1024.0}, {"M", 1048576.0}, {"MiB", 1048576.0},
        {"G", 1073741824.0}, {"GiB", 1073741824.0}, {"T", 1099511627776.0}, {"TiB", 1099511627776.0}};
    auto it = units.find(unit);
    if (it == units.end()) throw std::invalid_argument("unknown size unit '" + unit + "' in '" + s + "' (use KiB, MiB, GiB)");
    return static_cast<std::uint64_t>(std::llround(value * it->second));
}

namespace {

std::string where(const std::string & file, const toml::source_region & r) {
    return file + ":" + std::to_string(r.begin.line) + ":" + std::to_string(r.begin.column);
}

// Reads one TOML table, insisting that every key is known.
class TableReader {
public:
    TableReader(const toml::table & t, std::string file, std::string prefix)
        : table_(t), file_(std::move(file)), prefix_(std::move(prefix)) {}

    [[noreturn]] void fail(const toml::node & n, const std::string & message) const {
        throw ConfigError(where(file_, n.source()) + ": " + message);
    }

    const toml::node * get(const std::string & key) {
        seen_.insert(key);
        return table_.get(key);
    }
    std::string name(const std::string & key) const { return prefix_.empty() ? key : prefix_ + "." + key; }

    void string(const std::string & key, std::string & into) {
        if (auto n = get(key)) {
            if (!n->is_string()) fail(*n, "'" + name(key) + "' must be a string");
            into = n->as_string()->get();
        }
    }
    void boolean(const std::string & key, bool & into) {
        if (auto n = get(key)) {
            if (!n->is_boolean()) fail(*n, "'" + name(key) + "' must be true or false");
            into = n->as_boolean()->get();
        }
    }
    template <typename Int>
    void integer(const std::string & key, Int & into, std::int64_t min, std::int64_t max) {
        if (auto n = get(key)) {
            if (!n->is_integer()) fail(*n, "'" + name(key) + "' must be an integer");
            std::int64_t v = n->as_integer()->get();
            if (v < min || v > max)
                fail(*n, "'" + name(key) + "' must be between " + std::to_string(min) + " and " + std::to_string(max));
            into = static_cast<Int>(v);
        }
    }
    void strings(const std::string & key, std::vector<std::string> & into) {
        if (auto n = get(key)) {
            auto arr = n->as_array();
            if (!arr) fail(*n, "'" + name(key) + "' must be an array of strings");
            std::vector<std::string> v;
            for (auto & e : *arr) {
                if (!e.is_string()) fail(e, "'" + name(key) + "' must contain only strings");
                v.push_back(e.as_string()->get());
            }
            into = std::move(v);
        }
    }
    void duration(const std::string & key, double & into) {
        if (auto n = get(key)) {
            try {
                if (n->is_integer()) into = static_cast<double>(n->as_integer()->get());
                else if (n->is_floating_point()) into = n->as_floating_point()->get();
                else if (n->is_string()) into = n->as_string()->get().empty() ? 0 : parseDuration(n->as_string()->get());
                else fail(*n, "'" + name(key) + "' must be a duration like \"10s\"");
            } catch (const std::invalid_argument & e) {
                fail(*n, "'" + name(key) + "': " + e.what());
            }
            if (into < 0) fail(*n, "'" + name(key) + "' must not be negative");
        }
    }
    template <typename Int>
    void size(const std::string & key, Int & into) {
        if (auto n = get(key)) {
            try {
                if (n->is_integer() && n->as_integer()->get() >= 0) into = static_cast<Int>(n->as_integer()->get());
                else if (n->is_string()) into = static_cast<Int>(parseSize(n->as_string()->get()));
                else fail(*n, "'" + name(key) + "' must be a size like \"64MiB\" or a byte count");
            } catch (const std::invalid_argument & e) {
                fail(*n, "'" + name(key) + "': " + e.what());
            }
        }
    }
    const toml::table * subtable(const std::string & key) {
        if (auto n = get(key)) {
            if (!n->is_table()) fail(*n, "'" + name(key) + "' must be a table ([" + name(key) + "])");
            return n->as_table();
        }
        return nullptr;
    }
    const toml::array * tableArray(const std::string & key) {
        if (auto n = get(key)) {
            auto arr = n->as_array();
            if (!arr || !arr->is_array_of_tables()) fail(*n, "'" + name(key) + "' must be an array of tables ([[" + name(key) + "]])");
            return arr;
        }
        return nullptr;
    }
    // Call after reading: any key not asked for is a mistake in the file.
    void rejectUnknown() const {
        for (auto && [k, v] : table_) {
            if (!seen_.count(std::string(k.str())))
                throw ConfigError(where(file_, k.source()) + ": unknown key '" + name(std::string(k.str())) + "'");
        }
    }
    const std::string & file() const { return file_; }

private:
    const toml::table & table_;
    std::string file_, prefix_;
    std::set<std::string> seen_;
};

void applyReference(TableReader & r, ReferenceConfig & c) {
    r.strings("command", c.command);
    if (auto n = r.get("command"); n && c.command.empty()) r.fail(*n, "'reference.command' must not be empty");
    r.strings("common_args", c.commonArgs);
    r.string("search_path", c.searchPath);
    r.boolean("require_nix_version", c.requireNixVersion);
    r.duration("timeout", c.timeoutSeconds);
    r.size("stack", c.stackBytes);
    r.size("address_space", c.addressSpaceBytes);
    r.size("gc_heap", c.gcHeapBytes);
    r.size("max_output", c.maxOutputBytes);
    r.boolean("zygote", c.zygote);
    r.string("zygote_library", c.zygoteLibrary);
    r.rejectUnknown();
}

void applyNixtwin(TableReader & r, NixtwinConfig & c) {
    if (auto n = r.get("engine")) {
        if (!n->is_string()) r.fail(*n, "'nixtwin.engine' must be a string");
        std::string e = n->as_string()->get();
        if (e == "worker") c.engine = EngineKind::Worker;
        else if (e == "in-process") c.engine = EngineKind::InProcess;
        else if (e == "command") c.engine = EngineKind::Command;
        else r.fail(*n, "'nixtwin.engine' must be \"worker\", \"in-process\" or \"command\", not \"" + e + "\"");
    }
    r.strings("command", c.command);
    r.string("worker", c.workerExecutable);
    r.duration("timeout", c.timeoutSeconds);
    r.size("address_space", c.addressSpaceBytes);
    r.size("max_output", c.maxOutputBytes);
    r.rejectUnknown();
}

void applyBatch(TableReader & r, BatchConfig & c) {
    r.boolean("enabled", c.enabled);
    r.integer("max_cases", c.maxCases, 1, 100000);
    r.size("max_arg_bytes", c.maxArgBytes);
    r.boolean("isolate_predicted_failures", c.isolatePredictedFailures);
    r.rejectUnknown();
}

void apply(const toml::table & root, const std::string & file, Config & c) {
    TableReader r(root, file, "");
    if (auto n = r.get("mode")) {
        if (!n->is_string()) r.fail(*n, "'mode' must be a string");
        auto m = parseModeName(n->as_string()->get());
        if (!m) r.fail(*n, "unknown mode \"" + n->as_string()->get() + "\" (one of: " + allModeNames() + ")");
        c.mode = *m;
    }
    r.string("output_dir", c.outputDir);
    r.integer("seed", c.seed, 0, INT64_MAX);
    r.integer("jobs", c.jobs, 1, 256);
    r.duration("duration", c.durationSeconds);
    r.duration("progress_interval", c.progressIntervalSeconds);
    if (auto t = r.subtable("compare")) {
        TableReader s(*t, file, "compare");
        s.boolean("error_first_line", c.compareErrorFirstLine);
        s.rejectUnknown();
    }
    if (auto t = r.subtable("reference")) {
        TableReader s(*t, file, "reference");
        applyReference(s, c.reference);
    }
    if (auto t = r.subtable("nixtwin")) {
        TableReader s(*t, file, "nixtwin");
        applyNixtwin(s, c.nixtwin);
    }
    if (auto t = r.subtable("batch")) {
        TableReader s(*t, file, "batch");
        applyBatch(s, c.batch);
    }
    if (auto arr = r.tableArray("sources")) {
        c.sources.clear();  // a file that lists sources replaces the default ones
        for (auto & node : *arr) {
            TableReader s(*node.as_table(), file, "sources");
            SourceConfig src;
            src.where = where(file, node.source());
            src.type = "corpus";
            if (auto n = s.get("type")) {
                if (!n->is_string()) s.fail(*n, "'sources.type' must be a string");
                src.type = n->as_string()->get();
                if (src.type != "corpus" && src.type != "synthetic" && src.type != "generator")
                    s.fail(*n, "unknown source type \"" + src.type + "\" (generator, corpus or synthetic)");
            }
            s.strings("paths", src.paths);
            s.boolean("recursive", src.recursive);
            s.boolean("cycle", src.cycle);
            s.boolean("optional", src.optional);
            s.integer("count", src.count, 0, INT64_MAX);
            s.strings("modes", src.modes);
            if (auto n = s.get("modes"))
                for (auto & m : src.modes)
                    if (!parseModeName(m)) s.fail(*n, "unknown mode \"" + m + "\" in 'sources.modes' (one of: " + allModeNames() + ")");
            s.string("modes_file", src.modesFile);
            s.rejectUnknown();
            if (src.type == "corpus" && src.paths.empty())
                throw ConfigError(src.where + ": a corpus source needs 'paths'");
            c.sources.push_back(std::move(src));
        }
    }
    if (auto arr = r.tableArray("known_divergences")) {
        c.known.clear();
        for (auto & node : *arr) {
            TableReader s(*node.as_table(), file, "known_divergences");
            KnownDivergenceEntry k;
            k.where = where(file, node.source());
            s.string("hash", k.hash);
            s.string("file", k.file);
            s.string("reason", k.reason);
            s.rejectUnknown();
            if (k.hash.empty() == k.file.empty())
                throw ConfigError(k.where + ": a known divergence needs exactly one of 'hash' or 'file'");
            if (!k.hash.empty()) {
                if (k.hash.size() < 8 || k.hash.size() > 64 || k.hash.find_first_not_of("0123456789abcdef") != std::string::npos)
                    throw ConfigError(k.where + ": 'hash' must be 8 to 64 lower-case hex digits");
            }
            c.known.push_back(std::move(k));
        }
    }
    r.get("generator");  // the generator's section: validated by its own parser (makeSources)
    r.rejectUnknown();
}

Config parseOnto(Config c, const std::string & text, const std::string & name) {
    toml::table root;
    try {
        root = toml::parse(text, name);
    } catch (const toml::parse_error & e) {
        throw ConfigError(where(name, e.source()) + ": " + std::string(e.description()));
    }
    apply(root, name, c);
    c.generatorTomls.push_back(text);
    return c;
}

}  // namespace

const std::string & defaultConfigText() {
    static const std::string text(kDefaultConfigToml);
    return text;
}

Config defaultConfig() {
    Config c = parseOnto(Config{}, defaultConfigText(), "<built-in default-config.toml>");
    c.origin = "built-in default";
    return c;
}

Config loadConfigText(const std::string & text, const std::string & name) {
    Config c = parseOnto(defaultConfig(), text, name);
    c.origin = name;
    return c;
}

Config loadConfigFile(const std::string & path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ConfigError(path + ": cannot read the configuration file");
    std::stringstream ss;
    ss << in.rdbuf();
    return loadConfigText(ss.str(), path);
}

}  // namespace nixtwin::oracle
