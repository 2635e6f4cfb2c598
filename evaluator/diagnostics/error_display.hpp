// error_display.hpp — renders errors in the reference's layout:
//   error: <message>
//
//          at «string»:1:2:
//
//               1| source line
//                |  ^
#pragma once

#include <string>

#include "../syntax/position.hpp"

namespace nixtwin {

std::string renderError(const Origins & origins, const std::string & message, Pos pos);

}  // namespace nixtwin
