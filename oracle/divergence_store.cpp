// divergence_store.cpp — atomic, de-duplicated records.
#include "divergence_store.hpp"

#include <algorithm>
#include <filesystem>

#include "atomic_file.hpp"

namespace fs = std::filesystem;

namespace nixtwin::oracle {

DivergenceStore::DivergenceStore(std::string dir) : dir_(std::move(dir)) {
    makeDirectories(dir_);
    checkWritableDirectory(dir_);
    std::error_code ec;
    for (auto it = fs::directory_iterator(dir_, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.rfind(".tmp-", 0) == 0) fs::remove(it->path(), ec);  // left by a killed run
        else if (name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0) hashes_.insert(name.substr(0, name.size() - 5));
    }
}

bool DivergenceStore::contains(const std::string & hash) {
    std::lock_guard<std::mutex> lock(mutex_);
    return hashes_.count(hash) != 0;
}

std::size_t DivergenceStore::size() {
    std::lock_guard<std::mutex> lock(mutex_);
    return hashes_.size();
}

DivergenceStore::Result DivergenceStore::record(const DivergenceRecord & r) {
    {
        // Claimed before writing, so two threads with the same case write it once.
        std::lock_guard<std::mutex> lock(mutex_);
        if (!hashes_.insert(r.hash).second) return Result::Duplicate;
    }
    try {
        writeFileAtomically(dir_ + "/" + r.hash + ".json", toJson(r).dump(2) + "\n", true);
    } catch (...) {
        std::lock_guard<std::mutex> lock(mutex_);
        hashes_.erase(r.hash);
        throw;
    }
    return Result::Written;
}

std::vector<std::pair<std::string, DivergenceRecord>> DivergenceStore::load(const std::string & dir, std::vector<std::string> & errors) {
    std::vector<std::string> files;
    std::error_code ec;
    for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name[0] != '.' && name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0) files.push_back(it->path().string());
    }
    if (ec) errors.push_back("cannot list " + dir + ": " + ec.message());
    std::sort(files.begin(), files.end());
    std::vector<std::pair<std::string, DivergenceRecord>> out;
    for (auto & f : files) {
        std::string text;
        if (!readFile(f, text)) {
            errors.push_back(f + ": cannot read");
            continue;
        }
        try {
            out.emplace_back(f, recordFromJson(nlohmann::json::parse(text)));
        } catch (const std::exception & e) {
            errors.push_back(f + ": " + e.what());
        }
    }
    return out;
}

}  // namespace nixtwin::oracle
