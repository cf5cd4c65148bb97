// cpy-run: run a .mpy file on the reference VM, like the micropython unix port.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "cpy/vm/vm.h"
#include "support.h"

namespace {

constexpr std::string_view kTool = "cpy-run";

void write_output(void*, const char* data, size_t size, bool error) {
  if (error) {
    std::fflush(stdout);
    std::fwrite(data, 1, size, stderr);
  } else {
    std::fwrite(data, 1, size, stdout);
  }
}

const uint8_t* read_for_import(void*, std::string_view path, size_t* size) {
  std::string p(path);
  FILE* f = std::fopen(p.c_str(), "rb");
  if (!f) return nullptr;
  std::vector<uint8_t> bytes;
  uint8_t buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.insert(bytes.end(), buf, buf + n);
  std::fclose(f);
  auto* data = static_cast<uint8_t*>(std::malloc(bytes.size() ? bytes.size() : 1));
  if (!data) return nullptr;
  if (!bytes.empty()) std::memcpy(data, bytes.data(), bytes.size());
  *size = bytes.size();
  return data;
}

void release_file(void*, const uint8_t* data) { std::free(const_cast<uint8_t*>(data)); }

// "8m", "512k", "65536" -> bytes; 0 when malformed.
size_t parse_size(const std::string& text) {
  if (text.empty()) return 0;
  char* end = nullptr;
  unsigned long long v = std::strtoull(text.c_str(), &end, 10);
  if (end == text.c_str()) return 0;
  std::string suffix(end);
  if (suffix == "k" || suffix == "K")
    v *= 1024;
  else if (suffix == "m" || suffix == "M")
    v *= 1024 * 1024;
  else if (suffix == "g" || suffix == "G")
    v *= 1024ull * 1024 * 1024;
  else if (!suffix.empty())
    return 0;
  return size_t(v);
}

std::string directory_of(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

}  // namespace

int main(int argc, char** argv) {
  volatile int stack_base_marker = 0;
  CLI::App app{"Run a compiled CircuitPython program (.mpy) on the reference VM."};
  app.footer(
      "Examples:\n"
      "  cpy-run code.mpy\n"
      "  cpy-run -X heapsize=32k tests/alloc.mpy arg1 arg2\n"
      "An uncaught exception prints CircuitPython's traceback to stderr and exits 1.");
  std::string file;
  std::vector<std::string> options;
  std::vector<std::string> script_args;
  app.add_option("-X", options, "implementation options: heapsize=N[k|m|g], recursion=N");
  app.add_option("file", file, "the .mpy file to run")->required();
  app.add_option("args", script_args, "arguments for the program (sys.argv[1:])");
  app.prefix_command();  // everything after FILE goes to the program
  if (auto code = cpy::cli::parse_command_line(app, argc, argv)) return *code;
  script_args = app.remaining();

  size_t heap_size = 64 * 1024 * 1024;
  size_t max_depth = 1000;
  for (const std::string& opt : options) {
    if (opt.rfind("heapsize=", 0) == 0) {
      heap_size = parse_size(opt.substr(9));
      if (heap_size < 4096) {
        cpy::cli::print_error(kTool, "bad heap size: " + opt.substr(9));
        return cpy::cli::kExitUsage;
      }
    } else if (opt.rfind("recursion=", 0) == 0) {
      max_depth = parse_size(opt.substr(10));
    } else {
      cpy::cli::print_error(kTool, "unknown -X option: " + opt);
      return cpy::cli::kExitUsage;
    }
  }
  if (file.size() >= 3 && file.compare(file.size() - 3, 3, ".py") == 0) {
    cpy::cli::print_error(kTool, file + ": running .py source needs the compiler; compile it with cpy-cross first");
    return cpy::cli::kExitFailure;
  }
  std::string error;
  auto bytes = cpy::cli::read_file(file, &error);
  if (!bytes) {
    cpy::cli::print_error(kTool, error);
    return cpy::cli::kExitFailure;
  }

  std::vector<uint8_t> memory(heap_size);
  cpy::vm::Heap heap(memory.data(), memory.size());
  heap.set_stack_base(const_cast<int*>(&stack_base_marker));
  cpy::vm::VmConfig config;
  config.max_depth = max_depth;
  config.write = &write_output;
  config.read_file = &read_for_import;
  config.release = &release_file;
  cpy::vm::Vm vm(heap, config);
  if (!vm.init()) {
    cpy::cli::print_error(kTool, "the heap is too small to start the VM");
    return cpy::cli::kExitFailure;
  }
  std::vector<std::string_view> argv_values;
  argv_values.push_back(file);
  for (const std::string& a : script_args) argv_values.push_back(a);
  if (vm.set_argv(argv_values) == cpy::vm::Status::kRaised ||
      vm.add_path(directory_of(file)) == cpy::vm::Status::kRaised) {
    cpy::cli::print_error(kTool, "the heap is too small to start the VM");
    return cpy::cli::kExitFailure;
  }
  cpy::vm::Value module;
  int status = 0;
  if (vm.run_mpy(*bytes, "__main__", &module) == cpy::vm::Status::kRaised) status = vm.report_uncaught();
  std::fflush(stdout);
  return status;
}
