// cpy-cross's command line against what the reference mpy-cross printed for
// the same arguments (tests/golden/cli/<case>.{args,<target>.stdout,stderr,rc}).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cross_args.h"

using namespace cpy;
using namespace cpy::cli;
namespace fs = std::filesystem;

namespace {

const fs::path kGolden = fs::path(CPY_SOURCE_DIR) / "tests" / "golden" / "cli";

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> case_args(const std::string& name) {
  std::vector<std::string> args;
  std::ifstream in(kGolden / (name + ".args"));
  for (std::string line; std::getline(in, line);) args.push_back(line);
  return args;
}

std::variant<CrossArgs, CrossExit> parse(const std::string& name, CrossTarget target) {
  auto args = case_args(name);
  if (target == CrossTarget::kMicroPython) args.insert(args.begin(), "--target=micropython");
  std::string version = target == CrossTarget::kCircuitPython
                            ? "CircuitPython 10.3.0-alpha.4 on <date>; mpy-cross emitting mpy v6.3"
                            : "MicroPython v1.28.0 on <date>; mpy-cross emitting mpy v6.3";
  return parse_cross_args(args, "mpy-cross", version, true);
}

}  // namespace

TEST_CASE("usage errors, help and version match the reference, text and exit code") {
  const char* cases[] = {"help", "help_short", "no_args", "two_inputs", "march_bogus", "march_flags_unrecognised",
                         "emit_bogus", "emit_native_without_march", "emit_viper_without_march", "x_unknown_option",
                         "small_int_bits_bad", "unknown_option", "o_without_value", "s_without_value", "version"};
  for (const char* name : cases) {
    for (auto [target, tag] : {std::pair{CrossTarget::kCircuitPython, "cp10"}, std::pair{CrossTarget::kMicroPython, "mp128"}}) {
      CAPTURE(name);
      CAPTURE(tag);
      auto result = parse(name, target);
      REQUIRE(std::holds_alternative<CrossExit>(result));
      const auto& exit = std::get<CrossExit>(result);
      std::string base = std::string(name) + "." + tag;
      CHECK(exit.out == slurp(kGolden / (base + ".stdout")));
      CHECK(exit.err == slurp(kGolden / (base + ".stderr")));
      CHECK(exit.code == std::stoi(slurp(kGolden / (base + ".rc"))));
    }
  }
}

TEST_CASE("options that compile are read as the reference reads them") {
  auto get = [](const std::string& name) {
    auto r = parse(name, CrossTarget::kCircuitPython);
    REQUIRE(std::holds_alternative<CrossArgs>(r));
    return std::get<CrossArgs>(r);
  };
  CHECK(get("opt_O9").optimise == 9);
  CHECK(get("opt_OOO").optimise == 3);
  CHECK(get("small_int_bits_8").small_int_bits == 8);
  CHECK(get("source_name_backslash").source_name == "lib/sub/input.py");
  CHECK(get("stdin_input").inputs == std::vector<std::string>{"-"});
  CHECK(get("stdin_with_source_name").source_name == "code.py");
  CHECK(get("double_dash").inputs == std::vector<std::string>{"input.py"});
  CHECK(get("verbose").verbose == 1);
  CHECK(get("output_stdout").output == "-");
  CHECK(get("march_armv6m_bytecode").arch == mpy::NativeArch::kArmV6M);
  CHECK(get("march_flags_without_march").arch_flags == "x");
  CHECK(get("x_heapsize_tiny").heap_size == 1024);
  CHECK_FALSE(get("output_default").output.has_value());
  CHECK(default_output_name("input.py") == "input.mpy");
  CHECK(default_output_name("lib/x.py") == "lib/x.mpy");
  CHECK(default_output_name("abc") == "ampy");  // the reference just cuts two characters
}

TEST_CASE("details of the reference's option reading") {
  auto parse_list = [](std::vector<std::string> args) { return parse_cross_args(args, "mpy-cross", "v", true); };
  auto args_of = [&](std::vector<std::string> args) {
    auto r = parse_list(std::move(args));
    REQUIRE(std::holds_alternative<CrossArgs>(r));
    return std::get<CrossArgs>(r);
  };
  CHECK(args_of({"-O", "a.py"}).optimise == 1);
  CHECK(args_of({"-OO", "a.py"}).optimise == 2);
  CHECK(args_of({"-O12", "a.py"}).optimise == 1);  // one digit only
  CHECK(args_of({"-msmall-int-bits=0x10", "a.py"}).small_int_bits == 16);
  CHECK(args_of({"-X", "heapsize=2wk", "a.py"}).heap_size == 2 * 1024 * long(sizeof(void*)) / 4);
  CHECK(args_of({"-X", "heapsize=3M", "a.py"}).heap_size == 3 * 1024 * 1024);
  CHECK(args_of({"--", "-weird.py"}).inputs == std::vector<std::string>{"-weird.py"});
  CHECK(args_of({"-march=rv32imc", "-march-flags=0b1", "a.py"}).arch_flag_bits == 1);
  CHECK(args_of({"-march=rv32imc", "-march-flags=zba", "a.py"}).arch_flag_bits == 1);
  // The usage text shows the heap size as already parsed.
  auto r = parse_list({"-X", "heapsize=1k", "-q", "a.py"});
  REQUIRE(std::holds_alternative<CrossExit>(r));
  CHECK(std::get<CrossExit>(r).out.find("(default 1024)") != std::string::npos);
  // A second input is refused where it is met, before later options are read.
  auto two = parse_list({"a.py", "b.py", "-q"});
  CHECK(std::get<CrossExit>(two).err == "multiple input files\n");
  // cpy-cross's many-file mode collects them.
  auto many = parse_cross_args({"a.py", "b.py"}, "cpy-cross", "v", false);
  CHECK(std::get<CrossArgs>(many).inputs.size() == 2);
  auto bad_target = parse_cross_args({"--target=python2", "a.py"}, "cpy-cross", "v", false);
  CHECK(std::get<CrossExit>(bad_target).code == 2);
}

TEST_CASE("cpy-cross's own options, and their misuse (exit 2)") {
  auto parse_list = [](std::vector<std::string> args) { return parse_cross_args(args, "cpy-cross", "v", false); };
  auto args_of = [&](std::vector<std::string> args) {
    auto r = parse_list(std::move(args));
    REQUIRE(std::holds_alternative<CrossArgs>(r));
    return std::get<CrossArgs>(r);
  };
  auto exit_of = [&](std::vector<std::string> args) {
    auto r = parse_list(std::move(args));
    REQUIRE(std::holds_alternative<CrossExit>(r));
    return std::get<CrossExit>(r);
  };
  CrossArgs tree = args_of({"-r", "lib/", "-d", "out", "-j2", "--json", "-s", "lib"});
  CHECK(tree.tree == "lib");
  CHECK(tree.out_dir == "out");
  CHECK(tree.jobs == 2);
  CHECK(tree.json);
  CHECK(tree.inputs.empty());
  CHECK(args_of({"-j", "0", "a.py"}).jobs == 0);
  CHECK(exit_of({"-d", "out", "a.py"}).code == 2);
  CHECK(exit_of({"-r", "lib", "a.py"}).code == 2);
  CHECK(exit_of({"-o", "x.mpy", "a.py", "b.py"}).code == 2);
  CHECK(exit_of({"-s", "x.py", "a.py", "b.py"}).code == 2);
  CHECK(exit_of({"-", "-"}).code == 2);
  CHECK(exit_of({"--json", "-"}).code == 2);
  CHECK(exit_of({"-jx", "a.py"}).err == "cpy-cross: error: -j needs a number of jobs (0 for one per core)\n");
  CHECK(exit_of({"-r"}).code == 2);
  CHECK(exit_of({"--target"}).code == 2);
  // --help adds cpy-cross's options to the reference's text, and succeeds.
  CrossExit help = exit_of({"--help"});
  CHECK(help.code == 0);
  CHECK(help.out.rfind("usage: cpy-cross [<opts>]", 0) == 0);
  CHECK(help.out.find("-r <dir>") != std::string::npos);
  // The reference's own checks still come first.
  CHECK(exit_of({}).err == "no input file\n");
  // In mpy-cross mode these are unknown options: the reference's usage.
  auto strict = parse_cross_args({"-r", "lib"}, "mpy-cross", "v", true);
  CHECK(std::get<CrossExit>(strict).code == 1);
  CHECK(std::get<CrossExit>(strict).out.rfind("usage: mpy-cross", 0) == 0);
}
