// cpy-cross's file access, with the errno the reference's OSError shows:
// reading an input and removing an output its failed input made stale.
// Outputs are written with support.h's write_output_atomic().
#pragma once

#include <string>

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

/// Removes [output] if it is a regular file and not [input] itself, so that an
/// input that failed leaves no out-of-date .mpy behind.
void remove_stale_output(const std::string& output, const std::string& input);

}  // namespace cpy::cli
