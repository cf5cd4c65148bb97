#include "cross_args.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace cpy::cli {

namespace {

std::string to_forward_slashes(std::string path) {
  for (char& c : path) {
    if (c == '\\') c = '/';
  }
  return path;
}

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

// -X heapsize=<n>[w][k|m]: strtol with base 0, then the suffixes, as the
// reference reads them ('w' scales words from 32-bit to this host's size).
long parse_heap_size(const char* text) {
  char* end = nullptr;
  long size = std::strtol(text, &end, 0);
  bool words = false;
  if ((*end | 0x20) == 'w') {
    words = true;
    ++end;
  }
  if ((*end | 0x20) == 'k') {
    size *= 1024;
  } else if ((*end | 0x20) == 'm') {
    size *= 1024 * 1024;
  }
  if (words) size = size * long(sizeof(void*)) / 4;
  return size;
}

std::optional<mpy::NativeArch> arch_from_name(const std::string& name) {
  using A = mpy::NativeArch;
  static const struct {
    const char* name;
    A arch;
  } kArches[] = {{"x86", A::kX86},         {"x64", A::kX64},         {"armv6", A::kArmV6},
                 {"armv6m", A::kArmV6M},   {"armv7m", A::kArmV7M},   {"armv7em", A::kArmV7EM},
                 {"armv7emsp", A::kArmV7EMSP}, {"armv7emdp", A::kArmV7EMDP}, {"xtensa", A::kXtensa},
                 {"xtensawin", A::kXtensaWin}, {"rv32imc", A::kRV32IMC}, {"rv64imc", A::kRV64IMC},
                 {"debug", A::kDebug}};
  for (const auto& a : kArches) {
    if (name == a.name) return a.arch;
  }
#if defined(__x86_64__)
  if (name == "host") return A::kX64;
#elif defined(__i386__)
  if (name == "host") return A::kX86;
#endif
  return std::nullopt;
}

// An integer as mpy-cross reads arch flags: decimal, or 0b / 0x prefixed.
std::optional<uint32_t> parse_flag_integer(const std::string& text) {
  int base = 10;
  std::string digits = text;
  if (text.size() > 2 && text[0] == '0') {
    char kind = char(text[1] | 0x20);
    if (kind == 'b') {
      base = 2;
    } else if (kind == 'x') {
      base = 16;
    } else {
      return std::nullopt;
    }
    digits = text.substr(2);
  }
  if (digits.empty()) return std::nullopt;
  errno = 0;
  char* end = nullptr;
  unsigned long value = std::strtoul(digits.c_str(), &end, base);
  if (*end || errno || value > 0x3fffffff) return std::nullopt;
  return uint32_t(value);
}

// RISC-V extension flags: an integer, or names. CircuitPython knows only
// "zba" (matched as a prefix); MicroPython a comma-separated list of zba, zcmp.
std::optional<uint32_t> parse_rv32_flags(const std::string& text, CrossTarget target) {
  const uint32_t all = target == CrossTarget::kCircuitPython ? 0x1 : 0x3;
  if (auto n = parse_flag_integer(text)) return (*n & ~all) == 0 ? n : std::nullopt;
  if (target == CrossTarget::kCircuitPython) {
    return starts_with(text, "zba") ? std::optional<uint32_t>(0x1) : std::nullopt;
  }
  uint32_t flags = 0;
  size_t at = 0;
  while (at < text.size()) {
    size_t comma = text.find(',', at);
    std::string part = text.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
    if (part == "zba") {
      flags |= 0x1;
    } else if (part == "zcmp") {
      flags |= 0x2;
    } else {
      return std::nullopt;
    }
    if (comma == std::string::npos) break;
    at = comma + 1;
  }
  return flags ? std::optional<uint32_t>(flags) : std::nullopt;
}

}  // namespace

std::string cross_usage(CrossTarget target, const std::string& program, long heap_size) {
  std::string text = "usage: " + program +
                     " [<opts>] [-X <implopt>] [--] <input filename>\n"
                     "Options:\n"
                     "--version : show version information\n"
                     "-o : output file for compiled bytecode (defaults to input filename with .mpy extension, or "
                     "stdout if input is stdin)\n"
                     "-s : source filename to embed in the compiled bytecode (defaults to input file)\n"
                     "-v : verbose (trace various operations); can be multiple\n"
                     "-O[N] : apply bytecode optimizations of level N\n"
                     "\n"
                     "Target specific options:\n"
                     "-msmall-int-bits=number : set the maximum bits used to encode a small-int\n"
                     "-march=<arch> : set architecture for native emitter;\n"
                     "                x86, x64, armv6, armv6m, armv7m, armv7em, armv7emsp,\n"
                     "                armv7emdp, xtensa, xtensawin, rv32imc, rv64imc, host, debug\n";
  if (target == CrossTarget::kCircuitPython) {
    text +=
        "-march-flags=<flags> : set architecture-specific flags (can be either a dec/hex/bin value or a string)\n"
        "                       supported flags for rv32imc: zba\n";
  } else {
    text +=
        "-march-flags=<flags> : set architecture-specific flags (can be either a dec/hex/bin value or a "
        "comma-separated flags string)\n"
        "                       supported flags for rv32imc: zba, zcmp\n";
  }
  text +=
      "\n"
      "Implementation specific options:\n"
      "  emit={bytecode,native,viper} -- set the default code emitter\n"
      "  heapsize=<n> -- set the heap size for the GC (default " +
      std::to_string(heap_size) + ")\n";
  return text;
}

std::string default_output_name(const std::string& input) {
  std::string name = input.size() >= 2 ? input.substr(0, input.size() - 2) : std::string();
  return name + "mpy";
}

std::variant<CrossArgs, CrossExit> parse_cross_args(const std::vector<std::string>& args, const std::string& program,
                                                    const std::string& version_line, bool single_input) {
  CrossArgs out;
  // --target is ours; it decides which reference's texts the rest produces.
  for (size_t a = 0; a < args.size(); ++a) {
    if (args[a] == "--") break;
    if (starts_with(args[a], "--target=") || (args[a] == "--target" && a + 1 < args.size())) {
      std::string value = args[a] == "--target" ? args[a + 1] : args[a].substr(9);
      if (value == "circuitpython") {
        out.target = CrossTarget::kCircuitPython;
      } else if (value == "micropython") {
        out.target = CrossTarget::kMicroPython;
      } else {
        return CrossExit{2, "", "cpy-cross: error: --target must be circuitpython or micropython\n"};
      }
    }
  }
  auto usage = [&] { return CrossExit{1, cross_usage(out.target, program, out.heap_size), ""}; };

  // First pass, as the reference's: only the -X options, before anything else.
  for (size_t a = 0; a < args.size(); ++a) {
    if (args[a].empty() || args[a][0] != '-' || args[a] != "-X") continue;
    if (a + 1 >= args.size()) return usage();
    const std::string& opt = args[a + 1];
    if (opt == "emit=bytecode") {
      out.emitter = Emitter::kBytecode;
    } else if (opt == "emit=native") {
      out.emitter = Emitter::kNative;
    } else if (opt == "emit=viper") {
      out.emitter = Emitter::kViper;
    } else if (starts_with(opt, "heapsize=")) {
      out.heap_size = parse_heap_size(opt.c_str() + 9);
    } else {
      return usage();
    }
    ++a;
  }

  bool options = true;
  for (size_t a = 0; a < args.size(); ++a) {
    const std::string& arg = args[a];
    if (options && arg.size() > 1 && arg[0] == '-') {
      if (arg == "-X") {
        ++a;
      } else if (arg == "--target") {
        ++a;
      } else if (starts_with(arg, "--target=")) {
        // handled above
      } else if (arg == "--version") {
        return CrossExit{0, version_line + "\n", ""};
      } else if (arg == "-v") {
        ++out.verbose;
      } else if (starts_with(arg, "-O")) {
        if (arg.size() > 2 && arg[2] >= '0' && arg[2] <= '9') {
          out.optimise = uint8_t(arg[2] & 0xf);
        } else {
          out.optimise = 0;
          for (size_t i = 1; i < arg.size() && arg[i] == 'O'; ++i) ++out.optimise;
        }
      } else if (arg == "-o") {
        if (a + 1 >= args.size()) return usage();
        out.output = args[++a];
      } else if (arg == "-s") {
        if (a + 1 >= args.size()) return usage();
        out.source_name = to_forward_slashes(args[++a]);
      } else if (starts_with(arg, "-msmall-int-bits=")) {
        char* end = nullptr;
        long bits = std::strtol(arg.c_str() + 17, &end, 0);
        if (*end) return usage();
        out.small_int_bits = uint8_t(bits);
      } else if (starts_with(arg, "-march=")) {
        auto arch = arch_from_name(arg.substr(7));
        if (!arch) return usage();
        out.arch = *arch;
      } else if (starts_with(arg, "-march-flags=")) {
        out.arch_flags = arg.substr(13);
      } else if (arg == "--") {
        options = false;
      } else {
        return usage();
      }
    } else {
      if (single_input && !out.inputs.empty()) return CrossExit{1, "", "multiple input files\n"};
      out.inputs.push_back(to_forward_slashes(arg));
    }
  }

  if (out.arch_flags && out.arch != mpy::NativeArch::kNone) {
    std::optional<uint32_t> bits;
    if (out.arch == mpy::NativeArch::kRV32IMC) bits = parse_rv32_flags(*out.arch_flags, out.target);
    if (!bits) return CrossExit{1, "", "unrecognised arch flags\n"};
    out.arch_flag_bits = *bits;
  }
  if (out.emitter != Emitter::kBytecode && out.arch == mpy::NativeArch::kNone) {
    return CrossExit{1, "", "arch not specified\n"};
  }
  if (out.inputs.empty()) return CrossExit{1, "", "no input file\n"};
  return out;
}

}  // namespace cpy::cli
