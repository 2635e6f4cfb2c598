// path_util.cpp — lexical path operations.
#include "path_util.hpp"

#include <vector>

namespace nixtwin {

std::string canonicalPath(std::string_view path) {
    std::string result;
    size_t i = 0, n = path.size();
    while (true) {
        while (i < n && path[i] == '/') i++;  // skip slashes
        if (i >= n) break;
        size_t end = path.find('/', i);
        if (end == std::string_view::npos) end = n;
        std::string_view component = path.substr(i, end - i);
        i = end;
        if (component == ".") continue;
        if (component == "..") {
            size_t slash = result.rfind('/');
            result.erase(slash == std::string::npos ? 0 : slash);
            continue;
        }
        result += '/';
        result += component;
    }
    return result.empty() ? "/" : result;
}

std::string absolutePath(std::string_view path, std::string_view base) {
    if (!path.empty() && path[0] == '/') return canonicalPath(path);
    std::string joined(base);
    joined += '/';
    joined += path;
    return canonicalPath(joined);
}

std::string directoryOf(std::string_view path) {
    size_t slash = path.rfind('/');
    if (slash == std::string_view::npos) return ".";
    return slash == 0 ? "/" : std::string(path.substr(0, slash));
}

std::string baseNameOf(std::string_view path) {
    if (path.empty()) return "";
    size_t last = path.size();
    if (path.back() == '/' && last > 1) last--;
    size_t slash = path.rfind('/', last - 1);
    return std::string(path.substr(slash == std::string_view::npos ? 0 : slash + 1, last - (slash == std::string_view::npos ? 0 : slash + 1)));
}

}  // namespace nixtwin
