// divergence_store.hpp — the directory of recorded cases: <dir>/<hash>.json, one per distinct case.
//
// Each record is written atomically (temp file, fsync, rename, fsync of the directory), so a
// kill -9 at any moment leaves only complete records (plus, at worst, a ".tmp-*" file that
// the next open removes). A case already present is not written again.
#pragma once

#include <mutex>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "divergence_record.hpp"

namespace nixtwin::oracle {

class DivergenceStore {
public:
    // Creates the directory if needed and checks it is writable; throws WriteError.
    explicit DivergenceStore(std::string dir);

    enum class Result { Written, Duplicate };
    // Thread-safe. Throws WriteError (disk full, …); nothing half-written remains.
    Result record(const DivergenceRecord & r);
    bool contains(const std::string & hash);
    std::size_t size();
    const std::string & dir() const { return dir_; }

    // Reads every record of a directory, sorted by file name; unreadable ones go to `errors`.
    static std::vector<std::pair<std::string, DivergenceRecord>> load(const std::string & dir, std::vector<std::string> & errors);

private:
    std::string dir_;
    std::mutex mutex_;
    std::set<std::string> hashes_;
};

}  // namespace nixtwin::oracle
