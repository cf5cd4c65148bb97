// The import system: sys.modules, then builtin modules (builtin_modules.cpp),
// then .mpy files on sys.path.
#include <cmath>
#include <cstring>

#include "runtime.h"

namespace cpy::vm {

namespace {

// Reads [path] (.mpy or .py) and runs it as module [name]; [*out] null
// when there is no such file.
Status load_file(Vm& vm, std::string_view path, std::string_view name, Value pkg_path, Value* out) {
  *out = Value::null();
  if (!vm.config.read_file) return Status::kOk;
  size_t size = 0;
  const uint8_t* data = vm.config.read_file(vm.config.file_context, path, &size);
  if (!data) return Status::kOk;
  // The host's buffer (flash on the device) stays until the module has run:
  // no copy on the heap.
  Status s;
  if (path.size() >= 3 && path.substr(path.size() - 3) == ".py") {
    s = run_source_as(vm, std::string_view(reinterpret_cast<const char*>(data), size), path, name, pkg_path, out);
  } else {
    s = run_mpy_as(vm, std::span<const uint8_t>(data, size), name, pkg_path, out);
  }
  if (vm.config.release) vm.config.release(vm.config.file_context, data);
  return s;
}

// The file suffixes tried, in order: compiled modules first, as CircuitPython does.
constexpr const char* kModuleSuffixes[] = {".mpy", ".py", "/__init__.mpy", "/__init__.py"};

// Finds module [full] as [leaf].mpy, [leaf].py or a package [leaf]/__init__
// in the directories [search].
Status find_and_load(Vm& vm, std::string_view full, std::string_view leaf, Value search, Value* out) {
  *out = Value::null();
  Value* dirs;
  size_t n;
  if (!seq_items(vm, search, &dirs, &n)) return Status::kOk;
  Value list = CPY_VM_TRY(new_list(vm, n, dirs));  // sys.path may change while modules run
  for (size_t i = 0; i < list.as<List>()->size; ++i) {
    Value dir = list.as<List>()->items[i];
    if (!is_str(vm, dir)) continue;
    std::string_view d = str_view(vm, dir);
    Buf base(vm);
    if (!d.empty()) {
      base.add(d);
      if (d.back() != '/') base.add_char('/');
    }
    base.add(leaf);
    Value base_str = CPY_VM_TRY(base.finish());
    for (int pass = 0; pass < 4; ++pass) {
      Buf path(vm);
      path.add(str_view(vm, base_str));
      path.add(kModuleSuffixes[pass]);
      Value path_str = CPY_VM_TRY(path.finish());
      Value pkg_path = Value::null();
      if (pass >= 2) pkg_path = CPY_VM_TRY(new_list(vm, 1, &base_str));
      CPY_VM_CHECK(load_file(vm, str_view(vm, path_str), full, pkg_path, out));
      if (!out->is_null()) return Status::kOk;
    }
  }
  return Status::kOk;
}

Status import_one(Vm& vm, std::string_view full, Value parent, Value* out) {
  Value key = CPY_VM_TRY(intern(vm, full));
  CPY_VM_CHECK(dict_get(vm, vm.modules, key, out));
  if (!out->is_null()) return Status::kOk;
  size_t dot = full.rfind('.');
  std::string_view leaf = dot == std::string_view::npos ? full : full.substr(dot + 1);
  if (parent.is_null()) {
    if (full == "builtins") CPY_VM_CHECK(builtins_materialize(vm));
    CPY_VM_CHECK(builtin_module(vm, full, out));
    if (!out->is_null()) return dict_store(vm, vm.modules, key, *out);
  }
  Value search = vm.sys_path;
  if (!parent.is_null()) {
    CPY_VM_CHECK(get_attr_maybe(vm, parent, vm.q.path_attr, &search));
    if (search.is_null()) {
      return raise(vm, Exc::ImportError, "no module named '%V'", &full);
    }
  }
  CPY_VM_CHECK(find_and_load(vm, full, leaf, search, out));
  if (out->is_null()) {
    std::string_view shown = full;
    return raise(vm, Exc::ModuleNotFoundError, "No module named '%V'", &shown);
  }
  if (!parent.is_null()) {
    Value leafq = CPY_VM_TRY(intern(vm, leaf));
    CPY_VM_CHECK(set_attr(vm, parent, leafq.qstr_id(), *out));
  }
  return Status::kOk;
}

}  // namespace

Status import_name(Vm& vm, uint32_t name_id, Value fromlist, Value level_v, Value globals, Value* out) {
  intptr_t level = 0;
  CPY_VM_CHECK(get_int(vm, level_v, &level));
  std::string_view name = vm.qstrs.text(name_id);
  Buf full(vm);
  if (level > 0) {
    Value modname;
    CPY_VM_CHECK(dict_get(vm, globals, Value::qstr(vm.q.name), &modname));
    Value has_path;
    CPY_VM_CHECK(dict_get(vm, globals, Value::qstr(vm.q.path_attr), &has_path));
    if (modname.is_null() || !is_str(vm, modname)) {
      return raise(vm, Exc::ImportError, "attempted relative import with no known parent package");
    }
    std::string_view pkg = str_view(vm, modname);
    if (has_path.is_null()) {
      size_t dot = pkg.rfind('.');
      if (dot == std::string_view::npos) {
        return raise(vm, Exc::ImportError, "attempted relative import with no known parent package");
      }
      pkg = pkg.substr(0, dot);
    }
    for (intptr_t i = 1; i < level; ++i) {
      size_t dot = pkg.rfind('.');
      if (dot == std::string_view::npos)
        return raise(vm, Exc::ImportError, "attempted relative import beyond top-level package");
      pkg = pkg.substr(0, dot);
    }
    full.add(pkg);
    if (!name.empty()) {
      full.add(".");
      full.add(name);
    }
  } else {
    full.add(name);
  }
  if (full.failed) return Status::kRaised;
  Value full_str = CPY_VM_TRY(full.finish());
  std::string_view path = str_view(vm, full_str);
  // Import each package on the way down.
  Value parent = Value::null(), top = Value::null(), mod = Value::null();
  size_t start = 0;
  if (level > 0) {
    // The package itself is already imported (we are running inside it).
    size_t pkg_len = path.size() - (name.empty() ? 0 : name.size() + 1);
    CPY_VM_CHECK(import_one(vm, path.substr(0, pkg_len), Value::null(), &parent));
    mod = parent;
    start = name.empty() ? path.size() : pkg_len + 1;
  }
  while (start < path.size()) {
    size_t dot = path.find('.', start);
    size_t end = dot == std::string_view::npos ? path.size() : dot;
    CPY_VM_CHECK(import_one(vm, path.substr(0, end), parent, &mod));
    if (top.is_null()) top = mod;
    parent = mod;
    start = end + 1;
  }
  bool has_fromlist = !fromlist.is_none() && !fromlist.is_null();
  if (has_fromlist || level > 0) {
    *out = mod;
  } else {
    *out = top.is_null() ? mod : top;
  }
  return Status::kOk;
}

Status import_from(Vm& vm, Value module, uint32_t name, Value* out) {
  CPY_VM_CHECK(get_attr_maybe(vm, module, name, out));
  if (!out->is_null()) return Status::kOk;
  if (kind_of(vm, module) == Kind::kModule) {
    // A submodule not imported yet.
    Value path;
    CPY_VM_CHECK(dict_get(vm, module.as<Module>()->globals, Value::qstr(vm.q.path_attr), &path));
    if (!path.is_null()) {
      Buf full(vm);
      full.add(vm.qstrs.text(module.as<Module>()->name));
      full.add(".");
      full.add(vm.qstrs.text(name));
      Value fs = CPY_VM_TRY(full.finish());
      if (import_one(vm, str_view(vm, fs), module, out) == Status::kOk) return Status::kOk;
      if (!pending_is(vm, Exc::ImportError)) return Status::kRaised;
      vm.pending = Value::null();
    }
  }
  return raise(vm, Exc::ImportError, "cannot import name '%q'", name);
}

Status import_star(Vm& vm, Value module, Value globals) {
  if (kind_of(vm, module) != Kind::kModule) return raise(vm, Exc::TypeError, "import * needs a module");
  CPY_VM_CHECK(module_materialize(vm, module.as<Module>()));
  Value g = module.as<Module>()->globals;
  Value all;
  CPY_VM_CHECK(dict_get(vm, g, Value::qstr(vm.q.all), &all));
  if (!all.is_null()) {
    Value list;
    CPY_VM_CHECK(list_from_iter(vm, all, &list));
    for (size_t i = 0; i < list.as<List>()->size; ++i) {
      Value n = list.as<List>()->items[i];
      if (!is_str(vm, n)) continue;
      Value q = CPY_VM_TRY(intern(vm, str_view(vm, n)));
      Value v;
      CPY_VM_CHECK(get_attr(vm, module, q.qstr_id(), &v));
      CPY_VM_CHECK(dict_store(vm, globals, q, v));
    }
    return Status::kOk;
  }
  Map& m = g.as<Dict>()->map;
  for (size_t i = 0; m.begin() + i < m.end(); ++i) {
    Map::Entry e = m.begin()[i];
    if (e.key.is_null() || !is_str(vm, e.key)) continue;
    std::string_view k = str_view(vm, e.key);
    if (!k.empty() && k[0] == '_') continue;
    CPY_VM_CHECK(dict_store(vm, globals, e.key, e.value));
  }
  return Status::kOk;
}

Status Vm::run_main_module(std::string_view name, Value* out) {
  Vm& vm = *this;
  // Packages on the way are imported as usual; the module itself runs as
  // __main__ (CircuitPython's -m).
  Value search = sys_path;
  size_t dot = name.rfind('.');
  if (dot != std::string_view::npos) {
    Value pkg_name = CPY_VM_TRY(intern(vm, name.substr(0, dot)));
    Value fromlist = CPY_VM_TRY(new_tuple(vm, 1, &pkg_name));
    Value pkg;
    CPY_VM_CHECK(import_name(vm, pkg_name.qstr_id(), fromlist, Value::small_int(0), Value::null(), &pkg));
    CPY_VM_CHECK(get_attr(vm, pkg, q.path_attr, &search));
  }
  std::string_view leaf = dot == std::string_view::npos ? name : name.substr(dot + 1);
  CPY_VM_CHECK(find_and_load(vm, "__main__", leaf, search, out));
  if (out->is_null()) return raise(vm, Exc::ImportError, "no module named '%V'", &name);
  return Status::kOk;
}

bool init_modules(Vm&) {
  // Builtin modules (sys included) are made on first import.
  return true;
}

}  // namespace cpy::vm
