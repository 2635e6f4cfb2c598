// atomic_file.hpp — whole-file writes that a crash (kill -9, power loss) cannot leave half done.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace nixtwin::oracle {

// Raised when a file cannot be written (disk full, read-only, permissions); the message names
// the path and the system error.
struct WriteError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Writes `<dir>/.tmp-…`, fsyncs it (when `durable`), renames it over `path` and fsyncs the
// directory: readers see the old content or the new, never a mix. Throws WriteError, leaving
// no temporary file behind.
void writeFileAtomically(const std::string & path, std::string_view data, bool durable = true);

// Reads a whole file; returns false if it cannot be opened.
bool readFile(const std::string & path, std::string & into);

// Creates a directory and its parents; throws WriteError with a clear message.
void makeDirectories(const std::string & path);

// Checks that a directory is writable by creating and removing a probe file; throws WriteError.
void checkWritableDirectory(const std::string & path);

}  // namespace nixtwin::oracle
