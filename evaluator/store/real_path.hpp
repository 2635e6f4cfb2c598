// real_path.hpp — the reference's canonPath(path, resolveSymlinks = true): a canonical path
// with every symlink component followed (builtins.storePath uses it).
#pragma once

#include <string>
#include <string_view>

namespace nixtwin::store {

// Throws the reference's errors: "getting status of '…': …" for a missing component,
// "infinite symlink recursion in path '…'" after 1024 links.
std::string resolveSymlinks(std::string_view path);

}  // namespace nixtwin::store
