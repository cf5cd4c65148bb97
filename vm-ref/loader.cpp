// The .mpy loader: turns a verified mpy::Module into Code objects whose
// operands are resolved (qstr ids, constant Values), all on the GC heap, so
// the file's bytes can go away once loading is done.
#include <cstdlib>
#include <cstring>

#include "complex_private.h"
#include "cpy/mpy/reader.h"
#include "runtime.h"

namespace cpy::vm {

namespace {

const uint8_t* copy_bytes(Vm& vm, std::span<const uint8_t> bytes) {
  auto* p = static_cast<uint8_t*>(alloc_raw(vm, bytes.size() ? bytes.size() : 1));
  if (p && !bytes.empty()) std::memcpy(p, bytes.data(), bytes.size());
  return p;
}

Status load_const(Vm& vm, const mpy::Const& c, Value* out) {
  switch (c.kind) {
    case mpy::ConstKind::kNone:
      *out = Value::none();
      return Status::kOk;
    case mpy::ConstKind::kFalse:
      *out = Value::false_value();
      return Status::kOk;
    case mpy::ConstKind::kTrue:
      *out = Value::true_value();
      return Status::kOk;
    case mpy::ConstKind::kEllipsis:
      *out = Value::ellipsis();
      return Status::kOk;
    case mpy::ConstKind::kStr:
      *out = CPY_VM_TRY(new_str(vm, c.text));
      return Status::kOk;
    case mpy::ConstKind::kBytes:
      *out = CPY_VM_TRY(new_bytes(vm, c.text));
      return Status::kOk;
    case mpy::ConstKind::kInt:
      return int_parse(vm, c.text, 10, out);
    case mpy::ConstKind::kFloat: {
      char buf[64];
      size_t n = c.text.size() < sizeof buf - 1 ? c.text.size() : sizeof buf - 1;
      std::memcpy(buf, c.text.data(), n);
      buf[n] = '\0';
      *out = CPY_VM_TRY(new_float(vm, std::strtod(buf, nullptr)));
      return Status::kOk;
    }
    case mpy::ConstKind::kTuple: {
      Value t = CPY_VM_TRY(new_tuple(vm, c.items.size()));
      for (size_t i = 0; i < c.items.size(); ++i) {
        Value item;
        CPY_VM_CHECK(load_const(vm, c.items[i], &item));
        t.as<Tuple>()->items()[i] = item;
      }
      *out = t;
      return Status::kOk;
    }
    case mpy::ConstKind::kComplex:
      return complex_from_repr(vm, c.text, out);
    default:
      return raise(vm, Exc::ValueError, "incompatible .mpy file");
  }
}

Status load_code(Vm& vm, const mpy::RawCode& raw, ModuleContext* ctx, Code** out) {
  if (raw.kind != mpy::CodeKind::kBytecode) return raise(vm, Exc::ValueError, "incompatible .mpy file");
  Code* code = alloc_obj<Code>(vm, vm.t_internal);
  if (!code) return Status::kRaised;
  code->sig = raw.signature;
  code->context = ctx;
  code->name = ctx->qstrs[raw.simple_name];
  size_t n_args = raw.arg_names.size();
  auto* names = static_cast<uint32_t*>(alloc_raw(vm, (n_args ? n_args : 1) * sizeof(uint32_t)));
  if (!names) return Status::kRaised;
  for (size_t i = 0; i < n_args; ++i) names[i] = ctx->qstrs[raw.arg_names[i]];
  code->arg_names = names;
  code->line_info = copy_bytes(vm, raw.line_info);
  code->line_info_size = raw.line_info.size();
  code->cells = copy_bytes(vm, raw.cells);
  code->n_cells = raw.cells.size();
  code->bytecode = copy_bytes(vm, raw.bytecode);
  code->bytecode_size = raw.bytecode.size();
  if (!code->line_info || !code->cells || !code->bytecode) return Status::kRaised;
  code->n_children = raw.children.size();
  code->children = static_cast<Code**>(alloc_raw(vm, (code->n_children ? code->n_children : 1) * sizeof(Code*)));
  if (!code->children) return Status::kRaised;
  for (size_t i = 0; i < raw.children.size(); ++i) {
    Code* child;
    CPY_VM_CHECK(load_code(vm, raw.children[i], ctx, &child));
    code->children[i] = child;
  }
  *out = code;
  return Status::kOk;
}

}  // namespace

Status load_module(Vm& vm, const mpy::Module& module, Value globals, Code** out) {
  ModuleContext* ctx = alloc_obj<ModuleContext>(vm, vm.t_internal);
  if (!ctx) return Status::kRaised;
  ctx->globals = globals;
  size_t nq = module.qstrs.size();
  ctx->qstrs = static_cast<uint32_t*>(alloc_raw(vm, (nq ? nq : 1) * sizeof(uint32_t)));
  if (!ctx->qstrs) return Status::kRaised;
  for (size_t i = 0; i < nq; ++i) {
    const mpy::Qstr& q = module.qstrs[i];
    if (q.static_id) {
      ctx->qstrs[i] = q.static_id;
    } else {
      Value v = CPY_VM_TRY(intern(vm, q.text));
      ctx->qstrs[i] = v.qstr_id();
    }
  }
  ctx->source_file = nq ? ctx->qstrs[0] : vm.q.module_name;
  ctx->n_consts = module.consts.size();
  ctx->consts = static_cast<Value*>(alloc_raw(vm, (ctx->n_consts ? ctx->n_consts : 1) * sizeof(Value)));
  if (!ctx->consts) return Status::kRaised;
  for (size_t i = 0; i < module.consts.size(); ++i) {
    Value c;
    CPY_VM_CHECK(load_const(vm, module.consts[i], &c));
    ctx->consts[i] = c;
  }
  return load_code(vm, module.root, ctx, out);
}

namespace {

// Loads [module] into Code bound to [mod]'s globals, setting __file__.
Status load_root(Vm& vm, const mpy::Module& module, Value mod, Code** root) {
  Value globals = mod.as<Module>()->globals;
  // The interpreter trusts stack depths and slot kinds; a .mpy file is checked first.
  CPY_VM_CHECK(verify_module_stack(vm, module));
  CPY_VM_CHECK(load_module(vm, module, globals, root));
  if (!module.qstrs.empty()) {
    CPY_VM_CHECK(dict_store(vm, globals, Value::qstr(vm.q.file), Value::qstr((*root)->context->source_file)));
  }
  return Status::kOk;
}

Status run_root(Vm& vm, Code* root, Value mod) {
  Value fn = CPY_VM_TRY(new_function(vm, root, mod.as<Module>()->globals));
  Value result;
  return call(vm, fn, Args{}, &result);
}

// Reads and loads the .mpy [data]; the reader's memory is gone on return.
Status load_mpy(Vm& vm, std::span<const uint8_t> data, Value mod, Code** root) {
  // The reader's arrays live in the compile memory, or in GC blocks
  // reachable from this Arena until the loader has copied what it needs.
  Arena arena(compile_block_source(vm), 1024);
  mpy::ReadOptions options;
  options.expect = mpy::Flavour::kCircuitPython;
  auto module = mpy::read_module(data, arena, options);
  if (!module.ok()) {
    if (module.error().code == Errc::kOutOfMemory) {
      set_memory_error(vm);
      return Status::kRaised;
    }
    if (module.error().code == Errc::kWrongFlavour) {
      return raise(vm, Exc::ValueError, "MicroPython .mpy file; use CircuitPython mpy-cross");
    }
    return raise(vm, Exc::ValueError, "incompatible .mpy file");
  }
  return load_root(vm, module.value(), mod, root);
}

}  // namespace

Status exec_module(Vm& vm, const mpy::Module& module, Value mod) {
  Code* root;
  CPY_VM_CHECK(load_root(vm, module, mod, &root));
  return run_root(vm, root, mod);
}

Status exec_mpy(Vm& vm, std::span<const uint8_t> data, Value mod) {
  Code* root;
  CPY_VM_CHECK(load_mpy(vm, data, mod, &root));
  return run_root(vm, root, mod);
}

Status register_module_and_run(Vm& vm, Value mod, Status (*run)(Vm&, const void*, Value), const void* what) {
  Value key = Value::qstr(mod.as<Module>()->name);
  CPY_VM_CHECK(dict_store(vm, vm.modules, key, mod));
  Status s = run(vm, what, mod);
  if (s == Status::kRaised) {
    // A module that failed to run is not left importable.
    Value removed;
    Value saved = take_pending(vm);
    (void)dict_remove(vm, vm.modules, key, &removed);
    vm.pending = saved;
  }
  return s;
}

Status Vm::run_module(const mpy::Module& module, std::string_view name, Value* out) {
  *out = CPY_VM_TRY(new_module(*this, name));
  return register_module_and_run(
      *this, *out,
      [](Vm& vm, const void* m, Value mod) { return exec_module(vm, *static_cast<const mpy::Module*>(m), mod); },
      &module);
}

Status Vm::run_mpy(std::span<const uint8_t> data, std::string_view name, Value* out) {
  *out = CPY_VM_TRY(new_module(*this, name));
  return register_module_and_run(
      *this, *out,
      [](Vm& vm, const void* d, Value mod) {
        return exec_mpy(vm, *static_cast<const std::span<const uint8_t>*>(d), mod);
      },
      &data);
}

/// Creates module [name] with [path] as __path__ when not null, registers it
/// and runs [data] in it.
Status run_mpy_as(Vm& vm, std::span<const uint8_t> data, std::string_view name, Value path, Value* out) {
  *out = CPY_VM_TRY(new_module(vm, name));
  if (!path.is_null()) CPY_VM_CHECK(dict_store(vm, out->as<Module>()->globals, Value::qstr(vm.q.path_attr), path));
  return register_module_and_run(
      vm, *out,
      [](Vm& vm, const void* d, Value mod) {
        return exec_mpy(vm, *static_cast<const std::span<const uint8_t>*>(d), mod);
      },
      &data);
}

}  // namespace cpy::vm
