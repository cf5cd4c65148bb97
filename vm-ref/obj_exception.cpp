// Exception objects: construction, str(), tracebacks and printing.
#include "runtime.h"

namespace cpy::vm {

Value new_exception(Vm& vm, Type* type, size_t n, const Value* args) {
  Instance* e = alloc_obj<Instance>(vm, type);
  if (!e) return Value::null();
  Value ev = Value::object(e);
  Value a = new_tuple(vm, n, args);
  if (a.is_null()) return Value::null();
  ev.as<Instance>()->args = a;
  return ev;
}

Status exception_str(Vm& vm, Value exc, Buf& buf) {
  Instance* e = exc.as<Instance>();
  Tuple* a = e->args.is_object() ? e->args.as<Tuple>() : nullptr;
  if (!a || a->size == 0) return Status::kOk;
  if (a->size == 1) {
    // KeyError shows its key as a repr.
    bool key_error = is_subtype(e->type, vm.exc[size_t(Exc::KeyError)]);
    return repr_into(vm, buf, a->items()[0], !key_error);
  }
  if ((a->size == 2 || a->size == 3) && a->items()[0].is_small_int() &&
      is_subtype(e->type, vm.exc[size_t(Exc::OSError)])) {
    // OSError(errno, strerror[, filename]) reads as "[Errno N] text: 'name'".
    buf.add("[Errno ");
    CPY_VM_CHECK(repr_into(vm, buf, a->items()[0], true));
    buf.add("] ");
    CPY_VM_CHECK(repr_into(vm, buf, a->items()[1], true));
    if (a->size == 3) {
      buf.add(": ");
      CPY_VM_CHECK(repr_into(vm, buf, a->items()[2], false));
    }
    return Status::kOk;
  }
  return repr_into(vm, buf, e->args, false);
}

Status exception_repr(Vm& vm, Value exc, Buf& buf) {
  Instance* e = exc.as<Instance>();
  buf.add(vm.qstrs.text(e->type->name));
  Tuple* a = e->args.is_object() ? e->args.as<Tuple>() : nullptr;
  if (a && a->size == 1) {
    buf.add("(");
    CPY_VM_CHECK(repr_into(vm, buf, a->items()[0], false));
    buf.add(")");
  } else if (a && a->size) {
    CPY_VM_CHECK(repr_into(vm, buf, e->args, false));
  } else {
    buf.add("()");
  }
  return Status::kOk;
}

void exception_add_traceback(Vm& vm, Value exc, uint32_t file, uint32_t line, uint32_t block) {
  if (!exc.is_object() || kind_of(vm, exc) != Kind::kInstance) return;
  Value saved = vm.pending;
  Instance* e = exc.as<Instance>();
  if (e->traceback.is_null()) {
    Value l = new_list(vm, 0);
    if (l.is_null()) {
      vm.pending = saved;
      return;
    }
    e->traceback = l;
  }
  Value items[3] = {Value::small_int(intptr_t(file)), Value::small_int(intptr_t(line)),
                    Value::small_int(intptr_t(block))};
  for (Value v : items) {
    if (list_append(vm, e->traceback, v) == Status::kRaised) break;
  }
  vm.pending = saved;
}

namespace {

void print_one(Vm& vm, Value exc, int depth) {
  Instance* e = exc.as<Instance>();
  if (depth < 8) {
    // Chained exceptions first, as CircuitPython prints them.
    Value inner = Value::null();
    const char* msg = nullptr;
    if (!e->cause.is_null() && !e->cause.is_none()) {
      inner = e->cause;
      msg = "The above exception was the direct cause of the following exception:";
    } else if (!e->suppress_context && !e->context.is_null() && !e->context.is_none()) {
      inner = e->context;
      msg = "During handling of the above exception, another exception occurred:";
    }
    if (!inner.is_null() && is_exception_instance(vm, inner) && inner != exc) {
      print_one(vm, inner, depth + 1);
      vm_write(vm, "\n", true);
      vm_write(vm, msg, true);
      vm_write(vm, "\n\n", true);
    }
  }
  Buf buf(vm);
  if (e->traceback.is_object()) {
    List* tb = e->traceback.as<List>();
    buf.add("Traceback (most recent call last):\n");
    for (size_t i = tb->size; i >= 3; i -= 3) {
      buf.add("  File \"");
      buf.add(vm.qstrs.text(uint32_t(tb->items[i - 3].small_int_value())));
      buf.add("\", line ");
      buf.add_int(tb->items[i - 2].small_int_value());
      // Syntax errors have no function name.
      if (uint32_t block = uint32_t(tb->items[i - 1].small_int_value())) {
        buf.add(", in ");
        buf.add(vm.qstrs.text(block));
      }
      buf.add("\n");
    }
  }
  buf.add(vm.qstrs.text(e->type->name));
  Value s;
  if (to_str(vm, exc, &s) == Status::kOk) {
    std::string_view text = str_view(vm, s);
    if (!text.empty()) {
      buf.add(": ");
      buf.add(text);
    }
  } else {
    vm.pending = Value::null();
  }
  buf.add("\n");
  vm_write(vm, buf.view(), true);
}

Status exc_init(Vm& vm, const Args& args, Value* out) {
  if (kind_of(vm, args[0]) != Kind::kInstance) return raise(vm, Exc::TypeError, "bad exception");
  args[0].as<Instance>()->args = CPY_VM_TRY(new_tuple(vm, args.n - 1, args.items + 1));
  *out = Value::none();
  return Status::kOk;
}

Status exc_str(Vm& vm, const Args& args, Value* out) {
  Buf buf(vm);
  CPY_VM_CHECK(exception_str(vm, args[0], buf));
  *out = CPY_VM_TRY(buf.finish());
  return Status::kOk;
}

Status exc_repr(Vm& vm, const Args& args, Value* out) {
  Buf buf(vm);
  CPY_VM_CHECK(exception_repr(vm, args[0], buf));
  *out = CPY_VM_TRY(buf.finish());
  return Status::kOk;
}

Status exc_with_traceback(Vm&, const Args& args, Value* out) {
  *out = args[0];
  return Status::kOk;
}

}  // namespace

void Vm::print_exception(Value exc) {
  if (!is_exception_instance(*this, exc)) return;
  print_one(*this, exc, 0);
}

constexpr MethodDef kBaseExceptionMethods[] = {
    method_def("__init__", &exc_init, 1, -1),
    method_def("__str__", &exc_str, 1, 1),
    method_def("__repr__", &exc_repr, 1, 1),
    method_def("with_traceback", &exc_with_traceback, 2, 2),
};

bool init_exceptions(Vm& vm) {
  set_methods(vm.exc[size_t(Exc::BaseException)], kBaseExceptionMethods);
  return true;
}

}  // namespace cpy::vm
