// The compile stage's state and the functions it is split into: one
// Compiler walks the parse tree once per pass and scope, driving the Emitter
// (compile_stmt.cpp: statements; compile_expr.cpp: expressions;
// compile_scope.cpp: scopes, parameters and the pass loop).
#pragma once

#include <cstdint>

#include "emitter.h"
#include "scope.h"
#include "cpy/compiler/compile.h"
#include "cpy/compiler/parse_node.h"

namespace cpy::compiler {

/// Names the compiler refers to by value, interned once.
struct KnownNames {
  const Qstr* empty;
  const Qstr* star;
  const Qstr* module;
  const Qstr* lambda;
  const Qstr* listcomp;
  const Qstr* dictcomp;
  const Qstr* setcomp;
  const Qstr* genexpr;
  const Qstr* dunder_class;
  const Qstr* dunder_name;
  const Qstr* dunder_module;
  const Qstr* dunder_qualname;
  const Qstr* super;
  const Qstr* range;
  const Qstr* micropython;
  const Qstr* bytecode;
  const Qstr* native;
  const Qstr* viper;
  const Qstr* asm_thumb;
  const Qstr* asm_xtensa;
  const Qstr* asm_rv32;
  const Qstr* assertion_error;
  const Qstr* stop_async_iteration;
  const Qstr* base_exception;
  const Qstr* aiter;
  const Qstr* anext;
  const Qstr* aenter;
  const Qstr* aexit;
  const Qstr* await;
};

inline constexpr uint32_t kInvalidLabel = 0xffff;

enum class AssignKind : uint8_t { kStore, kAugLoad, kAugStore };

struct Compiler {
  Compiler(Arena& arena, QstrTable& qstrs, ModuleTables& tables, const CompileOptions& options, const KnownNames& names,
           Emitter& emit)
      : arena(arena), qstrs(qstrs), tables(tables), options(options), names(names), emit(emit) {}

  Arena& arena;
  QstrTable& qstrs;
  ModuleTables& tables;
  const CompileOptions& options;
  const KnownNames& names;
  Emitter& emit;

  Pass pass = Pass::kScope;
  bool have_star = false;
  uint16_t num_dict_params = 0;
  uint16_t num_default_params = 0;
  uint32_t next_label = 0;
  uint32_t break_label = kInvalidLabel;
  uint32_t continue_label = kInvalidLabel;
  uint16_t cur_except_level = 0;
  uint16_t break_continue_except_level = 0;
  Scope* scope_head = nullptr;  // all scopes in creation order, linked by Scope::next
  Scope* scope_tail = nullptr;
  Scope* scope_cur = nullptr;
  uint32_t depth = 0;  // nesting of compile_node, bounded so the C stack is too

  // The first error, and the best guess of its line.
  Errc error = Errc::kOk;
  const char* error_message = "";
  uint32_t error_line = 0;

  bool is_circuitpython() const { return options.target == ParserTarget::kCircuitPython; }
  bool failed() const { return error != Errc::kOk; }
  uint32_t new_label() { return next_label++; }

  // --- errors (compile_scope.cpp) ---
  void set_error_line(Node pn);
  void syntax_error(Node pn, const char* message);
  void out_of_memory();

  // --- scopes and names (compile_scope.cpp) ---
  Scope* new_scope(ScopeKind kind, Node pn);
  IdInfo* id_for_modification(Scope* scope, const Qstr* name);
  void load_id(const Qstr* name);
  void store_id(const Qstr* name);
  void delete_id(const Qstr* name);
  void id_op(IdOp op, const Qstr* name);
  void increase_except_level(uint32_t label, BlockKind kind);
  void decrease_except_level();
  void declare_global(Node pn, IdInfo* id);
  void declare_nonlocal(Node pn, IdInfo* id);
  bool compile_scope(Scope* scope, Pass pass);
  void compile_scope_param(Node pn, Rule name_rule, Rule star_rule);
  void compile_comprehension_iter(const StructNode* comp_for, Node inner_expr, uint32_t for_depth);

  // --- dispatch (compile_expr.cpp) ---
  void compile_node(Node pn);
  void compile_struct(const StructNode* pns);
  void compile_generic_all_nodes(const StructNode* pns);

  // --- statements (compile_stmt.cpp) ---
  void compile_statement(const StructNode* pns, CompileTag tag);
  void compile_decorated(const StructNode* pns);
  void compile_funcdef(const StructNode* pns);
  void compile_classdef(const StructNode* pns);
  const Qstr* compile_funcdef_helper(const StructNode* pns);
  const Qstr* compile_classdef_helper(const StructNode* pns);
  void compile_funcdef_lambdef(Scope* scope, Node params, Rule list_rule);
  void compile_funcdef_lambdef_param(Node pn);
  void close_over_variables(Scope* this_scope, uint32_t n_pos_defaults, uint32_t n_kw_defaults);
  void compile_expr_stmt(const StructNode* pns);
  void compile_del_stmt(const StructNode* pns);
  void delete_target(Node pn);
  void compile_break_cont_stmt(const StructNode* pns);
  void compile_return_stmt(const StructNode* pns);
  void compile_raise_stmt(const StructNode* pns);
  void compile_import_name(const StructNode* pns);
  void compile_dotted_as_name(Node pn);
  void do_import_name(Node pn, const Qstr** base);
  void compile_import_from(const StructNode* pns);
  void compile_global_nonlocal_stmt(const StructNode* pns);
  void compile_assert_stmt(const StructNode* pns);
  void compile_if_stmt(const StructNode* pns);
  void compile_while_stmt(const StructNode* pns);
  void compile_for_stmt(const StructNode* pns);
  void compile_for_range(Node var, Node start, Node end, Node step, Node body, Node else_);
  void compile_try_stmt(const StructNode* pns);
  void compile_try_except(Node body, std::span<const Node> excepts, Node else_);
  void compile_try_finally(Node body, std::span<const Node> excepts, Node else_, Node finally_);
  void compile_with_stmt(const StructNode* pns);
  void compile_with_helper(std::span<const Node> items, Node body);
  void compile_async_stmt(const StructNode* pns);
  void compile_async_for_stmt(const StructNode* pns);
  void compile_async_with_helper(std::span<const Node> items, Node body);
  void compile_yield_from();
  void compile_await_object_method(const Qstr* method);

  // --- assignment targets (compile_stmt.cpp) ---
  void assign(Node pn, AssignKind kind);
  void assign_atom_expr(const StructNode* pns, AssignKind kind);
  void assign_tuple(std::span<const Node> items);

  // --- expressions (compile_expr.cpp) ---
  void compile_expression(const StructNode* pns, CompileTag tag);
  void if_cond(Node pn, bool jump_if, uint32_t label);
  void compile_generic_tuple(const StructNode* pns);
  void compile_test_if_expr(const StructNode* pns);
  void compile_lambdef(const StructNode* pns);
  void compile_namedexpr_helper(Node name, Node expr);
  void compile_or_and_test(const StructNode* pns);
  void compile_comparison(const StructNode* pns);
  void compile_binary_op(const StructNode* pns);
  void compile_term(const StructNode* pns);
  void compile_factor_2(const StructNode* pns);
  void compile_atom_expr_normal(const StructNode* pns);
  void compile_trailer_paren_helper(Node arglist, bool is_method_call, uint32_t n_positional_extra);
  void compile_comprehension(const StructNode* pns, ScopeKind kind);
  void compile_atom_paren(const StructNode* pns);
  void compile_atom_bracket(const StructNode* pns);
  void compile_atom_brace(const StructNode* pns);
  void compile_subscript(const StructNode* pns);
  void compile_yield_expr(const StructNode* pns);
  void compile_atom_expr_await(const StructNode* pns);
};

/// True for a testlist_comp/argument node that is `x for ...` (two nodes,
/// the second a comp_for).
inline bool has_comp_for(const StructNode* pns) {
  return pns->count() == 2 && pns->node(1).is_struct_kind(Rule::comp_for);
}

/// The scope the compiler keeps in a node's blank slot.
inline Scope* scope_in_slot(Node slot) { return reinterpret_cast<Scope*>(slot.bits()); }

}  // namespace cpy::compiler
