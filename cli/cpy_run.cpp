// cpy-run: run Python source or .mpy files on the reference VM, or an
// interactive REPL, like CircuitPython's unix port.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "cpy/vm/vm.h"
#include "cpy_run_repl.h"
#include "support.h"

namespace {

constexpr std::string_view kTool = "cpy-run";
/// The default heap: a few MB, as CircuitPython's unix port has.
constexpr size_t kDefaultHeap = 2 * 1024 * 1024;
/// Room for the frames of calls; deeper nesting puts frames on the heap.
constexpr size_t kFrameStackBytes = 256 * 1024;

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
  bool failed = std::ferror(f) != 0;  // a directory opens but does not read
  std::fclose(f);
  if (failed) return nullptr;
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
  if (slash == std::string::npos) return "";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string read_stdin() {
  std::string text;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) text.append(buf, n);
  return text;
}

cpy::vm::Vm* g_running = nullptr;

void on_sigint(int) {
  if (g_running && g_running->interrupt_char >= 0) g_running->request_interrupt();
}

}  // namespace

int main(int argc, char** argv) {
  volatile int stack_base_marker = 0;
  CLI::App app{"Run CircuitPython code (.py source or compiled .mpy) on the reference VM; a REPL with no file."};
  app.footer(
      "Examples:\n"
      "  cpy-run code.py\n"
      "  cpy-run code.mpy arg1 arg2\n"
      "  cpy-run -c 'print(2 ** 100)'\n"
      "  cpy-run -m mymodule\n"
      "  cpy-run -X heapsize=32k tests/alloc.py\n"
      "  cpy-run                      (interactive REPL; Ctrl-D exits, Ctrl-E paste mode)\n"
      "An uncaught exception prints CircuitPython's traceback to stderr and exits 1.");
  std::string file;
  std::string command;
  std::string module_name;
  std::vector<std::string> options;
  std::vector<std::string> script_args;
  app.add_option("-X", options, "implementation options: heapsize=N[k|m|g] (default 2m), recursion=N")
      ->allow_extra_args(false);
  app.add_option("-c", command, "run the program CMD")->option_text("CMD");
  app.add_option("-m", module_name, "run module MOD from sys.path as __main__")->option_text("MOD");
  app.add_option("file", file, "the .py or .mpy file to run");
  app.add_option("args", script_args, "arguments for the program (sys.argv[1:])");
  app.prefix_command();  // everything after FILE goes to the program
  if (auto code = cpy::cli::parse_command_line(app, argc, argv)) return *code;
  for (const std::string& a : app.remaining()) script_args.push_back(a);

  size_t heap_size = kDefaultHeap;
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
  bool have_command = app.count("-c") > 0;
  bool have_module = app.count("-m") > 0;
  if (have_command && have_module) {
    cpy::cli::print_error(kTool, "-c and -m cannot be used together");
    return cpy::cli::kExitUsage;
  }
  // With -c or -m the first positional is already an argument of the program.
  if ((have_command || have_module) && !file.empty()) {
    script_args.insert(script_args.begin(), file);
    file.clear();
  }

  std::vector<uint8_t> program;
  if (!file.empty()) {
    std::string error;
    auto bytes = cpy::cli::read_file(file, &error);
    if (!bytes) {
      cpy::cli::print_error(kTool, error);
      return cpy::cli::kExitFailure;
    }
    program = std::move(*bytes);
  }

  // calloc: pages the program never uses are never touched.
  void* memory = std::calloc(1, heap_size);
  void* frames = std::calloc(1, kFrameStackBytes);
  if (!memory || !frames) {
    cpy::cli::print_error(kTool, "cannot allocate the heap");
    return cpy::cli::kExitFailure;
  }
  cpy::vm::Heap heap(memory, heap_size);
  heap.set_stack_base(const_cast<int*>(&stack_base_marker));
  cpy::vm::VmConfig config;
  config.max_depth = max_depth;
  config.write = &write_output;
  config.read_file = &read_for_import;
  config.release = &release_file;
  config.compile_memory = cpy::heap_block_source();
  config.frame_stack = frames;
  config.frame_stack_size = kFrameStackBytes;
  auto* vm = new cpy::vm::Vm(heap, config);
  if (!vm->init()) {
    cpy::cli::print_error(kTool, "the heap is too small to start the VM");
    return cpy::cli::kExitFailure;
  }
  std::vector<std::string_view> argv_values;
  if (have_command) {
    argv_values.push_back("-c");
  } else if (have_module) {
    argv_values.push_back(module_name);
  } else {
    argv_values.push_back(file);
  }
  for (const std::string& a : script_args) argv_values.push_back(a);
  // sys.path[0]: the script's directory, or "" (the current one) for -c, -m and the REPL.
  std::string first_path = file.empty() ? "" : directory_of(file);
  if (vm->set_argv(argv_values) == cpy::vm::Status::kRaised || vm->add_path(first_path) == cpy::vm::Status::kRaised) {
    cpy::cli::print_error(kTool, "the heap is too small to start the VM");
    return cpy::cli::kExitFailure;
  }

  bool interactive = file.empty() && !have_command && !have_module;
  if (interactive && isatty(STDIN_FILENO)) {
    int status = cpy::cli::run_repl(*vm);
    std::fflush(stdout);
    return status;
  }

  g_running = vm;
  struct sigaction sa{};
  sa.sa_handler = &on_sigint;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);

  cpy::vm::Value module;
  cpy::vm::Status result;
  if (have_command) {
    result = vm->run_source(command, "<stdin>", "__main__", &module);
  } else if (have_module) {
    result = vm->run_main_module(module_name, &module);
  } else if (interactive) {
    // Not a terminal: stdin is the program, as with CircuitPython's unix port.
    std::string text = read_stdin();
    result = vm->run_source(text, "<stdin>", "__main__", &module);
  } else if (ends_with(file, ".mpy")) {
    result = vm->run_mpy(program, "__main__", &module);
  } else {
    std::string_view text(reinterpret_cast<const char*>(program.data()), program.size());
    result = vm->run_source(text, file, "__main__", &module);
  }
  int status = result == cpy::vm::Status::kRaised ? vm->report_uncaught() : 0;
  std::fflush(stdout);
  return status;
}
