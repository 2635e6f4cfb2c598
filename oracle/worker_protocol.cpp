// worker_protocol.cpp — frames and the worker side of the protocol.
#include "worker_protocol.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

#include "instantiate.hpp"

namespace nixtwin::oracle {

namespace {
constexpr std::size_t kMaxFields = 1u << 20;
constexpr std::size_t kMaxLength = std::size_t(1) << 34;

// Parses "<digits>\n" at `pos`; returns false if incomplete.
bool number(const std::string & b, std::size_t & pos, std::size_t & value) {
    std::size_t nl = b.find('\n', pos);
    if (nl == std::string::npos) {
        if (b.size() - pos > 20) throw ProtocolError("malformed frame: number too long");
        return false;
    }
    if (nl == pos || nl - pos > 20) throw ProtocolError("malformed frame: bad number");
    value = 0;
    for (std::size_t i = pos; i < nl; i++) {
        if (b[i] < '0' || b[i] > '9') throw ProtocolError("malformed frame: bad digit");
        value = value * 10 + static_cast<std::size_t>(b[i] - '0');
    }
    pos = nl + 1;
    return true;
}
}  // namespace

std::string encodeFrame(const std::vector<std::string> & fields) {
    std::string out = std::to_string(fields.size()) + "\n";
    for (auto & f : fields) {
        out += std::to_string(f.size());
        out += '\n';
        out += f;
    }
    return out;
}

std::size_t decodeFrame(const std::string & buffer, std::vector<std::string> & fields) {
    std::size_t pos = 0, count = 0;
    if (!number(buffer, pos, count)) return 0;
    if (count > kMaxFields) throw ProtocolError("malformed frame: too many fields");
    std::vector<std::string> out;
    out.reserve(count);
    for (std::size_t i = 0; i < count; i++) {
        std::size_t len = 0;
        if (!number(buffer, pos, len)) return 0;
        if (len > kMaxLength) throw ProtocolError("malformed frame: field too long");
        if (buffer.size() - pos < len) return 0;
        out.push_back(buffer.substr(pos, len));
        pos += len;
    }
    fields = std::move(out);
    return pos;
}

int runWorkerLoop(int inFd, int outFd) {
    std::string buffer;
    char chunk[65536];
    for (;;) {
        std::vector<std::string> fields;
        std::size_t used = 0;
        try {
            used = decodeFrame(buffer, fields);
        } catch (const ProtocolError & e) {
            std::string msg = std::string("nixtwin worker: ") + e.what() + "\n";
            (void)!::write(2, msg.data(), msg.size());
            return 2;
        }
        if (used == 0) {
            ssize_t n = ::read(inFd, chunk, sizeof chunk);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) return 0;  // the oracle closed the pipe: done
            buffer.append(chunk, static_cast<std::size_t>(n));
            continue;
        }
        buffer.erase(0, used);
        if (fields.size() < 2) {
            const char msg[] = "nixtwin worker: request without cwd and stdin\n";
            (void)!::write(2, msg, sizeof msg - 1);
            return 2;
        }
        std::vector<std::string> args(fields.begin() + 2, fields.end());
        InstantiateResult r = runInstantiate(args, fields[1], fields[0]);
        std::string reply = encodeFrame({std::to_string(r.exitCode), r.out, r.err});
        std::size_t done = 0;
        while (done < reply.size()) {
            ssize_t n = ::write(outFd, reply.data() + done, reply.size() - done);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) return 0;
            done += static_cast<std::size_t>(n);
        }
    }
}

}  // namespace nixtwin::oracle
