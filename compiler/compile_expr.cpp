// Expressions, and the dispatch from parse nodes to compile functions.
#include "compiler_state.h"

namespace cpy::compiler {

namespace {

// Deep enough for any tree the parser accepts under the reference's default
// heap, shallow enough for a host thread's stack.
constexpr uint32_t kMaxCompileDepth = 20000;

}  // namespace

void Compiler::compile_node(Node pn) {
  if (pn.is_null()) return;
  if (pn.is_small_int()) {
    emit.load_const_small_int(pn.small_int_value());
    return;
  }
  if (pn.is_id()) {
    load_id(pn.qstr());
    return;
  }
  if (pn.is_string()) {
    emit.load_const_str(pn.qstr());
    return;
  }
  if (pn.is_token()) {
    // A NEWLINE gets here from a file that starts with a blank line.
    if (!pn.is_token_kind(TokenKind::kNewline)) emit.load_const_token(pn.token_kind());
    return;
  }
  const StructNode* pns = pn.as_struct();
  emit.set_source_line(pns->source_line);
  if (++depth > kMaxCompileDepth) {
    if (!failed()) {
      error = Errc::kTooDeep;
      error_message = "maximum recursion depth exceeded";
    }
  } else {
    compile_struct(pns);
  }
  --depth;
}

void Compiler::compile_generic_all_nodes(const StructNode* pns) {
  for (Node child : pns->children()) {
    compile_node(child);
    if (failed()) {
      set_error_line(child);
      return;
    }
  }
}

void Compiler::compile_struct(const StructNode* pns) {
  if (pns->rule() == Rule::const_object) {
    emit.load_const_obj(Node::from_struct(pns).const_object());
    return;
  }
  CompileTag tag = rule_compile_tag(pns->rule());
  switch (tag) {
    case CompileTag::generic_all_nodes:
      return compile_generic_all_nodes(pns);
    case CompileTag::generic_tuple:
    case CompileTag::namedexpr:
    case CompileTag::test_if_expr:
    case CompileTag::lambdef:
    case CompileTag::or_and_test:
    case CompileTag::not_test_2:
    case CompileTag::comparison:
    case CompileTag::star_expr:
    case CompileTag::binary_op:
    case CompileTag::term:
    case CompileTag::factor_2:
    case CompileTag::power:
    case CompileTag::atom_expr_await:
    case CompileTag::atom_expr_normal:
    case CompileTag::atom_paren:
    case CompileTag::atom_bracket:
    case CompileTag::atom_brace:
    case CompileTag::trailer_paren:
    case CompileTag::trailer_bracket:
    case CompileTag::trailer_period:
    case CompileTag::subscript:
    case CompileTag::dictorsetmaker_item:
    case CompileTag::yield_expr:
      return compile_expression(pns, tag);
    default:
      return compile_statement(pns, tag);
  }
}

void Compiler::compile_expression(const StructNode* pns, CompileTag tag) {
  switch (tag) {
    case CompileTag::generic_tuple:
      return compile_generic_tuple(pns);
    case CompileTag::namedexpr:
      return compile_namedexpr_helper(pns->node(0), pns->node(1));
    case CompileTag::test_if_expr:
      return compile_test_if_expr(pns);
    case CompileTag::lambdef:
      return compile_lambdef(pns);
    case CompileTag::or_and_test:
      return compile_or_and_test(pns);
    case CompileTag::not_test_2:
      compile_node(pns->node(0));
      emit.unary_op(UnaryOp::NOT);
      return;
    case CompileTag::comparison:
      return compile_comparison(pns);
    case CompileTag::star_expr:
      syntax_error(Node::from_struct(pns), "*x must be assignment target");
      return;
    case CompileTag::binary_op:
      return compile_binary_op(pns);
    case CompileTag::term:
      return compile_term(pns);
    case CompileTag::factor_2:
      return compile_factor_2(pns);
    case CompileTag::power:
      compile_generic_all_nodes(pns);
      emit.binary_op(BinaryOp::POWER);
      return;
    case CompileTag::atom_expr_await:
      return compile_atom_expr_await(pns);
    case CompileTag::atom_expr_normal:
      return compile_atom_expr_normal(pns);
    case CompileTag::atom_paren:
      return compile_atom_paren(pns);
    case CompileTag::atom_bracket:
      return compile_atom_bracket(pns);
    case CompileTag::atom_brace:
      return compile_atom_brace(pns);
    case CompileTag::trailer_paren:
      return compile_trailer_paren_helper(pns->node(0), false, 0);
    case CompileTag::trailer_bracket:
      compile_node(pns->node(0));
      emit.subscr(AccessKind::kLoad);
      return;
    case CompileTag::trailer_period:
      emit.attr(pns->node(0).qstr(), AccessKind::kLoad);
      return;
    case CompileTag::subscript:
      return compile_subscript(pns);
    case CompileTag::dictorsetmaker_item:
      compile_node(pns->node(1));  // value
      compile_node(pns->node(0));  // key
      return;
    case CompileTag::yield_expr:
      return compile_yield_expr(pns);
    default:
      return;
  }
}

void Compiler::if_cond(Node pn, bool jump_if, uint32_t label) {
  if (is_const_false(pn)) {
    if (!jump_if) emit.jump(label);
    return;
  }
  if (is_const_true(pn)) {
    if (jump_if) emit.jump(label);
    return;
  }
  if (pn.is_struct()) {
    const StructNode* pns = pn.as_struct();
    size_t n = pns->count();
    Rule rule = pns->rule();
    if (rule == Rule::or_test || rule == Rule::and_test) {
      // `or` jumping on false, or `and` jumping on true, must see every
      // operand fail first; the other two jump on the first decisive one.
      bool all_must_fail = (rule == Rule::or_test) != jump_if;
      if (all_must_fail) {
        uint32_t label2 = new_label();
        for (size_t i = 0; i + 1 < n; ++i) if_cond(pns->node(i), !jump_if, label2);
        if_cond(pns->node(n - 1), jump_if, label);
        emit.label_assign(label2);
      } else {
        for (size_t i = 0; i < n; ++i) if_cond(pns->node(i), jump_if, label);
      }
      return;
    }
    if (rule == Rule::not_test_2) {
      if_cond(pns->node(0), !jump_if, label);
      return;
    }
  }
  compile_node(pn);
  emit.pop_jump_if(jump_if, label);
}

void Compiler::compile_generic_tuple(const StructNode* pns) {
  for (Node child : pns->children()) compile_node(child);
  emit.build(uint32_t(pns->count()), BuildKind::kTuple);
}

void Compiler::compile_test_if_expr(const StructNode* pns) {
  const StructNode* if_else = pns->node(1).as_struct();
  uint32_t l_fail = new_label();
  uint32_t l_end = new_label();
  if_cond(if_else->node(0), false, l_fail);
  compile_node(pns->node(0));
  emit.jump(l_end);
  emit.label_assign(l_fail);
  emit.adjust_stack_size(-1);
  compile_node(if_else->node(1));
  emit.label_assign(l_end);
}

void Compiler::compile_lambdef(const StructNode* pns) {
  if (pass == Pass::kScope) {
    Scope* s = new_scope(ScopeKind::kLambda, Node::from_struct(pns));
    if (!s) return;
    const_cast<StructNode*>(pns)->nodes()[2] = Node::from_bits(reinterpret_cast<uintptr_t>(s));
  }
  compile_funcdef_lambdef(scope_in_slot(pns->node(2)), pns->node(0), Rule::varargslist);
}

void Compiler::compile_namedexpr_helper(Node name, Node expr) {
  if (!name.is_id()) syntax_error(name, "can't assign to expression");
  compile_node(expr);
  emit.dup_top();
  if (!name.is_id()) return;
  const Qstr* target = name.qstr();
  // In a comprehension, := binds in the enclosing scope (PEP 572),
  // honouring its global and nonlocal declarations.
  if (pass == Pass::kScope && is_comprehension_like(scope_cur->kind)) {
    IdInfo* parent_id = id_for_modification(scope_cur->parent, target);
    if (!parent_id) return;
    if (parent_id->kind == IdKind::kGlobalExplicit) {
      if (!scope_cur->find_or_add(arena, target, IdKind::kGlobalExplicit)) out_of_memory();
    } else {
      IdInfo* id = scope_cur->find_or_add(arena, target, IdKind::kUndecided);
      if (!id) {
        out_of_memory();
        return;
      }
      bool is_global = scope_cur->parent->parent == nullptr;
      if (!is_global && id->kind == IdKind::kGlobalImplicit) id->kind = IdKind::kUndecided;
      if (is_global) {
        declare_global(name, id);
      } else {
        declare_nonlocal(name, id);
      }
    }
  }
  store_id(target);
}

void Compiler::compile_or_and_test(const StructNode* pns) {
  bool condition = pns->rule() == Rule::or_test;
  uint32_t l_end = new_label();
  size_t n = pns->count();
  for (size_t i = 0; i < n; ++i) {
    compile_node(pns->node(i));
    if (i + 1 < n) emit.jump_if_or_pop(condition, l_end);
  }
  emit.label_assign(l_end);
}

void Compiler::compile_comparison(const StructNode* pns) {
  size_t n = pns->count();
  compile_node(pns->node(0));
  bool multi = n > 3;
  uint32_t l_fail = multi ? new_label() : 0;
  for (size_t i = 1; i + 1 < n; i += 2) {
    compile_node(pns->node(i + 1));
    if (i + 2 < n) {
      emit.dup_top();
      emit.rot_three();
    }
    Node op = pns->node(i);
    if (op.is_token()) {
      TokenKind tok = op.token_kind();
      if (tok == TokenKind::kKwIn) {
        emit.binary_op(BinaryOp::IN);
      } else {
        emit.binary_op(BinaryOp(uint8_t(BinaryOp::LESS) + (uint8_t(tok) - uint8_t(TokenKind::kOpLess))));
      }
    } else {
      const StructNode* pns2 = op.as_struct();
      if (pns2->rule() == Rule::comp_op_not_in) {
        emit.binary_op(BinaryOp::NOT_IN);
      } else {
        emit.binary_op(pns2->node(0).is_null() ? BinaryOp::IS : BinaryOp::IS_NOT);
      }
    }
    if (i + 2 < n) emit.jump_if_or_pop(false, l_fail);
  }
  if (multi) {
    uint32_t l_end = new_label();
    emit.jump(l_end);
    emit.label_assign(l_fail);
    emit.adjust_stack_size(1);
    emit.rot_two();
    emit.pop_top();
    emit.label_assign(l_end);
  }
}

void Compiler::compile_binary_op(const StructNode* pns) {
  BinaryOp op = pns->rule() == Rule::expr ? BinaryOp::OR : pns->rule() == Rule::xor_expr ? BinaryOp::XOR : BinaryOp::AND;
  compile_node(pns->node(0));
  for (size_t i = 1; i < pns->count(); ++i) {
    compile_node(pns->node(i));
    emit.binary_op(op);
  }
}

void Compiler::compile_term(const StructNode* pns) {
  size_t n = pns->count();
  compile_node(pns->node(0));
  for (size_t i = 1; i + 1 < n; i += 2) {
    compile_node(pns->node(i + 1));
    TokenKind tok = pns->node(i).token_kind();
    emit.binary_op(BinaryOp(uint8_t(BinaryOp::LSHIFT) + (uint8_t(tok) - uint8_t(TokenKind::kOpDblLess))));
  }
}

void Compiler::compile_factor_2(const StructNode* pns) {
  compile_node(pns->node(1));
  TokenKind tok = pns->node(0).token_kind();
  UnaryOp op = tok == TokenKind::kOpTilde ? UnaryOp::INVERT
                                          : UnaryOp(uint8_t(UnaryOp::POSITIVE) + (uint8_t(tok) - uint8_t(TokenKind::kOpPlus)));
  emit.unary_op(op);
}

void Compiler::compile_atom_expr_normal(const StructNode* pns) {
  compile_node(pns->node(0));
  if (pns->node(1).is_null()) return;  // from compile_atom_expr_await
  const Node* trail = &pns->nodes()[1];
  size_t num_trail = 1;
  if (trail[0].as_struct()->rule() == Rule::atom_expr_trailers) {
    num_trail = trail[0].as_struct()->count();
    trail = trail[0].as_struct()->nodes();
  }
  auto trail_rule = [&](size_t i) { return trail[i].as_struct()->rule(); };
  size_t i = 0;
  Node subject = pns->node(0);
  if (scope_cur->kind == ScopeKind::kFunction && subject.is_id() && subject.qstr() == names.super &&
      trail_rule(0) == Rule::trailer_paren && trail[0].as_struct()->node(0).is_null()) {
    // super() in a function: the class cell and the first argument.
    load_id(names.dunder_class);
    bool found = false;
    for (uint16_t k = 0; k < scope_cur->id_count; ++k) {
      if (scope_cur->ids[k].flags & kIdParam) {
        load_id(scope_cur->ids[k].name);
        found = true;
        break;
      }
    }
    if (!found) {
      syntax_error(trail[0], "super() can't find self");
      return;
    }
    if (num_trail >= 3 && trail_rule(1) == Rule::trailer_period && trail_rule(2) == Rule::trailer_paren) {
      // super().f(...) calls without making a bound method.
      emit.load_method(trail[1].as_struct()->node(0).qstr(), true);
      compile_trailer_paren_helper(trail[2].as_struct()->node(0), true, 0);
      i = 3;
    } else {
      emit.call_function(2, 0, 0);
      i = 1;
    }
  }
  for (; i < num_trail; ++i) {
    if (i + 1 < num_trail && trail_rule(i) == Rule::trailer_period && trail_rule(i + 1) == Rule::trailer_paren) {
      emit.load_method(trail[i].as_struct()->node(0).qstr(), false);
      compile_trailer_paren_helper(trail[i + 1].as_struct()->node(0), true, 0);
      i += 1;
    } else {
      compile_node(trail[i]);
    }
  }
}

void Compiler::compile_trailer_paren_helper(Node arglist, bool is_method_call, uint32_t n_positional_extra) {
  std::span<const Node> args = extract_list(arglist, Rule::arglist);
  uint32_t n_positional = n_positional_extra;
  uint32_t n_keyword = 0;
  uint32_t star_flags = 0;
  uint64_t star_args = 0;
  constexpr uint32_t kStarSingle = 1, kStarDouble = 2;
  for (size_t i = 0; i < args.size(); ++i) {
    Node arg = args[i];
    Rule kind = arg.is_struct() ? arg.as_struct()->rule() : Rule::const_object;
    if (arg.is_struct() && kind == Rule::arglist_star) {
      if (star_flags & kStarDouble) {
        syntax_error(arg, "* arg after **");
        return;
      }
      // The star positions travel as bits of a small int.
      if (i >= options.small_int_bits - 1) {
        syntax_error(arg, "too many args");
        return;
      }
      star_flags |= kStarSingle;
      star_args |= uint64_t(1) << i;
      compile_node(arg.as_struct()->node(0));
      n_positional++;
      continue;
    }
    if (arg.is_struct() && kind == Rule::arglist_dbl_star) {
      star_flags |= kStarDouble;
      emit.load_null();  // a ** argument is a keyword argument with no key
      compile_node(arg.as_struct()->node(0));
      n_keyword++;
      continue;
    }
    if (arg.is_struct() && kind == Rule::argument) {
      const StructNode* pns_arg = arg.as_struct();
      if (pns_arg->node(1).is_struct_kind(Rule::argument_3)) {
        compile_namedexpr_helper(pns_arg->node(0), pns_arg->node(1).as_struct()->node(0));
        n_positional++;
      } else if (!pns_arg->node(1).is_struct_kind(Rule::comp_for)) {
        if (!pns_arg->node(0).is_id()) {
          syntax_error(arg, "LHS of keyword arg must be an id");
          return;
        }
        emit.load_const_str(pns_arg->node(0).qstr());
        compile_node(pns_arg->node(1));
        n_keyword++;
      } else {
        compile_comprehension(pns_arg, ScopeKind::kGenExpr);
        n_positional++;
      }
      continue;
    }
    if (star_flags & kStarDouble) {
      syntax_error(arg, "positional arg after **");
      return;
    }
    if (n_keyword > 0) {
      syntax_error(arg, "positional arg after keyword arg");
      return;
    }
    compile_node(arg);
    n_positional++;
  }
  if (star_flags != 0) emit.load_const_small_int(int64_t(star_args));
  if (is_method_call) {
    emit.call_method(n_positional, n_keyword, star_flags);
  } else {
    emit.call_function(n_positional, n_keyword, star_flags);
  }
}

void Compiler::compile_comprehension(const StructNode* pns, ScopeKind kind) {
  const StructNode* comp_for = pns->node(1).as_struct();
  if (pass == Pass::kScope) {
    Scope* s = new_scope(kind, Node::from_struct(pns));
    if (!s) return;
    const_cast<StructNode*>(comp_for)->nodes()[3] = Node::from_bits(reinterpret_cast<uintptr_t>(s));
  }
  Scope* this_scope = scope_in_slot(comp_for->node(3));
  close_over_variables(this_scope, 0, 0);
  compile_node(comp_for->node(1));  // the outermost iterable, evaluated here
  if (kind == ScopeKind::kGenExpr) emit.get_iter(false);
  emit.call_function(1, 0, 0);
}

void Compiler::compile_atom_paren(const StructNode* pns) {
  if (pns->node(0).is_null()) {
    emit.build(0, BuildKind::kTuple);
    return;
  }
  const StructNode* inner = pns->node(0).as_struct();
  if (has_comp_for(inner)) {
    compile_comprehension(inner, ScopeKind::kGenExpr);
  } else {
    compile_generic_tuple(inner);
  }
}

void Compiler::compile_atom_bracket(const StructNode* pns) {
  Node inner = pns->node(0);
  if (inner.is_null()) {
    emit.build(0, BuildKind::kList);
  } else if (inner.is_struct_kind(Rule::testlist_comp)) {
    const StructNode* items = inner.as_struct();
    if (has_comp_for(items)) {
      compile_comprehension(items, ScopeKind::kListComp);
    } else {
      compile_generic_all_nodes(items);
      emit.build(uint32_t(items->count()), BuildKind::kList);
    }
  } else {
    compile_node(inner);
    emit.build(1, BuildKind::kList);
  }
}

void Compiler::compile_atom_brace(const StructNode* pns) {
  Node pn = pns->node(0);
  if (pn.is_null()) {
    emit.build(0, BuildKind::kMap);
    return;
  }
  if (pn.is_struct()) {
    const StructNode* inner = pn.as_struct();
    if (inner->rule() == Rule::dictorsetmaker_item) {
      emit.build(1, BuildKind::kMap);
      compile_node(pn);
      emit.store_map();
      return;
    }
    if (inner->rule() == Rule::dictorsetmaker) {
      const StructNode* tail = inner->node(1).as_struct();
      if (tail->rule() == Rule::dictorsetmaker_list) {
        std::span<const Node> rest = extract_list(tail->nodes()[0], Rule::dictorsetmaker_list2);
        bool is_dict = inner->node(0).is_struct_kind(Rule::dictorsetmaker_item);
        if (is_dict) {
          emit.build(uint32_t(1 + rest.size()), BuildKind::kMap);
          compile_node(inner->node(0));
          emit.store_map();
        } else {
          compile_node(inner->node(0));
        }
        for (Node item : rest) {
          bool is_key_value = item.is_struct_kind(Rule::dictorsetmaker_item);
          compile_node(item);
          if (is_dict) {
            if (!is_key_value) {
              syntax_error(Node::from_struct(inner), "expecting key:value for dict");
              return;
            }
            emit.store_map();
          } else if (is_key_value) {
            syntax_error(Node::from_struct(inner), "expecting just a value for set");
            return;
          }
        }
        if (!is_dict) emit.build(uint32_t(1 + rest.size()), BuildKind::kSet);
        return;
      }
      // A dict or set comprehension.
      compile_comprehension(inner, inner->node(0).is_struct_kind(Rule::dictorsetmaker_item) ? ScopeKind::kDictComp
                                                                                              : ScopeKind::kSetComp);
      return;
    }
  }
  // A set with one element.
  compile_node(pn);
  emit.build(1, BuildKind::kSet);
}

void Compiler::compile_subscript(const StructNode* pns) {
  if (pns->rule() == Rule::subscript_2) {
    compile_node(pns->node(0));  // the start
    pns = pns->node(1).as_struct();
  } else {
    emit.load_const_token(TokenKind::kKwNone);  // no start
  }
  // pns is a subscript_3: what follows the first colon.
  Node pn = pns->node(0);
  if (pn.is_null()) {
    emit.load_const_token(TokenKind::kKwNone);  // [a:]
    emit.build(2, BuildKind::kSlice);
    return;
  }
  if (pn.is_struct()) {
    const StructNode* inner = pn.as_struct();
    if (inner->rule() == Rule::subscript_3c) {
      emit.load_const_token(TokenKind::kKwNone);
      if (inner->node(0).is_null()) {
        emit.build(2, BuildKind::kSlice);  // [a::]
      } else {
        compile_node(inner->node(0));  // [a::c]
        emit.build(3, BuildKind::kSlice);
      }
      return;
    }
    if (inner->rule() == Rule::subscript_3d) {
      compile_node(inner->node(0));
      const StructNode* sliceop = inner->node(1).as_struct();
      if (sliceop->node(0).is_null()) {
        emit.build(2, BuildKind::kSlice);  // [a:b:]
      } else {
        compile_node(sliceop->node(0));  // [a:b:c]
        emit.build(3, BuildKind::kSlice);
      }
      return;
    }
  }
  compile_node(pn);  // [a:b]
  emit.build(2, BuildKind::kSlice);
}

void Compiler::compile_yield_expr(const StructNode* pns) {
  if (scope_cur->kind != ScopeKind::kFunction && scope_cur->kind != ScopeKind::kLambda) {
    syntax_error(Node::from_struct(pns), "'yield' outside function");
    return;
  }
  Node arg = pns->node(0);
  if (arg.is_null()) {
    emit.load_const_token(TokenKind::kKwNone);
    emit.yield(false);
  } else if (arg.is_struct_kind(Rule::yield_arg_from)) {
    if (is_circuitpython() && (scope_cur->scope_flags & kScopeFlagAsync)) {
      syntax_error(arg, "'yield from' inside async function");
      return;
    }
    compile_node(arg.as_struct()->node(0));
    compile_yield_from();
  } else {
    compile_node(arg);
    emit.yield(false);
  }
}

void Compiler::compile_atom_expr_await(const StructNode* pns) {
  if (scope_cur->kind != ScopeKind::kFunction && scope_cur->kind != ScopeKind::kLambda) {
    syntax_error(Node::from_struct(pns), "'await' outside function");
    return;
  }
  compile_atom_expr_normal(pns);
  if (is_circuitpython()) {
    // CircuitPython awaits through the object's __await__ method.
    emit.load_method(names.await, false);
    emit.call_method(0, 0, 0);
    emit.load_const_token(TokenKind::kKwNone);
    emit.yield(true);
  } else {
    compile_yield_from();
  }
}

}  // namespace cpy::compiler
