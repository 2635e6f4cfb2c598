// atomic_file.cpp — temp file + fsync + rename + fsync(dir).
#include "atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <thread>

namespace nixtwin::oracle {

namespace {

std::string dirOf(const std::string & path) {
    auto slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    if (slash == 0) return "/";
    return path.substr(0, slash);
}

std::string baseOf(const std::string & path) {
    auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

[[noreturn]] void fail(const std::string & what, const std::string & path, int err) {
    std::string msg = "cannot " + what + " " + path + ": " + std::strerror(err);
    if (err == ENOSPC || err == EDQUOT) msg += " (the disk is full)";
    if (err == EFBIG) msg += " (file size limit reached)";
    throw WriteError(msg);
}

}  // namespace

void writeFileAtomically(const std::string & path, std::string_view data, bool durable) {
    static std::atomic<unsigned long> counter{0};
    std::string dir = dirOf(path);
    std::string tmp = dir + "/.tmp-" + baseOf(path) + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) fail("create", tmp, errno);
    std::size_t done = 0;
    while (done < data.size()) {
        ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            int err = n < 0 ? errno : ENOSPC;
            ::close(fd);
            ::unlink(tmp.c_str());
            fail("write", tmp, err);
        }
        done += static_cast<std::size_t>(n);
    }
    if (durable && ::fsync(fd) != 0) {
        int err = errno;
        ::close(fd);
        ::unlink(tmp.c_str());
        fail("fsync", tmp, err);
    }
    if (::close(fd) != 0) {
        int err = errno;
        ::unlink(tmp.c_str());
        fail("close", tmp, err);
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        int err = errno;
        ::unlink(tmp.c_str());
        fail("rename into place", path, err);
    }
    if (durable) {
        int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd >= 0) {
            ::fsync(dfd);  // the rename itself must survive a crash
            ::close(dfd);
        }
    }
}

bool readFile(const std::string & path, std::string & into) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    into.clear();
    char buf[65536];
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) { ::close(fd); return false; }
        if (n == 0) break;
        into.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return true;
}

void makeDirectories(const std::string & path) {
    std::error_code ec;
    std::filesystem::create_directories(path, ec);
    if (ec) throw WriteError("cannot create directory " + path + ": " + ec.message());
    if (!std::filesystem::is_directory(path, ec)) throw WriteError(path + " exists and is not a directory");
}

void checkWritableDirectory(const std::string & path) {
    std::string probe = path + "/.probe-" + std::to_string(::getpid());
    int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) fail("write into", path, errno);
    ::close(fd);
    ::unlink(probe.c_str());
}

}  // namespace nixtwin::oracle
