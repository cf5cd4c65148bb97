// The VM object: start-up (builtin types, names, modules), GC roots, and
// the entry points the host calls.
#include "cpy/vm/vm.h"

#include <cstring>

#include "cpy/mpy/opcodes.h"
#include "runtime.h"

namespace cpy::vm {

namespace {

Status key_hash(Value key, uint32_t* out, void* ctx) { return hash_value(*static_cast<Vm*>(ctx), key, out); }

Status key_equal(Value a, Value b, bool* out, void* ctx) { return equal(*static_cast<Vm*>(ctx), a, b, out); }

uint32_t key_qstr_hash(uint32_t id, void* ctx) { return static_cast<Vm*>(ctx)->qstrs.hash(id); }

// A type made before `type` exists: the caller sets its type and base.
Type* bare_type(Vm& vm, const char* name, Kind kind) {
  Type* t = &vm.type_slots[vm.type_slots_used++];
  t->kind = kind;
  auto id = vm.qstrs.intern_may_collect(name);
  if (!id.ok()) return nullptr;
  t->name = id.value();
  return t;
}

}  // namespace

Vm::Vm(Heap& h, const VmConfig& c) : heap(h), config(c), qstrs(h), steps_left(c.step_budget) {}

void Vm::scan_roots(Heap& heap, void* self) {
  Vm* vm = static_cast<Vm*>(self);
  heap.mark_range(self, sizeof(Vm));
  // Only the frames in use: what lies above them is stale.
  if (vm->config.frame_stack) heap.mark_range(vm->config.frame_stack, vm->frame_stack_used);
}

bool Vm::init() {
  Vm& vm = *this;
  if (!qstrs.ok() || !heap.add_root_source(RootSource{&Vm::scan_roots, this})) return false;
  key_ops = KeyOps{&key_hash, &key_equal, &key_qstr_hash, this};
#define CPY_NAME(field, text)                \
  {                                          \
    auto r = qstrs.intern_may_collect(text); \
    if (!r.ok()) return false;               \
    q.field = r.value();                     \
  }
#include "cpy/vm/names.def"
#undef CPY_NAME
  for (int i = 0; i < mpy::kUnaryOpCount; ++i) {
    auto r = qstrs.intern_may_collect(mpy::unary_op_method(uint8_t(i)));
    if (!r.ok()) return false;
    unary_names[i] = r.value();
  }
  for (int i = 0; i < mpy::kBinaryOpCount; ++i) {
    std::string_view m = mpy::binary_op_method(uint8_t(i));
    auto r = qstrs.intern_may_collect(m);
    if (!r.ok()) return false;
    binary_names[i] = r.value();
    if (i >= kOr) {
      char buf[24] = "__r";
      size_t n = 3;
      for (char ch : m.substr(2)) buf[n++] = ch;
      auto rr = qstrs.intern_may_collect(std::string_view(buf, n));
      if (!rr.ok()) return false;
      rbinary_names[i] = rr.value();
    }
  }

  // object, type and tuple refer to each other: build them by hand. Builtin
  // types hold no MRO or bases tuples (see Type::base).
  t_object = bare_type(vm, "object", Kind::kInstance);
  t_type = bare_type(vm, "type", Kind::kType);
  t_tuple = bare_type(vm, "tuple", Kind::kTuple);
  if (!t_object || !t_type || !t_tuple) return false;
  t_object->type = t_type;
  t_type->type = t_type;
  t_tuple->type = t_type;
  t_object->flags = kTypeBaseable;
  Tuple* empty = static_cast<Tuple*>(heap.allocate_may_collect(sizeof(Tuple)));
  if (!empty) return false;
  empty->type = t_tuple;
  empty->size = 0;
  empty_tuple = Value::object(empty);
  t_type->base = t_tuple->base = t_object;

  struct Spec {
    Type** slot;
    const char* name;
    Kind kind;
  };
  const Spec specs[] = {
#define CPY_BUILTIN_TYPE(slot, name, kind) {&slot, name, Kind::kind},
#include "builtin_types.def"
#undef CPY_BUILTIN_TYPE
  };
  for (const Spec& s : specs) {
    *s.slot = new_builtin_type(vm, s.name, s.kind, t_object);
    if (!*s.slot) return false;
  }
  // The builtins a class statement may derive from (obj_subclass.cpp).
  for (Type* t : {t_int, t_float, t_str, t_bytes, t_bytearray, t_list, t_dict, t_set, t_frozenset, t_tuple}) {
    t->flags |= kTypeBaseable;
  }
  // bool is a subclass of int, as in CPython.
  t_bool = new_builtin_type(vm, "bool", Kind::kBool, t_int);
  if (!t_bool) return false;

  exc[size_t(Exc::BaseException)] =
      new_builtin_type(vm, "BaseException", Kind::kInstance, t_object, kTypeIsException | kTypeBaseable);
  if (!exc[0]) return false;
#define CPY_EXC_MAKE(name, parent)                                                                              \
  exc[size_t(Exc::name)] =                                                                                      \
      new_builtin_type(vm, #name, Kind::kInstance, exc[size_t(Exc::parent)], kTypeIsException | kTypeBaseable); \
  if (!exc[size_t(Exc::name)]) return false;
  CPY_VM_EXCEPTIONS(CPY_EXC_MAKE)
#undef CPY_EXC_MAKE

  memory_error = new_exception(vm, exc[size_t(Exc::MemoryError)], 0, nullptr);
  builtins = new_dict(vm);
  modules = new_dict(vm);
  sys_path = new_list(vm, 0);
  sys_argv = new_list(vm, 0);
  if (memory_error.is_null() || builtins.is_null() || modules.is_null() || sys_path.is_null() || sys_argv.is_null()) {
    return false;
  }
  bool ok = init_numbers(vm) && init_str(vm) && init_seq(vm) && init_dict(vm) && init_iter(vm) && init_type(vm) &&
            init_exceptions(vm) && init_gen(vm) && init_builtins(vm) && init_modules(vm);
  pending = Value::null();
  heap_ok = ok;
  return ok;
}

int Vm::report_uncaught() {
  Value e = take_pending(*this);
  if (e.is_null()) return 0;
  // The program is over: a heap it left locked must not silence its traceback.
  while (heap.locked()) heap.unlock();
  if (is_instance(*this, e, exc[size_t(Exc::SystemExit)])) {
    Tuple* a = e.as<Instance>()->args.is_object() ? e.as<Instance>()->args.as<Tuple>() : nullptr;
    Value code = a && a->size ? a->items()[0] : Value::none();
    if (code.is_none()) return 0;
    if (code.is_small_int()) return int(code.small_int_value() & 0xff);
    Value s;
    if (to_str(*this, code, &s) == Status::kOk) {
      vm_write(*this, str_view(*this, s), true);
      vm_write(*this, "\n", true);
    }
    pending = Value::null();
    return 1;
  }
  print_exception(e);
  pending = Value::null();
  return 1;
}

Status Vm::set_argv(std::span<const std::string_view> args) {
  sys_argv.as<List>()->size = 0;
  for (std::string_view a : args) {
    Value s = CPY_VM_TRY(new_str(*this, a));
    CPY_VM_CHECK(list_append(*this, sys_argv, s));
  }
  return Status::kOk;
}

Status Vm::add_path(std::string_view dir) {
  Value s = CPY_VM_TRY(new_str(*this, dir));
  return list_append(*this, sys_path, s);
}

}  // namespace cpy::vm
