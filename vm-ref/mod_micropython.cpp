// The micropython module: const, opt_level, mem_info, qstr_info, stack_use,
// heap_lock/heap_unlock/heap_locked, kbd_intr, alloc_emergency_exception_buf.
#include "runtime.h"

namespace cpy::vm {

namespace {

Status mp_const(Vm&, const Args& args, Value* out) {
  *out = args[0];
  return Status::kOk;
}

Status mp_none(Vm&, const Args&, Value* out) {
  *out = Value::none();
  return Status::kOk;
}

/// kbd_intr(chr): the character that interrupts a running program; -1 turns
/// interrupting off (a program reading raw bytes from the console).
Status mp_kbd_intr(Vm& vm, const Args& args, Value* out) {
  intptr_t c;
  CPY_VM_CHECK(get_int(vm, args[0], &c));
  vm.interrupt_char = c < 0 ? -1 : int(c & 0xff);
  *out = Value::none();
  return Status::kOk;
}

/// The module's globals (from sys.modules), where opt_level is kept.
Status mp_globals(Vm& vm, Value* out) {
  Value m;
  CPY_VM_CHECK(dict_get(vm, vm.modules, CPY_VM_TRY(intern(vm, "micropython")), &m));
  *out = m.is_null() ? Value::null() : m.as<Module>()->globals;
  return Status::kOk;
}

Status mp_opt_level(Vm& vm, const Args& args, Value* out) {
  Value g;
  CPY_VM_CHECK(mp_globals(vm, &g));
  Value key = CPY_VM_TRY(intern(vm, "_opt_level"));
  if (args.n) {
    intptr_t level;
    CPY_VM_CHECK(get_int(vm, args[0], &level));
    if (!g.is_null()) CPY_VM_CHECK(dict_store(vm, g, key, Value::small_int(level)));
    *out = Value::none();
    return Status::kOk;
  }
  Value v;
  if (!g.is_null()) CPY_VM_CHECK(dict_get(vm, g, key, &v));
  *out = v.is_null() ? Value::small_int(0) : v;
  return Status::kOk;
}

Status mp_mem_info(Vm& vm, const Args& args, Value* out) {
  HeapStats s = vm.heap.stats();
  Buf b(vm);
  b.add("stack: ");
  b.add_int(int64_t(vm.depth));
  b.add(" out of ");
  b.add_int(int64_t(vm.config.max_depth));
  b.add(" frames\nGC: total: ");
  b.add_int(int64_t(s.total));
  b.add(", used: ");
  b.add_int(int64_t(s.used));
  b.add(", free: ");
  b.add_int(int64_t(s.free));
  b.add("\n No. of collections: ");
  b.add_int(int64_t(s.collections));
  b.add(", max free sz: ");
  b.add_int(int64_t(s.largest_free));
  b.add("\n");
  if (args.n) b.add("GC memory layout not available\n");
  Value text = CPY_VM_TRY(b.finish());
  vm_write(vm, str_view(vm, text));
  *out = Value::none();
  return Status::kOk;
}

Status mp_qstr_info(Vm& vm, const Args&, Value* out) {
  vm_write(vm, "qstr pool: interned strings are kept in one pool\n");
  *out = Value::none();
  return Status::kOk;
}

/// An estimate of the stack in use: Python call depth times a frame's size.
Status mp_stack_use(Vm& vm, const Args&, Value* out) {
  *out = Value::small_int(intptr_t(vm.depth) * 64);
  return Status::kOk;
}

Status mp_heap_lock(Vm& vm, const Args&, Value* out) {
  vm.heap.lock();
  *out = Value::none();
  return Status::kOk;
}

Status mp_heap_unlock(Vm& vm, const Args&, Value* out) {
  vm.heap.unlock();
  *out = Value::small_int(vm.heap.locked() ? 1 : 0);
  return Status::kOk;
}

Status mp_heap_locked(Vm& vm, const Args&, Value* out) {
  *out = Value::small_int(vm.heap.locked() ? 1 : 0);
  return Status::kOk;
}

/// micropython.schedule(fn, arg): runs fn(arg) at once (there is no
/// interrupt context on the host).
Status mp_schedule(Vm& vm, const Args& args, Value* out) {
  Value r;
  CPY_VM_CHECK(call1(vm, args[0], args[1], &r));
  *out = Value::none();
  return Status::kOk;
}

constexpr MethodDef kModuleFns[] = {
    method_def("const", &mp_const, 1, 1),
    method_def("opt_level", &mp_opt_level, 0, 1),
    method_def("mem_info", &mp_mem_info, 0, 1),
    method_def("qstr_info", &mp_qstr_info, 0, 1),
    method_def("stack_use", &mp_stack_use, 0, 0),
    method_def("heap_lock", &mp_heap_lock, 0, 0),
    method_def("heap_unlock", &mp_heap_unlock, 0, 0),
    method_def("heap_locked", &mp_heap_locked, 0, 0),
    method_def("kbd_intr", &mp_kbd_intr, 1, 1),
    method_def("alloc_emergency_exception_buf", &mp_none, 1, 1),
    method_def("schedule", &mp_schedule, 2, 2),
};

bool init_module(Vm& vm, Module* m, Value) {
  // These run while the heap is locked, when their objects could not be made.
  for (const char* name : {"heap_unlock", "heap_locked"}) {
    Value n = intern(vm, name), f;
    if (n.is_null() || module_lookup(vm, m, n.qstr_id(), &f) != Status::kOk) return false;
  }
  return true;
}
}  // namespace

const ModuleDef kModule_micropython = module_def(kModuleFns, &init_module);

}  // namespace cpy::vm
