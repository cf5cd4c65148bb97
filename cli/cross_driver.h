// Compiling one input of cpy-cross: read it, compile it, serialize the
// module, write the .mpy atomically, and turn every failure into the
// diagnostic the reference would print.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cross_args.h"
#include "cross_diagnostic.h"

namespace cpy::cli {

/// The options that apply to every input of a run.
struct CrossSettings {
  CrossTarget target = CrossTarget::kCircuitPython;
  uint8_t optimise = 0;
  uint8_t small_int_bits = 31;
  mpy::NativeArch arch = mpy::NativeArch::kNone;
  uint32_t arch_flag_bits = 0;
  long heap_size = 2 * 1024 * 1024;
  /// Hand the .mpy back in CrossResult::output_bytes instead of writing it:
  /// parallel runs write from one thread (see write_cross_output).
  bool defer_writes = false;

  /// The settings of [args].
  static CrossSettings from(const CrossArgs& args);
};

/// One input and where its output goes.
struct CrossJob {
  std::string read_path;    ///< what to open ("-": stdin)
  std::string input_name;   ///< the name the reference would have been given (tracebacks of the parse stage)
  std::string source_name;  ///< the name embedded in the .mpy (tracebacks of the compile stage)
  std::string output;       ///< where the .mpy goes; "-" is stdout
  bool make_dirs = false;   ///< create the output's directory if missing (-d trees)
};

/// What became of one job.
struct CrossResult {
  bool ok = false;
  std::optional<Diagnostic> diagnostic;  ///< set when !ok
  std::vector<uint8_t> stdout_bytes;     ///< the .mpy when the output is stdout, for the caller to print in order
  std::vector<uint8_t> output_bytes;     ///< the .mpy still to be written (CrossSettings::defer_writes)
};

/// Writes a deferred result's output; on failure the result becomes the
/// reference's OSError and a stale output is removed.
void write_cross_output(const CrossJob& job, CrossResult& result);

/// The reference's OSError for [job]: `OSError: (errno, "can't open NAME")`
/// when opening [*opened] failed, else the bare `OSError: errno`.
Diagnostic os_error(const CrossJob& job, int error_number, const std::string* opened);

/// Compiles [job] with [settings] in an arena of its own. Thread-safe: jobs
/// may run at the same time as long as they write different outputs.
CrossResult run_cross_job(const CrossJob& job, const CrossSettings& settings);

/// The job for a plain input as mpy-cross names things: the output is -o (if
/// given) or the input with its last two characters replaced by "mpy" (stdout
/// for stdin); the embedded name is -s (if given) or the input's name
/// ("<stdin>" for stdin).
CrossJob plain_job(const std::string& input, const std::optional<std::string>& output,
                   const std::optional<std::string>& source_name);

}  // namespace cpy::cli
