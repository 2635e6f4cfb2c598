// suggestions.cpp — Levenshtein-based name suggestions.
#include "suggestions.hpp"

#include <algorithm>
#include <set>
#include <utility>

namespace nixtwin {

namespace {

int editDistance(const std::string & a, const std::string & b) {
    std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (size_t j = 0; j <= b.size(); j++) prev[j] = int(j);
    for (size_t i = 0; i < a.size(); i++) {
        cur[0] = int(i + 1);
        for (size_t j = 0; j < b.size(); j++)
            cur[j + 1] = std::min({prev[j + 1] + 1, cur[j] + 1, prev[j] + (a[i] == b[j] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

}  // namespace

std::string suggestionLine(const std::vector<std::string> & candidates, const std::string & query) {
    std::set<std::pair<int, std::string>> ranked;
    for (auto & c : candidates) ranked.insert({editDistance(query, c), c});
    std::vector<std::string> picked;
    for (auto & [distance, name] : ranked) {
        if (picked.size() >= 5 || distance > 2) break;
        picked.push_back(name);
    }
    if (picked.empty()) return "";
    std::string line = "Did you mean ";
    if (picked.size() == 1) return line + picked[0] + "?";
    line += "one of " + picked[0];
    for (size_t i = 1; i < picked.size(); i++) line += (i + 1 == picked.size() ? " or " : ", ") + picked[i];
    return line + "?";
}

}  // namespace nixtwin
