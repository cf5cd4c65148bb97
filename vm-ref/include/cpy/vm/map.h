// The insertion-ordered hash table behind dict, module globals, class and
// instance attributes.
#pragma once

#include <cstddef>
#include <cstdint>

#include "cpy/vm/heap.h"
#include "cpy/vm/status.h"
#include "cpy/vm/value.h"

namespace cpy::vm {

/// Hashing and comparing keys. The VM supplies functions that handle its
/// object types and call __hash__/__eq__ (which may raise); qstr and small-int
/// keys are handled by the map itself without calling them when both sides
/// are of those kinds.
struct KeyOps {
  Status (*hash)(Value key, uint32_t* out, void* context) = nullptr;
  Status (*equal)(Value a, Value b, bool* out, void* context) = nullptr;
  /// The hash of an interned string; when set, qstr keys hash by their text
  /// (so a str object with the same text, hashed by [hash], finds them) and
  /// a qstr meeting a non-simple key is compared with [equal].
  uint32_t (*qstr_hash)(uint32_t id, void* context) = nullptr;
  void* context = nullptr;
};

/// Key/value pairs in insertion order, as CPython's dict keeps them. One heap
/// block holds the entries (key and value; a removed one leaves a hole until
/// the next resize), then each entry's hash, then an open-addressing index
/// of entry numbers (16-bit while they fit). Capacity grows by half, in place
/// when the heap after the block is free: the entries stay where they are,
/// the hashes move up and the index is built again. A Map is a plain struct
/// embedded in a heap object, so the GC finds its block by scanning that
/// object.
class Map {
 public:
  struct Entry {
    Value key;  ///< null for a removed entry
    Value value;
  };

  /// The value for [key], or null in [*out] when absent.
  Status lookup(Value key, const KeyOps& ops, Value* out) const;
  /// Inserts or replaces. May collect. When the heap is exhausted it returns
  /// kOk with [*stored] false, so the caller can raise MemoryError; kRaised
  /// only comes from the key's hash or equality.
  Status store_may_collect(Heap& heap, Value key, Value value, const KeyOps& ops, bool* stored);
  /// Removes [key]; [*removed] gets the old value or null when absent.
  Status remove(Value key, const KeyOps& ops, Value* removed);
  void clear();

  size_t size() const { return live_; }
  /// Entries in insertion order, holes included (skip null keys).
  const Entry* begin() const { return entries_; }
  const Entry* end() const { return entries_ + used_; }
  /// The hash of the entry begin()[i], as computed when it was stored.
  uint32_t hash_at(size_t i) const { return hashes_[i]; }

  /// Whether [v] can be hashed and compared without calling out: qstrs,
  /// small ints and the immediates compare among themselves by identity, with
  /// False and True standing for 0 and 1 as in Python.
  static bool is_simple_key(Value v) { return v.is_qstr() || v.is_small_int() || v.is_immediate(); }
  /// The hash of a simple key. A number equal to a small int n (a float 2.0,
  /// a big int) must hash as simple_hash(Value::small_int(n)) so that it finds
  /// the same entry.
  static uint32_t simple_hash(Value v);

 private:
  /// Entry numbers up to this are kept in 16 bits in the index.
  static constexpr uint32_t kNarrowCapacity = 0xfffe;

  Status find(Value key, uint32_t hash, const KeyOps& ops, size_t* entry_index) const;
  static Status hash_key(Value key, const KeyOps& ops, uint32_t* out);
  bool resize_may_collect(Heap& heap, uint32_t capacity);
  bool narrow() const { return capacity_ <= kNarrowCapacity; }
  void* index() const { return hashes_ + capacity_; }
  uint32_t slot(uint32_t i) const {
    return narrow() ? static_cast<const uint16_t*>(index())[i] : static_cast<const uint32_t*>(index())[i];
  }
  void index_insert(uint32_t entry_index);

  Entry* entries_ = nullptr;
  uint32_t* hashes_ = nullptr;  // in the same block, after the entries; then the index
  uint32_t capacity_ = 0;       // entries_ length
  uint32_t index_size_ = 0;     // power of two, > capacity_ * 3 / 2
  uint32_t used_ = 0;           // entries_ filled, holes included
  uint32_t live_ = 0;
};

}  // namespace cpy::vm
