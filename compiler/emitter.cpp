#include "emitter.h"

#include <algorithm>

#include "cpy/mpy/bytes.h"
#include "cpy/mpy/prelude.h"

namespace cpy::compiler {

using mpy::Op;

namespace {

size_t varint_size(uint32_t value) {
  size_t n = 1;
  while (value >>= 7) ++n;
  return n;
}

uint8_t op_plus(Op op, uint32_t k) { return uint8_t(uint32_t(op) + k); }

}  // namespace

bool Emitter::set_max_labels(uint32_t count) {
  max_labels_ = count;
  label_offsets_ = arena_.make_array<uint32_t>(count ? count : 1);
  if (!label_offsets_) out_of_memory_ = true;
  return label_offsets_ != nullptr;
}

size_t Emitter::prelude_head_size(bool with_size) const {
  mpy::CountingSink count;
  mpy::encode_signature(scope_->signature(signature_flag_mask_), count);
  if (with_size) mpy::encode_prelude_size({n_info_, n_cell_}, count);
  return count.size();
}

void Emitter::start_pass(Pass pass, Scope* scope) {
  const Pass previous = pass_;
  pass_ = pass;
  scope_ = scope;
  stack_size_ = 0;
  suppress_ = false;
  last_source_line_offset_ = 0;
  last_source_line_ = 1;
  bytecode_offset_ = 0;
  line_info_offset_ = 0;
  overflow_ = false;
  child_count_ = 0;

  // The function's name and argument names are the first qstrs it uses.
  name_and_args_size_ = varint_size(tables_.use_qstr(scope->simple_name));
  for (uint32_t i = 0; i < uint32_t(scope->num_pos_args) + scope->num_kwonly_args; ++i) {
    const Qstr* name = scope->param_name(i);
    name_and_args_size_ += varint_size(tables_.use_qstr(name ? name : star_name));
  }

  if (pass == Pass::kEmit && previous == Pass::kCodeSize) {
    // The first emit pass of a scope gets buffers of its own, as large as
    // the code-size pass measured: code only shrinks in later emit passes,
    // which reuse them. The scope's raw code keeps pointing at them.
    bytecode_ = arena_.make_array<uint8_t>(bytecode_size_ ? bytecode_size_ : 1);
    bytecode_capacity_ = bytecode_ ? bytecode_size_ : 0;
    line_info_ = arena_.make_array<uint8_t>(code_info_size_ ? code_info_size_ : 1);
    line_info_capacity_ = line_info_ ? code_info_size_ : 0;
    if (!bytecode_ || !line_info_) out_of_memory_ = true;
  }
}

bool Emitter::end_pass() {
  if (pass_ == Pass::kScope) return true;
  uint32_t n_cell = scope_->cell_count();
  size_t head = prelude_head_size(pass_ >= Pass::kCodeSize);
  uint32_t n_info = uint32_t(name_and_args_size_ + line_info_offset_);
  size_t code_info_size = head + n_info + n_cell;
  n_info_ = n_info;
  n_cell_ = n_cell;

  if (pass_ == Pass::kEmit) {
    bool same = code_info_size == code_info_size_ && bytecode_offset_ == bytecode_size_;
    code_info_size_ = code_info_size;
    bytecode_size_ = bytecode_offset_;
    line_info_size_ = line_info_offset_;
    return same || out_of_memory_;
  }
  code_info_size_ = code_info_size;
  bytecode_size_ = bytecode_offset_;
  return true;
}

void Emitter::adjust_stack_size(int delta) {
  if (pass_ == Pass::kScope) return;
  stack_size_ += delta;
  if (stack_size_ > scope_->stack_size) scope_->stack_size = uint16_t(stack_size_);
}

// --- Line table -----------------------------------------------------------------

void Emitter::put_line_byte(uint8_t byte) {
  if (pass_ == Pass::kEmit && line_info_offset_ < line_info_capacity_) {
    line_info_[line_info_offset_] = byte;
  } else if (pass_ == Pass::kEmit) {
    out_of_memory_ = true;  // cannot happen: sizes only shrink
  }
  ++line_info_offset_;
}

void Emitter::write_line_step(uint32_t bytes_to_skip, uint32_t lines_to_skip) {
  while (bytes_to_skip > 0 || lines_to_skip > 0) {
    uint32_t b, l;
    if (lines_to_skip <= 6 || bytes_to_skip > 0xf) {
      b = std::min<uint32_t>(bytes_to_skip, 0x1f);
      l = b < bytes_to_skip ? 0 : std::min<uint32_t>(lines_to_skip, 0x3);
      put_line_byte(uint8_t(b | (l << 5)));
    } else {
      b = std::min<uint32_t>(bytes_to_skip, 0xf);
      l = std::min<uint32_t>(lines_to_skip, 0x7ff);
      put_line_byte(uint8_t(0x80 | b | ((l >> 4) & 0x70)));
      put_line_byte(uint8_t(l));
    }
    bytes_to_skip -= b;
    lines_to_skip -= l;
  }
}

void Emitter::set_source_line(uint32_t line) {
  if (optimise_level_ >= 3) return;
  if (line > last_source_line_) {
    write_line_step(uint32_t(bytecode_offset_ - last_source_line_offset_), line - last_source_line_);
    last_source_line_offset_ = uint32_t(bytecode_offset_);
    last_source_line_ = line;
  }
}

// --- Bytecode writing ---------------------------------------------------------------

uint8_t* Emitter::bytecode_space(size_t n) {
  if (suppress_) return dummy_;
  size_t at = bytecode_offset_;
  bytecode_offset_ += n;
  if (pass_ < Pass::kEmit) return dummy_;
  if (at + n > bytecode_capacity_) {
    out_of_memory_ = true;  // cannot happen: sizes only shrink
    return dummy_;
  }
  return bytecode_ + at;
}

void Emitter::write_raw_byte(uint8_t byte) { *bytecode_space(1) = byte; }

void Emitter::write_byte(int stack_adjust, uint8_t byte) {
  adjust_stack_size(stack_adjust);
  *bytecode_space(1) = byte;
}

void Emitter::write_uint(int stack_adjust, uint8_t byte, uint32_t value) {
  write_byte(stack_adjust, byte);
  uint8_t buf[5];
  size_t n = mpy::encode_varint(value, buf);
  uint8_t* out = bytecode_space(n);
  if (out != dummy_) std::copy(buf, buf + n, out);
}

void Emitter::write_qstr(int stack_adjust, Op op, const Qstr* name) {
  write_uint(stack_adjust, uint8_t(op), tables_.use_qstr(name));
}

void Emitter::write_child(int stack_adjust, Op op, Scope* child) {
  // Children are numbered in every pass (even in unreachable code) and
  // recorded in the emit pass.
  if (pass_ == Pass::kEmit) {
    if (child_count_ == child_capacity_) {
      uint32_t capacity = child_capacity_ ? child_capacity_ * 2 : 8;
      Scope** grown = arena_.make_array<Scope*>(capacity);
      if (!grown) {
        out_of_memory_ = true;
      } else {
        std::copy(children_, children_ + child_count_, grown);
        children_ = grown;
        child_capacity_ = capacity;
      }
    }
    if (child_count_ < child_capacity_) children_[child_count_] = child;
  }
  write_uint(stack_adjust, uint8_t(op), child_count_++);
}

void Emitter::write_label(int stack_adjust, Op op, uint32_t label) {
  adjust_stack_size(stack_adjust);
  if (suppress_) return;
  const bool is_signed = uint8_t(op) <= uint8_t(Op::POP_JUMP_IF_FALSE);
  unsigned extra = 1;  // a second offset byte
  int64_t offset = 0;
  if (pass_ >= Pass::kCodeSize) {
    offset = int64_t(label_offsets_[label]) - int64_t(bytecode_offset_) - 2;
    if ((is_signed && -64 <= offset && offset <= 63) || (!is_signed && offset >= 0 && offset <= 127)) extra = 0;
    offset -= extra;
  }
  uint8_t* c = bytecode_space(2 + extra);
  if (c == dummy_) return;
  c[0] = uint8_t(op);
  if (extra == 0) {
    if (is_signed) offset += 0x40;
    c[1] = uint8_t(offset);
  } else {
    if (is_signed) offset += 0x4000;
    if (pass_ == Pass::kEmit && !(0 <= offset && offset <= 0x7fff)) overflow_ = true;
    c[1] = uint8_t(0x80 | (offset & 0x7f));
    c[2] = uint8_t(offset >> 7);
  }
}

void Emitter::label_assign(uint32_t label) {
  suppress_ = false;
  if (pass_ == Pass::kScope) return;
  label_offsets_[label] = uint32_t(bytecode_offset_);
}

// --- Instructions -------------------------------------------------------------------

void Emitter::import(const Qstr* name, ImportKind kind) {
  if (kind == ImportKind::kStar) {
    write_op(-1, Op::IMPORT_STAR);
  } else if (kind == ImportKind::kFrom) {
    write_qstr(1, Op::IMPORT_FROM, name);
  } else {
    write_qstr(-1, Op::IMPORT_NAME, name);
  }
}

void Emitter::load_const_token(TokenKind token) {
  switch (token) {
    case TokenKind::kEllipsis:
      write_uint(1, uint8_t(Op::LOAD_CONST_OBJ), tables_.use_const(nullptr));
      break;
    case TokenKind::kKwFalse:
      write_op(1, Op::LOAD_CONST_FALSE);
      break;
    case TokenKind::kKwTrue:
      write_op(1, Op::LOAD_CONST_TRUE);
      break;
    default:
      write_op(1, Op::LOAD_CONST_NONE);
      break;
  }
}

void Emitter::load_const_small_int(int64_t value) {
  if (-mpy::kSmallIntMultiBias <= value && value < mpy::kSmallIntMultiCount - mpy::kSmallIntMultiBias) {
    write_byte(1, op_plus(Op::LOAD_CONST_SMALL_INT_MULTI, uint32_t(mpy::kSmallIntMultiBias + value)));
    return;
  }
  write_op(1, Op::LOAD_CONST_SMALL_INT);
  // Signed varint: 7 bits a byte, most significant first, with a sign bit.
  uint8_t buf[10];
  uint8_t* p = buf + sizeof buf;
  int64_t num = value;
  do {
    *--p = uint8_t(num & 0x7f);
    num >>= 7;
  } while (num != 0 && num != -1);
  if (num == -1 && (*p & 0x40) == 0) {
    *--p = 0x7f;
  } else if (num == 0 && (*p & 0x40) != 0) {
    *--p = 0;
  }
  size_t n = size_t(buf + sizeof buf - p);
  uint8_t* out = bytecode_space(n);
  if (out == dummy_) return;
  for (size_t i = 0; i + 1 < n; ++i) out[i] = p[i] | 0x80;
  out[n - 1] = p[n - 1];
}

void Emitter::load_const_str(const Qstr* text) { write_qstr(1, Op::LOAD_CONST_STRING, text); }

void Emitter::load_const_obj(const ConstObject* object) {
  write_uint(1, uint8_t(Op::LOAD_CONST_OBJ), tables_.use_const(object));
}

void Emitter::load_null() { write_op(1, Op::LOAD_NULL); }

void Emitter::load_local(uint32_t local_num, bool deref) {
  if (!deref && local_num < uint32_t(mpy::kFastMultiCount)) {
    write_byte(1, op_plus(Op::LOAD_FAST_MULTI, local_num));
  } else {
    write_uint(1, uint8_t(deref ? Op::LOAD_DEREF : Op::LOAD_FAST_N), local_num);
  }
}

void Emitter::load_global(const Qstr* name, bool explicit_global) {
  write_qstr(1, explicit_global ? Op::LOAD_GLOBAL : Op::LOAD_NAME, name);
}

void Emitter::load_method(const Qstr* name, bool is_super) {
  write_qstr(is_super ? -1 : 1, is_super ? Op::LOAD_SUPER_METHOD : Op::LOAD_METHOD, name);
}

void Emitter::load_build_class() { write_op(1, Op::LOAD_BUILD_CLASS); }

void Emitter::subscr(AccessKind kind) {
  if (kind == AccessKind::kLoad) {
    write_op(-1, Op::LOAD_SUBSCR);
    return;
  }
  if (kind == AccessKind::kDelete) {
    load_null();
    rot_three();
  }
  write_op(-3, Op::STORE_SUBSCR);
}

void Emitter::attr(const Qstr* name, AccessKind kind) {
  if (kind == AccessKind::kLoad) {
    write_qstr(0, Op::LOAD_ATTR, name);
    return;
  }
  if (kind == AccessKind::kDelete) {
    load_null();
    rot_two();
  }
  write_qstr(-2, Op::STORE_ATTR, name);
}

void Emitter::store_local(uint32_t local_num, bool deref) {
  if (!deref && local_num < uint32_t(mpy::kFastMultiCount)) {
    write_byte(-1, op_plus(Op::STORE_FAST_MULTI, local_num));
  } else {
    write_uint(-1, uint8_t(deref ? Op::STORE_DEREF : Op::STORE_FAST_N), local_num);
  }
}

void Emitter::store_global(const Qstr* name, bool explicit_global) {
  write_qstr(-1, explicit_global ? Op::STORE_GLOBAL : Op::STORE_NAME, name);
}

void Emitter::delete_local(uint32_t local_num, bool deref) {
  write_uint(0, uint8_t(deref ? Op::DELETE_DEREF : Op::DELETE_FAST), local_num);
}

void Emitter::delete_global(const Qstr* name, bool explicit_global) {
  write_qstr(0, explicit_global ? Op::DELETE_GLOBAL : Op::DELETE_NAME, name);
}

void Emitter::dup_top() { write_op(1, Op::DUP_TOP); }
void Emitter::dup_top_two() { write_op(2, Op::DUP_TOP_TWO); }
void Emitter::pop_top() { write_op(-1, Op::POP_TOP); }
void Emitter::rot_two() { write_op(0, Op::ROT_TWO); }
void Emitter::rot_three() { write_op(0, Op::ROT_THREE); }

void Emitter::jump(uint32_t label) {
  write_label(0, Op::JUMP, label);
  suppress_ = true;
}

void Emitter::pop_jump_if(bool condition, uint32_t label) {
  write_label(-1, condition ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
}

void Emitter::jump_if_or_pop(bool condition, uint32_t label) {
  write_label(-1, condition ? Op::JUMP_IF_TRUE_OR_POP : Op::JUMP_IF_FALSE_OR_POP, label);
}

void Emitter::unwind_jump(uint32_t label, uint32_t except_depth) {
  const bool from_for = (label & kBreakFromFor) != 0;
  label &= ~kBreakFromFor;
  if (except_depth == 0) {
    if (from_for) {
      for (int i = 0; i < kIterBufSlots; ++i) write_raw_byte(uint8_t(Op::POP_TOP));
    }
    write_label(0, Op::JUMP, label);
  } else {
    write_label(0, Op::UNWIND_JUMP, label);
    write_raw_byte(uint8_t((from_for ? 0x80 : 0) | except_depth));
  }
  suppress_ = true;
}

void Emitter::setup_block(uint32_t label, BlockKind kind) {
  static constexpr Op kOps[] = {Op::SETUP_WITH, Op::SETUP_EXCEPT, Op::SETUP_FINALLY};
  write_label(kind == BlockKind::kWith ? 2 : 0, kOps[uint8_t(kind)], label);
}

void Emitter::with_cleanup(uint32_t label) {
  load_const_token(TokenKind::kKwNone);
  label_assign(label);
  write_op(2, Op::WITH_CLEANUP);
  adjust_stack_size(-4);
}

void Emitter::async_with_setup_finally(uint32_t label_aexit_no_exc, uint32_t label_finally_block,
                                       uint32_t label_ret_unwind_jump, const Qstr* base_exception) {
  load_const_token(TokenKind::kKwNone);  // no exception for end_finally
  rot_two();
  jump(label_aexit_no_exc);
  label_assign(label_finally_block);
  dup_top();
  load_global(base_exception, true);
  binary_op(BinaryOp::EXCEPTION_MATCH);
  pop_jump_if(false, label_ret_unwind_jump);  // not an exception: a return or an unwind jump
}

void Emitter::end_finally() { write_op(-1, Op::END_FINALLY); }

void Emitter::get_iter(bool use_stack) {
  write_op(use_stack ? kIterBufSlots - 1 : 0, use_stack ? Op::GET_ITER_STACK : Op::GET_ITER);
}

void Emitter::for_iter(uint32_t label) { write_label(1, Op::FOR_ITER, label); }

void Emitter::for_iter_end() { adjust_stack_size(-kIterBufSlots); }

void Emitter::pop_except_jump(uint32_t label) {
  write_label(0, Op::POP_EXCEPT_JUMP, label);
  suppress_ = true;
}

void Emitter::unary_op(UnaryOp op) { write_byte(0, op_plus(Op::UNARY_OP_MULTI, uint32_t(op))); }

void Emitter::binary_op(BinaryOp op) {
  bool invert = false;
  if (op == BinaryOp::NOT_IN) {
    invert = true;
    op = BinaryOp::IN;
  } else if (op == BinaryOp::IS_NOT) {
    invert = true;
    op = BinaryOp::IS;
  }
  write_byte(-1, op_plus(Op::BINARY_OP_MULTI, uint32_t(op)));
  if (invert) write_byte(0, op_plus(Op::UNARY_OP_MULTI, uint32_t(UnaryOp::NOT)));
}

void Emitter::build(uint32_t count, BuildKind kind) {
  static constexpr Op kOps[] = {Op::BUILD_TUPLE, Op::BUILD_LIST, Op::BUILD_MAP, Op::BUILD_SET, Op::BUILD_SLICE};
  int stack_adjust = kind == BuildKind::kMap ? 1 : 1 - int(count);
  write_uint(stack_adjust, uint8_t(kOps[uint8_t(kind)]), count);
}

void Emitter::store_map() { write_op(-2, Op::STORE_MAP); }

void Emitter::store_comp(ScopeKind kind, uint32_t collection_stack_index) {
  uint32_t n = 0, t = 0;
  if (kind == ScopeKind::kListComp) {
    n = 0;
    t = 0;
  } else if (kind == ScopeKind::kDictComp) {
    n = 1;
    t = 1;
  } else {
    n = 0;
    t = 2;
  }
  write_uint(-1 - int(n), uint8_t(Op::STORE_COMP), ((collection_stack_index + n) << 2) | t);
}

void Emitter::unpack_sequence(uint32_t count) { write_uint(-1 + int(count), uint8_t(Op::UNPACK_SEQUENCE), count); }

void Emitter::unpack_ex(uint32_t n_left, uint32_t n_right) {
  write_uint(-1 + int(n_left + n_right + 1), uint8_t(Op::UNPACK_EX), n_left | (n_right << 8));
}

void Emitter::make_function(Scope* scope, uint32_t n_pos_defaults, uint32_t n_kw_defaults) {
  if (n_pos_defaults == 0 && n_kw_defaults == 0) {
    write_child(1, Op::MAKE_FUNCTION, scope);
  } else {
    write_child(-1, Op::MAKE_FUNCTION_DEFARGS, scope);
  }
}

void Emitter::make_closure(Scope* scope, uint32_t n_closed_over, uint32_t n_pos_defaults, uint32_t n_kw_defaults) {
  if (n_pos_defaults == 0 && n_kw_defaults == 0) {
    write_child(1 - int(n_closed_over), Op::MAKE_CLOSURE, scope);
  } else {
    write_child(-1 - int(n_closed_over), Op::MAKE_CLOSURE_DEFARGS, scope);
  }
  write_raw_byte(uint8_t(n_closed_over));
}

void Emitter::call_helper(int stack_adjust, Op base, uint32_t n_positional, uint32_t n_keyword, uint32_t star_flags) {
  if (star_flags) {
    stack_adjust -= int(n_positional) + 2 * int(n_keyword) + 1;
    write_uint(stack_adjust, op_plus(base, 1), (n_keyword << 8) | n_positional);
  } else {
    stack_adjust -= int(n_positional) + 2 * int(n_keyword);
    write_uint(stack_adjust, uint8_t(base), (n_keyword << 8) | n_positional);
  }
}

void Emitter::call_function(uint32_t n_positional, uint32_t n_keyword, uint32_t star_flags) {
  call_helper(0, Op::CALL_FUNCTION, n_positional, n_keyword, star_flags);
}

void Emitter::call_method(uint32_t n_positional, uint32_t n_keyword, uint32_t star_flags) {
  call_helper(-1, Op::CALL_METHOD, n_positional, n_keyword, star_flags);
}

void Emitter::return_value() {
  write_op(-1, Op::RETURN_VALUE);
  suppress_ = true;
}

void Emitter::raise_varargs(uint32_t n_args) {
  write_byte(-int(n_args), op_plus(Op::RAISE_LAST, n_args));
  suppress_ = true;
}

void Emitter::yield(bool from) {
  write_op(from ? -1 : 0, from ? Op::YIELD_FROM : Op::YIELD_VALUE);
  scope_->scope_flags |= kScopeFlagGenerator;
}

void Emitter::start_except_handler() { adjust_stack_size(4); }  // the exception, +3 for an unwind jump's state
void Emitter::end_except_handler() { adjust_stack_size(-3); }

}  // namespace cpy::compiler
