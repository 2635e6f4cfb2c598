// known_divergences.cpp — matching cases against the known lists.
#include "known_divergences.hpp"

#include <sstream>

#include "atomic_file.hpp"

namespace nixtwin::oracle {

namespace {
constexpr const char * kListName = "known-divergences.txt";

std::string trim(const std::string & s) {
    std::size_t a = s.find_first_not_of(" \t\r"), b = s.find_last_not_of(" \t\r");
    return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}

bool endsWithPath(const std::string & path, const std::string & suffix) {
    if (suffix.empty()) return false;
    if (path == suffix) return true;
    return path.size() > suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0 &&
           (suffix[0] == '/' || path[path.size() - suffix.size() - 1] == '/');
}
}  // namespace

KnownDivergences::KnownDivergences(std::vector<KnownDivergenceEntry> fromConfig, bool readCorpusLists)
    : config_(std::move(fromConfig)), readCorpusLists_(readCorpusLists) {}

const std::vector<KnownDivergences::ListEntry> & KnownDivergences::listFor(const std::string & dir) {
    auto it = listsByDir_.find(dir);
    if (it != listsByDir_.end()) return it->second;
    std::vector<ListEntry> entries;
    std::string text, file = dir + "/" + kListName;
    if (readFile(file, text)) {
        std::istringstream in(text);
        std::string line;
        while (std::getline(in, line)) {
            auto hash = line.find('#');
            std::string path = trim(line.substr(0, hash));
            std::string reason = hash == std::string::npos ? "" : trim(line.substr(hash + 1));
            if (!path.empty()) entries.push_back({path, reason, file});
        }
    }
    return listsByDir_[dir] = std::move(entries);
}

std::optional<KnownMatch> KnownDivergences::match(const std::string & hash, const TestCase & c) {
    for (auto & k : config_) {
        if (!k.hash.empty() && hash.compare(0, k.hash.size(), k.hash) == 0) return KnownMatch{k.hash, k.reason, k.where};
        if (!k.file.empty() && endsWithPath(c.origin, k.file)) return KnownMatch{k.file, k.reason, k.where};
    }
    if (!readCorpusLists_ || c.kind != InputKind::File) return std::nullopt;
    std::lock_guard<std::mutex> lock(mutex_);
    std::string dir = c.path;
    for (;;) {
        auto slash = dir.rfind('/');
        if (slash == std::string::npos || slash == 0) break;
        dir.resize(slash);
        for (auto & e : listFor(dir)) {
            // Entries are relative to the list's directory, or path suffixes.
            if (c.path == dir + "/" + e.path || endsWithPath(c.path, e.path)) return KnownMatch{e.path, e.reason, e.file};
        }
    }
    return std::nullopt;
}

}  // namespace nixtwin::oracle
