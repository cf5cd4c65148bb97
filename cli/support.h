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

/// Writes all of [bytes] to [fd], going on after interruptions; 0 or an errno.
int write_all(int fd, std::span<const uint8_t> bytes);

/// An output file written in one or more pieces so that [path] ends up
/// holding either its old content or all of the new: the bytes go to a
/// uniquely named temporary file in the same directory (safe when several
/// threads write at once), which commit() renames over [path]. A symlink is
/// followed to its final target. A target that exists and is not a regular
/// file (a device such as /dev/null, a FIFO) is written in place, since a
/// rename would replace it. Without a successful commit() the temporary file
/// is removed. Every call returns 0 or the errno of what failed.
class AtomicOutput {
 public:
  AtomicOutput() = default;
  ~AtomicOutput();
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;

  /// Starts the output; creates [path]'s missing parent directories when [make_dirs].
  int open(const std::string& path, bool make_dirs = false);
  int write(std::span<const uint8_t> bytes);
  int commit();

 private:
  std::string destination_;
  std::string tmp_;  // empty when writing in place
  int fd_ = -1;
};

/// Writes [bytes] to [path] through an AtomicOutput; 0 or an errno.
int write_output_atomic(const std::string& path, std::span<const uint8_t> bytes, bool make_dirs = false);

/// write_output_atomic() with the error as `<path>: <reason>` text. "-"
/// writes to stdout.
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
