// program_source.cpp — corpus directories and the synthetic stand-in generator.
#include "program_source.hpp"

#include <algorithm>

#include "program_generator.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <stdexcept>

#include "atomic_file.hpp"

namespace fs = std::filesystem;

namespace nixtwin::oracle {

std::uint64_t ProgramSource::skip(std::uint64_t n) {
    std::uint64_t done = 0;
    while (done < n && next()) done++;
    return done;
}

namespace {

std::vector<std::string> words(const std::string & text) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == ',') {
            if (!cur.empty()) out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}

// Keeps the files whose modes (nearest modes file up to `root`, else the defaults) include the mode.
void filterByMode(std::vector<std::string> & files, const std::string & root, const CorpusModeFilter & f) {
    if (f.mode.empty()) return;
    std::map<std::string, std::vector<std::string>> modesOfDir;  // dir → modes in force there
    auto modesFor = [&](const std::string & file) {
        std::string dir = fs::path(file).parent_path().string();
        std::vector<std::string> chain;
        std::vector<std::string> modes = f.defaultModes;
        for (std::string d = dir;; d = fs::path(d).parent_path().string()) {
            if (auto it = modesOfDir.find(d); it != modesOfDir.end()) {
                modes = it->second;
                break;
            }
            chain.push_back(d);
            std::string text;
            if (!f.modesFile.empty() && readFile(d + "/" + f.modesFile, text)) {
                modes = words(text);
                break;
            }
            if (d.size() <= root.size() || d == "/") break;
        }
        for (auto & d : chain) modesOfDir[d] = modes;
        return modes;
    };
    std::vector<std::string> kept;
    for (auto & file : files) {
        auto modes = modesFor(file);
        if (modes.empty() || std::find(modes.begin(), modes.end(), f.mode) != modes.end()) kept.push_back(file);
    }
    files = std::move(kept);
}

}  // namespace

CorpusSource::CorpusSource(const std::vector<std::string> & paths, bool recursive, bool cycle, bool optional,
                           const CorpusModeFilter & filter)
    : configured_(paths), cycle_(cycle) {
    for (auto & p : paths) {
        std::error_code ec;
        fs::path abs = fs::absolute(p, ec).lexically_normal();
        if (fs::is_regular_file(abs, ec)) {
            files_.push_back(abs.string());
            roots_.push_back(abs.string());
            continue;
        }
        if (!fs::is_directory(abs, ec)) {
            if (optional) {
                warnings.push_back("corpus path not found, skipped: " + p);
                continue;
            }
            throw std::runtime_error("corpus path not found: " + p + " (run from the repository root, or pass --corpus DIR)");
        }
        roots_.push_back(abs.string());
        std::vector<std::string> found;
        auto consider = [&](const fs::directory_entry & e) {
            if (e.is_regular_file(ec) && e.path().extension() == ".nix") found.push_back(e.path().string());
        };
        if (recursive) {
            for (auto it = fs::recursive_directory_iterator(abs, fs::directory_options::skip_permission_denied, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
                consider(*it);
        } else {
            for (auto it = fs::directory_iterator(abs, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) consider(*it);
        }
        filterByMode(found, abs.string(), filter);
        files_.insert(files_.end(), found.begin(), found.end());
    }
    std::sort(files_.begin(), files_.end());
    files_.erase(std::unique(files_.begin(), files_.end()), files_.end());
}

std::optional<Program> CorpusSource::next() {
    for (std::size_t attempts = 0; attempts <= files_.size(); attempts++) {
        if (pos_ >= files_.size()) {
            if (!cycle_ || files_.empty()) return std::nullopt;
            pos_ = 0;
        }
        const std::string & path = files_[pos_++];
        Program p;
        if (!readFile(path, p.text)) {
            warnings.push_back("cannot read " + path + ", skipped");
            continue;
        }
        p.origin = path;
        p.file = path;
        return p;
    }
    return std::nullopt;
}

std::optional<std::uint64_t> CorpusSource::size() const {
    if (cycle_ && !files_.empty()) return std::nullopt;
    return files_.size();
}

std::string CorpusSource::describe() const {
    std::string d = "corpus(";
    for (std::size_t i = 0; i < configured_.size(); i++) {
        if (i) d += ", ";
        d += configured_[i];
    }
    return d + (cycle_ ? ", cycle)" : ")") + " " + std::to_string(files_.size()) + " files";
}

namespace {

// splitmix64: tiny, fast, and the same everywhere (std:: distributions are not portable).
struct Rng {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    unsigned below(unsigned n) { return static_cast<unsigned>(next() % n); }
};

std::string genExpr(Rng & r, int depth);

std::string genAtom(Rng & r) {
    switch (r.below(5)) {
        case 0: return std::to_string(r.below(1000));
        case 1: return "\"s" + std::to_string(r.below(100)) + "\"";
        case 2: return r.below(2) ? "true" : "false";
        case 3: return "null";
        default: return std::to_string(r.below(100)) + "." + std::to_string(r.below(100));
    }
}

std::string genExpr(Rng & r, int depth) {
    if (depth <= 0) return genAtom(r);
    // Built with appends: GCC 12 warns falsely (-Wrestrict) on chains of string operator+.
    std::string s;
    auto num = [&](unsigned below) { s += std::to_string(r.below(below)); };
    switch (r.below(8)) {
        case 0:
            s += "(";
            num(100);
            s += " + ";
            num(100);
            s += " * ";
            num(100);
            s += ")";
            break;
        case 1:
            s += "[ ";
            s += genExpr(r, depth - 1);
            s += " ";
            s += genExpr(r, depth - 1);
            s += " ]";
            break;
        case 2:
            s += "(if ";
            num(10);
            s += " < ";
            num(10);
            s += " then ";
            s += genExpr(r, depth - 1);
            s += " else ";
            s += genExpr(r, depth - 1);
            s += ")";
            break;
        case 3:
            s += "(let x = ";
            s += genExpr(r, depth - 1);
            s += "; in [ x x ])";
            break;
        case 4:
            s += "(\"a\" + \"";
            num(1000);
            s += "\")";
            break;
        case 5:
            s += "{ v = ";
            s += genExpr(r, depth - 1);
            s += "; }";
            break;
        case 6:
            s += "(builtins.length [ ";
            s += genAtom(r);
            s += " ";
            s += genAtom(r);
            s += " ])";
            break;
        default: s += genAtom(r);
    }
    return s;
}

}  // namespace

SyntheticSource::SyntheticSource(std::uint64_t seed, std::uint64_t count) : seed_(seed), count_(count) {}

std::optional<Program> SyntheticSource::next() {
    if (count_ && produced_ >= count_) return std::nullopt;
    std::uint64_t n = produced_++;
    Rng r{seed_ * 0x100000001b3ULL + n};
    Program p;
    p.text = genExpr(r, 1 + static_cast<int>(r.below(3)));
    p.origin = "synthetic:" + std::to_string(seed_) + ":" + std::to_string(n);
    p.seed = seed_;
    return p;
}

std::optional<std::uint64_t> SyntheticSource::size() const {
    if (!count_) return std::nullopt;
    return count_;
}

std::string SyntheticSource::describe() const {
    return "synthetic(seed " + std::to_string(seed_) + (count_ ? ", " + std::to_string(count_) + " programs)" : ", endless)");
}

std::optional<Program> SequenceSource::next() {
    while (current_ < sources_.size()) {
        if (auto p = sources_[current_]->next()) return p;
        current_++;
    }
    return std::nullopt;
}

std::optional<std::uint64_t> SequenceSource::size() const {
    std::uint64_t total = 0;
    for (auto & s : sources_) {
        auto n = s->size();
        if (!n) return std::nullopt;
        total += *n;
    }
    return total;
}

std::string SequenceSource::describe() const {
    std::string d;
    for (std::size_t i = 0; i < sources_.size(); i++) d += (i ? " + " : "") + sources_[i]->describe();
    return d;
}

struct GeneratorSource::Impl {
    gen::ProgramGenerator generator;
};

GeneratorSource::GeneratorSource(const std::vector<std::string> & tomls, std::uint64_t seed, std::uint64_t count)
    : seed_(seed), count_(count) {
    gen::GeneratorConfig config = gen::GeneratorConfig::defaults();
    for (auto & text : tomls) config = gen::applyGeneratorToml(config, text);
    impl_ = std::make_unique<Impl>(Impl{gen::ProgramGenerator(config, seed)});
}

GeneratorSource::~GeneratorSource() = default;

std::optional<Program> GeneratorSource::next() {
    if (count_ && impl_->generator.produced() >= count_) return std::nullopt;
    std::uint64_t index = impl_->generator.produced();
    gen::GeneratedProgram p = impl_->generator.nextProgram();
    return Program{"generator seed " + std::to_string(seed_) + " #" + std::to_string(index), p.text, std::nullopt, p.seed};
}

std::uint64_t GeneratorSource::skip(std::uint64_t n) {
    if (count_) n = std::min<std::uint64_t>(n, count_ - std::min(count_, impl_->generator.produced()));
    impl_->generator.skip(n);
    return n;
}

std::string GeneratorSource::describe() const {
    return "generator (seed " + std::to_string(seed_) + (count_ ? ", " + std::to_string(count_) + " programs)" : ")");
}

std::optional<std::uint64_t> GeneratorSource::size() const {
    if (count_) return count_;
    return std::nullopt;
}

std::unique_ptr<ProgramSource> makeSources(const Config & config, bool cycleAllowed, std::vector<std::string> & warnings) {
    std::vector<std::unique_ptr<ProgramSource>> list;
    for (auto & s : config.sources) {
        if (s.type == "corpus") {
            CorpusModeFilter filter{modeName(config.mode), s.modes, s.modesFile};
            auto c = std::make_unique<CorpusSource>(s.paths, s.recursive, s.cycle && cycleAllowed, s.optional, filter);
            for (auto & w : c->warnings) warnings.push_back(w);
            c->warnings.clear();
            list.push_back(std::move(c));
        } else if (s.type == "generator") {
            if (s.count == 0 && !cycleAllowed)
                throw std::runtime_error(s.where + ": an endless generator source needs a duration (--duration) or a count");
            try {
                list.push_back(std::make_unique<GeneratorSource>(config.generatorTomls, config.seed, s.count));
            } catch (const std::runtime_error & e) {
                throw std::runtime_error(std::string("[generator] configuration: ") + e.what());
            }
        } else if (s.type == "synthetic") {
            if (s.count == 0 && !cycleAllowed)
                throw std::runtime_error(s.where + ": an endless synthetic source needs a duration (--duration) or a count");
            list.push_back(std::make_unique<SyntheticSource>(config.seed, s.count));
        } else {
            throw std::runtime_error(s.where + ": unknown source type " + s.type);
        }
    }
    if (list.empty()) throw std::runtime_error("no program sources configured");
    auto all = std::make_unique<SequenceSource>(std::move(list));
    if (all->size() == std::optional<std::uint64_t>(0))
        throw std::runtime_error(std::string("no programs to run in ") + modeName(config.mode) + " mode from " + all->describe() +
                                 " (run from the repository root, or pass --corpus DIR)");
    return all;
}

}  // namespace nixtwin::oracle
