// compile_module(): lex, parse, then the compile stage: the scope pass over
// every scope, local numbering, then the stack-size, code-size and emit
// passes per scope, and finally the mpy::Module with its tables.
#include "cpy/compiler/compile.h"

#include "compiler_state.h"
#include "cpy/compiler/lexer.h"

namespace cpy::compiler {

namespace {

// Lexer memory allowed per byte of the reference's heap: far more than any
// source that the reference can compile needs.
constexpr size_t kLexerMemoryPerHeapByte = 8;

// The lexer's blocks come from where the module's come from, so a caller
// that supplies the memory (the VM's heap, a device's buffer) supplies all
// of it. An arena over a fixed buffer lends part of that buffer instead,
// given back only with the module's arena.
BlockSource lexer_blocks(Arena& module_arena) {
  if (module_arena.source().allocate) return module_arena.source();
  BlockSource lend;
  lend.allocate = [](size_t size, void* context) { return static_cast<Arena*>(context)->allocate(size, 16); };
  lend.release = [](void*, void*) {};
  lend.context = &module_arena;
  return lend;
}

Result<KnownNames> intern_known_names(QstrTable& qstrs) {
  KnownNames names;
  struct Entry {
    const Qstr** slot;
    std::string_view text;
  };
  const Entry entries[] = {
      {&names.empty, ""},
      {&names.star, "*"},
      {&names.module, "<module>"},
      {&names.lambda, "<lambda>"},
      {&names.listcomp, "<listcomp>"},
      {&names.dictcomp, "<dictcomp>"},
      {&names.setcomp, "<setcomp>"},
      {&names.genexpr, "<genexpr>"},
      {&names.dunder_class, "__class__"},
      {&names.dunder_name, "__name__"},
      {&names.dunder_module, "__module__"},
      {&names.dunder_qualname, "__qualname__"},
      {&names.super, "super"},
      {&names.range, "range"},
      {&names.micropython, "micropython"},
      {&names.bytecode, "bytecode"},
      {&names.native, "native"},
      {&names.viper, "viper"},
      {&names.asm_thumb, "asm_thumb"},
      {&names.asm_xtensa, "asm_xtensa"},
      {&names.asm_rv32, "asm_rv32"},
      {&names.assertion_error, "AssertionError"},
      {&names.stop_async_iteration, "StopAsyncIteration"},
      {&names.base_exception, "BaseException"},
      {&names.aiter, "__aiter__"},
      {&names.anext, "__anext__"},
      {&names.aenter, "__aenter__"},
      {&names.aexit, "__aexit__"},
      {&names.await, "__await__"},
  };
  for (const Entry& entry : entries) *entry.slot = CPY_TRY(qstrs.intern(entry.text));
  return names;
}

// Numbers the locals of [scope]: parameters first (with *args moved after
// the other positional ones), then other locals, then cells; free variables
// go before everything, in the order of the parent's cells.
void compute_locals(Scope* scope, const Qstr* dunder_class) {
  if (scope->scope_flags & kScopeFlagVarArgs) {
    IdInfo* last_param = nullptr;
    for (int i = int(scope->id_count) - 1; i >= 0; --i) {
      IdInfo* id = &scope->ids[i];
      if (id->flags & kIdStarParam) {
        if (last_param) {
          IdInfo swap = *last_param;
          *last_param = *id;
          *id = swap;
        }
        break;
      }
      if (!last_param && id->flags == kIdParam) last_param = id;
    }
  }

  scope->num_locals = 0;
  for (uint16_t i = 0; i < scope->id_count; ++i) {
    IdInfo* id = &scope->ids[i];
    // A class's __class__ is no local; if used it becomes a cell.
    if (scope->kind == ScopeKind::kClass && id->name == dunder_class) continue;
    if (is_function_like(scope->kind) && id->kind == IdKind::kGlobalImplicit) id->kind = IdKind::kGlobalExplicit;
    // Parameters take a local slot even when they are cells.
    if (id->kind == IdKind::kLocal || (id->flags & kIdParam)) id->local_num = scope->num_locals++;
  }
  for (uint16_t i = 0; i < scope->id_count; ++i) {
    IdInfo* id = &scope->ids[i];
    if (id->kind == IdKind::kCell && !(id->flags & kIdParam)) id->local_num = scope->num_locals++;
  }
  if (!scope->parent) return;
  uint16_t num_free = 0;
  for (uint16_t i = 0; i < scope->parent->id_count; ++i) {
    const IdInfo& outer = scope->parent->ids[i];
    if (outer.kind != IdKind::kCell && outer.kind != IdKind::kFree) continue;
    for (uint16_t j = 0; j < scope->id_count; ++j) {
      IdInfo* id = &scope->ids[j];
      if (id->kind == IdKind::kFree && id->name == outer.name) id->local_num = num_free++;
    }
  }
  if (num_free > 0) {
    for (uint16_t i = 0; i < scope->id_count; ++i) {
      IdInfo* id = &scope->ids[i];
      if (id->kind != IdKind::kFree || (id->flags & kIdParam)) id->local_num += num_free;
    }
    scope->num_pos_args += num_free;  // free variables are passed in like arguments
    scope->num_locals += num_free;
  }
}

}  // namespace

/// The raw code of one scope, filled in as its emit pass finishes.
struct RawCodeSlot {
  mpy::RawCode code;
  Scope* const* children = nullptr;
  uint32_t child_count = 0;
};

namespace {

Result<mpy::RawCode> finish_raw_code(Arena& arena, ModuleTables& tables, const Scope* scope, uint16_t flag_mask,
                                     const EmittedCode& code, const Qstr* star_name) {
  mpy::RawCode rc;
  rc.kind = mpy::CodeKind::kBytecode;
  rc.signature = scope->signature(flag_mask);
  rc.simple_name = tables.use_qstr(scope->simple_name);
  uint32_t n_args = uint32_t(scope->num_pos_args) + scope->num_kwonly_args;
  uint32_t n_cells = scope->cell_count();
  uint32_t* arg_names = arena.make_array<uint32_t>(n_args ? n_args : 1);
  uint8_t* cells = arena.make_array<uint8_t>(n_cells ? n_cells : 1);
  if (!arg_names || !cells) return fail(Errc::kOutOfMemory, 0, "memory allocation failed");
  for (uint32_t i = 0; i < n_args; ++i) {
    const Qstr* name = scope->param_name(i);
    arg_names[i] = tables.use_qstr(name ? name : star_name);  // "*" for a slot with no name
  }
  for (uint16_t j = 0, k = 0; j < scope->id_count; ++j) {
    if (scope->ids[j].kind == IdKind::kCell) cells[k++] = uint8_t(scope->ids[j].local_num);
  }
  rc.arg_names = {arg_names, n_args};
  rc.cells = {cells, n_cells};
  rc.line_info = code.line_info;
  rc.bytecode = code.bytecode;
  return rc;
}

}  // namespace

Result<mpy::Module> compile_module(std::string_view source, Arena& arena, const CompileOptions& options,
                                   std::string_view* error_scope) {
  if (error_scope) *error_scope = {};
  QstrTable qstrs(arena);
  const std::string_view preinterned[] = {options.input_path, options.source_name};
  ParseOptions parse_options;
  parse_options.target = options.target;
  parse_options.small_int_bits = options.small_int_bits;
  parse_options.preinterned = preinterned;
  parse_options.reference_heap_size = options.reference_heap_size;
  LexerOptions lexer_options;
  lexer_options.optimise_level = options.optimise_level;
  lexer_options.target = options.target;
  // The lexer gets an arena of its own with a bound: some malformed
  // f-strings make the reference's lexer grow a buffer until its heap is
  // full, and ours follows it that far but no further. Nothing in the
  // module points into this arena.
  size_t heap = options.reference_heap_size;
  size_t lexer_limit = heap && heap <= SIZE_MAX / kLexerMemoryPerHeapByte ? kLexerMemoryPerHeapByte * heap : SIZE_MAX;
  Arena lexer_arena(lexer_blocks(arena), 4096, lexer_limit);
  Lexer lexer(source, lexer_arena, lexer_options);
  ParseTree tree = CPY_TRY(parse(lexer, arena, qstrs, parse_options));

  KnownNames names = CPY_TRY(intern_known_names(qstrs));
  const Qstr* source_file = CPY_TRY(qstrs.intern(options.source_name));
  ModuleTables tables(arena);
  tables.use_qstr(source_file);  // the file name is always entry 0
  const bool circuitpython = options.target == ParserTarget::kCircuitPython;
  // CircuitPython's signature keeps its async flag; MicroPython's has none.
  const uint16_t flag_mask = circuitpython ? 0x1f : 0x0f;
  Emitter emit(arena, tables, options.optimise_level, flag_mask);
  emit.star_name = names.star;
  Compiler comp(arena, qstrs, tables, options, names, emit);

  Scope* module_scope = comp.new_scope(ScopeKind::kModule, tree.root);
  if (!module_scope) return fail(Errc::kOutOfMemory, 0, "memory allocation failed");

  // Pass 1: scopes and names, for every scope (a scope's pass may add more).
  uint32_t max_labels = 0;
  for (Scope* s = comp.scope_head; s && !comp.failed(); s = s->next) {
    comp.compile_scope(s, Pass::kScope);
    // Names used but never bound here may belong to an enclosing function.
    for (uint16_t i = 0; i < s->id_count; ++i) {
      if (s->ids[i].kind == IdKind::kGlobalImplicit && !check_to_close_over(arena, s, &s->ids[i])) comp.out_of_memory();
    }
    if (comp.next_label > max_labels) max_labels = comp.next_label;
  }
  for (Scope* s = comp.scope_head; s && !comp.failed(); s = s->next) compute_locals(s, names.dunder_class);
  if (!comp.failed() && !emit.set_max_labels(max_labels)) comp.out_of_memory();

  // Passes 2-4 for each scope in turn: stack size, code size, then emit
  // until the code stops shrinking.
  uint32_t scope_count = 0;
  for (Scope* s = comp.scope_head; s; s = s->next) ++scope_count;
  for (Scope* s = comp.scope_head; s && !comp.failed(); s = s->next) {
    RawCodeSlot* slot = arena.make_array<RawCodeSlot>(1);
    if (!slot) {
      comp.out_of_memory();
      break;
    }
    s->raw_code = slot;
    comp.compile_scope(s, Pass::kStackSize);
    if (!comp.failed()) comp.compile_scope(s, Pass::kCodeSize);
    if (!comp.failed()) {
      while (!comp.compile_scope(s, Pass::kEmit)) {
      }
    }
    if (comp.failed()) break;
    if (emit.overflowed()) {
      comp.error = Errc::kTooDeep;
      comp.error_message = "bytecode overflow";
      break;
    }
    Result<mpy::RawCode> rc = finish_raw_code(arena, tables, s, flag_mask, emit.code(), names.star);
    if (!rc) {
      comp.out_of_memory();
      break;
    }
    slot->code = rc.value();
    slot->child_count = emit.child_count();
    Scope** children = arena.make_array<Scope*>(slot->child_count ? slot->child_count : 1);
    if (!children) {
      comp.out_of_memory();
      break;
    }
    for (uint32_t i = 0; i < slot->child_count; ++i) children[i] = emit.children()[i];
    slot->children = children;
  }

  if (comp.failed()) {
    // Without a better line, the error is at the start of the scope.
    if (comp.scope_cur) comp.set_error_line(comp.scope_cur->pn);
    if (error_scope && comp.scope_cur) *error_scope = comp.scope_cur->simple_name->text();
    Error error = fail(comp.error, comp.error_line, comp.error_message);
    return error;
  }

  // Children are made after their parents, so filling the raw codes from
  // the last scope back gives each parent complete children to copy.
  Scope** order = arena.make_array<Scope*>(scope_count);
  if (!order) return fail(Errc::kOutOfMemory, 0, "memory allocation failed");
  uint32_t n = 0;
  for (Scope* s = comp.scope_head; s; s = s->next) order[n++] = s;
  for (uint32_t i = n; i-- > 0;) {
    RawCodeSlot* slot = order[i]->raw_code;
    mpy::RawCode* children = arena.make_array<mpy::RawCode>(slot->child_count ? slot->child_count : 1);
    if (!children) return fail(Errc::kOutOfMemory, 0, "memory allocation failed");
    for (uint32_t c = 0; c < slot->child_count; ++c) children[c] = slot->children[c]->raw_code->code;
    slot->code.children = {children, slot->child_count};
  }

  mpy::Module module;
  module.header.flavour = circuitpython ? mpy::Flavour::kCircuitPython : mpy::Flavour::kMicroPython;
  module.header.small_int_bits = uint8_t(options.small_int_bits);
  module.root = module_scope->raw_code->code;
  module.qstrs = CPY_TRY(tables.qstr_table());
  module.consts = CPY_TRY(tables.const_table());
  if (tables.out_of_memory()) return fail(Errc::kOutOfMemory, 0, "memory allocation failed");
  return module;
}

std::string_view error_exception_name(const Error& error) {
  switch (error.code) {
    case Errc::kSyntaxError:
      return "SyntaxError";
    case Errc::kIndentationError:
      return "IndentationError";
    case Errc::kNotImplemented:
      return "NotImplementedError";
    case Errc::kTooDeep:
      return "RuntimeError";
    default:
      return "MemoryError";
  }
}

}  // namespace cpy::compiler
