// The QEMU port: runs one program on the VM and exits with its status.
//
// The semihosting command line names the program and its arguments:
//   cpy-qemu.elf [--stats] [-X heapsize=N] [-X recursion=N] PROGRAM.py|PROGRAM.mpy [ARGS...]
// (QEMU passes the -kernel file name first, then what -append gives.)
// A .py program is compiled on the device; imports read .mpy or .py files
// next to it through semihosting. Output (print and tracebacks) goes to the
// semihosting console. The exit status is 0, the sys.exit() code, or 1 after
// an uncaught exception; 2 when the program cannot be read or the VM cannot
// start.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string_view>

#include "cpy/vm/vm.h"
#include "platform.h"
#include "semihosting.h"

#ifndef CPY_QEMU_HEAP_BYTES
#error "the machine's CMake settings define CPY_QEMU_HEAP_BYTES"
#endif

extern "C" size_t cpy_qemu_stack_used();
extern "C" size_t cpy_qemu_stack_size();
extern "C" size_t cpy_qemu_malloc_used();
extern "C" size_t cpy_qemu_malloc_size();

namespace {

namespace sh = cpy::qemu::semihosting;
using cpy::vm::Heap;
using cpy::vm::Status;
using cpy::vm::Vm;
using cpy::vm::VmConfig;

constexpr size_t kMaxArgs = 16;
constexpr int kExitNoStart = 2;

alignas(8) uint8_t g_heap_memory[CPY_QEMU_HEAP_BYTES];
alignas(8) uint8_t g_frame_stack[CPY_QEMU_FRAME_STACK_BYTES];
alignas(Heap) uint8_t g_heap_storage[sizeof(Heap)];
alignas(Vm) uint8_t g_vm_storage[sizeof(Vm)];
char g_cmdline[1024];

/// Output through the semihosting console, a line at a time. One buffer
/// serves both streams so that their order is kept.
struct Console {
  int handles[2] = {-1, -1};  // program output, diagnostics
  char buf[256];
  size_t used = 0;
  int stream = 0;

  void open() {
    handles[0] = sh::open(":tt", sh::kModeWriteText);
    handles[1] = sh::open(":tt", sh::kModeAppendText);
    if (handles[1] < 0) handles[1] = handles[0];
  }
  void flush() {
    if (used && handles[stream] >= 0) sh::write(handles[stream], buf, used);
    used = 0;
  }
  void put(const char* data, size_t size, int to) {
    if (to != stream) {
      flush();
      stream = to;
    }
    for (size_t i = 0; i < size; ++i) {
      buf[used++] = data[i];
      if (used == sizeof buf || data[i] == '\n') flush();
    }
  }
  void text(const char* s, int to = 1) { put(s, std::strlen(s), to); }
};

Console g_console;

void write_output(void*, const char* data, size_t size, bool error) { g_console.put(data, size, error ? 1 : 0); }

void* heap_allocate(size_t size, void* heap) { return static_cast<Heap*>(heap)->allocate_may_collect(size); }

// Modules are read into the VM heap: the import system keeps the pointer on
// the C stack while the module compiles and runs, and the collector takes the
// memory back after that. (The malloc area is small and keeps its room for
// the compiler's lexer.)
const uint8_t* read_for_import(void* heap, std::string_view path, size_t* size) {
  char name[256];
  if (path.size() >= sizeof name) return nullptr;
  std::memcpy(name, path.data(), path.size());
  name[path.size()] = '\0';
  return cpy::qemu::read_whole_file(name, size, &heap_allocate, heap);
}

void release_file(void*, const uint8_t*) {}

void* malloc_allocate(size_t size, void*) { return std::malloc(size); }

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

/// Splits the command line in place at spaces; returns the word count.
size_t split_words(char* line, char** words, size_t max) {
  size_t n = 0;
  char* p = line;
  while (*p && n < max) {
    while (*p == ' ') ++p;
    if (!*p) break;
    words[n++] = p;
    while (*p && *p != ' ') ++p;
    if (*p) *p++ = '\0';
  }
  return n;
}

int usage(const char* problem) {
  if (problem) {
    g_console.text("cpy-qemu: error: ");
    g_console.text(problem);
    g_console.text("\n");
  }
  g_console.text("usage: cpy-qemu [--stats] [-X heapsize=N[k|m]] [-X recursion=N] PROGRAM.py|PROGRAM.mpy [ARGS...]\n");
  return kExitNoStart;
}

/// "96k", "1m", "65536" -> bytes; 0 when malformed.
size_t parse_size(const char* text) {
  size_t v = 0;
  const char* p = text;
  for (; *p >= '0' && *p <= '9'; ++p) v = v * 10 + size_t(*p - '0');
  if (p == text) return 0;
  if ((*p == 'k' || *p == 'K') && !p[1]) return v * 1024;
  if ((*p == 'm' || *p == 'M') && !p[1]) return v * 1024 * 1024;
  return *p ? 0 : v;
}

void print_number(const char* label, size_t value) {
  char line[80];
  std::snprintf(line, sizeof line, "%s%u\n", label, unsigned(value));
  g_console.text(line);
}

int run(int argc, char** argv) {
  volatile int stack_base_marker = 0;
  bool stats = false;
  size_t heap_size = sizeof g_heap_memory;
  size_t max_depth = CPY_QEMU_MAX_DEPTH;
  int first = 1;  // argv[0] is the kernel's file name
  for (; first < argc && argv[first][0] == '-'; ++first) {
    if (std::strcmp(argv[first], "--stats") == 0) {
      stats = true;
    } else if (std::strcmp(argv[first], "-X") == 0 && first + 1 < argc) {
      // cpy-run's -X heapsize=N[k|m] and recursion=N, within this image's limits.
      const char* opt = argv[++first];
      if (std::strncmp(opt, "heapsize=", 9) == 0) {
        size_t n = parse_size(opt + 9);
        if (n < 4096 || n > sizeof g_heap_memory) return usage("heapsize: 4k up to the image's heap");
        heap_size = n;
      } else if (std::strncmp(opt, "recursion=", 10) == 0) {
        size_t n = parse_size(opt + 10);
        if (n == 0 || n > CPY_QEMU_MAX_DEPTH) return usage("recursion: 1 up to the image's limit");
        max_depth = n;
      } else {
        return usage("unknown -X option");
      }
    } else {
      return usage("unknown option");
    }
  }
  if (first >= argc) return usage(nullptr);
  const char* file = argv[first];
  size_t program_size = 0;
  uint8_t* program = cpy::qemu::read_whole_file(file, &program_size, &malloc_allocate, nullptr);
  if (!program) {
    g_console.text("cpy-qemu: error: cannot read ");
    g_console.text(file);
    g_console.text("\n");
    return kExitNoStart;
  }

  auto* heap = new (g_heap_storage) Heap(g_heap_memory, heap_size);
  heap->set_stack_base(const_cast<int*>(&stack_base_marker));
  VmConfig config;
  config.max_depth = max_depth;
  config.write = &write_output;
  config.read_file = &read_for_import;
  config.release = &release_file;
  config.file_context = heap;
  config.frame_stack = g_frame_stack;
  config.frame_stack_size = sizeof g_frame_stack;
  cpy::vm::set_platform(&cpy::qemu::semihosting_platform());
  auto* vm = new (g_vm_storage) Vm(*heap, config);
  if (!vm->init()) {
    g_console.text("cpy-qemu: error: the heap is too small to start the VM\n");
    return kExitNoStart;
  }
  std::string_view args[kMaxArgs];
  size_t n_args = 0;
  for (int i = first; i < argc && n_args < kMaxArgs; ++i) args[n_args++] = argv[i];
  std::string_view path(file);
  size_t slash = path.rfind('/');
  std::string_view dir = slash == std::string_view::npos ? std::string_view() : path.substr(0, slash ? slash : 1);
  if (vm->set_argv({args, n_args}) == Status::kRaised || vm->add_path(dir) == Status::kRaised) {
    g_console.text("cpy-qemu: error: the heap is too small to start the VM\n");
    return kExitNoStart;
  }

  cpy::vm::Value module;
  Status result;
  if (ends_with(path, ".mpy")) {
    result = vm->run_mpy({program, program_size}, "__main__", &module);
  } else {
    std::string_view text(reinterpret_cast<const char*>(program), program_size);
    result = vm->run_source(text, path, "__main__", &module);
  }
  int status = result == Status::kRaised ? vm->report_uncaught() : 0;
  if (stats) {
    cpy::vm::HeapStats hs = heap->stats();
    print_number("stats: heap bytes ", hs.total);
    print_number("stats: heap used at exit ", hs.used);
    print_number("stats: collections ", hs.collections);
    print_number("stats: frame stack bytes ", sizeof g_frame_stack);
    print_number("stats: C stack bytes ", cpy_qemu_stack_size());
    print_number("stats: C stack used ", cpy_qemu_stack_used());
    print_number("stats: max depth ", max_depth);
    print_number("stats: malloc area bytes ", cpy_qemu_malloc_size());
    print_number("stats: malloc area used ", cpy_qemu_malloc_used());
  }
  return status;
}

}  // namespace

extern "C" int cpy_qemu_main() {
  g_console.open();
  char* argv[kMaxArgs + 2];
  int argc = 0;
  if (sh::get_cmdline(g_cmdline, sizeof g_cmdline)) argc = int(split_words(g_cmdline, argv, kMaxArgs + 2));
  int status = run(argc, argv);
  g_console.flush();
  return status;
}
