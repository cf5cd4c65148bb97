// Statements: definitions, assignment targets, imports, control flow and
// exception handling, lowered as the reference's compile.c lowers them.
#include <cstring>

#include "compiler_state.h"

namespace cpy::compiler {

void Compiler::compile_statement(const StructNode* pns, CompileTag tag) {
  switch (tag) {
    case CompileTag::decorated:
      return compile_decorated(pns);
    case CompileTag::funcdef:
      return compile_funcdef(pns);
    case CompileTag::expr_stmt:
      return compile_expr_stmt(pns);
    case CompileTag::del_stmt:
      return compile_del_stmt(pns);
    case CompileTag::break_cont_stmt:
      return compile_break_cont_stmt(pns);
    case CompileTag::return_stmt:
      return compile_return_stmt(pns);
    case CompileTag::yield_stmt:
      compile_node(pns->node(0));
      emit.pop_top();
      return;
    case CompileTag::raise_stmt:
      return compile_raise_stmt(pns);
    case CompileTag::import_name:
      return compile_import_name(pns);
    case CompileTag::import_from:
      return compile_import_from(pns);
    case CompileTag::global_nonlocal_stmt:
      return compile_global_nonlocal_stmt(pns);
    case CompileTag::assert_stmt:
      return compile_assert_stmt(pns);
    case CompileTag::async_stmt:
      return compile_async_stmt(pns);
    case CompileTag::if_stmt:
      return compile_if_stmt(pns);
    case CompileTag::while_stmt:
      return compile_while_stmt(pns);
    case CompileTag::for_stmt:
      return compile_for_stmt(pns);
    case CompileTag::try_stmt:
      return compile_try_stmt(pns);
    case CompileTag::with_stmt:
      return compile_with_stmt(pns);
    case CompileTag::classdef:
      return compile_classdef(pns);
    default:
      return;
  }
}

// --- Assignment targets -----------------------------------------------------------

void Compiler::assign_atom_expr(const StructNode* pns, AssignKind kind) {
  if (kind != AssignKind::kAugStore) compile_node(pns->node(0));
  if (pns->node(1).is_struct()) {
    const StructNode* trailer = pns->node(1).as_struct();
    if (trailer->rule() == Rule::atom_expr_trailers) {
      size_t n = trailer->count();
      if (kind != AssignKind::kAugStore) {
        for (size_t i = 0; i + 1 < n; ++i) compile_node(trailer->node(i));
      }
      trailer = trailer->node(n - 1).as_struct();
    }
    if (trailer->rule() == Rule::trailer_bracket) {
      if (kind == AssignKind::kAugStore) {
        emit.rot_three();
        emit.subscr(AccessKind::kStore);
      } else {
        compile_node(trailer->node(0));
        if (kind == AssignKind::kAugLoad) {
          emit.dup_top_two();
          emit.subscr(AccessKind::kLoad);
        } else {
          emit.subscr(AccessKind::kStore);
        }
      }
      return;
    }
    if (trailer->rule() == Rule::trailer_period) {
      if (kind == AssignKind::kAugLoad) {
        emit.dup_top();
        emit.attr(trailer->node(0).qstr(), AccessKind::kLoad);
      } else {
        if (kind == AssignKind::kAugStore) emit.rot_two();
        emit.attr(trailer->node(0).qstr(), AccessKind::kStore);
      }
      return;
    }
  }
  syntax_error(Node::from_struct(pns), "can't assign to expression");
}

void Compiler::assign_tuple(std::span<const Node> items) {
  size_t star_index = SIZE_MAX;
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].is_struct_kind(Rule::star_expr)) {
      if (star_index == SIZE_MAX) {
        emit.unpack_ex(uint32_t(i), uint32_t(items.size() - i - 1));
        star_index = i;
      } else {
        syntax_error(items[i], "multiple *x in assignment");
        return;
      }
    }
  }
  if (star_index == SIZE_MAX) emit.unpack_sequence(uint32_t(items.size()));
  for (size_t i = 0; i < items.size(); ++i) {
    if (i == star_index) {
      assign(items[i].as_struct()->node(0), AssignKind::kStore);
    } else {
      assign(items[i], AssignKind::kStore);
    }
  }
}

void Compiler::assign(Node pn, AssignKind kind) {
  if (pn.is_leaf()) {
    if (!pn.is_id()) {
      syntax_error(pn, "can't assign to expression");
      return;
    }
    if (kind == AssignKind::kAugLoad) {
      load_id(pn.qstr());
    } else {
      store_id(pn.qstr());
    }
    return;
  }
  const StructNode* pns = pn.as_struct();
  const StructNode* testlist = nullptr;
  switch (pns->rule()) {
    case Rule::atom_expr_normal:
      assign_atom_expr(pns, kind);
      return;
    case Rule::testlist_star_expr:
    case Rule::exprlist:
      if (kind != AssignKind::kStore) break;
      assign_tuple(pns->children());
      return;
    case Rule::atom_paren:
      if (pns->node(0).is_null() || kind != AssignKind::kStore) break;
      testlist = pns->node(0).as_struct();
      break;
    case Rule::atom_bracket:
      if (kind != AssignKind::kStore) break;
      if (pns->node(0).is_null()) {
        assign_tuple({});
        return;
      }
      if (pns->node(0).is_struct_kind(Rule::testlist_comp)) {
        testlist = pns->node(0).as_struct();
        break;
      }
      assign_tuple({pns->nodes(), 1});
      return;
    default:
      break;
  }
  if (testlist && !has_comp_for(testlist)) {
    assign_tuple(testlist->children());
    return;
  }
  syntax_error(pn, "can't assign to expression");
}

// --- Functions and classes ---------------------------------------------------------

void Compiler::close_over_variables(Scope* this_scope, uint32_t n_pos_defaults, uint32_t n_kw_defaults) {
  if (n_kw_defaults > 0) this_scope->scope_flags |= kScopeFlagDefKwArgs;
  this_scope->num_def_pos_args = uint16_t(n_pos_defaults);
  // Closed-over variables go in the order the enclosing scope defines them.
  uint32_t nfree = 0;
  if (scope_cur->kind != ScopeKind::kModule) {
    for (uint16_t i = 0; i < scope_cur->id_count; ++i) {
      const IdInfo& id = scope_cur->ids[i];
      if (id.kind != IdKind::kCell && id.kind != IdKind::kFree) continue;
      for (uint16_t j = 0; j < this_scope->id_count; ++j) {
        const IdInfo& inner = this_scope->ids[j];
        if (inner.kind == IdKind::kFree && inner.name == id.name) {
          emit.load_local(id.local_num, false);  // closures are passed as their cells
          nfree += 1;
        }
      }
    }
  }
  if (nfree == 0) {
    emit.make_function(this_scope, n_pos_defaults, n_kw_defaults);
  } else {
    emit.make_closure(this_scope, nfree, n_pos_defaults, n_kw_defaults);
  }
}

void Compiler::compile_funcdef_lambdef_param(Node pn) {
  Rule kind = Rule::const_object;  // stands for "a bare name"
  if (!pn.is_id()) kind = pn.as_struct()->rule();
  if (kind == Rule::typedargslist_star || kind == Rule::varargslist_star) {
    have_star = true;
    return;
  }
  if (kind == Rule::typedargslist_dbl_star || kind == Rule::varargslist_dbl_star) return;
  Node pn_id = pn;
  Node pn_equal;
  if (kind == Rule::typedargslist_name) {
    pn_id = pn.as_struct()->node(0);
    pn_equal = pn.as_struct()->node(2);
  } else if (kind == Rule::varargslist_name) {
    pn_id = pn.as_struct()->node(0);
    pn_equal = pn.as_struct()->node(1);
  }
  if (pn_equal.is_null()) {
    if (!have_star && num_default_params != 0) {
      syntax_error(pn, "non-default argument follows default argument");
    }
    return;
  }
  if (have_star) {
    num_dict_params += 1;
    if (num_dict_params == 1) {
      // The positional defaults become a tuple before the keyword map starts.
      if (num_default_params > 0) {
        emit.build(num_default_params, BuildKind::kTuple);
      } else {
        emit.load_null();  // no positional defaults
      }
      emit.build(0, BuildKind::kMap);
    }
    compile_node(pn_equal);
    emit.load_const_str(pn_id.qstr());
    emit.store_map();
  } else {
    num_default_params += 1;
    compile_node(pn_equal);
  }
}

void Compiler::compile_funcdef_lambdef(Scope* scope, Node params, Rule list_rule) {
  // Default values may hold lambdas, which come back here: keep our state.
  bool saved_have_star = have_star;
  uint16_t saved_dict_params = num_dict_params;
  uint16_t saved_default_params = num_default_params;
  have_star = false;
  num_dict_params = 0;
  num_default_params = 0;
  std::span<const Node> list;
  if (params.is_struct_kind(list_rule)) {
    list = params.as_struct()->children();
  } else if (!params.is_null()) {
    list = {&params, 1};
  }
  for (Node param : list) compile_funcdef_lambdef_param(param);
  if (failed()) return;
  if (num_default_params > 0 && num_dict_params == 0) {
    emit.build(num_default_params, BuildKind::kTuple);
    emit.load_null();  // no keyword defaults
  }
  close_over_variables(scope, num_default_params, num_dict_params);
  have_star = saved_have_star;
  num_dict_params = saved_dict_params;
  num_default_params = saved_default_params;
}

const Qstr* Compiler::compile_funcdef_helper(const StructNode* pns) {
  if (pass == Pass::kScope) {
    Scope* s = new_scope(ScopeKind::kFunction, Node::from_struct(pns));
    if (!s) return pns->node(1).qstr();
    const_cast<StructNode*>(pns)->nodes()[4] = Node::from_bits(reinterpret_cast<uintptr_t>(s));
  }
  Scope* fscope = scope_in_slot(pns->node(4));
  compile_funcdef_lambdef(fscope, pns->node(1), Rule::typedargslist);
  return fscope->simple_name;
}

const Qstr* Compiler::compile_classdef_helper(const StructNode* pns) {
  if (pass == Pass::kScope) {
    Scope* s = new_scope(ScopeKind::kClass, Node::from_struct(pns));
    if (!s) return pns->node(0).qstr();
    const_cast<StructNode*>(pns)->nodes()[3] = Node::from_bits(reinterpret_cast<uintptr_t>(s));
  }
  emit.load_build_class();
  Scope* cscope = scope_in_slot(pns->node(3));
  close_over_variables(cscope, 0, 0);
  emit.load_const_str(cscope->simple_name);
  // `class C():` leaves an empty classdef_2 node: no bases.
  Node parents = pns->node(1);
  if (parents.is_struct_kind(Rule::classdef_2)) parents = Node();
  compile_trailer_paren_helper(parents, false, 2);
  return cscope->simple_name;
}

void Compiler::compile_funcdef(const StructNode* pns) { store_id(compile_funcdef_helper(pns)); }

void Compiler::compile_classdef(const StructNode* pns) { store_id(compile_classdef_helper(pns)); }

void Compiler::compile_decorated(const StructNode* pns) {
  std::span<const Node> decorators = extract_list(pns->nodes()[0], Rule::decorators);
  size_t num_built_in = 0;
  for (Node decorator : decorators) {
    const StructNode* pns_decorator = decorator.as_struct();
    std::span<const Node> name_nodes = extract_list(pns_decorator->nodes()[0], Rule::dotted_name);
    if (name_nodes[0].qstr() == names.micropython) {
      // @micropython.bytecode compiles as usual; the native emitters need
      // an architecture, which bytecode-only output never has.
      num_built_in += 1;
      if (name_nodes.size() != 2) {
        syntax_error(name_nodes[0], "invalid micropython decorator");
        continue;
      }
      const Qstr* attr = name_nodes[1].qstr();
      if (attr == names.bytecode) {
        continue;
      }
      if (attr == names.native || attr == names.viper || attr == names.asm_thumb || attr == names.asm_xtensa ||
          attr == names.asm_rv32) {
        syntax_error(name_nodes[1], "invalid arch");
      } else {
        syntax_error(name_nodes[1], "invalid micropython decorator");
      }
      continue;
    }
    compile_node(name_nodes[0]);
    for (size_t j = 1; j < name_nodes.size(); ++j) emit.attr(name_nodes[j].qstr(), AccessKind::kLoad);
    if (!pns_decorator->node(1).is_null()) compile_node(pns_decorator->node(1));
  }
  const StructNode* body = pns->node(1).as_struct();
  const Qstr* body_name;
  if (body->rule() == Rule::funcdef) {
    body_name = compile_funcdef_helper(body);
  } else if (body->rule() == Rule::async_funcdef) {
    const StructNode* funcdef = body->node(0).as_struct();
    body_name = compile_funcdef_helper(funcdef);
    Scope* fscope = scope_in_slot(funcdef->node(4));
    fscope->scope_flags |= kScopeFlagGenerator | (is_circuitpython() ? kScopeFlagAsync : 0);
  } else {
    body_name = compile_classdef_helper(body);
  }
  for (size_t i = 0; i < decorators.size() - num_built_in; ++i) emit.call_function(1, 0, 0);
  store_id(body_name);
}

// --- Simple statements ------------------------------------------------------------

void Compiler::compile_expr_stmt(const StructNode* pns) {
  Node rhs = pns->node(1);
  if (rhs.is_null()) {
    Node expr = pns->node(0);
    // A lonely constant compiles to nothing.
    if ((expr.is_leaf() && !expr.is_id()) || expr.is_const_object()) return;
    compile_node(expr);
    emit.pop_top();
    return;
  }
  if (rhs.is_struct()) {
    const StructNode* pns1 = rhs.as_struct();
    Rule kind = pns1->rule();
    if (kind == Rule::annassign) {
      if (pns1->node(1).is_null()) {
        // `x: T` declares x a local of a function and does nothing else.
        if (scope_cur->kind == ScopeKind::kFunction && pns->node(0).is_id()) {
          if (!scope_cur->find_or_add(arena, pns->node(0).qstr(), IdKind::kLocal)) out_of_memory();
        }
        return;
      }
      rhs = pns1->node(1);
    } else if (kind == Rule::expr_stmt_augassign) {
      assign(pns->node(0), AssignKind::kAugLoad);
      compile_node(pns1->node(1));
      TokenKind tok = pns1->node(0).token_kind();
      emit.binary_op(BinaryOp(uint8_t(BinaryOp::INPLACE_OR) + (uint8_t(tok) - uint8_t(TokenKind::kDelPipeEqual))));
      assign(pns->node(0), AssignKind::kAugStore);
      return;
    } else if (kind == Rule::expr_stmt_assign_list) {
      size_t last = pns1->count() - 1;
      compile_node(pns1->node(last));
      // As CPython does, the leftmost target is stored first.
      if (last > 0) emit.dup_top();
      assign(pns->node(0), AssignKind::kStore);
      for (size_t i = 0; i < last; ++i) {
        if (i + 1 < last) emit.dup_top();
        assign(pns1->node(i), AssignKind::kStore);
      }
      return;
    }
  }
  // A plain assignment; `a, b = c, d` (and three items) swap on the stack.
  Node lhs = pns->node(0);
  if (rhs.is_struct_kind(Rule::testlist_star_expr) && lhs.is_struct_kind(Rule::testlist_star_expr)) {
    const StructNode* left = lhs.as_struct();
    const StructNode* right = rhs.as_struct();
    size_t n = left->count();
    if (n == right->count() && (n == 2 || n == 3) && !left->node(0).is_struct_kind(Rule::star_expr) &&
        !left->node(1).is_struct_kind(Rule::star_expr) && (n == 2 || !left->node(2).is_struct_kind(Rule::star_expr))) {
      compile_node(right->node(0));
      compile_node(right->node(1));
      if (n == 3) {
        compile_node(right->node(2));
        emit.rot_three();
      }
      emit.rot_two();
      assign(left->node(0), AssignKind::kStore);
      assign(left->node(1), AssignKind::kStore);
      if (n == 3) assign(left->node(2), AssignKind::kStore);
      return;
    }
  }
  compile_node(rhs);
  assign(lhs, AssignKind::kStore);
}

void Compiler::delete_target(Node pn) {
  if (pn.is_id()) {
    delete_id(pn.qstr());
    return;
  }
  if (pn.is_struct_kind(Rule::atom_expr_normal)) {
    const StructNode* pns = pn.as_struct();
    compile_node(pns->node(0));
    if (pns->node(1).is_struct()) {
      const StructNode* trailer = pns->node(1).as_struct();
      if (trailer->rule() == Rule::atom_expr_trailers) {
        size_t n = trailer->count();
        for (size_t i = 0; i + 1 < n; ++i) compile_node(trailer->node(i));
        trailer = trailer->node(n - 1).as_struct();
      }
      if (trailer->rule() == Rule::trailer_bracket) {
        compile_node(trailer->node(0));
        emit.subscr(AccessKind::kDelete);
        return;
      }
      if (trailer->rule() == Rule::trailer_period) {
        emit.attr(trailer->node(0).qstr(), AccessKind::kDelete);
        return;
      }
    }
  } else if (pn.is_struct_kind(Rule::atom_paren)) {
    Node inner = pn.as_struct()->node(0);
    if (!inner.is_null() && !has_comp_for(inner.as_struct())) {
      for (Node item : inner.as_struct()->children()) delete_target(item);
      return;
    }
    syntax_error(inner, "can't delete expression");  // the reference blames the inner node
    return;
  }
  syntax_error(pn, "can't delete expression");
}

void Compiler::compile_del_stmt(const StructNode* pns) {
  for (Node target : extract_list(pns->nodes()[0], Rule::exprlist)) delete_target(target);
}

void Compiler::compile_break_cont_stmt(const StructNode* pns) {
  uint32_t label = pns->rule() == Rule::break_stmt ? break_label : continue_label;
  if (label == kInvalidLabel) syntax_error(Node::from_struct(pns), "'break'/'continue' outside loop");
  emit.unwind_jump(label, cur_except_level - break_continue_except_level);
}

void Compiler::compile_return_stmt(const StructNode* pns) {
  if (scope_cur->kind != ScopeKind::kFunction) {
    syntax_error(Node::from_struct(pns), "'return' outside function");
    return;
  }
  Node value = pns->node(0);
  if (value.is_null()) {
    emit.load_const_token(TokenKind::kKwNone);
  } else if (value.is_struct_kind(Rule::test_if_expr)) {
    // `return a if c else b` returns from each branch.
    const StructNode* if_expr = value.as_struct();
    const StructNode* if_else = if_expr->node(1).as_struct();
    uint32_t l_fail = new_label();
    if_cond(if_else->node(0), false, l_fail);
    compile_node(if_expr->node(0));
    emit.return_value();
    emit.label_assign(l_fail);
    compile_node(if_else->node(1));
  } else {
    compile_node(value);
  }
  emit.return_value();
}

void Compiler::compile_raise_stmt(const StructNode* pns) {
  Node arg = pns->node(0);
  if (arg.is_null()) {
    emit.raise_varargs(0);
  } else if (arg.is_struct_kind(Rule::raise_stmt_arg)) {
    compile_node(arg.as_struct()->node(0));
    compile_node(arg.as_struct()->node(1));
    emit.raise_varargs(2);
  } else {
    compile_node(arg);
    emit.raise_varargs(1);
  }
}

// --- Imports -------------------------------------------------------------------------

void Compiler::do_import_name(Node pn, const Qstr** base) {
  bool is_as = false;
  if (pn.is_struct_kind(Rule::dotted_as_name)) {
    *base = pn.as_struct()->node(1).qstr();
    pn = pn.as_struct()->node(0);
    is_as = true;
  }
  if (pn.is_null()) {
    *base = names.empty;  // from . import x
    emit.import(names.empty, ImportKind::kName);
  } else if (pn.is_id()) {
    if (!is_as) *base = pn.qstr();
    emit.import(pn.qstr(), ImportKind::kName);
  } else {
    const StructNode* dotted = pn.as_struct();
    if (!is_as) *base = dotted->node(0).qstr();
    size_t length = dotted->count() - 1;
    for (Node part : dotted->children()) length += part.qstr()->size;
    char* text = static_cast<char*>(arena.allocate(length ? length : 1, 1));
    if (!text) {
      out_of_memory();
      return;
    }
    size_t at = 0;
    for (size_t i = 0; i < dotted->count(); ++i) {
      if (i > 0) text[at++] = '.';
      std::string_view part = dotted->node(i).qstr()->text();
      std::memcpy(text + at, part.data(), part.size());
      at += part.size();
    }
    Result<const Qstr*> full = qstrs.intern({text, length});
    if (!full) {
      out_of_memory();
      return;
    }
    emit.import(full.value(), ImportKind::kName);
    if (is_as) {
      for (size_t i = 1; i < dotted->count(); ++i) emit.attr(dotted->node(i).qstr(), AccessKind::kLoad);
    }
  }
}

void Compiler::compile_dotted_as_name(Node pn) {
  emit.load_const_small_int(0);                // level 0
  emit.load_const_token(TokenKind::kKwNone);  // no fromlist
  const Qstr* base = nullptr;
  do_import_name(pn, &base);
  if (base) store_id(base);
}

void Compiler::compile_import_name(const StructNode* pns) {
  for (Node name : extract_list(pns->nodes()[0], Rule::dotted_as_names)) compile_dotted_as_name(name);
}

void Compiler::compile_import_from(const StructNode* pns) {
  Node source = pns->node(0);
  uint32_t level = 0;
  Node rel;
  bool relative = false;
  if (source.is_token() || source.is_struct_kind(Rule::one_or_more_period_or_ellipsis)) {
    rel = source;  // `from .. import x`
    source = Node();
    relative = true;
  } else if (source.is_struct_kind(Rule::import_from_2b)) {
    rel = source.as_struct()->node(0);  // `from ..a import x`
    source = source.as_struct()->node(1);
    relative = true;
  }
  if (relative) {
    for (Node dot : extract_list(rel, Rule::one_or_more_period_or_ellipsis)) {
      level += dot.is_token_kind(TokenKind::kDelPeriod) ? 1 : 3;
    }
  }
  const Qstr* dummy = nullptr;
  if (pns->node(1).is_token_kind(TokenKind::kOpStar)) {
    if (scope_cur->kind != ScopeKind::kModule) {
      syntax_error(Node::from_struct(pns), "import * not at module level");
      return;
    }
    emit.load_const_small_int(level);
    emit.load_const_str(names.star);
    emit.build(1, BuildKind::kTuple);
    do_import_name(source, &dummy);
    emit.import(nullptr, ImportKind::kStar);
    return;
  }
  emit.load_const_small_int(level);
  std::span<const Node> items = extract_list(pns->nodes()[1], Rule::import_as_names);
  for (Node item : items) emit.load_const_str(item.as_struct()->node(0).qstr());
  emit.build(uint32_t(items.size()), BuildKind::kTuple);
  do_import_name(source, &dummy);
  for (Node item : items) {
    const StructNode* as_name = item.as_struct();
    const Qstr* name = as_name->node(0).qstr();
    emit.import(name, ImportKind::kFrom);
    store_id(as_name->node(1).is_null() ? name : as_name->node(1).qstr());
  }
  emit.pop_top();
}

void Compiler::compile_global_nonlocal_stmt(const StructNode* pns) {
  if (pass != Pass::kScope) return;
  bool is_global = pns->rule() == Rule::global_stmt;
  if (!is_global && scope_cur->kind == ScopeKind::kModule) {
    syntax_error(Node::from_struct(pns), "can't declare nonlocal in outer code");
    return;
  }
  for (Node name : extract_list(pns->nodes()[0], Rule::name_list)) {
    IdInfo* id = scope_cur->find_or_add(arena, name.qstr(), IdKind::kUndecided);
    if (!id) {
      out_of_memory();
      return;
    }
    if (is_global) {
      declare_global(Node::from_struct(pns), id);
    } else {
      declare_nonlocal(Node::from_struct(pns), id);
    }
  }
}

void Compiler::compile_assert_stmt(const StructNode* pns) {
  if (options.optimise_level != 0) return;  // -O drops asserts
  uint32_t l_end = new_label();
  if_cond(pns->node(0), true, l_end);
  emit.load_global(names.assertion_error, true);
  if (!pns->node(1).is_null()) {
    compile_node(pns->node(1));
    emit.call_function(1, 0, 0);
  }
  emit.raise_varargs(1);
  emit.label_assign(l_end);
}

// --- Compound statements -------------------------------------------------------------

void Compiler::compile_if_stmt(const StructNode* pns) {
  uint32_t l_end = new_label();
  if (!is_const_false(pns->node(0))) {
    uint32_t l_fail = new_label();
    if_cond(pns->node(0), false, l_fail);
    compile_node(pns->node(1));
    if (is_const_true(pns->node(0))) {
      emit.label_assign(l_end);
      return;  // `if True`: the rest never runs
    }
    if (!(pns->node(2).is_null() && pns->node(3).is_null())) emit.jump(l_end);
    emit.label_assign(l_fail);
  }
  for (Node elif : extract_list(pns->nodes()[2], Rule::if_stmt_elif_list)) {
    const StructNode* pns_elif = elif.as_struct();
    if (is_const_false(pns_elif->node(0))) continue;
    uint32_t l_fail = new_label();
    if_cond(pns_elif->node(0), false, l_fail);
    compile_node(pns_elif->node(1));
    if (is_const_true(pns_elif->node(0))) {
      emit.label_assign(l_end);
      return;
    }
    emit.jump(l_end);
    emit.label_assign(l_fail);
  }
  compile_node(pns->node(3));
  emit.label_assign(l_end);
}

namespace {

// The break and continue labels of one loop: begun before its body, ended
// before its else clause (where they belong to the enclosing loop again).
struct LoopLabels {
  explicit LoopLabels(Compiler& comp)
      : comp(comp),
        saved_break(comp.break_label),
        saved_continue(comp.continue_label),
        saved_except_level(comp.break_continue_except_level),
        break_label(comp.new_label()),
        continue_label(comp.new_label()) {
    comp.break_label = break_label;
    comp.continue_label = continue_label;
    comp.break_continue_except_level = comp.cur_except_level;
  }
  void end() {
    comp.break_label = saved_break;
    comp.continue_label = saved_continue;
    comp.break_continue_except_level = saved_except_level;
  }

  Compiler& comp;
  uint32_t saved_break;
  uint32_t saved_continue;
  uint16_t saved_except_level;
  uint32_t break_label;
  uint32_t continue_label;
};

}  // namespace

void Compiler::compile_while_stmt(const StructNode* pns) {
  LoopLabels loop(*this);
  if (!is_const_false(pns->node(0))) {
    uint32_t top_label = new_label();
    if (!is_const_true(pns->node(0))) emit.jump(loop.continue_label);
    emit.label_assign(top_label);
    compile_node(pns->node(1));
    emit.label_assign(loop.continue_label);
    if_cond(pns->node(0), true, top_label);
  }
  loop.end();
  compile_node(pns->node(2));  // else
  emit.label_assign(loop.break_label);
}

void Compiler::compile_for_range(Node var, Node start, Node end, Node step, Node body, Node else_) {
  LoopLabels loop(*this);
  uint32_t top_label = new_label();
  uint32_t entry_label = new_label();
  // A small-int end is compiled at each test; anything else stays on the stack.
  bool end_on_stack = !end.is_small_int();
  if (end_on_stack) compile_node(end);
  compile_node(start);
  emit.jump(entry_label);
  emit.label_assign(top_label);
  emit.dup_top();
  assign(var, AssignKind::kStore);
  compile_node(body);
  emit.label_assign(loop.continue_label);
  compile_node(step);
  emit.binary_op(BinaryOp::INPLACE_ADD);
  emit.label_assign(entry_label);
  if (end_on_stack) {
    emit.dup_top_two();
    emit.rot_two();
  } else {
    emit.dup_top();
    compile_node(end);
  }
  emit.binary_op(step.small_int_value() >= 0 ? BinaryOp::LESS : BinaryOp::MORE);
  emit.pop_jump_if(true, top_label);
  loop.end();
  uint32_t end_label = 0;
  if (!else_.is_null()) {
    // The else may break or continue an outer loop: drop our values first.
    emit.pop_top();
    if (end_on_stack) emit.pop_top();
    compile_node(else_);
    end_label = new_label();
    emit.jump(end_label);
    emit.adjust_stack_size(1 + end_on_stack);
  }
  emit.label_assign(loop.break_label);
  emit.pop_top();
  if (end_on_stack) emit.pop_top();
  if (!else_.is_null()) emit.label_assign(end_label);
}

void Compiler::compile_for_stmt(const StructNode* pns) {
  // `for x in range(...)` with a plain name counts on the stack instead of
  // making a range object.
  if (pns->node(0).is_id() && pns->node(1).is_struct_kind(Rule::atom_expr_normal)) {
    const StructNode* it = pns->node(1).as_struct();
    if (it->node(0).is_id() && it->node(0).qstr() == names.range &&
        it->node(1).as_struct()->rule() == Rule::trailer_paren) {
      std::span<const Node> args = extract_list(it->node(1).as_struct()->nodes()[0], Rule::arglist);
      Node start, end, step;
      bool optimize = false;
      if (args.size() >= 1 && args.size() <= 3) {
        optimize = true;
        if (args.size() == 1) {
          start = Node::small_int(0);
          end = args[0];
          step = Node::small_int(1);
        } else if (args.size() == 2) {
          start = args[0];
          end = args[1];
          step = Node::small_int(1);
        } else {
          start = args[0];
          end = args[1];
          step = args[2];
          if (!step.is_small_int() || step.small_int_value() == 0) optimize = false;
        }
        auto plain = [](Node n) {
          if (!n.is_struct()) return true;
          Rule k = n.as_struct()->rule();
          return k != Rule::arglist_star && k != Rule::arglist_dbl_star && k != Rule::argument;
        };
        if (optimize && (!plain(start) || !plain(end))) optimize = false;
      }
      if (optimize) {
        compile_for_range(pns->node(0), start, end, step, pns->node(2), pns->node(3));
        return;
      }
    }
  }
  LoopLabels loop(*this);
  break_label |= kBreakFromFor;
  uint32_t pop_label = new_label();
  compile_node(pns->node(1));
  emit.get_iter(true);
  emit.label_assign(loop.continue_label);
  emit.for_iter(pop_label);
  assign(pns->node(0), AssignKind::kStore);
  compile_node(pns->node(2));
  emit.jump(loop.continue_label);
  emit.label_assign(pop_label);
  emit.for_iter_end();
  loop.end();
  compile_node(pns->node(3));
  emit.label_assign(loop.break_label);
}

void Compiler::compile_try_except(Node body, std::span<const Node> excepts, Node else_) {
  uint32_t l1 = new_label();
  uint32_t success_label = new_label();
  increase_except_level(l1, BlockKind::kExcept);
  compile_node(body);
  emit.pop_except_jump(success_label);
  emit.label_assign(l1);
  emit.start_except_handler();
  // The raised exception is on the stack.
  uint32_t l2 = new_label();
  for (size_t i = 0; i < excepts.size(); ++i) {
    const StructNode* handler = excepts[i].as_struct();
    const Qstr* bound_name = nullptr;
    uint32_t end_finally_label = new_label();
    if (handler->node(0).is_null()) {
      if (i + 1 != excepts.size()) {
        syntax_error(excepts[i], "default 'except' must be last");
        decrease_except_level();
        return;
      }
    } else {
      Node match = handler->node(0);
      if (match.is_struct_kind(Rule::try_stmt_as_name)) {
        bound_name = match.as_struct()->node(1).qstr();
        match = match.as_struct()->node(0);
      }
      emit.dup_top();
      compile_node(match);
      emit.binary_op(BinaryOp::EXCEPTION_MATCH);
      emit.pop_jump_if(false, end_finally_label);
    }
    if (!bound_name) {
      emit.pop_top();
    } else {
      store_id(bound_name);
    }
    // `except E as e:` wraps its body in try/finally that deletes e.
    uint32_t l3 = 0;
    if (bound_name) {
      l3 = new_label();
      increase_except_level(l3, BlockKind::kFinally);
    }
    compile_node(handler->node(1));
    if (bound_name) {
      emit.load_const_token(TokenKind::kKwNone);
      emit.label_assign(l3);
      emit.adjust_stack_size(1);  // a possible return value
      emit.load_const_token(TokenKind::kKwNone);
      store_id(bound_name);
      delete_id(bound_name);
      emit.adjust_stack_size(-1);
      decrease_except_level();
    }
    emit.pop_except_jump(l2);
    emit.label_assign(end_finally_label);
    emit.adjust_stack_size(1);  // the exception again
  }
  decrease_except_level();
  emit.end_except_handler();
  emit.label_assign(success_label);
  compile_node(else_);
  emit.label_assign(l2);
}

void Compiler::compile_try_finally(Node body, std::span<const Node> excepts, Node else_, Node finally_) {
  uint32_t l_finally_block = new_label();
  increase_except_level(l_finally_block, BlockKind::kFinally);
  if (excepts.empty()) {
    emit.adjust_stack_size(3);  // an unwind jump's state
    compile_node(body);
    emit.adjust_stack_size(-3);
  } else {
    compile_try_except(body, excepts, else_);
  }
  // None on the stack tells the finally block the try part ended normally.
  emit.load_const_token(TokenKind::kKwNone);
  emit.label_assign(l_finally_block);
  emit.adjust_stack_size(1);  // a return value the finally may run under
  compile_node(finally_);
  emit.adjust_stack_size(-1);
  decrease_except_level();
}

void Compiler::compile_try_stmt(const StructNode* pns) {
  const StructNode* rest = pns->node(1).as_struct();
  if (rest->rule() == Rule::try_stmt_finally) {
    compile_try_finally(pns->node(0), {}, Node(), rest->node(0));
  } else if (rest->rule() == Rule::try_stmt_except_and_more) {
    std::span<const Node> excepts = extract_list(rest->nodes()[0], Rule::try_stmt_except_list);
    if (rest->node(2).is_null()) {
      compile_try_except(pns->node(0), excepts, rest->node(1));
    } else {
      compile_try_finally(pns->node(0), excepts, rest->node(1), rest->node(2).as_struct()->node(0));
    }
  } else {
    std::span<const Node> excepts = extract_list(pns->nodes()[1], Rule::try_stmt_except_list);
    compile_try_except(pns->node(0), excepts, Node());
  }
}

void Compiler::compile_with_helper(std::span<const Node> items, Node body) {
  if (items.empty()) {
    compile_node(body);
    return;
  }
  uint32_t l_end = new_label();
  if (items[0].is_struct_kind(Rule::with_item)) {
    const StructNode* item = items[0].as_struct();
    compile_node(item->node(0));
    increase_except_level(l_end, BlockKind::kWith);
    assign(item->node(1), AssignKind::kStore);
  } else {
    compile_node(items[0]);
    increase_except_level(l_end, BlockKind::kWith);
    emit.pop_top();
  }
  compile_with_helper(items.subspan(1), body);
  emit.with_cleanup(l_end);
  decrease_except_level();
}

void Compiler::compile_with_stmt(const StructNode* pns) {
  compile_with_helper(extract_list(pns->nodes()[0], Rule::with_stmt_list), pns->node(1));
}

void Compiler::compile_yield_from() {
  emit.get_iter(false);
  emit.load_const_token(TokenKind::kKwNone);
  emit.yield(true);
}

void Compiler::compile_await_object_method(const Qstr* method) {
  emit.load_method(method, false);
  emit.call_method(0, 0, 0);
  compile_yield_from();
}

void Compiler::compile_async_for_stmt(const StructNode* pns) {
  uint32_t while_else_label = new_label();
  uint32_t try_exception_label = new_label();
  uint32_t try_else_label = new_label();
  uint32_t try_finally_label = new_label();
  compile_node(pns->node(1));
  emit.load_method(names.aiter, false);
  emit.call_method(0, 0, 0);
  LoopLabels loop(*this);
  emit.label_assign(loop.continue_label);
  increase_except_level(try_exception_label, BlockKind::kExcept);
  emit.dup_top();
  compile_await_object_method(names.anext);
  assign(pns->node(0), AssignKind::kStore);
  emit.pop_except_jump(try_else_label);
  emit.label_assign(try_exception_label);
  emit.start_except_handler();
  emit.dup_top();
  emit.load_global(names.stop_async_iteration, true);
  emit.binary_op(BinaryOp::EXCEPTION_MATCH);
  emit.pop_jump_if(false, try_finally_label);
  emit.pop_top();
  emit.pop_except_jump(while_else_label);
  emit.label_assign(try_finally_label);
  emit.adjust_stack_size(1);  // the exception, when we get here by the jump
  decrease_except_level();
  emit.end_except_handler();
  emit.label_assign(try_else_label);
  compile_node(pns->node(2));
  emit.jump(loop.continue_label);
  loop.end();
  emit.label_assign(while_else_label);
  compile_node(pns->node(3));
  emit.label_assign(loop.break_label);
  emit.pop_top();
}

void Compiler::compile_async_with_helper(std::span<const Node> items, Node body) {
  if (items.empty()) {
    compile_node(body);
    return;
  }
  uint32_t l_finally_block = new_label();
  uint32_t l_aexit_no_exc = new_label();
  uint32_t l_ret_unwind_jump = new_label();
  uint32_t l_end = new_label();
  if (items[0].is_struct_kind(Rule::with_item)) {
    const StructNode* item = items[0].as_struct();
    compile_node(item->node(0));
    emit.dup_top();
    compile_await_object_method(names.aenter);
    assign(item->node(1), AssignKind::kStore);
  } else {
    compile_node(items[0]);
    emit.dup_top();
    compile_await_object_method(names.aenter);
    emit.pop_top();
  }
  increase_except_level(l_finally_block, BlockKind::kFinally);
  emit.adjust_stack_size(3);  // an unwind jump's state
  compile_async_with_helper(items.subspan(1), body);
  emit.adjust_stack_size(-3);

  // Case 1, no exception: call __aexit__.
  emit.async_with_setup_finally(l_aexit_no_exc, l_finally_block, l_ret_unwind_jump, names.base_exception);
  // Case 2, an exception: call __aexit__, then swallow or re-raise.
  emit.dup_top();
  emit.rot_three();
  emit.rot_two();
  emit.load_method(names.aexit, false);
  emit.rot_three();
  emit.rot_three();
  emit.dup_top();
  emit.attr(names.dunder_class, AccessKind::kLoad);  // type(exc)
  emit.rot_two();
  emit.load_const_token(TokenKind::kKwNone);  // the traceback
  emit.call_method(3, 0, 0);
  compile_yield_from();
  emit.pop_jump_if(false, l_end);
  emit.pop_top();
  emit.load_const_token(TokenKind::kKwNone);
  emit.jump(l_end);
  emit.adjust_stack_size(2);
  // Case 3, a return or unwind jump: call __aexit__.
  emit.label_assign(l_ret_unwind_jump);
  emit.rot_three();
  emit.rot_three();
  emit.label_assign(l_aexit_no_exc);
  emit.load_method(names.aexit, false);
  emit.load_const_token(TokenKind::kKwNone);
  emit.dup_top();
  emit.dup_top();
  emit.call_method(3, 0, 0);
  compile_yield_from();
  emit.pop_top();
  emit.adjust_stack_size(-1);
  emit.label_assign(l_end);
  decrease_except_level();
}

void Compiler::compile_async_stmt(const StructNode* pns) {
  const StructNode* inner = pns->node(0).as_struct();
  if (inner->rule() == Rule::funcdef) {
    compile_funcdef(inner);
    Scope* fscope = scope_in_slot(inner->node(4));
    fscope->scope_flags |= kScopeFlagGenerator | (is_circuitpython() ? kScopeFlagAsync : 0);
    return;
  }
  if (!(scope_cur->scope_flags & kScopeFlagGenerator)) {
    syntax_error(Node::from_struct(inner), "async for/with outside async function");
    return;
  }
  if (inner->rule() == Rule::for_stmt) {
    compile_async_for_stmt(inner);
  } else {
    compile_async_with_helper(extract_list(inner->nodes()[0], Rule::with_stmt_list), inner->node(1));
  }
}

}  // namespace cpy::compiler
