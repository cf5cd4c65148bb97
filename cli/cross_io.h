// cpy-cross's file access, with the errno the reference's OSError shows:
// reading an input, writing an output atomically (safe when several threads
// write at once), and removing an output its failed input made stale.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace cpy::cli {

/// How reading an input failed: at open (the reference's `OSError: (errno,
/// "can't open NAME")`) or at read (its bare `OSError: errno`).
struct ReadFailure {
  bool at_open = false;
  int error_number = 0;
};

/// Reads all of [path] ("-": stdin) into [out]; false and [failure] set when
/// it cannot.
bool read_input(const std::string& path, std::string& out, ReadFailure& failure);

/// Writes [bytes] to [path] through a uniquely named temporary file in the
/// same directory and a rename, so [path] holds either its old content or all
/// of the new. Creates missing parent directories when [make_dirs]. Returns 0,
/// or the errno of what failed (no temporary file is left behind).
int write_output_atomic(const std::string& path, std::span<const uint8_t> bytes, bool make_dirs);

/// Writes [bytes] to stdout; 0 or an errno.
int write_stdout(std::span<const uint8_t> bytes);

/// Removes [output] if it is a regular file and not [input] itself, so that an
/// input that failed leaves no out-of-date .mpy behind.
void remove_stale_output(const std::string& output, const std::string& input);

}  // namespace cpy::cli
