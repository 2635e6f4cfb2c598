// config.hpp — the oracle's configuration, read from TOML (toml++).
//
// The built-in default is oracle/default-config.toml itself, compiled into the binary, so the
// documented defaults and the real ones cannot drift apart. A user file is read on top of the
// default: every key is optional. Unknown keys are errors (a typo must not be silently
// ignored), and every error names the file, line and column.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "mode.hpp"

namespace nixtwin::oracle {

struct ConfigError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct ReferenceConfig {
    std::vector<std::string> command;      // argv prefix; command[0] looked up in search_path
    std::vector<std::string> commonArgs;   // given to both sides, before the mode flags
    std::string searchPath;                // PATH inside the clean environment
    bool requireNixVersion = true;         // `--version` must say "(Nix) X.Y"
    double timeoutSeconds = 10;
    std::uint64_t stackBytes = 0;
    std::uint64_t addressSpaceBytes = 0;   // 0 = no RLIMIT_AS
    std::uint64_t gcHeapBytes = 0;         // GC_MAXIMUM_HEAP_SIZE; 0 = unset
    std::uint64_t maxOutputBytes = 0;
    bool zygote = true;                    // single cases in forked children (zygote_runner.hpp)
    std::string zygoteLibrary;             // "" = next to the nixtwin executable
};

enum class EngineKind { Worker, InProcess, Command };
const char * engineName(EngineKind e);

struct NixtwinConfig {
    EngineKind engine = EngineKind::Worker;
    std::vector<std::string> command;       // for engine = "command": a nixtwin-instantiate-compatible program
    std::string workerExecutable;           // for engine = "worker": "" = this program
    double timeoutSeconds = 10;
    std::uint64_t addressSpaceBytes = 0;
    std::uint64_t maxOutputBytes = 0;
};

struct BatchConfig {
    bool enabled = true;
    std::size_t maxCases = 200;
    std::size_t maxArgBytes = 1 << 20;
    bool isolatePredictedFailures = true;
};

struct SourceConfig {
    std::string type;                 // "generator", "corpus" or "synthetic"
    std::vector<std::string> paths;   // corpus: files or directories
    bool recursive = true;
    bool cycle = false;               // start over when exhausted (only with a duration)
    bool optional = false;            // missing paths are skipped instead of an error
    std::uint64_t count = 0;          // generator, synthetic: how many programs (0 = endless)
    std::vector<std::string> modes;   // corpus: modes its cases run in (empty = all) …
    std::string modesFile;            // … unless a directory holds this file ("" = ignore such files)
    std::string where;                // "file:line:col" of the entry, for messages
};

struct KnownDivergenceEntry {
    std::string hash;    // case hash or a prefix of at least 8 hex digits
    std::string file;    // or a path suffix of the case's origin
    std::string reason;
    std::string where;
};

struct Config {
    // The configuration texts applied so far, in order: their [generator] sections configure the
    // program generator (read by the generator's own parser).
    std::vector<std::string> generatorTomls;
    Mode mode = Mode::Parse;
    std::string outputDir;
    std::uint64_t seed = 0;
    unsigned jobs = 2;
    double durationSeconds = 0;    // 0 = until the sources are exhausted
    bool compareErrorFirstLine = true;
    double progressIntervalSeconds = 10;  // when stderr is not a terminal
    ReferenceConfig reference;
    NixtwinConfig nixtwin;
    BatchConfig batch;
    std::vector<SourceConfig> sources;
    std::vector<KnownDivergenceEntry> known;
    std::string origin;  // "built-in default" or the file name
};

// The built-in default (oracle/default-config.toml).
const std::string & defaultConfigText();
Config defaultConfig();
// Default overlaid with the file; throws ConfigError.
Config loadConfigFile(const std::string & path);
// Default overlaid with TOML text (`name` is used in messages); throws ConfigError.
Config loadConfigText(const std::string & text, const std::string & name);

// "10s", "250ms", "5m", "2h", "1.5" (seconds); throws std::invalid_argument.
double parseDuration(const std::string & s);
// 123, "64MiB", "4GiB", "16M" (binary units); throws std::invalid_argument.
std::uint64_t parseSize(const std::string & s);

}  // namespace nixtwin::oracle
