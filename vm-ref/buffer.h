// Typed memory shared by array.array and memoryview: their layouts, the
// item codes (b B h H i I l L q Q f d), and the buffer protocol that lets
// any bytes-like object (bytes, bytearray, array, memoryview) be read or
// written where bytes are accepted. Private to vm-ref/.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime.h"

namespace cpy::vm {

constexpr uint32_t kArrayTag = 0x41525259;       // 'ARRY'
constexpr uint32_t kMemoryviewTag = 0x4d454d56;  // 'MEMV'

/// array.array: [len] items of [code] in a heap block of [capacity] items.
struct ArrayObj : NativeObj {
  uint8_t* items;
  size_t len;
  size_t capacity;
  char code;
};

/// A view of another object's memory. It keeps the owner rather than a
/// pointer, because bytearrays and arrays move their items when they grow;
/// every access looks the memory up again.
struct MemoryviewObj : NativeObj {
  Value owner;      ///< bytes, bytearray or array.array
  size_t offset;    ///< bytes from the owner's first byte to item 0
  size_t len;       ///< items
  intptr_t step;    ///< bytes from one item to the next (negative: reversed)
  char format;
  bool readonly;
  bool released;
};

/// What a bytes-like object exposes: [len] items of [format], item i at
/// data + i * step.
struct BufferInfo {
  Value owner;
  uint8_t* data;
  size_t offset;
  size_t len;
  intptr_t step;
  char format;
  uint8_t itemsize;
  bool readonly;
  bool contiguous() const { return len < 2 || step == itemsize; }
  size_t nbytes() const { return len * itemsize; }
};

/// Bytes per item of the item code [code]; 0 when it is not one.
size_t item_size(char code);
/// Item [p] of [code] as an int or float.
Status item_load(Vm& vm, char code, const uint8_t* p, Value* out);
/// Stores [v] as an item of [code] at [p]; errors as array.array raises
/// them, or as memoryview does when [view].
Status item_store(Vm& vm, char code, uint8_t* p, Value v, bool view);

/// The memory of [v] when it supports the buffer protocol ([*found]); a
/// released memoryview raises ValueError.
Status buffer_of(Vm& vm, Value v, BufferInfo* out, bool* found);
/// Appends the bytes of the bytes-like [v] to [buf] in item order
/// (non-contiguous views too); [*found] false when [v] is not bytes-like.
Status buffer_copy(Vm& vm, Value v, Buf& buf, bool* found);

/// A native class's method or special method, in a constant table.
struct ClassSlot {
  const char* name;
  NativeImpl impl;
  int8_t min_args, max_args;
  bool special;
};
/// Adds the [n] [slots] to [t]; false when memory ran out.
inline bool add_slots(Vm& vm, Type* t, const ClassSlot* slots, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    const ClassSlot& s = slots[i];
    if (!(s.special ? add_special : add_method)(vm, t, s.name, s.impl, s.min_args, s.max_args, false)) return false;
  }
  return true;
}

/// The builtin memoryview class, made on first use.
Status memoryview_type(Vm& vm, Value* out);

}  // namespace cpy::vm
