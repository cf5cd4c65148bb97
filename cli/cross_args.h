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
  std::optional<std::string> source_name;  ///< -s, backslashes turned into slashes
  int verbose = 0;                      ///< number of -v
  uint8_t optimise = 0;                 ///< -O level
  uint8_t small_int_bits = 31;          ///< -msmall-int-bits (the reference keeps the low 8 bits)
  mpy::NativeArch arch = mpy::NativeArch::kNone;  ///< -march
  std::optional<std::string> arch_flags;  ///< -march-flags, as given
  uint32_t arch_flag_bits = 0;          ///< -march-flags decoded (rv32imc only)
  Emitter emitter = Emitter::kBytecode;
  long heap_size = 2 * 1024 * 1024;     ///< -X heapsize
};

/// What the command should do instead of compiling: print and exit.
struct CrossExit {
  int code = 0;
  std::string out;  ///< text for stdout
  std::string err;  ///< text for stderr
};

/// Parses [args] (without the program name) the way the reference mpy-cross
/// does, in the same order of checks, so that the same mistakes give the same
/// text and exit code. [program] is the name the usage text shows. Returns
/// the arguments, or what to print and the exit code (help, --version, usage
/// errors). With [single_input] a second input is the reference's
/// "multiple input files" error at the point it is met; without it (cpy-cross's
/// many-file mode) every input is collected.
std::variant<CrossArgs, CrossExit> parse_cross_args(const std::vector<std::string>& args, const std::string& program,
                                                    const std::string& version_line, bool single_input);

/// The usage text of the reference for [target], naming [program] and the
/// current [heap_size] as its default.
std::string cross_usage(CrossTarget target, const std::string& program, long heap_size);

/// The name mpy-cross gives the output of [input] when -o is not given:
/// the input's last two characters replaced by "mpy".
std::string default_output_name(const std::string& input);


}  // namespace cpy::cli
