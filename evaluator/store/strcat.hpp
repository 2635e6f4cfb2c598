// strcat.hpp — joining message pieces. Also sidesteps GCC 12's spurious -Wrestrict warning on
// `"literal" + std::string(…)` at -O2 (the pieces are appended to one string instead).
#pragma once

#include <string>
#include <string_view>

namespace nixtwin::store {

template <class... Parts>
std::string strcat(const Parts &... parts) {
    std::string out;
    (out.append(std::string_view(parts)), ...);
    return out;
}

}  // namespace nixtwin::store
