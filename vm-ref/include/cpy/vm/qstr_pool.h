// Interned strings ("qstrs"): every name, attribute and short constant string
// the VM sees is stored once and referred to by a small number, which is
// what a Value of qstr kind holds.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "cpy/mpy/result.h"
#include "cpy/vm/heap.h"

namespace cpy::vm {

/// The interning table. Ids 1..mpy::kStaticQstrCount are the .mpy format's
/// static qstrs, so a static qstr in a .mpy file needs no lookup; the next
/// ids are the names the VM itself uses (names.def, const_qstrs.def), also
/// constant data; later ids are assigned in order of first interning. Id 0 is
/// never a valid qstr.
///
/// Interned text and table memory come from the GC heap; the pool registers itself as
/// a root source so that memory stays alive. Interned strings are never
/// freed, as in CircuitPython.
class QstrPool {
 public:
  /// A pool whose memory comes from [heap]. Fails only when the heap's root
  /// table is full (check `ok()`).
  explicit QstrPool(Heap& heap);
  QstrPool(const QstrPool&) = delete;
  QstrPool& operator=(const QstrPool&) = delete;

  bool ok() const { return registered_; }

  /// The id of [text], interning it if new. May collect.
  Result<uint32_t> intern_may_collect(std::string_view text);
  /// The id of [text] if it is interned, else 0. Never allocates.
  uint32_t find(std::string_view text) const;
  /// The text of [id] (empty for an unknown id).
  std::string_view text(uint32_t id) const;
  /// The hash of [id]'s text, as str.__hash__ returns it.
  uint32_t hash(uint32_t id) const;
  /// Ids in use, static ones included: valid ids are 1..count().
  uint32_t count() const { return count_; }
  /// Ids 1..constant_count() are constant data (the .mpy static qstrs and
  /// the VM's own names).
  static uint32_t constant_count();

  /// The hash every str uses (FNV-1a, 32 bits).
  static uint32_t hash_text(std::string_view text);

 private:
  struct Entry {
    const char* data;
    uint32_t size;
    uint32_t hash;
  };

  static void scan_roots(Heap& heap, void* self);
  bool grow_entries();
  bool grow_index();
  void index_insert(uint32_t id);

  Heap& heap_;
  bool registered_ = false;
  Entry* entries_ = nullptr;   // entries_[id - 1], heap memory
  uint32_t capacity_ = 0;
  uint32_t count_ = 0;
  uint32_t* index_ = nullptr;  // open addressing, holds ids; 0 = empty
  uint32_t index_size_ = 0;    // power of two
  // Text is packed into heap chunks; each chunk starts with a link to the
  // previous one so that the root scan can walk them all.
  void* chunk_ = nullptr;
  size_t chunk_used_ = 0;
  size_t chunk_size_ = 0;
};

}  // namespace cpy::vm
