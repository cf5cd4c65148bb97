// The gc module: collect, mem_free, mem_alloc, enable/disable/isenabled,
// threshold.
#include "runtime.h"

namespace cpy::vm {

namespace {

Status gc_collect(Vm& vm, const Args&, Value* out) {
  vm.heap.collect();
  *out = Value::none();
  return Status::kOk;
}

Status gc_mem_free(Vm& vm, const Args&, Value* out) {
  *out = CPY_VM_TRY(new_int(vm, int64_t(vm.heap.stats().free)));
  return Status::kOk;
}

Status gc_mem_alloc(Vm& vm, const Args&, Value* out) {
  *out = CPY_VM_TRY(new_int(vm, int64_t(vm.heap.stats().used)));
  return Status::kOk;
}

/// The gc module's globals (it is in sys.modules once imported).
Status gc_globals(Vm& vm, Value* out) {
  Value m;
  CPY_VM_CHECK(dict_get(vm, vm.modules, CPY_VM_TRY(intern(vm, "gc")), &m));
  *out = m.is_null() ? Value::null() : m.as<Module>()->globals;
  return Status::kOk;
}

/// Automatic collection cannot be switched off (allocation collects when
/// the heap is full); the flag is only kept for isenabled().
Status gc_set(Vm& vm, bool on, Value* out) {
  Value g;
  CPY_VM_CHECK(gc_globals(vm, &g));
  if (!g.is_null()) CPY_VM_CHECK(dict_store_name(vm, g, "_enabled", Value::boolean(on)));
  *out = Value::none();
  return Status::kOk;
}
Status gc_enable(Vm& vm, const Args&, Value* out) { return gc_set(vm, true, out); }
Status gc_disable(Vm& vm, const Args&, Value* out) { return gc_set(vm, false, out); }

Status gc_isenabled(Vm& vm, const Args&, Value* out) {
  Value g, v;
  CPY_VM_CHECK(gc_globals(vm, &g));
  if (!g.is_null()) CPY_VM_CHECK(dict_get(vm, g, CPY_VM_TRY(intern(vm, "_enabled")), &v));
  *out = v.is_null() ? Value::true_value() : v;
  return Status::kOk;
}

Status gc_threshold(Vm& vm, const Args& args, Value* out) {
  (void)vm;
  *out = args.n ? Value::none() : Value::small_int(-1);
  return Status::kOk;
}

constexpr MethodDef kModuleFns[] = {
    method_def("collect", &gc_collect, 0, 1),
    method_def("mem_free", &gc_mem_free, 0, 0),
    method_def("mem_alloc", &gc_mem_alloc, 0, 0),
    method_def("threshold", &gc_threshold, 0, 1),
    method_def("enable", &gc_enable, 0, 0),
    method_def("disable", &gc_disable, 0, 0),
    method_def("isenabled", &gc_isenabled, 0, 0),
};

}  // namespace

const ModuleDef kModule_gc = module_def(kModuleFns);

}  // namespace cpy::vm
