// The sys module: argv, path, modules, exit, print_exception, implementation,
// version, stdin/stdout/stderr.
#include <cmath>
#include <cstring>
#include <limits>

#include "runtime.h"
#include "stream_poll.h"

namespace cpy::vm {

namespace {

Status sys_exit(Vm& vm, const Args& args, Value*) {
  if (args.n == 0) return raise_empty(vm, Exc::SystemExit);
  return raise_with(vm, Exc::SystemExit, args[0]);
}

Status sys_print_exception(Vm& vm, const Args& args, Value* out) {
  vm.print_exception(args[0]);
  *out = Value::none();
  return Status::kOk;
}

Status stdout_write(Vm& vm, const Args& args, Value* out) {
  Value s;
  CPY_VM_CHECK(to_str(vm, args[0], &s));
  vm_write(vm, str_view(vm, s));
  size_t n;
  CPY_VM_CHECK(length(vm, s, &n));
  *out = Value::small_int(intptr_t(n));
  return Status::kOk;
}

Status stderr_write(Vm& vm, const Args& args, Value* out) {
  Value s;
  CPY_VM_CHECK(to_str(vm, args[0], &s));
  vm_write(vm, str_view(vm, s), true);
  *out = Value::none();
  return Status::kOk;
}

/// sys.stdin.read()/readline(): the VM has no input stream of its own, so
/// standard input reads as empty.
Status stdin_read(Vm& vm, const Args&, Value* out) {
  *out = CPY_VM_TRY(new_str(vm, ""));
  return Status::kOk;
}

Status noop(Vm&, const Args&, Value* out) {
  *out = Value::none();
  return Status::kOk;
}

}  // namespace

Value sys_attr(Vm& vm, uint32_t name) {
  Value sys, v;
  if (dict_get(vm, vm.modules, Value::qstr(vm.q.sys), &sys) != Status::kOk || sys.is_null() ||
      kind_of(vm, sys) != Kind::kModule || dict_get(vm, sys.as<Module>()->globals, Value::qstr(name), &v) != Status::kOk) {
    vm.pending = Value::null();
    return Value::null();
  }
  return v;
}

bool sys_stdio_ready(Vm& vm, Value obj, uint32_t* ready) {
  // The stdio objects are modules named stdin/stdout/stderr that only the
  // sys module holds (never in sys.modules): compare with what it holds.
  if (!obj.is_object() || kind_of(vm, obj) != Kind::kModule) return false;
  static const char* const kNames[3] = {"stdin", "stdout", "stderr"};
  for (int i = 0; i < 3; ++i) {
    uint32_t q = vm.qstrs.find(kNames[i]);
    if (!q || obj.as<Module>()->name != q) continue;
    if (sys_attr(vm, q) != obj) return false;
    *ready = i == 0 ? uint32_t(kPollIn) : uint32_t(kPollOut);
    return true;
  }
  return false;
}

namespace {
bool init_module(Vm& vm, Module*, Value g) {
  Value vi[3] = {Value::small_int(3), Value::small_int(4), Value::small_int(0)};
  Value version_info = new_tuple(vm, 3, vi);
  Value impl_globals;
  Value impl = new_module(vm, "implementation", &impl_globals);
  Value out_g, err_g;
  Value out = new_module(vm, "stdout", &out_g);
  Value err = new_module(vm, "stderr", &err_g);
  Value in_g;
  Value in = new_module(vm, "stdin", &in_g);
  if (in.is_null()) return false;
  if (version_info.is_null() || impl.is_null() || out.is_null() || err.is_null()) return false;
  Value impl_name = new_str(vm, "circuitpython");
  Value ver = new_tuple(vm, 3, vi);
  return !impl_name.is_null() && !ver.is_null() &&
         dict_store_name(vm, impl_globals, "name", impl_name) == Status::kOk &&
         dict_store_name(vm, impl_globals, "version", ver) == Status::kOk &&
         add_fn(vm, out_g, "write", &stdout_write, 1, 1) && add_fn(vm, out_g, "flush", &noop, 0, 0) &&
         add_fn(vm, err_g, "write", &stderr_write, 1, 1) && add_fn(vm, err_g, "flush", &noop, 0, 0) &&
         dict_store_name(vm, g, "argv", vm.sys_argv) == Status::kOk &&
         dict_store_name(vm, g, "path", vm.sys_path) == Status::kOk &&
         dict_store_name(vm, g, "modules", vm.modules) == Status::kOk &&
         put(vm, g, "version", new_str(vm, "3.4.0; CircuitPython 10.0.0 (cpy)")) &&
         dict_store_name(vm, g, "version_info", version_info) == Status::kOk &&
         dict_store_name(vm, g, "implementation", impl) == Status::kOk && put(vm, g, "platform", new_str(vm, "cpy")) &&
         put(vm, g, "byteorder", new_str(vm, "little")) && put(vm, g, "maxsize", new_int(vm, std::numeric_limits<intptr_t>::max())) &&
         dict_store_name(vm, g, "stdout", out) == Status::kOk && dict_store_name(vm, g, "stderr", err) == Status::kOk &&
         put(vm, g, "stdin", in) && add_fn(vm, in_g, "read", &stdin_read, 0, 1) &&
         add_fn(vm, in_g, "readline", &stdin_read, 0, 1) && add_fn(vm, g, "exit", &sys_exit, 0, 1) && add_fn(vm, g, "print_exception", &sys_print_exception, 1, 2);
}
}  // namespace

const ModuleDef kModule_sys{nullptr, 0, &init_module};

}  // namespace cpy::vm
