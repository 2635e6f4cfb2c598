// source_path.cpp — store paths of files and directories (see source_path.hpp).
#include "source_path.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "../eval/errors.hpp"
#include "store_path.hpp"

namespace nixtwin::store {

Hash hashFileContents(HashAlgo algo, const std::string & path) {
    int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throwEvalError("opening file '" + path + "': " + std::strerror(errno));
    HashSink sink(algo);
    std::vector<char> buf(65536);
    while (true) {
        ssize_t n = read(fd, buf.data(), buf.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            int saved = errno;
            close(fd);
            throwEvalError(std::string("reading from file: ") + std::strerror(saved));
        }
        if (n == 0) break;
        sink.update({buf.data(), size_t(n)});
    }
    close(fd);
    return sink.finish();
}

SourcePath computeSourcePath(std::string_view storeDir, std::string_view name, const std::string & srcPath,
                             bool recursive, const PathFilter & filter) {
    Hash h(HashAlgo::SHA256);
    if (recursive) {
        HashSink sink(HashAlgo::SHA256);
        dumpPath(srcPath, [&](std::string_view data) { sink.update(data); }, filter);
        h = sink.finish();
    } else {
        h = hashFileContents(HashAlgo::SHA256, srcPath);
    }
    return SourcePath{makeFixedOutputPath(storeDir, recursive, h, name), h};
}

}  // namespace nixtwin::store
