// The builtins that compile source at run time: exec, eval and compile.
#include "runtime.h"

namespace cpy::vm {

namespace {

/// What compile() returns: top-level code, and whether it came from an
/// expression (its value is the result of eval()).
struct CodeObject : Obj {
  Code* code;
  bool expression;
};

Status source_text(Vm& vm, Value v, std::string_view* out) {
  if (is_str(vm, v)) {
    *out = str_view(vm, v);
  } else if (is_bytes(vm, v)) {
    *out = bytes_view(vm, v);
  } else {
    return raise(vm, Exc::TypeError, "source must be str, bytes or a code object, not %T", v);
  }
  return Status::kOk;
}

// The namespaces of exec()/eval(): explicit ones, or the caller's.
Status namespaces(Vm& vm, const Args& args, Value* globals, Value* locals) {
  *globals = args.n > 1 ? args[1] : Value::none();
  *locals = args.n > 2 ? args[2] : Value::none();
  if (globals->is_none()) {
    *globals = vm.frame ? vm.frame->globals : vm.builtins;
    if (locals->is_none()) *locals = vm.frame ? vm.frame->locals : *globals;
  } else if (kind_of(vm, *globals) != Kind::kDict) {
    return raise(vm, Exc::TypeError, "globals must be a dict");
  }
  if (locals->is_none()) *locals = *globals;
  return Status::kOk;
}

bool is_code_object(Vm& vm, Value v) { return is_obj_of(v, vm.t_code); }

Status run(Vm& vm, const Args& args, bool want_value, Value* out) {
  Value globals, locals;
  CPY_VM_CHECK(namespaces(vm, args, &globals, &locals));
  Code* code;
  bool expression = want_value;
  if (is_code_object(vm, args[0])) {
    code = args[0].as<CodeObject>()->code;
    expression = args[0].as<CodeObject>()->expression;
  } else {
    std::string_view text;
    CPY_VM_CHECK(source_text(vm, args[0], &text));
    // The text may live in a heap object: keep it reachable while compiling.
    Value keep = args[0];
    if (want_value) {
      while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
      CPY_VM_CHECK(compile_expression(vm, text, "<string>", globals, &code));
    } else {
      CPY_VM_CHECK(compile_source(vm, text, "<string>", globals, &code));
    }
    (void)keep;
  }
  if (expression) {
    Value v;
    CPY_VM_CHECK(eval_code(vm, code, globals, locals, &v));
    *out = want_value ? v : Value::none();
    return Status::kOk;
  }
  Value ignored;
  CPY_VM_CHECK(run_code(vm, code, globals, locals, &ignored));
  *out = Value::none();
  return Status::kOk;
}

}  // namespace

Status builtin_exec(Vm& vm, const Args& args, Value* out) { return run(vm, args, false, out); }

Status builtin_eval(Vm& vm, const Args& args, Value* out) { return run(vm, args, true, out); }

/// compile(source, filename, mode): mode "exec", "eval" or "single".
Status builtin_compile(Vm& vm, const Args& args, Value* out) {
  std::string_view text;
  CPY_VM_CHECK(source_text(vm, args[0], &text));
  if (!is_str(vm, args[1]) || !is_str(vm, args[2])) return raise(vm, Exc::TypeError, "compile() arguments must be str");
  std::string_view file = str_view(vm, args[1]);
  std::string_view mode = str_view(vm, args[2]);
  Value globals = vm.frame ? vm.frame->globals : vm.builtins;
  Code* code;
  bool expression = mode == "eval";
  if (expression) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    CPY_VM_CHECK(compile_expression(vm, text, file, globals, &code));
  } else if (mode == "exec" || mode == "single") {
    CPY_VM_CHECK(compile_source(vm, text, file, globals, &code));
  } else {
    return raise(vm, Exc::ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  CodeObject* c = alloc_obj<CodeObject>(vm, vm.t_code);
  if (!c) return Status::kRaised;
  c->code = code;
  c->expression = expression;
  *out = Value::object(c);
  return Status::kOk;
}

}  // namespace cpy::vm
