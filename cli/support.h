// What every command shares: reading and atomically writing files, error
// text in the `cpy-xxx: error: ...` form, and the exit-code convention.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "cpy/mpy/bytes.h"
#include "cpy/mpy/result.h"

namespace cpy::cli {

/// Exit codes of every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

/// Prints `<tool>: error: <message>` to stderr.
void print_error(std::string_view tool, std::string_view message);

/// The whole file at [path]; nullopt (and [error] set) when it can't be read.
std::optional<std::vector<uint8_t>> read_file(const std::string& path, std::string* error);

/// Where an output named [path] is really written: a symlink is followed to
/// its final target. Sets [*in_place] when that exists and is not a regular
/// file (a device such as /dev/null, a FIFO): such a file is written as it
/// is, since renaming a temporary file over it would replace it.
std::string output_destination(const std::string& path, bool* in_place);

/// Writes [bytes] to [path] through a temporary file in the same directory and
/// a rename, so that [path] either holds the whole new content or is untouched.
/// "-" writes to stdout.
bool write_file_atomic(const std::string& path, std::span<const uint8_t> bytes, std::string* error);

/// A ByteSink that appends to a vector.
class VectorSink final : public mpy::ByteSink {
 public:
  void put(std::span<const uint8_t> bytes) override { data.insert(data.end(), bytes.begin(), bytes.end()); }
  std::vector<uint8_t> data;
};

/// "what (at offset 0x1c)" for an error from a binary reader.
std::string describe(const Error& error);

/// Runs CLI11's parser with the project's exit codes: --help/--version print
/// and exit 0, a usage error prints `<tool>: error: ...` and exits 2.
/// Returns nullopt when parsing succeeded and the command should go on.
std::optional<int> parse_command_line(CLI::App& app, int argc, char** argv);

}  // namespace cpy::cli
