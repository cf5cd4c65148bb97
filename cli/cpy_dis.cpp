// cpy-dis: disassemble, dump as JSON, or re-write a .mpy file.
#include <fmt/format.h>

#include "cpy/mpy/arena.h"
#include "cpy/mpy/disassembler.h"
#include "cpy/mpy/reader.h"
#include "cpy/mpy/writer.h"
#include "mpy_json.h"
#include "support.h"

using namespace cpy;

namespace {

constexpr std::string_view kTool = "cpy-dis";

constexpr const char* kExamples = R"(Examples:
  cpy-dis lib/adafruit_ticks.mpy              list header, tables and every instruction
  cpy-dis --json code.mpy > code.json         the whole model as JSON
  cpy-dis --rewrite old.mpy -o new.mpy        read and write back (validates the file)
)";

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Disassemble a .mpy file (format v6, CircuitPython 'C' or MicroPython 'M').", std::string(kTool)};
  app.footer(kExamples);
  app.set_version_flag("--version", "cpy-dis " CPY_VERSION);
  std::string input;
  std::string output;
  bool json = false;
  bool rewrite = false;
  app.add_option("file", input, "the .mpy file to read ('-' for stdin)")->required();
  app.add_flag("--json", json, "print the model as JSON instead of a listing");
  app.add_flag("--rewrite", rewrite, "write the file back out (needs -o); nothing is written unless the read succeeds");
  app.add_option("-o,--output", output, "output file for --rewrite ('-' for stdout)");
  if (auto code = cli::parse_command_line(app, argc, argv)) return *code;
  if (rewrite == output.empty()) {
    cli::print_error(kTool, rewrite ? "--rewrite needs -o FILE" : "-o only goes with --rewrite");
    return cli::kExitUsage;
  }

  std::string error;
  auto bytes = cli::read_file(input, &error);
  if (!bytes) {
    cli::print_error(kTool, error);
    return cli::kExitFailure;
  }
  Arena arena(heap_block_source());
  auto module = mpy::read_module(*bytes, arena);
  if (!module) {
    cli::print_error(kTool, fmt::format("{}: {}", input, cli::describe(module.error())));
    return cli::kExitFailure;
  }

  if (rewrite) {
    cli::VectorSink out;
    if (auto written = mpy::write_module(module.value(), out); !written) {
      cli::print_error(kTool, fmt::format("{}: {}", input, written.error().message));
      return cli::kExitFailure;
    }
    if (!cli::write_file_atomic(output, out.data, &error)) {
      cli::print_error(kTool, error);
      return cli::kExitFailure;
    }
    return cli::kExitOk;
  }
  if (json) {
    fmt::print("{}\n", cli::module_to_json(module.value()).dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    return cli::kExitOk;
  }
  cli::VectorSink text;
  auto listed = mpy::disassemble(module.value(), text);
  std::fwrite(text.data.data(), 1, text.data.size(), stdout);
  if (!listed) {
    cli::print_error(kTool, fmt::format("{}: {}", input, cli::describe(listed.error())));
    return cli::kExitFailure;
  }
  return cli::kExitOk;
}
