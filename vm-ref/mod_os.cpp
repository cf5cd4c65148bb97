// The os module over the Platform's VFS (vfs.h): listdir, ilistdir, stat,
// statvfs, mkdir, rmdir, remove, unlink, rename, getcwd, chdir, uname,
// urandom, sep, sync, getenv (mod_os_getenv.cpp). Errors raise OSError(errno) as in MicroPython.
#include <cstring>

#include "cpy/vm/vfs.h"
#include "runtime.h"

namespace cpy::vm {

namespace {

Status path_arg(Vm& vm, const Args& args, size_t i, const char** out) {
  Value p = i < args.n ? args[i] : Value::null();
  std::string_view s = ".";
  if (!p.is_null()) {
    if (!is_str(vm, p)) return raise(vm, Exc::TypeError, "expected str path, got '%T'", p);
    s = str_view(vm, p);
  }
  *out = heap_cstr(vm, s);
  return *out ? Status::kOk : Status::kRaised;
}

Status check(Vm& vm, int r, Value* out) {
  if (r < 0) return raise_oserror(vm, -r);
  *out = Value::none();
  return Status::kOk;
}

using PathOp = int (*)(void*, const char*);

template <PathOp Platform::*Op>
Status path_call(Vm& vm, const Args& args, Value* out) {
  const char* p;
  CPY_VM_CHECK(path_arg(vm, args, 0, &p));
  const Platform& pl = platform();
  if (!(pl.*Op)) return raise_oserror(vm, 1);
  return check(vm, (pl.*Op)(pl.context, p), out);
}

Status os_rename(Vm& vm, const Args& args, Value* out) {
  const char *a, *b;
  CPY_VM_CHECK(path_arg(vm, args, 0, &a));
  CPY_VM_CHECK(path_arg(vm, args, 1, &b));
  const Platform& pl = platform();
  if (!pl.rename) return raise_oserror(vm, 1);
  return check(vm, pl.rename(pl.context, a, b), out);
}

struct ListState {
  Vm* vm;
  Value list;
  bool tuples;
  bool failed;
};

int list_each(void* arg, const char* name, uint32_t mode) {
  auto* st = static_cast<ListState*>(arg);
  Vm& vm = *st->vm;
  Value n = new_str(vm, name);
  if (n.is_null()) return st->failed = true, 1;
  if (st->tuples) {
    Value items[3] = {n, Value::small_int(intptr_t(mode)), Value::small_int(0)};
    n = new_tuple(vm, 3, items);
    if (n.is_null()) return st->failed = true, 1;
  }
  if (list_append(vm, st->list, n) != Status::kOk) return st->failed = true, 1;
  return 0;
}

Status list_dir(Vm& vm, const Args& args, bool tuples, Value* out) {
  const char* p;
  CPY_VM_CHECK(path_arg(vm, args, 0, &p));
  const Platform& pl = platform();
  if (!pl.listdir) return raise_oserror(vm, 1);
  ListState st{&vm, CPY_VM_TRY(new_list(vm, 0)), tuples, false};
  int r = pl.listdir(pl.context, p, &list_each, &st);
  if (st.failed) return Status::kRaised;
  if (r < 0) return raise_oserror(vm, -r);
  List* l = st.list.as<List>();
  if (!tuples) CPY_VM_CHECK(sort_values(vm, l->items, l->size, Value::null(), false));
  *out = st.list;
  return Status::kOk;
}

Status os_listdir(Vm& vm, const Args& args, Value* out) { return list_dir(vm, args, false, out); }

Status os_ilistdir(Vm& vm, const Args& args, Value* out) {
  Value l;
  CPY_VM_CHECK(list_dir(vm, args, true, &l));
  return get_iter(vm, l, out);
}

Status os_stat(Vm& vm, const Args& args, Value* out) {
  const char* p;
  CPY_VM_CHECK(path_arg(vm, args, 0, &p));
  const Platform& pl = platform();
  if (!pl.stat) return raise_oserror(vm, 1);
  VfsStat s;
  int r = pl.stat(pl.context, p, &s);
  if (r < 0) return raise_oserror(vm, -r);
  Value items[10] = {Value::small_int(intptr_t(s.mode)), Value::small_int(0), Value::small_int(0),
                     Value::small_int(0), Value::small_int(0), Value::small_int(0)};
  items[6] = CPY_VM_TRY(new_int(vm, int64_t(s.size)));
  items[7] = CPY_VM_TRY(new_int(vm, s.atime));
  items[8] = CPY_VM_TRY(new_int(vm, s.mtime));
  items[9] = CPY_VM_TRY(new_int(vm, s.ctime));
  *out = CPY_VM_TRY(new_tuple(vm, 10, items));
  return Status::kOk;
}

Status os_statvfs(Vm& vm, const Args& args, Value* out) {
  const char* p;
  CPY_VM_CHECK(path_arg(vm, args, 0, &p));
  const Platform& pl = platform();
  if (!pl.statvfs) return raise_oserror(vm, 1);
  uint64_t v[10] = {};
  int r = pl.statvfs(pl.context, p, v);
  if (r < 0) return raise_oserror(vm, -r);
  Value items[10];
  for (int i = 0; i < 10; ++i) items[i] = CPY_VM_TRY(new_int_u64(vm, v[i]));
  *out = CPY_VM_TRY(new_tuple(vm, 10, items));
  return Status::kOk;
}

Status os_getcwd(Vm& vm, const Args&, Value* out) {
  const Platform& pl = platform();
  if (!pl.getcwd) {
    *out = CPY_VM_TRY(new_str(vm, "/"));
    return Status::kOk;
  }
  size_t size = 256;
  for (;;) {
    auto* buf = static_cast<char*>(alloc_raw(vm, size));
    if (!buf) return Status::kRaised;
    int r = pl.getcwd(pl.context, buf, size);
    if (r == 0) {
      *out = CPY_VM_TRY(new_str(vm, buf));
      return Status::kOk;
    }
    if (r != -34 || size > 65536) return raise_oserror(vm, -r);  // ERANGE: grow
    size *= 2;
  }
}

Status os_uname(Vm& vm, const Args&, Value* out) {
  const Platform& pl = platform();
  static constexpr std::string_view kFields[5] = {"sysname", "nodename", "release", "version", "machine"};
  Type* t = new_namedtuple_type(vm, "uname_result", kFields, 5);
  if (!t) return Status::kRaised;
  Value keep = Value::object(t);
  Value items[5];
  for (int i = 0; i < 5; ++i) items[i] = CPY_VM_TRY(new_str(vm, pl.uname[i] ? pl.uname[i] : ""));
  *out = CPY_VM_TRY(new_namedtuple(vm, keep.as<Type>(), items, 5));
  return Status::kOk;
}

Status os_urandom(Vm& vm, const Args& args, Value* out) {
  intptr_t n;
  CPY_VM_CHECK(get_int(vm, args[0], &n));
  if (n < 0) return raise(vm, Exc::ValueError, "negative argument not allowed");
  auto* buf = static_cast<uint8_t*>(alloc_raw(vm, size_t(n) + 1));
  if (!buf) return Status::kRaised;
  const Platform& pl = platform();
  if (!pl.urandom || !pl.urandom(pl.context, buf, size_t(n))) return raise_oserror(vm, 5);
  *out = CPY_VM_TRY(new_bytes(vm, std::string_view(reinterpret_cast<char*>(buf), size_t(n))));
  return Status::kOk;
}

Status os_sync(Vm&, const Args&, Value* out) {
  const Platform& pl = platform();
  if (pl.sync) pl.sync(pl.context);
  *out = Value::none();
  return Status::kOk;
}

}  // namespace

Status os_getenv(Vm& vm, const Args& args, Value* out);  // mod_os_getenv.cpp

constexpr MethodDef kModuleFns[] = {
    method_def("listdir", &os_listdir, 0, 1),
    method_def("ilistdir", &os_ilistdir, 0, 1),
    method_def("stat", &os_stat, 1, 1),
    method_def("statvfs", &os_statvfs, 1, 1),
    method_def("mkdir", &path_call<&Platform::mkdir>, 1, 1),
    method_def("rmdir", &path_call<&Platform::rmdir>, 1, 1),
    method_def("remove", &path_call<&Platform::remove>, 1, 1),
    method_def("unlink", &path_call<&Platform::remove>, 1, 1),
    method_def("chdir", &path_call<&Platform::chdir>, 1, 1),
    method_def("rename", &os_rename, 2, 2),
    method_def("getcwd", &os_getcwd, 0, 0),
    method_def("uname", &os_uname, 0, 0),
    method_def("urandom", &os_urandom, 1, 1),
    method_def("sync", &os_sync, 0, 0),
    method_def("getenv", &os_getenv, 1, 2, true),
};

namespace {
bool init_module(Vm& vm, Module*, Value g) { return put(vm, g, "sep", new_str(vm, "/")); }
}  // namespace

const ModuleDef kModule_os = module_def(kModuleFns, &init_module);

}  // namespace cpy::vm
