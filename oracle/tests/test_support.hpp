// test_support.hpp — helpers shared by the oracle tests.
#pragma once

#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace nixtwin::oracle::test {

inline std::string fake(const std::string & name) { return std::string(NIXTWIN_FAKES_DIR) + "/" + name; }
inline std::string sourceDir() { return NIXTWIN_SOURCE_DIR; }
inline std::string nixtwinExe() { return NIXTWIN_EXE; }
inline std::string realReference() { return NIXTWIN_REFERENCE; }
inline std::string zygoteLibrary() { return NIXTWIN_ZYGOTE_LIB; }
inline bool haveRealReference() {
    std::string r = realReference();
    return !r.empty() && r.find("NOTFOUND") == std::string::npos && ::access(r.c_str(), X_OK) == 0;
}

// A temporary directory removed at the end of the test.
struct TempDir {
    std::string path;
    TempDir() {
        std::string t = std::filesystem::temp_directory_path().string() + "/nixtwin-oracle-test.XXXXXX";
        path = mkdtemp(t.data()) ? t : std::string();
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    std::string file(const std::string & name, const std::string & content) const {
        std::string p = path + "/" + name;
        std::filesystem::create_directories(std::filesystem::path(p).parent_path());
        std::ofstream(p, std::ios::binary) << content;
        return p;
    }
};

}  // namespace nixtwin::oracle::test
