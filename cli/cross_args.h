// The command line of cpy-cross: every mpy-cross option with the reference's
// meaning, defaults and error texts, plus cpy-cross's own additions.
#pragma once

#include <cstdint>
#include <optional>
#include <variant>
#include <string>
#include <vector>

#include "cpy/mpy/model.h"

namespace cpy::cli {

/// Which reference compiler's behaviour to reproduce (`--target`).
enum class CrossTarget : uint8_t { kCircuitPython, kMicroPython };

/// The code emitter chosen with `-X emit=...`.
enum class Emitter : uint8_t { kBytecode, kNative, kViper };

/// A parsed command line.
struct CrossArgs {
  CrossTarget target = CrossTarget::kCircuitPython;
  std::vector<std::string> inputs;      ///< "-" is stdin; backslashes already turned into slashes
  std::optional<std::string> output;    ///< -o; "-" is stdout
  std::optional<std::string> source_name;  ///< -s, backslashes turned into slashes; with -r, a prefix
  int verbose = 0;                      ///< number of -v
  uint8_t optimise = 0;                 ///< -O level
  uint8_t small_int_bits = 31;          ///< -msmall-int-bits (the reference keeps the low 8 bits)
  mpy::NativeArch arch = mpy::NativeArch::kNone;  ///< -march
  std::optional<std::string> arch_flags;  ///< -march-flags, as given
  uint32_t arch_flag_bits = 0;          ///< -march-flags decoded (rv32imc only)
  Emitter emitter = Emitter::kBytecode;
  long heap_size = 2 * 1024 * 1024;     ///< -X heapsize

  // cpy-cross's own options (not accepted in mpy-cross mode).
  std::optional<std::string> tree;      ///< -r: compile every .py under this directory
  std::optional<std::string> out_dir;   ///< -d: where -r writes its mirrored tree of .mpy files
  unsigned jobs = 1;                    ///< -j: files compiled at a time; 0 = one per core
  bool json = false;                    ///< --json: diagnostics as JSON on stdout
};

/// What the command should do instead of compiling: print and exit.
struct CrossExit {
  int code = 0;
  std::string out;  ///< text for stdout
  std::string err;  ///< text for stderr
};

/// The target --target selects in [args] (the last one before any "--");
/// circuitpython when none; nullopt for a value that is neither.
std::optional<CrossTarget> find_target(const std::vector<std::string>& args);

/// Parses [args] (without the program name) the way the reference mpy-cross
/// does, in the same order of checks, so that the same mistakes give the same
/// text and exit code. [program] is the name the usage text shows. Returns
/// the arguments, or what to print and the exit code (help, --version, usage
/// errors). With [single_input] (mpy-cross mode) the command line is exactly
/// the reference's: a second input is its "multiple input files" error at the
/// point it is met, and -r, -d, -j, --json are unknown options. Without it
/// (cpy-cross mode) every input is collected, cpy-cross's options are read,
/// and --help / -h add them to the usage text and exit 0. --target is read in
/// both modes. Errors in cpy-cross's own options exit 2 with
/// `cpy-cross: error: ...`.
std::variant<CrossArgs, CrossExit> parse_cross_args(const std::vector<std::string>& args, const std::string& program,
                                                    const std::string& version_line, bool single_input);

/// The usage text of the reference for [target], naming [program] and the
/// current [heap_size] as its default.
std::string cross_usage(CrossTarget target, const std::string& program, long heap_size);

/// What --help adds in cpy-cross mode after the reference's usage text:
/// cpy-cross's own options and examples.
std::string cross_extension_usage();

/// The name mpy-cross gives the output of [input] when -o is not given:
/// the input's last two characters replaced by "mpy".
std::string default_output_name(const std::string& input);


}  // namespace cpy::cli
