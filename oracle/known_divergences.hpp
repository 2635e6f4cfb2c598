// known_divergences.hpp — cases nixtwin is allowed to get wrong, for now.
//
// Entries come from the configuration ([[known_divergences]]: a case hash or hash prefix, or a
// path suffix) and from known-divergences.txt files in a corpus case's directory or any
// ancestor (one "path # reason" per line, as scripts/diffcorpus reads them). A known case that
// diverges is reported as expected; one that agrees is reported loudly, so the list shrinks.
#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "config.hpp"
#include "test_case.hpp"

namespace nixtwin::oracle {

struct KnownMatch {
    std::string entry;   // what matched (hash prefix or path)
    std::string reason;
    std::string where;   // config location or list file
};

class KnownDivergences {
public:
    explicit KnownDivergences(std::vector<KnownDivergenceEntry> fromConfig, bool readCorpusLists = true);
    std::optional<KnownMatch> match(const std::string & hash, const TestCase & c);

private:
    struct ListEntry {
        std::string path, reason, file;
    };
    const std::vector<ListEntry> & listFor(const std::string & dir);

    std::vector<KnownDivergenceEntry> config_;
    bool readCorpusLists_;
    std::mutex mutex_;
    std::map<std::string, std::vector<ListEntry>> listsByDir_;  // dir → entries of its own list file
};

}  // namespace nixtwin::oracle
