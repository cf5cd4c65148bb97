// The reference VM: one instance owns a GC heap's objects, the interned
// strings, the builtin types and modules, and runs loaded .mpy modules.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "cpy/mpy/arena.h"
#include "cpy/mpy/model.h"
#include "cpy/vm/heap.h"
#include "cpy/vm/object.h"
#include "cpy/vm/qstr_pool.h"
#include "cpy/vm/status.h"
#include "cpy/vm/value.h"

namespace cpy::vm {

/// The builtin exception hierarchy: CPY_EXC(Name, Parent).
#define CPY_VM_EXCEPTIONS(CPY_EXC)            \
  CPY_EXC(SystemExit, BaseException)          \
  CPY_EXC(KeyboardInterrupt, BaseException)   \
  CPY_EXC(GeneratorExit, BaseException)       \
  CPY_EXC(Exception, BaseException)           \
  CPY_EXC(StopIteration, Exception)           \
  CPY_EXC(StopAsyncIteration, Exception)      \
  CPY_EXC(ArithmeticError, Exception)         \
  CPY_EXC(OverflowError, ArithmeticError)     \
  CPY_EXC(ZeroDivisionError, ArithmeticError) \
  CPY_EXC(AssertionError, Exception)          \
  CPY_EXC(AttributeError, Exception)          \
  CPY_EXC(EOFError, Exception)                \
  CPY_EXC(ImportError, Exception)             \
  CPY_EXC(ModuleNotFoundError, ImportError)   \
  CPY_EXC(LookupError, Exception)             \
  CPY_EXC(IndexError, LookupError)            \
  CPY_EXC(KeyError, LookupError)              \
  CPY_EXC(MemoryError, Exception)             \
  CPY_EXC(NameError, Exception)               \
  CPY_EXC(UnboundLocalError, NameError)       \
  CPY_EXC(OSError, Exception)                 \
  CPY_EXC(TimeoutError, OSError)              \
  CPY_EXC(ConnectionError, OSError)           \
  CPY_EXC(RuntimeError, Exception)            \
  CPY_EXC(RecursionError, RuntimeError)       \
  CPY_EXC(NotImplementedError, RuntimeError)  \
  CPY_EXC(SyntaxError, Exception)             \
  CPY_EXC(IndentationError, SyntaxError)      \
  CPY_EXC(SystemError, Exception)             \
  CPY_EXC(TypeError, Exception)               \
  CPY_EXC(ValueError, Exception)              \
  CPY_EXC(UnicodeError, ValueError)

/// Index of each builtin exception type in Vm::exc.
enum class Exc : uint8_t {
  BaseException,
#define CPY_EXC_ENUM(name, parent) name,
  CPY_VM_EXCEPTIONS(CPY_EXC_ENUM)
#undef CPY_EXC_ENUM
      kCount
};

/// Names interned at start-up, by field (see names.def).
struct Names {
#define CPY_NAME(field, text) uint32_t field;
#include "cpy/vm/names.def"
#undef CPY_NAME
};

/// What the host provides: output, and files for imports.
struct VmConfig {
  /// Deepest nesting of Python calls (and of native recursion such as repr
  /// of nested lists); deeper raises RecursionError (a RuntimeError).
  size_t max_depth = 400;
  /// Writes [size] bytes of program output (print) or, with [error], of
  /// diagnostic output (tracebacks).
  void (*write)(void* context, const char* data, size_t size, bool error) = nullptr;
  void* write_context = nullptr;
  /// Reads a whole file for import: returns memory the VM gives back with
  /// [release], or nullptr when there is no such file.
  const uint8_t* (*read_file)(void* context, std::string_view path, size_t* size) = nullptr;
  void (*release)(void* context, const uint8_t* data) = nullptr;
  void* file_context = nullptr;
  /// Where the compiler's working memory comes from when the VM compiles
  /// source (.py imports, exec, eval, the REPL); the VM heap when unset.
  BlockSource compile_memory{};
  /// A region for the frames of calls (a stack: pushed on call, popped on
  /// return, no garbage); frames go on the heap when unset or full.
  void* frame_stack = nullptr;
  size_t frame_stack_size = 0;
  /// Raise RuntimeError after this many backward jumps and calls (0: no
  /// limit): keeps untrusted bytecode from running forever (fuzzing).
  uint64_t step_budget = 0;
};

/// Saved state of one exception handler (SETUP_EXCEPT / FINALLY / WITH).
struct ExcBlock {
  const uint8_t* handler;
  Value* sp;
  bool is_finally;  ///< finally or with: runs on return, break and continue too
  Value prev_exc;   ///< the exception being handled, for a bare raise
};

/// One activation of a bytecode function: its locals, value stack and
/// exception blocks live after the header.
struct Frame : Obj {
  Code* code;
  Value globals;
  Value locals;  ///< dict for LOAD_NAME/STORE_NAME: a class body's namespace, else the globals
  const uint8_t* ip;
  Value* sp;
  Value* state;      ///< n_state slots: the stack grows up from state[0]; local i is state[n_state - 1 - i]
  ExcBlock* exc;     ///< n_exc_stack blocks
  intptr_t exc_top;  ///< index of the innermost block, -1 when none
  size_t n_state;
  const uint8_t* last_ip;  ///< the instruction being run, for tracebacks
};

/// The virtual machine.
struct Vm {
  /// A VM whose objects live in [heap]. Call init() before anything else.
  Vm(Heap& heap, const VmConfig& config);
  Vm(const Vm&) = delete;
  Vm& operator=(const Vm&) = delete;

  /// Creates the builtin types, functions and modules; false when the heap
  /// is too small for them.
  bool init();

  /// Loads [module] (as mpy::read_module returns it) and runs it as the
  /// module [name] (e.g. "__main__"); [*out] gets the module object. The
  /// Module's strings must stay valid while the call runs.
  Status run_module(const mpy::Module& module, std::string_view name, Value* out);
  /// Reads, verifies and runs the .mpy bytes [data] as module [name].
  Status run_mpy(std::span<const uint8_t> data, std::string_view name, Value* out);
  /// Compiles the Python [source] (its traceback file name [file]) and runs
  /// it as module [name]; a syntax error is raised as SyntaxError.
  Status run_source(std::string_view source, std::string_view file, std::string_view name, Value* out);
  /// Imports module [name] as `python -m` does and runs it as __main__.
  Status run_main_module(std::string_view name, Value* out);
  /// One REPL input in module [module] (made as __main__ when null): an
  /// expression's value is printed as its repr unless None, other
  /// statements run as they are.
  Status run_interactive(std::string_view source, Value* module);
  /// Asks the running program to stop with KeyboardInterrupt at its next
  /// backward jump or call. Safe to call from a signal handler.
  void request_interrupt() { interrupt_requested = 1; }

  /// Prints [exc] with its traceback as CircuitPython does, to the error output.
  void print_exception(Value exc);
  /// Handles the pending exception after a failed run: SystemExit gives its
  /// exit status silently, anything else is printed and gives 1.
  int report_uncaught();

  /// Sets sys.argv.
  Status set_argv(std::span<const std::string_view> args);
  /// Appends a directory to sys.path.
  Status add_path(std::string_view dir);

  Heap& heap;
  VmConfig config;
  QstrPool qstrs;
  Names q{};

  // Builtin types.
  Type* t_object = nullptr;
  Type* t_type = nullptr;
  Type* t_none = nullptr;
  Type* t_bool = nullptr;
  Type* t_int = nullptr;
  Type* t_float = nullptr;
  Type* t_complex = nullptr;
  Type* t_str = nullptr;
  Type* t_bytes = nullptr;
  Type* t_bytearray = nullptr;
  Type* t_tuple = nullptr;
  Type* t_list = nullptr;
  Type* t_dict = nullptr;
  Type* t_set = nullptr;
  Type* t_frozenset = nullptr;
  Type* t_range = nullptr;
  Type* t_slice = nullptr;
  Type* t_function = nullptr;
  Type* t_native = nullptr;
  Type* t_bound_method = nullptr;
  Type* t_cell = nullptr;
  Type* t_generator = nullptr;
  Type* t_module = nullptr;
  Type* t_property = nullptr;
  Type* t_staticmethod = nullptr;
  Type* t_classmethod = nullptr;
  Type* t_super = nullptr;
  Type* t_iterator = nullptr;
  Type* t_dict_view = nullptr;
  Type* t_ellipsis = nullptr;
  Type* t_notimpl = nullptr;
  Type* t_internal = nullptr;
  Type* t_enumerate = nullptr;
  Type* t_zip = nullptr;
  Type* t_map = nullptr;
  Type* t_filter = nullptr;
  Type* t_reversed = nullptr;
  Type* t_code = nullptr;  ///< what compile() returns
  Type* exc[size_t(Exc::kCount)] = {};

  /// Method names of the unary and binary operators, and the reflected
  /// (__radd__) names of the binary ones.
  uint32_t unary_names[4] = {};
  uint32_t binary_names[35] = {};
  uint32_t rbinary_names[35] = {};

  /// type_lookup's cache: (type, name) -> what the MRO walk found (null:
  /// absent). Entries of an older type_epoch are stale; the epoch moves on
  /// whenever a class's attributes change. Inside Vm, so the collector
  /// keeps the cached values and types alive.
#if CPY_VM_HOST_PLATFORM
  static constexpr size_t kAttrCacheSize = 512;
#else
  static constexpr size_t kAttrCacheSize = 64;
#endif
  struct AttrCacheEntry {
    Type* type;
    uint32_t name;
    uint32_t epoch : 31;
    uint32_t user_owned : 1;  ///< found in a class statement's class
    Value value;
  };
  AttrCacheEntry attr_cache[kAttrCacheSize] = {};
  uint32_t type_epoch = 1;
  bool attr_lookup_incomplete = false;  ///< a method could not be made for lack of memory

  Value builtins;  ///< dict of the builtins module
  Value modules;   ///< sys.modules
  Value sys_path;  ///< list
  Value sys_argv;  ///< list
  Value empty_tuple;
  Value memory_error;  ///< preallocated, raised when the heap is exhausted
  Value pending;       ///< the exception being raised, or null
  KeyOps key_ops;

  Frame* frame = nullptr;  ///< the innermost running bytecode frame (globals(), locals())
  size_t depth = 0;
  bool heap_ok = false;
  /// Set by request_interrupt(); the interpreter polls it.
  volatile int interrupt_requested = 0;
  /// The character that interrupts (micropython.kbd_intr; -1: none). The
  /// host's terminal code reads it.
  int interrupt_char = 3;
  /// Steps left of config.step_budget.
  uint64_t steps_left = 0;
  /// Bytes of config.frame_stack in use.
  size_t frame_stack_used = 0;
  /// The builtin types live here rather than on the heap (on the device
  /// they are part of the VM's static state); more go on the heap.
  static constexpr size_t kTypeSlots = 96;
  Type type_slots[kTypeSlots];
  size_t type_slots_used = 0;

 private:
  static void scan_roots(Heap& heap, void* self);
};

}  // namespace cpy::vm
