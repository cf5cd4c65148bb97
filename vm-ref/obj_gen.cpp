// Generators (and coroutines, which CircuitPython runs as generators):
// a frame on the heap resumed by next(), send(), throw() and close().
#include "runtime.h"

namespace cpy::vm {

Value new_generator(Vm& vm, Frame* frame, uint32_t name) {
  Generator* g = alloc_obj<Generator>(vm, vm.t_generator);
  if (!g) return Value::null();
  g->frame = frame;
  g->name = Value::qstr(name);
  return Value::object(g);
}

Status gen_resume(Vm& vm, Value gen, Value value, Value exc, Value* out, bool* done) {
  Generator* g = gen.as<Generator>();
  *done = false;
  if (g->running) return raise(vm, Exc::ValueError, "generator already executing");
  if (g->finished) {
    if (!exc.is_null()) return raise_value(vm, exc);
    *done = true;
    *out = Value::none();
    return Status::kOk;
  }
  Frame* f = g->frame;
  if (!g->started) {
    if (exc.is_null() && !value.is_null() && !value.is_none()) {
      return raise(vm, Exc::TypeError, "can't send non-None value to a just-started generator");
    }
  } else {
    // The yield's own value is still on the stack: the sent value replaces it.
    *f->sp = value.is_null() ? Value::none() : value;
  }
  g->started = true;
  g->running = true;
  bool yielded = false;
  Status s;
  {
    DepthGuard guard(vm);
    if (guard.too_deep()) {
      g->running = false;
      return raise_recursion(vm);
    }
    s = run_frame(vm, f, exc, out, &yielded);
  }
  g = gen.as<Generator>();
  g->running = false;
  if (s == Status::kRaised) {
    g->finished = true;
    if (pending_is(vm, Exc::StopIteration)) {
      Value stop = take_pending(vm);
      Value msg = CPY_VM_TRY(new_str(vm, "generator raised StopIteration"));
      Value e = CPY_VM_TRY(new_exception(vm, vm.exc[size_t(Exc::RuntimeError)], 1, &msg));
      e.as<Instance>()->cause = stop;
      e.as<Instance>()->suppress_context = true;
      vm.pending = e;
    }
    return Status::kRaised;
  }
  if (!yielded) {
    g->finished = true;
    *done = true;
  }
  return Status::kOk;
}

namespace {

Status stop_with(Vm& vm, Value ret) {
  if (ret.is_none()) return raise_empty(vm, Exc::StopIteration);
  return raise_with(vm, Exc::StopIteration, ret);
}

Status gen_next(Vm& vm, const Args& args, Value* out) {
  bool done;
  CPY_VM_CHECK(gen_resume(vm, args[0], Value::none(), Value::null(), out, &done));
  if (done) return stop_with(vm, *out);
  return Status::kOk;
}

Status gen_send(Vm& vm, const Args& args, Value* out) {
  bool done;
  CPY_VM_CHECK(gen_resume(vm, args[0], args[1], Value::null(), out, &done));
  if (done) return stop_with(vm, *out);
  return Status::kOk;
}

Status gen_throw(Vm& vm, const Args& args, Value* out) {
  Value exc = args[1];
  if (is_exception_type(exc)) {
    Value a[1] = {args.n > 2 ? args[2] : Value::null()};
    CPY_VM_CHECK(call(vm, exc, Args{a, size_t(args.n > 2 && !args[2].is_none() ? 1 : 0), 0}, &exc));
  }
  if (!is_exception_instance(vm, exc)) return raise(vm, Exc::TypeError, "exceptions must derive from BaseException");
  bool done;
  CPY_VM_CHECK(gen_resume(vm, args[0], Value::null(), exc, out, &done));
  if (done) return stop_with(vm, *out);
  return Status::kOk;
}

Status gen_close(Vm& vm, const Args& args, Value* out) {
  Generator* g = args[0].as<Generator>();
  *out = Value::none();
  if (g->finished) return Status::kOk;
  if (!g->started) {
    g->finished = true;
    return Status::kOk;
  }
  Value exc = CPY_VM_TRY(new_exception(vm, vm.exc[size_t(Exc::GeneratorExit)], 0, nullptr));
  bool done;
  Value r;
  if (gen_resume(vm, args[0], Value::null(), exc, &r, &done) == Status::kRaised) {
    if (pending_is(vm, Exc::GeneratorExit) || pending_is(vm, Exc::StopIteration)) {
      vm.pending = Value::null();
      return Status::kOk;
    }
    return Status::kRaised;
  }
  if (!done) return raise(vm, Exc::RuntimeError, "generator ignored GeneratorExit");
  return Status::kOk;
}

Status gen_iter(Vm&, const Args& args, Value* out) {
  *out = args[0];
  return Status::kOk;
}

}  // namespace

constexpr MethodDef kGeneratorMethods[] = {
    method_def("__next__", &gen_next, 1, 1), method_def("send", &gen_send, 2, 2),
    method_def("throw", &gen_throw, 2, 4),   method_def("close", &gen_close, 1, 1),
    method_def("__iter__", &gen_iter, 1, 1), method_def("__await__", &gen_iter, 1, 1),
};

bool init_gen(Vm& vm) {
  set_methods(vm.t_generator, kGeneratorMethods);
  return true;
}

}  // namespace cpy::vm
