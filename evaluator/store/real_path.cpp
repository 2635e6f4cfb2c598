// real_path.cpp — canonicalising a path while following symlinks, component by component in
// the reference's way (so its errors name the same component).
#include "real_path.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "../eval/errors.hpp"
#include "../syntax/path_util.hpp"
#include "strcat.hpp"

namespace nixtwin::store {

namespace {

bool isLink(const std::string & path) {
    struct stat st;
    if (lstat(path.c_str(), &st) != 0)
        throwEvalError("getting status of '" + path + "': " + std::strerror(errno));
    return S_ISLNK(st.st_mode);
}

std::string readLink(const std::string & path) {
    std::vector<char> buf(256);
    while (true) {
        ssize_t n = readlink(path.c_str(), buf.data(), buf.size());
        if (n < 0) throwEvalError("reading symbolic link '" + path + "': " + std::strerror(errno));
        if (size_t(n) < buf.size()) return std::string(buf.data(), size_t(n));
        buf.resize(buf.size() * 2);
    }
}

}  // namespace

std::string resolveSymlinks(std::string_view input) {
    if (input.empty() || input[0] != '/') throwEvalError(strcat("not an absolute path: '", input, "'"));
    std::string rest(input), s;
    unsigned followCount = 0;
    size_t i = 0;
    while (true) {
        while (i < rest.size() && rest[i] == '/') i++;
        if (i >= rest.size()) break;
        std::string_view tail = std::string_view(rest).substr(i);
        if (tail == "." || tail.starts_with("./")) {
            i += 1;
        } else if (tail == ".." || tail.starts_with("../")) {
            if (!s.empty()) s.erase(s.rfind('/'));
            i += 2;
        } else {
            size_t slash = tail.find('/');
            s += '/';
            s += tail.substr(0, slash);
            i = slash == std::string_view::npos ? rest.size() : i + slash;
            if (isLink(s)) {
                std::string remaining = rest.substr(i);
                if (++followCount >= 1024) throwEvalError("infinite symlink recursion in path '" + remaining + "'");
                std::string target = readLink(s);
                rest = target + remaining;
                i = 0;
                if (!target.empty() && target[0] == '/') s.clear();
                else {
                    s = directoryOf(s);
                    if (s == "/") s.clear();
                }
            }
        }
    }
    return s.empty() ? "/" : s;
}

}  // namespace nixtwin::store
