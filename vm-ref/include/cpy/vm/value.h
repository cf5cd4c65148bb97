// A Python value in one machine word: small ints, interned strings and the
// immediates live in the word itself; everything else is a pointer into the
// GC heap.
#pragma once

#include <cstdint>
#include <limits>

namespace cpy::vm {

/// Tagged word. The low bits say what it holds:
///   ...xxxx1  small int (the word shifted right by one, sign-extended)
///   ...xx010  interned string: a qstr id in the upper bits
///   ...xx110  immediate: None, False, True, Ellipsis, NotImplemented, or null
///   ...xx000  pointer to a heap object (heap blocks are 8-byte aligned)
/// `null` (all zero) means "no value": an empty slot, an unbound local, or a
/// native function signalling that an exception is pending.
class Value {
 public:
  /// Bits a small int keeps: 31 on 32-bit targets, 63 on 64-bit hosts.
  static constexpr int kSmallIntBits = int(sizeof(uintptr_t) * 8) - 1;
  static constexpr intptr_t kSmallIntMax = std::numeric_limits<intptr_t>::max() >> 1;
  static constexpr intptr_t kSmallIntMin = std::numeric_limits<intptr_t>::min() >> 1;

  constexpr Value() = default;

  static constexpr bool fits_small_int(int64_t v) { return v >= kSmallIntMin && v <= kSmallIntMax; }
  /// A small int; [v] must satisfy fits_small_int.
  static constexpr Value small_int(intptr_t v) { return Value((uintptr_t(v) << 1) | 1); }
  static constexpr Value qstr(uint32_t id) { return Value((uintptr_t(id) << 3) | kQstrTag); }
  static Value object(const void* p) { return Value(reinterpret_cast<uintptr_t>(p)); }

  static constexpr Value null() { return Value(0); }
  static constexpr Value none() { return immediate(0); }
  static constexpr Value false_value() { return immediate(1); }
  static constexpr Value true_value() { return immediate(2); }
  static constexpr Value ellipsis() { return immediate(3); }
  static constexpr Value not_implemented() { return immediate(4); }
  static constexpr Value boolean(bool b) { return b ? true_value() : false_value(); }

  constexpr bool is_null() const { return bits_ == 0; }
  constexpr bool is_small_int() const { return (bits_ & 1) != 0; }
  constexpr bool is_qstr() const { return (bits_ & 7) == kQstrTag; }
  constexpr bool is_immediate() const { return (bits_ & 7) == kImmediateTag; }
  constexpr bool is_object() const { return (bits_ & 7) == 0 && bits_ != 0; }
  constexpr bool is_none() const { return *this == none(); }
  constexpr bool is_bool() const { return *this == true_value() || *this == false_value(); }

  constexpr intptr_t small_int_value() const { return intptr_t(bits_) >> 1; }
  constexpr uint32_t qstr_id() const { return uint32_t(bits_ >> 3); }
  template <class T>
  T* as() const {
    return reinterpret_cast<T*>(bits_);
  }

  constexpr uintptr_t bits() const { return bits_; }
  constexpr bool operator==(const Value& o) const { return bits_ == o.bits_; }

 private:
  static constexpr uintptr_t kQstrTag = 0b010;
  static constexpr uintptr_t kImmediateTag = 0b110;
  static constexpr Value immediate(uintptr_t n) { return Value((n << 3) | kImmediateTag); }
  constexpr explicit Value(uintptr_t bits) : bits_(bits) {}

  uintptr_t bits_ = 0;
};

static_assert(sizeof(Value) == sizeof(void*), "a Value is one word");

}  // namespace cpy::vm
