// program_source.hpp — where the programs of a run come from.
//
// A source is a deterministic stream: the same configuration (and seed) yields the same
// programs in the same order, which is what lets an interrupted run resume by skipping the
// cases it has already finished. The generators (a later work item) implement ProgramSource.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config.hpp"

namespace nixtwin::oracle {

struct Program {
    std::string origin;             // shown to people and matched by known divergences
    std::string text;
    std::optional<std::string> file;  // absolute path: pass the file itself (imports, positions)
    std::uint64_t seed = 0;
};

class ProgramSource {
public:
    virtual ~ProgramSource() = default;
    // The next program, or nullopt when the source is exhausted.
    virtual std::optional<Program> next() = 0;
    // Skips `n` programs (resuming); the default calls next() n times.
    virtual std::uint64_t skip(std::uint64_t n);
    virtual std::string describe() const = 0;
    // How many programs in all, if known (nullopt: endless or unknown).
    virtual std::optional<std::uint64_t> size() const { return std::nullopt; }
};

// Which corpus files belong to a run's mode: a file is used when the run's mode is in the
// modes of the nearest `modesFile` (e.g. corpus/eval/<dir>/modes.txt: "eval eval-strict json")
// in its directory or an ancestor up to the corpus root, else in `defaultModes` (empty = any).
struct CorpusModeFilter {
    std::string mode;                       // the run's mode; empty = no filtering
    std::vector<std::string> defaultModes;
    std::string modesFile;                  // "" = ignore modes files
};

// *.nix files under the given paths, sorted by path; `cycle` restarts at the end.
class CorpusSource : public ProgramSource {
public:
    // Throws std::runtime_error naming a missing path unless `optional`.
    CorpusSource(const std::vector<std::string> & paths, bool recursive, bool cycle, bool optional,
                 const CorpusModeFilter & filter = {});
    std::optional<Program> next() override;
    std::string describe() const override;
    std::optional<std::uint64_t> size() const override;
    const std::vector<std::string> & files() const { return files_; }
    std::vector<std::string> warnings;

private:
    std::vector<std::string> configured_;  // as given (for messages)
    std::vector<std::string> roots_;
    std::vector<std::string> files_;  // absolute
    std::size_t pos_ = 0;
    bool cycle_;
};

// Small random programs (arithmetic, comparisons, lists, strings, single-binding lets,
// if-then-else) from a seed: a stand-in for the real generators, used for benchmarking.
class SyntheticSource : public ProgramSource {
public:
    SyntheticSource(std::uint64_t seed, std::uint64_t count);
    std::optional<Program> next() override;
    std::string describe() const override;
    std::optional<std::uint64_t> size() const override;

private:
    std::uint64_t seed_, count_, produced_ = 0;
};

// Typed random programs from the program generator (proptests/generators): closed,
// terminating and deterministic; program i is rebuilt from (config, seed, i).
class GeneratorSource : public ProgramSource {
public:
    // `tomls`: configuration texts whose [generator] sections apply in order.
    GeneratorSource(const std::vector<std::string> & tomls, std::uint64_t seed, std::uint64_t count);
    ~GeneratorSource() override;
    std::optional<Program> next() override;
    std::uint64_t skip(std::uint64_t n) override;
    std::string describe() const override;
    std::optional<std::uint64_t> size() const override;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    std::uint64_t seed_, count_;
};

// The sources of a run, one after the other.
class SequenceSource : public ProgramSource {
public:
    explicit SequenceSource(std::vector<std::unique_ptr<ProgramSource>> sources) : sources_(std::move(sources)) {}
    std::optional<Program> next() override;
    std::string describe() const override;
    std::optional<std::uint64_t> size() const override;

private:
    std::vector<std::unique_ptr<ProgramSource>> sources_;
    std::size_t current_ = 0;
};

// Builds the configured sources. `cycleAllowed` is false when the run has no duration (a
// cycling corpus would then never end). Throws std::runtime_error.
std::unique_ptr<ProgramSource> makeSources(const Config & config, bool cycleAllowed, std::vector<std::string> & warnings);

}  // namespace nixtwin::oracle
