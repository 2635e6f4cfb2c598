// nar.cpp — NAR serialisation. Every string is written as a little-endian 64-bit length, the
// bytes, and zero padding to a multiple of 8; a node is "(" type … ")" as in the reference's
// archive.cc.
#include "nar.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <set>
#include <vector>

#include "../eval/errors.hpp"

namespace nixtwin::store {

namespace {

[[noreturn]] void sysError(const std::string & what) { throwEvalError(what + ": " + std::strerror(errno)); }

void writeNumber(const NarSink & sink, uint64_t n) {
    char buf[8];
    for (int i = 0; i < 8; i++) buf[i] = char((n >> (8 * i)) & 0xff);
    sink({buf, 8});
}

void writePadding(const NarSink & sink, uint64_t len) {
    static const char zeros[8] = {};
    if (len % 8) sink({zeros, size_t(8 - len % 8)});
}

void writeString(const NarSink & sink, std::string_view s) {
    writeNumber(sink, s.size());
    sink(s);
    writePadding(sink, s.size());
}

void writeStrings(const NarSink & sink, std::initializer_list<std::string_view> ss) {
    for (auto s : ss) writeString(sink, s);
}

// The file's bytes, streamed (files can be large).
void writeContents(const std::string & path, uint64_t size, const NarSink & sink) {
    writeString(sink, "contents");
    writeNumber(sink, size);
    int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) sysError("opening file '" + path + "'");
    std::vector<char> buf(65536);
    uint64_t left = size;
    while (left > 0) {
        ssize_t n = read(fd, buf.data(), size_t(std::min<uint64_t>(left, buf.size())));
        if (n < 0) {
            if (errno == EINTR) continue;
            int saved = errno;
            close(fd);
            errno = saved;
            sysError("reading from file");
        }
        if (n == 0) {
            close(fd);
            throwEvalError("unexpected end-of-file");
        }
        sink({buf.data(), size_t(n)});
        left -= uint64_t(n);
    }
    close(fd);
    writePadding(sink, size);
}

std::set<std::string> directoryEntries(const std::string & path) {
    DIR * dir = opendir(path.c_str());
    if (!dir) sysError("opening directory '" + path + "'");
    std::set<std::string> names;  // sorted by bytes, like the reference
    errno = 0;
    while (dirent * d = readdir(dir)) {
        std::string name = d->d_name;
        if (name != "." && name != "..") names.insert(name);
        errno = 0;
    }
    int saved = errno;
    closedir(dir);
    if (saved) {
        errno = saved;
        sysError("reading directory '" + path + "'");
    }
    return names;
}

std::string readLink(const std::string & path) {
    std::vector<char> buf(256);
    while (true) {
        ssize_t n = readlink(path.c_str(), buf.data(), buf.size());
        if (n < 0) sysError("reading symbolic link '" + path + "'");
        if (size_t(n) < buf.size()) return std::string(buf.data(), size_t(n));
        buf.resize(buf.size() * 2);
    }
}

void dump(const std::string & path, const NarSink & sink, const PathFilter & filter) {
    struct stat st;
    if (lstat(path.c_str(), &st) != 0) sysError("getting status of '" + path + "'");
    writeString(sink, "(");
    if (S_ISREG(st.st_mode)) {
        writeStrings(sink, {"type", "regular"});
        if (st.st_mode & S_IXUSR) writeStrings(sink, {"executable", ""});
        writeContents(path, uint64_t(st.st_size), sink);
    } else if (S_ISDIR(st.st_mode)) {
        writeStrings(sink, {"type", "directory"});
        for (auto & name : directoryEntries(path)) {
            std::string child = path + "/" + name;
            if (filter && !filter(child)) continue;
            writeStrings(sink, {"entry", "(", "name", name, "node"});
            dump(child, sink, filter);
            writeString(sink, ")");
        }
    } else if (S_ISLNK(st.st_mode)) {
        writeStrings(sink, {"type", "symlink", "target", readLink(path)});
    } else {
        throwEvalError("file '" + path + "' has an unsupported type");
    }
    writeString(sink, ")");
}

}  // namespace

void dumpPath(const std::string & path, const NarSink & sink, const PathFilter & filter) {
    writeString(sink, "nix-archive-1");
    dump(path, sink, filter);
}

void dumpString(std::string_view contents, const NarSink & sink) {
    writeStrings(sink, {"nix-archive-1", "(", "type", "regular", "contents", contents, ")"});
}

}  // namespace nixtwin::store
