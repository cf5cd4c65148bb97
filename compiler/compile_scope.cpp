// Scopes, names and the passes over one scope: the parts of the compile
// stage that decide where every name lives and what each pass does.
#include "compiler_state.h"

namespace cpy::compiler {

// --- Errors ----------------------------------------------------------------------

void Compiler::set_error_line(Node pn) {
  if (error_line == 0 && pn.is_struct()) error_line = pn.as_struct()->source_line;
}

void Compiler::syntax_error(Node pn, const char* message) {
  if (failed()) return;
  error = Errc::kSyntaxError;
  error_message = message;
  set_error_line(pn);
}

void Compiler::out_of_memory() {
  if (error == Errc::kOutOfMemory) return;
  // Running out of memory outranks any error found so far.
  error = Errc::kOutOfMemory;
  error_message = "memory allocation failed";
}

// --- Scopes and names ---------------------------------------------------------------

Scope* Compiler::new_scope(ScopeKind kind, Node pn) {
  Scope* scope = arena.make_array<Scope>(1);
  if (!scope) {
    out_of_memory();
    return nullptr;
  }
  scope->kind = kind;
  scope->pn = pn;
  switch (kind) {
    case ScopeKind::kModule:
      scope->simple_name = names.module;
      break;
    case ScopeKind::kLambda:
      scope->simple_name = names.lambda;
      break;
    case ScopeKind::kListComp:
      scope->simple_name = names.listcomp;
      break;
    case ScopeKind::kDictComp:
      scope->simple_name = names.dictcomp;
      break;
    case ScopeKind::kSetComp:
      scope->simple_name = names.setcomp;
      break;
    case ScopeKind::kGenExpr:
      scope->simple_name = names.genexpr;
      break;
    case ScopeKind::kClass:
    case ScopeKind::kFunction:
      scope->simple_name = pn.as_struct()->node(0).qstr();
      break;
  }
  scope->parent = scope_cur;
  (scope_tail ? scope_tail->next : scope_head) = scope;
  scope_tail = scope;
  return scope;
}

IdInfo* Compiler::id_for_modification(Scope* scope, const Qstr* name) {
  IdInfo* id = scope->find_or_add(arena, name, IdKind::kGlobalImplicit);
  if (!id) {
    out_of_memory();
    return nullptr;
  }
  if (id->kind == IdKind::kGlobalImplicit) {
    id->kind = is_function_like(scope->kind) ? IdKind::kLocal : IdKind::kGlobalImplicitAssigned;
  }
  return id;
}

void Compiler::id_op(IdOp op, const Qstr* name) {
  if (pass == Pass::kScope) {
    if (op == IdOp::kLoad) {
      if (!scope_cur->find_or_add(arena, name, IdKind::kGlobalImplicit)) out_of_memory();
    } else {
      id_for_modification(scope_cur, name);
    }
    return;
  }
  IdInfo* id = scope_cur->find(name);
  if (!id) return;  // only after an error in the scope pass
  switch (id->kind) {
    case IdKind::kGlobalImplicit:
    case IdKind::kGlobalImplicitAssigned:
    case IdKind::kGlobalExplicit: {
      bool explicit_global = id->kind == IdKind::kGlobalExplicit;
      if (op == IdOp::kLoad) {
        emit.load_global(name, explicit_global);
      } else if (op == IdOp::kStore) {
        emit.store_global(name, explicit_global);
      } else {
        emit.delete_global(name, explicit_global);
      }
      break;
    }
    default: {
      bool deref = id->kind != IdKind::kLocal;
      if (op == IdOp::kLoad) {
        emit.load_local(id->local_num, deref);
      } else if (op == IdOp::kStore) {
        emit.store_local(id->local_num, deref);
      } else {
        emit.delete_local(id->local_num, deref);
      }
      break;
    }
  }
}

void Compiler::load_id(const Qstr* name) { id_op(IdOp::kLoad, name); }
void Compiler::store_id(const Qstr* name) { id_op(IdOp::kStore, name); }
void Compiler::delete_id(const Qstr* name) { id_op(IdOp::kDelete, name); }

void Compiler::increase_except_level(uint32_t label, BlockKind kind) {
  emit.setup_block(label, kind);
  cur_except_level += 1;
  if (cur_except_level > scope_cur->exc_stack_size) scope_cur->exc_stack_size = cur_except_level;
}

void Compiler::decrease_except_level() {
  cur_except_level -= 1;
  emit.end_finally();
}

void Compiler::declare_global(Node pn, IdInfo* id) {
  if (id->kind != IdKind::kUndecided && id->kind != IdKind::kGlobalExplicit) {
    syntax_error(pn, "identifier redefined as global");
    return;
  }
  id->kind = IdKind::kGlobalExplicit;
  if (IdInfo* global = scope_cur->find_global(id->name)) global->kind = IdKind::kGlobalExplicit;
}

void Compiler::declare_nonlocal(Node pn, IdInfo* id) {
  if (id->kind == IdKind::kUndecided) {
    id->kind = IdKind::kGlobalImplicit;
    if (!check_to_close_over(arena, scope_cur, id)) out_of_memory();
    if (id->kind == IdKind::kGlobalImplicit) syntax_error(pn, "no binding for nonlocal found");
  } else if (id->kind != IdKind::kFree) {
    syntax_error(pn, "identifier redefined as nonlocal");
  }
}

// --- Parameters ------------------------------------------------------------------------

void Compiler::compile_scope_param(Node pn, Rule name_rule, Rule star_rule) {
  if (scope_cur->scope_flags & kScopeFlagVarKeywords) {
    syntax_error(pn, "invalid syntax");  // **kwargs must come last
    return;
  }
  const Qstr* param_name = nullptr;
  uint8_t param_flag = kIdParam;
  if (pn.is_id()) {
    param_name = pn.qstr();
    if (have_star) {
      scope_cur->num_kwonly_args += 1;
    } else {
      scope_cur->num_pos_args += 1;
    }
  } else {
    const StructNode* pns = pn.as_struct();
    if (pns->rule() == name_rule) {
      param_name = pns->node(0).qstr();
      if (have_star) {
        scope_cur->num_kwonly_args += 1;
      } else {
        scope_cur->num_pos_args += 1;
      }
    } else if (pns->rule() == star_rule) {
      if (have_star) {
        syntax_error(pn, "invalid syntax");  // a second star
        return;
      }
      have_star = true;
      param_flag = kIdParam | kIdStarParam;
      Node target = pns->node(0);
      if (target.is_null()) {
        // a bare star: keyword-only parameters follow
      } else if (target.is_id()) {
        scope_cur->scope_flags |= kScopeFlagVarArgs;
        param_name = target.qstr();
      } else {
        scope_cur->scope_flags |= kScopeFlagVarArgs;
        param_name = target.as_struct()->node(0).qstr();  // tfpdef: name with annotation
      }
    } else {
      param_name = pns->node(0).qstr();
      param_flag = kIdParam | kIdDoubleStarParam;
      scope_cur->scope_flags |= kScopeFlagVarKeywords;
    }
  }
  if (param_name) {
    IdInfo* id = scope_cur->find_or_add(arena, param_name, IdKind::kUndecided);
    if (!id) {
      out_of_memory();
      return;
    }
    if (id->kind != IdKind::kUndecided) {
      syntax_error(pn, "argument name reused");
      return;
    }
    id->kind = IdKind::kLocal;
    id->flags = param_flag;
  }
}

// --- Comprehension bodies ------------------------------------------------------------------

void Compiler::compile_comprehension_iter(const StructNode* comp_for, Node inner_expr, uint32_t for_depth) {
  uint32_t l_top = new_label();
  uint32_t l_end = new_label();
  emit.label_assign(l_top);
  emit.for_iter(l_end);
  assign(comp_for->node(0), AssignKind::kStore);
  Node pn_iter = comp_for->node(2);
  for (;;) {
    if (pn_iter.is_null()) {
      compile_node(inner_expr);
      if (scope_cur->kind == ScopeKind::kGenExpr) {
        emit.yield(false);
        emit.pop_top();
      } else {
        emit.store_comp(scope_cur->kind, 4 * for_depth + 5);
      }
      break;
    }
    const StructNode* iter = pn_iter.as_struct();
    if (iter->rule() == Rule::comp_if) {
      if_cond(iter->node(0), false, l_top);
      pn_iter = iter->node(1);
      continue;
    }
    compile_node(iter->node(1));
    emit.get_iter(true);
    compile_comprehension_iter(iter, inner_expr, for_depth + 1);
    break;
  }
  emit.jump(l_top);
  emit.label_assign(l_end);
  emit.for_iter_end();
}

// --- One pass over one scope ------------------------------------------------------------------

bool Compiler::compile_scope(Scope* scope, Pass pass_kind) {
  pass = pass_kind;
  scope_cur = scope;
  next_label = 0;
  emit.start_pass(pass_kind, scope);
  if (pass == Pass::kScope) {
    scope->stack_size = 0;
    scope->exc_stack_size = 0;
  }

  const StructNode* pns = scope->pn.is_struct() ? scope->pn.as_struct() : nullptr;
  if (scope->pn.is_struct_kind(Rule::eval_input)) {
    compile_node(pns->node(0));
    emit.return_value();
  } else if (scope->kind == ScopeKind::kModule) {
    compile_node(scope->pn);
    emit.load_const_token(TokenKind::kKwNone);
    emit.return_value();
  } else if (scope->kind == ScopeKind::kFunction) {
    if (pass == Pass::kScope) {
      have_star = false;
      for (Node param : extract_list(pns->nodes()[1], Rule::typedargslist)) {
        compile_scope_param(param, Rule::typedargslist_name, Rule::typedargslist_star);
      }
    }
    compile_node(pns->node(3));  // the body
    emit.load_const_token(TokenKind::kKwNone);
    emit.return_value();
  } else if (scope->kind == ScopeKind::kLambda) {
    emit.set_source_line(pns->source_line);
    if (pass == Pass::kScope) {
      have_star = false;
      for (Node param : extract_list(pns->nodes()[0], Rule::varargslist)) {
        compile_scope_param(param, Rule::varargslist_name, Rule::varargslist_star);
      }
    }
    compile_node(pns->node(1));  // the body
    // A generator lambda returns None, not its expression's value.
    if (scope->scope_flags & kScopeFlagGenerator) {
      emit.pop_top();
      emit.load_const_token(TokenKind::kKwNone);
    }
    emit.return_value();
  } else if (is_comprehension_like(scope->kind)) {
    const StructNode* comp_for = pns->node(1).as_struct();
    // The iterator argument needs a name no user variable can have.
    const Qstr* arg = names.empty;
    if (pass == Pass::kScope) {
      if (!scope_cur->find_or_add(arena, arg, IdKind::kLocal)) out_of_memory();
      scope->num_pos_args = 1;
    }
    emit.set_source_line(pns->source_line);
    if (scope->kind == ScopeKind::kListComp) {
      emit.build(0, BuildKind::kList);
    } else if (scope->kind == ScopeKind::kDictComp) {
      emit.build(0, BuildKind::kMap);
    } else if (scope->kind == ScopeKind::kSetComp) {
      emit.build(0, BuildKind::kSet);
    }
    if (scope->kind == ScopeKind::kGenExpr) {
      // Four iterator slots; the first NULL says the second holds the iterator.
      emit.load_null();
      load_id(arg);
      emit.load_null();
      emit.load_null();
    } else {
      load_id(arg);
      emit.get_iter(true);
    }
    compile_comprehension_iter(comp_for, pns->node(0), 0);
    if (scope->kind == ScopeKind::kGenExpr) emit.load_const_token(TokenKind::kKwNone);
    emit.return_value();
  } else {
    // A class body.
    if (pass == Pass::kScope) {
      if (!scope->find_or_add(arena, names.dunder_class, IdKind::kLocal)) out_of_memory();
    }
    load_id(names.dunder_name);
    store_id(names.dunder_module);
    emit.load_const_str(pns->node(0).qstr());
    store_id(names.dunder_qualname);
    compile_node(pns->node(2));  // the body
    IdInfo* id = scope->find(names.dunder_class);
    if (!id || id->kind == IdKind::kLocal) {
      emit.load_const_token(TokenKind::kKwNone);
    } else {
      emit.load_local(id->local_num, false);
    }
    emit.return_value();
  }
  if (emit.out_of_memory()) out_of_memory();
  return emit.end_pass();
}

}  // namespace cpy::compiler
