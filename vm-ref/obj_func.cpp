// Functions and closures: argument binding into a new frame, and calls.
#include <cstring>

#include "runtime.h"

namespace cpy::vm {

namespace {

std::string_view fn_name(Vm& vm, Function* fn) { return vm.qstrs.text(fn->code->name); }

Value* local_slot(Frame* f, size_t i) { return &f->state[f->n_state - 1 - i]; }

}  // namespace

Frame* make_frame(Vm& vm, Function* fn, const Args& args, bool on_stack) {
  Code* code = fn->code;
  const mpy::Signature& sig = code->sig;
  size_t n_state = sig.n_state;
  size_t bytes = sizeof(Frame) + n_state * sizeof(Value) + sig.n_exc_stack * sizeof(ExcBlock);
  Frame* f = nullptr;
  if (on_stack && vm.config.frame_stack) {
    size_t need = (bytes + 15) & ~size_t(15);
    if (need <= vm.config.frame_stack_size - vm.frame_stack_used) {
      f = reinterpret_cast<Frame*>(static_cast<uint8_t*>(vm.config.frame_stack) + vm.frame_stack_used);
      vm.frame_stack_used += need;
      std::memset(static_cast<void*>(f), 0, bytes);
    }
  }
  if (!f) f = static_cast<Frame*>(alloc_raw(vm, bytes));
  if (!f) return nullptr;
  f->type = vm.t_internal;
  f->code = code;
  f->globals = fn->globals;
  f->locals = fn->globals;
  f->state = reinterpret_cast<Value*>(f + 1);
  f->exc = reinterpret_cast<ExcBlock*>(f->state + n_state);
  f->exc_top = -1;
  f->n_state = n_state;
  f->ip = code->bytecode;
  f->last_ip = code->bytecode;
  f->sp = f->state - 1;

  size_t n_pos = sig.n_pos_args;
  size_t n_kwonly = sig.n_kwonly_args;
  size_t n_closed = fn->n_closed;
  size_t given = n_closed + args.n;
  bool varargs = sig.scope_flags & mpy::kScopeVarArgs;
  bool varkw = sig.scope_flags & mpy::kScopeVarKeywords;
  size_t varargs_slot = n_pos + n_kwonly;
  size_t varkw_slot = varargs_slot + (varargs ? 1 : 0);
  size_t visible_pos = n_pos - n_closed;  // what the user wrote, for messages

  auto positional = [&](size_t i) { return i < n_closed ? fn->closed()[i] : args.items[i - n_closed]; };

  if (given > n_pos) {
    if (!varargs) {
      size_t n_def = sig.n_def_pos_args;
      std::string_view name = fn_name(vm, fn);
      if (n_def) {
        (void)raise(vm, Exc::TypeError, "%V() takes from %d to %d positional arguments but %d were given", &name,
                    int(visible_pos - n_def), int(visible_pos), int(args.n));
      } else {
        (void)raise(vm, Exc::TypeError, "%V() takes %d positional argument%s but %d %s given", &name, int(visible_pos),
                    visible_pos == 1 ? "" : "s", int(args.n), args.n == 1 ? "was" : "were");
      }
      return nullptr;
    }
    Value extra = new_tuple(vm, given - n_pos, args.items + (n_pos - n_closed));
    if (extra.is_null()) return nullptr;
    *local_slot(f, varargs_slot) = extra;
  } else if (varargs) {
    *local_slot(f, varargs_slot) = vm.empty_tuple;
  }
  size_t n_copy = given < n_pos ? given : n_pos;
  for (size_t i = 0; i < n_copy; ++i) *local_slot(f, i) = positional(i);

  Value kwdict = Value::null();
  if (varkw) {
    kwdict = new_dict(vm);
    if (kwdict.is_null()) return nullptr;
    *local_slot(f, varkw_slot) = kwdict;
  }
  for (size_t k = 0; k < args.n_kw; ++k) {
    Value name = args.kw_name(k);
    size_t j = 0;
    for (; j < n_pos + n_kwonly; ++j) {
      if (Value::qstr(code->arg_names[j]) == name) break;
    }
    if (j < n_pos + n_kwonly) {
      if (!local_slot(f, j)->is_null()) {
        std::string_view fname = fn_name(vm, fn);
        (void)raise(vm, Exc::TypeError, "%V() got multiple values for argument '%q'", &fname, name.qstr_id());
        return nullptr;
      }
      *local_slot(f, j) = args.kw_value(k);
      continue;
    }
    if (!varkw) {
      std::string_view fname = fn_name(vm, fn);
      (void)raise(vm, Exc::TypeError, "%V() got an unexpected keyword argument '%q'", &fname, name.qstr_id());
      return nullptr;
    }
    Value existing;
    if (dict_get(vm, kwdict, name, &existing) == Status::kRaised) return nullptr;
    if (!existing.is_null()) {
      std::string_view fname = fn_name(vm, fn);
      (void)raise(vm, Exc::TypeError, "%V() got multiple values for keyword argument '%q'", &fname, name.qstr_id());
      return nullptr;
    }
    if (dict_store(vm, kwdict, name, args.kw_value(k)) == Status::kRaised) return nullptr;
  }

  // Defaults fill the last n_def_pos_args positional parameters.
  size_t n_def = sig.n_def_pos_args;
  if (n_def && fn->defaults.is_object()) {
    Tuple* d = fn->defaults.as<Tuple>();
    for (size_t i = n_pos - n_def; i < n_pos; ++i) {
      Value* slot = local_slot(f, i);
      if (slot->is_null()) *slot = d->items()[i - (n_pos - n_def)];
    }
  }
  size_t missing = 0;
  for (size_t i = 0; i < n_pos; ++i) missing += local_slot(f, i)->is_null();
  if (missing) {
    std::string_view fname = fn_name(vm, fn);
    Buf names(vm);
    size_t seen = 0;
    for (size_t i = 0; i < n_pos; ++i) {
      if (!local_slot(f, i)->is_null()) continue;
      if (seen) names.add(seen + 1 == missing ? (missing > 2 ? ", and " : " and ") : ", ");
      names.add("'");
      names.add(vm.qstrs.text(code->arg_names[i]));
      names.add("'");
      ++seen;
    }
    std::string_view list = names.view();
    (void)raise(vm, Exc::TypeError, "%V() missing %d required positional argument%s: %V", &fname, int(missing),
                missing == 1 ? "" : "s", &list);
    return nullptr;
  }
  for (size_t i = n_pos; i < n_pos + n_kwonly; ++i) {
    Value* slot = local_slot(f, i);
    if (!slot->is_null()) continue;
    if (fn->kwdefaults.is_object()) {
      Value v;
      if (dict_get(vm, fn->kwdefaults, Value::qstr(code->arg_names[i]), &v) == Status::kRaised) return nullptr;
      if (!v.is_null()) {
        *slot = v;
        continue;
      }
    }
    std::string_view fname = fn_name(vm, fn);
    (void)raise(vm, Exc::TypeError, "%V() missing 1 required keyword-only argument: '%q'", &fname, code->arg_names[i]);
    return nullptr;
  }
  for (size_t c = 0; c < code->n_cells; ++c) {
    Cell* cell = alloc_obj<Cell>(vm, vm.t_cell);
    if (!cell) return nullptr;
    Value* slot = local_slot(f, code->cells[c]);
    cell->value = *slot;
    *slot = Value::object(cell);
  }
  return f;
}

Status call_function(Vm& vm, Function* fn, const Args& args, Value* out) {
  if (poll_due(vm)) CPY_VM_CHECK(poll(vm));
  if (fn->code->sig.scope_flags & (mpy::kScopeGenerator | mpy::kScopeAsync)) {
    // A generator's frame outlives the call: it lives on the heap.
    Frame* f = make_frame(vm, fn, args);
    if (!f) return Status::kRaised;
    *out = CPY_VM_TRY(new_generator(vm, f, fn->code->name));
    return Status::kOk;
  }
  size_t mark = vm.frame_stack_used;
  Frame* f = make_frame(vm, fn, args, true);
  Status s = Status::kRaised;
  if (f) {
    bool yielded = false;
    s = run_frame(vm, f, Value::null(), out, &yielded);
  }
  vm.frame_stack_used = mark;
  return s;
}

}  // namespace cpy::vm
