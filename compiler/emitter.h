// The bytecode emitter: one instruction interface that the compile passes
// drive, measuring in the early passes and writing in the last, exactly as
// the reference's emitbc.c (stack depth, jump sizes, line table, qstr and
// constant first-use order).
#pragma once

#include <cstddef>
#include <cstdint>

#include "module_tables.h"
#include "scope.h"
#include "cpy/compiler/token.h"
#include "cpy/mpy/arena.h"
#include "cpy/mpy/opcodes.h"

namespace cpy::compiler {

/// The compile passes, in order. The last one may run again until the code
/// size stops changing (jumps shrink as their targets come closer).
enum class Pass : uint8_t { kScope, kStackSize, kCodeSize, kEmit };

/// Unary operators, numbered as UNARY_OP_MULTI numbers them.
enum class UnaryOp : uint8_t {
#define CPY_UNARY_OP(name, method) name,
#include "opcodes.def"
#undef CPY_UNARY_OP
};

/// Binary operators, numbered as BINARY_OP_MULTI numbers them, then the two
/// the emitter writes as an operator followed by `not`.
enum class BinaryOp : uint8_t {
#define CPY_BINARY_OP(name, method) name,
#include "opcodes.def"
#undef CPY_BINARY_OP
  NOT_IN,
  IS_NOT,
};

/// Which table an identifier operation goes to.
enum class IdOp : uint8_t { kLoad, kStore, kDelete };
/// What a subscript or attribute operation does.
enum class AccessKind : uint8_t { kLoad, kStore, kDelete };
enum class BuildKind : uint8_t { kTuple, kList, kMap, kSet, kSlice };
enum class BlockKind : uint8_t { kWith, kExcept, kFinally };
enum class ImportKind : uint8_t { kName, kFrom, kStar };

/// Flag in a break label: the break leaves a for loop, whose iterator
/// takes stack slots that must be popped.
inline constexpr uint32_t kBreakFromFor = 0x8000;
/// Stack slots a for loop's iterator occupies.
inline constexpr int kIterBufSlots = 4;

/// The bytecode of one scope after its final pass.
struct EmittedCode {
  std::span<const uint8_t> bytecode;
  std::span<const uint8_t> line_info;
};

class Emitter {
 public:
  Emitter(Arena& arena, ModuleTables& tables, uint8_t optimise_level, uint16_t signature_flag_mask)
      : arena_(arena), tables_(tables), optimise_level_(optimise_level), signature_flag_mask_(signature_flag_mask) {}

  /// The name "*" that stands for an argument slot without a name.
  const Qstr* star_name = nullptr;

  /// Makes room for [count] labels (the most any scope uses). False when out of memory.
  bool set_max_labels(uint32_t count);

  void start_pass(Pass pass, Scope* scope);
  /// Ends the pass; false when the emit pass must run again.
  bool end_pass();
  /// The code written by the last completed emit pass; it stays valid, as
  /// each scope's emit passes get buffers of their own.
  EmittedCode code() const { return {{bytecode_, bytecode_size_}, {line_info_, line_info_size_}}; }
  bool out_of_memory() const { return out_of_memory_; }
  /// A jump too far for its 15-bit offset (the reference's "bytecode overflow").
  bool overflowed() const { return overflow_; }

  /// Children (raw codes made by MAKE_FUNCTION/MAKE_CLOSURE) in operand order.
  uint32_t child_count() const { return child_count_; }
  Scope* const* children() const { return children_; }

  void adjust_stack_size(int delta);
  void set_source_line(uint32_t line);
  void label_assign(uint32_t label);

  void import(const Qstr* name, ImportKind kind);
  void load_const_token(TokenKind token);
  void load_const_small_int(int64_t value);
  void load_const_str(const Qstr* text);
  void load_const_obj(const ConstObject* object);
  void load_null();
  void load_local(uint32_t local_num, bool deref);
  void load_global(const Qstr* name, bool explicit_global);
  void load_method(const Qstr* name, bool is_super);
  void load_build_class();
  void subscr(AccessKind kind);
  void attr(const Qstr* name, AccessKind kind);
  void store_local(uint32_t local_num, bool deref);
  void store_global(const Qstr* name, bool explicit_global);
  void delete_local(uint32_t local_num, bool deref);
  void delete_global(const Qstr* name, bool explicit_global);
  void dup_top();
  void dup_top_two();
  void pop_top();
  void rot_two();
  void rot_three();
  void jump(uint32_t label);
  void pop_jump_if(bool condition, uint32_t label);
  void jump_if_or_pop(bool condition, uint32_t label);
  void unwind_jump(uint32_t label, uint32_t except_depth);
  void setup_block(uint32_t label, BlockKind kind);
  void with_cleanup(uint32_t label);
  void async_with_setup_finally(uint32_t label_aexit_no_exc, uint32_t label_finally_block,
                                uint32_t label_ret_unwind_jump, const Qstr* base_exception);
  void end_finally();
  void get_iter(bool use_stack);
  void for_iter(uint32_t label);
  void for_iter_end();
  void pop_except_jump(uint32_t label);
  void unary_op(UnaryOp op);
  void binary_op(BinaryOp op);
  void build(uint32_t count, BuildKind kind);
  void store_map();
  void store_comp(ScopeKind kind, uint32_t collection_stack_index);
  void unpack_sequence(uint32_t count);
  void unpack_ex(uint32_t n_left, uint32_t n_right);
  void make_function(Scope* scope, uint32_t n_pos_defaults, uint32_t n_kw_defaults);
  void make_closure(Scope* scope, uint32_t n_closed_over, uint32_t n_pos_defaults, uint32_t n_kw_defaults);
  void call_function(uint32_t n_positional, uint32_t n_keyword, uint32_t star_flags);
  void call_method(uint32_t n_positional, uint32_t n_keyword, uint32_t star_flags);
  void return_value();
  void raise_varargs(uint32_t n_args);
  void yield(bool from);
  void start_except_handler();
  void end_except_handler();

 private:
  uint8_t* bytecode_space(size_t n);
  void write_op(int stack_adjust, mpy::Op op) { write_byte(stack_adjust, uint8_t(op)); }
  void write_byte(int stack_adjust, uint8_t byte);
  void write_raw_byte(uint8_t byte);
  void write_uint(int stack_adjust, uint8_t byte, uint32_t value);
  void write_qstr(int stack_adjust, mpy::Op op, const Qstr* name);
  void write_child(int stack_adjust, mpy::Op op, Scope* child);
  void write_label(int stack_adjust, mpy::Op op, uint32_t label);
  void write_line_step(uint32_t bytes_to_skip, uint32_t lines_to_skip);
  void put_line_byte(uint8_t byte);
  void call_helper(int stack_adjust, mpy::Op base, uint32_t n_positional, uint32_t n_keyword, uint32_t star_flags);
  /// Bytes the prelude would take before the line table, for the size check.
  size_t prelude_head_size(bool with_size) const;

  Arena& arena_;
  ModuleTables& tables_;
  uint8_t optimise_level_;
  uint16_t signature_flag_mask_;

  Pass pass_ = Pass::kScope;
  Scope* scope_ = nullptr;
  bool suppress_ = false;
  bool out_of_memory_ = false;
  bool overflow_ = false;
  int stack_size_ = 0;
  uint32_t last_source_line_offset_ = 0;
  uint32_t last_source_line_ = 1;

  uint32_t* label_offsets_ = nullptr;
  uint32_t max_labels_ = 0;

  // Sizes from the previous pass (the reference's code_info_size/bytecode_size).
  size_t code_info_size_ = 0;
  size_t bytecode_size_ = 0;
  // Prelude sizes the previous pass measured (n_info, n_cell).
  uint32_t n_info_ = 0;
  uint32_t n_cell_ = 0;
  size_t name_and_args_size_ = 0;

  // Running offsets of this pass.
  size_t bytecode_offset_ = 0;
  size_t line_info_offset_ = 0;

  // The emit pass's buffers, sized by the code-size pass.
  uint8_t* bytecode_ = nullptr;
  size_t bytecode_capacity_ = 0;
  uint8_t* line_info_ = nullptr;
  size_t line_info_capacity_ = 0;
  size_t line_info_size_ = 0;

  // Where the passes that only measure write their bytes; per emitter, so
  // that compiles on several threads never share it.
  uint8_t dummy_[8] = {};

  Scope** children_ = nullptr;
  uint32_t child_count_ = 0;
  uint32_t child_capacity_ = 0;
};

}  // namespace cpy::compiler
