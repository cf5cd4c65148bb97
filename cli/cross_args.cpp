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

std::string strip_trailing_slashes(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

// A usage error in one of cpy-cross's own options (the project's convention).
CrossExit tool_error(const std::string& message) { return CrossExit{2, "", "cpy-cross: error: " + message + "\n"}; }

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

std::string cross_extension_usage() {
  return "cpy-cross options (besides mpy-cross's):\n"
         "--target circuitpython|micropython : which mpy-cross to reproduce (default circuitpython, magic 'C')\n"
         "<input> <input> ... : several inputs; each gets its default output name\n"
         "-r <dir> : compile every .py file under <dir>, each named by its path relative to <dir>\n"
         "-d <dir> : with -r, write the .mpy files into a mirrored tree under <dir> (default: beside each .py)\n"
         "-s <prefix> : with -r, embed <prefix>/<relative path> as each file's source name\n"
         "-j <n> : compile n files at a time on threads (0: one per core; default 1)\n"
         "--json : print the diagnostics and a summary as one JSON document on stdout\n"
         "-h, --help : this text\n"
         "Outputs are replaced atomically; an input that fails leaves no output file behind.\n"
         "Exit status: 0 when every input compiled, 1 when any failed, 2 for a misuse of these options.\n"
         "Run as 'mpy-cross' (a link or exec -a), it takes the reference's command line only.\n"
         "\n"
         "Examples:\n"
         "  cpy-cross code.py                         writes code.mpy\n"
         "  cpy-cross -O2 -s lib/foo.py foo.py        optimised, with the name the board will see\n"
         "  cpy-cross a.py b.py c.py                  a.mpy b.mpy c.mpy\n"
         "  cpy-cross -r lib -d build/lib -j2         a whole tree, two files at a time\n"
         "  cpy-cross --target micropython x.py       a MicroPython ('M') .mpy\n"
         "  cpy-cross --json -r lib -d out            diagnostics for editors and CI\n";
}

std::string default_output_name(const std::string& input) {
  std::string name = input.size() >= 2 ? input.substr(0, input.size() - 2) : std::string();
  return name + "mpy";
}

std::optional<CrossTarget> find_target(const std::vector<std::string>& args) {
  CrossTarget target = CrossTarget::kCircuitPython;
  for (size_t a = 0; a < args.size(); ++a) {
    if (args[a] == "--") break;
    if (starts_with(args[a], "--target=") || (args[a] == "--target" && a + 1 < args.size())) {
      std::string value = args[a] == "--target" ? args[a + 1] : args[a].substr(9);
      if (value == "circuitpython") {
        target = CrossTarget::kCircuitPython;
      } else if (value == "micropython") {
        target = CrossTarget::kMicroPython;
      } else {
        return std::nullopt;
      }
    }
  }
  return target;
}

std::variant<CrossArgs, CrossExit> parse_cross_args(const std::vector<std::string>& args, const std::string& program,
                                                    const std::string& version_line, bool single_input) {
  CrossArgs out;
  // --target is ours; it decides which reference's texts the rest produces.
  auto target = find_target(args);
  if (!target) return CrossExit{2, "", "cpy-cross: error: --target must be circuitpython or micropython\n"};
  out.target = *target;
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
        if (a + 1 >= args.size()) return tool_error("--target must be circuitpython or micropython");
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
      } else if (single_input) {
        return usage();
      } else if (arg == "--help" || arg == "-h") {
        return CrossExit{0, cross_usage(out.target, program, out.heap_size) + "\n" + cross_extension_usage(), ""};
      } else if (arg == "--json") {
        out.json = true;
      } else if (arg == "-r" || arg == "-d") {
        if (a + 1 >= args.size()) return tool_error(arg + " needs a directory");
        (arg == "-r" ? out.tree : out.out_dir) = strip_trailing_slashes(to_forward_slashes(args[++a]));
      } else if (starts_with(arg, "-j")) {
        std::string value = arg.size() > 2 ? arg.substr(2) : (a + 1 < args.size() ? args[++a] : std::string());
        char* end = nullptr;
        errno = 0;
        unsigned long jobs = value.empty() ? 0 : std::strtoul(value.c_str(), &end, 10);
        if (value.empty() || value[0] == '-' || *end || errno || jobs > 1024) {
          return tool_error("-j needs a number of jobs (0 for one per core)");
        }
        out.jobs = unsigned(jobs);
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
  if (out.inputs.empty() && !out.tree) return CrossExit{1, "", "no input file\n"};
  if (single_input) return out;

  // cpy-cross's own combinations.
  if (out.tree && !out.inputs.empty()) return tool_error("give either -r DIR or input files, not both");
  if (out.out_dir && !out.tree) return tool_error("-d goes with -r");
  if (out.output && (out.tree || out.inputs.size() > 1)) {
    return tool_error("-o names the output of one input; with several, each gets its default name (or use -r/-d)");
  }
  if (out.source_name && out.inputs.size() > 1) {
    return tool_error("-s names one input; with -r it is a prefix for every file's relative path");
  }
  size_t stdin_inputs = 0;
  for (const auto& input : out.inputs) stdin_inputs += input == "-";
  if (stdin_inputs > 1) return tool_error("standard input ('-') can be read only once");
  if (out.json && (out.output == "-" || (stdin_inputs && !out.output))) {
    return tool_error("--json prints on stdout, so the .mpy cannot go there: give -o FILE");
  }
  return out;
}

}  // namespace cpy::cli
