// worker_protocol.hpp — framing between the oracle and a nixtwin worker process.
//
// A frame is a list of byte strings: "<count>\n" then, per string, "<length>\n<bytes>".
// Request:  [cwd, stdin, arg…]       Response: [exit code, stdout, stderr]
// Length-prefixed, so programs and outputs may contain any byte.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace nixtwin::oracle {

struct ProtocolError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

std::string encodeFrame(const std::vector<std::string> & fields);

// Decodes one frame from the start of `buffer`. Returns the number of bytes used, or 0 when
// the frame is not complete yet. Throws ProtocolError on malformed input.
std::size_t decodeFrame(const std::string & buffer, std::vector<std::string> & fields);

// The worker's main loop: requests on `inFd`, responses on `outFd`, until EOF. Runs
// nixtwin::runInstantiate for each request. Returns the process exit code.
int runWorkerLoop(int inFd, int outFd);

}  // namespace nixtwin::oracle
