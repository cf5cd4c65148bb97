// The module-wide tables every function's bytecode indexes: the qstr table
// (names in order of first use, the source file name first) and the constant
// table (objects, each kept once by the reference's strict equality).
#pragma once

#include <cstdint>

#include "cpy/compiler/parse_node.h"
#include "cpy/mpy/arena.h"
#include "cpy/mpy/model.h"
#include "cpy/mpy/result.h"

namespace cpy::compiler {

class ModuleTables {
 public:
  explicit ModuleTables(Arena& arena) : arena_(arena) {}

  /// The table index of [name], adding it on first use. Returns 0 and sets
  /// out_of_memory() when the arena runs out.
  uint32_t use_qstr(const Qstr* name);

  /// The table index of [object] (nullptr: the Ellipsis object), adding it
  /// unless a strictly equal object is already there.
  uint32_t use_const(const ConstObject* object);

  bool out_of_memory() const { return out_of_memory_; }

  /// The tables in the .mpy model's form; float and int objects become text.
  Result<std::span<const mpy::Qstr>> qstr_table();
  Result<std::span<const mpy::Const>> const_table();

 private:
  template <class T>
  bool grow(T*& items, uint32_t& capacity, uint32_t needed);

  Arena& arena_;
  // Qstr::index -> table index + 1 (0: not yet used).
  uint32_t* qstr_slots_ = nullptr;
  uint32_t qstr_slot_capacity_ = 0;
  const Qstr** qstrs_ = nullptr;
  uint32_t qstr_count_ = 0;
  uint32_t qstr_capacity_ = 0;
  const ConstObject** consts_ = nullptr;
  uint32_t const_count_ = 0;
  uint32_t const_capacity_ = 0;
  bool out_of_memory_ = false;
};

}  // namespace cpy::compiler
