// error_display.hpp — renders errors in the reference's layout:
//   error: <message>
//
//          at «string»:1:2:
//
//               1| source line
//                |  ^
#pragma once

#include <string>
#include <vector>

#include "../syntax/position.hpp"

namespace nixtwin {

struct Trace {
    Pos pos;
    std::string message;
};

struct ErrorReport {
    std::string message;
    Pos pos;
    std::string suggestion;     // "Did you mean …?" or ""
    std::vector<Trace> traces;  // innermost first; shown only with --show-trace
};

std::string renderError(const Origins & origins, const ErrorReport & report, bool showTrace = false);
inline std::string renderError(const Origins & origins, const std::string & message, Pos pos) {
    return renderError(origins, ErrorReport{message, pos, "", {}});
}

}  // namespace nixtwin
