// Python source at run time: compiling it (with compiler/) into Code on the
// heap, running it as a module, and the REPL's one-input step.
#include <cstring>

#include "cpy/compiler/compile.h"
#include "cpy/compiler/parser.h"
#include "runtime.h"

namespace cpy::vm {

namespace {

// Raises what the compiler reported, with the traceback entry CircuitPython
// gives it: the file and line, and no function name for parse errors.
Status raise_compile_error(Vm& vm, const Error& error, std::string_view file, std::string_view scope) {
  if (error.code == Errc::kOutOfMemory) {
    set_memory_error(vm);
    return Status::kRaised;
  }
  std::string_view kind = compiler::error_exception_name(error);
  Exc exc = Exc::SyntaxError;
  if (kind == "IndentationError") {
    exc = Exc::IndentationError;
  } else if (kind == "NotImplementedError") {
    exc = Exc::NotImplementedError;
  } else if (kind == "RuntimeError") {
    exc = Exc::RuntimeError;
  } else if (kind == "MemoryError") {
    exc = Exc::MemoryError;
  }
  (void)raise(vm, exc, "%s", error.message);
  if (compiler::parse_error_has_line(error) || !scope.empty()) {
    Value f = intern(vm, file);
    Value b = scope.empty() ? Value::qstr(0) : intern(vm, scope);
    if (!f.is_null() && !b.is_null()) {
      Value e = take_pending(vm);
      exception_add_traceback(vm, e, f.qstr_id(), uint32_t(error.offset), b.qstr_id());
      vm.pending = e;
    }
  }
  return Status::kRaised;
}

}  // namespace

Status compile_source(Vm& vm, std::string_view source, std::string_view file, Value globals, Code** out) {
  // With heap memory the arena's blocks stay reachable through this frame
  // (conservative stack scan) until the loader has copied the module.
  Arena arena(compile_block_source(vm), 4096);
  compiler::CompileOptions options;
  options.target = compiler::ParserTarget::kCircuitPython;
  options.input_path = file;
  options.source_name = file;
  std::string_view scope;
  auto module = compiler::compile_module(source, arena, options, &scope);
  if (!module.ok()) return raise_compile_error(vm, module.error(), file, scope);
  return load_module(vm, module.value(), globals, out);
}

Status run_code(Vm& vm, Code* code, Value globals, Value locals, Value* out) {
  Value fn = CPY_VM_TRY(new_function(vm, code, globals));
  if (locals.is_null() || locals == globals) return call(vm, fn, Args{}, out);
  DepthGuard guard(vm);
  if (guard.too_deep()) return raise_recursion(vm);
  Frame* f = make_frame(vm, fn.as<Function>(), Args{});
  if (!f) return Status::kRaised;
  f->locals = locals;
  bool yielded = false;
  return run_frame(vm, f, Value::null(), out, &yielded);
}

namespace {

struct SourceJob {
  std::string_view source;
  std::string_view file;
};

Status exec_source(Vm& vm, const void* what, Value mod) {
  const auto* job = static_cast<const SourceJob*>(what);
  Value globals = mod.as<Module>()->globals;
  Value file = CPY_VM_TRY(intern(vm, job->file));
  CPY_VM_CHECK(dict_store(vm, globals, Value::qstr(vm.q.file), file));
  Code* code;
  CPY_VM_CHECK(compile_source(vm, job->source, job->file, globals, &code));
  Value result;
  return run_code(vm, code, globals, globals, &result);
}

// Wraps an expression so that file-mode compilation evaluates it into a
// name: the compiler's entry point takes whole modules only.
constexpr std::string_view kEvalName = "__cpy_eval__";

}  // namespace

Status run_source_as(Vm& vm, std::string_view source, std::string_view file, std::string_view name, Value path,
                     Value* out) {
  *out = CPY_VM_TRY(new_module(vm, name));
  if (!path.is_null()) CPY_VM_CHECK(dict_store(vm, out->as<Module>()->globals, Value::qstr(vm.q.path_attr), path));
  SourceJob job{source, file};
  return register_module_and_run(vm, *out, &exec_source, &job);
}

Status compile_expression(Vm& vm, std::string_view source, std::string_view file, Value globals, Code** out) {
  // Leading blanks are allowed in eval(), as in CPython; the newline before
  // the closing parenthesis ends a trailing comment.
  Buf text(vm);
  text.add(kEvalName);
  text.add("=(");
  text.add(source);
  text.add("\n)\n");
  if (text.failed) return Status::kRaised;
  Value s = CPY_VM_TRY(text.finish());
  return compile_source(vm, str_view(vm, s), file, globals, out);
}

Status eval_code(Vm& vm, Code* code, Value globals, Value locals, Value* out) {
  // The expression stores its value into a scratch namespace that sees
  // [locals]' names.
  Value scratch = CPY_VM_TRY(new_dict(vm));
  if (!locals.is_null() && locals != globals) CPY_VM_CHECK(dict_update(vm, scratch, locals));
  Value ignored;
  CPY_VM_CHECK(run_code(vm, code, globals, scratch, &ignored));
  Value key = CPY_VM_TRY(intern(vm, kEvalName));
  CPY_VM_CHECK(dict_get(vm, scratch, key, out));
  if (out->is_null()) *out = Value::none();
  return Status::kOk;
}

Status Vm::run_source(std::string_view source, std::string_view file, std::string_view name, Value* out) {
  return run_source_as(*this, source, file, name, Value::null(), out);
}

Status Vm::run_interactive(std::string_view source, Value* module) {
  Vm& vm = *this;
  if (module->is_null()) {
    Value key = CPY_VM_TRY(intern(vm, "__main__"));
    CPY_VM_CHECK(dict_get(vm, modules, key, module));
    if (module->is_null()) {
      *module = CPY_VM_TRY(new_module(vm, "__main__"));
      CPY_VM_CHECK(dict_store(vm, modules, key, *module));
    }
  }
  Value globals = module->as<Module>()->globals;
  // An expression prints its value; anything else runs as statements. A
  // source that is not an expression fails to compile that way, and that
  // failure is not the user's error.
  Code* code = nullptr;
  bool expression = compile_expression(vm, source, "<stdin>", globals, &code) == Status::kOk;
  if (!expression) {
    if (pending_is(vm, Exc::MemoryError)) return Status::kRaised;
    pending = Value::null();
    CPY_VM_CHECK(compile_source(vm, source, "<stdin>", globals, &code));
    Value ignored;
    return run_code(vm, code, globals, globals, &ignored);
  }
  Value v;
  CPY_VM_CHECK(eval_code(vm, code, globals, globals, &v));
  if (v.is_none()) return Status::kOk;
  // CircuitPython keeps the last result in `_` only in some builds; not here.
  Value r;
  CPY_VM_CHECK(repr(vm, v, &r));
  vm_write(vm, str_view(vm, r));
  vm_write(vm, "\n");
  return Status::kOk;
}

}  // namespace cpy::vm
