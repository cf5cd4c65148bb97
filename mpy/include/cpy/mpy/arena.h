// A bump allocator: the only way the portable core gets memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <type_traits>

namespace cpy {

/// Where an Arena gets its blocks. On the host this is malloc/free; in the
/// firmware it is the GC heap or a static buffer.
struct BlockSource {
  void* (*allocate)(size_t size, void* context) = nullptr;  ///< nullptr when exhausted
  void (*release)(void* block, void* context) = nullptr;
  void* context = nullptr;
};

/// The C heap as a BlockSource (malloc/free).
BlockSource heap_block_source();

/// Hands out memory from blocks and frees everything at once when destroyed.
/// Objects placed in an arena never have their destructors run, so only
/// trivially destructible types may live there. Allocation failure returns
/// nullptr, never throws or aborts.
class Arena {
 public:
  /// An arena that grows by blocks of at least [block_size] from [source],
  /// up to [limit] bytes in all.
  explicit Arena(BlockSource source, size_t block_size = 16 * 1024, size_t limit = SIZE_MAX);
  /// An arena over one caller-owned [buffer]; it never grows.
  Arena(void* buffer, size_t size);
  ~Arena();
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  /// Returns [size] bytes aligned to [align], or nullptr when out of memory.
  void* allocate(size_t size, size_t align);

  /// Returns [count] value-initialised Ts, or an empty span with nullptr data
  /// when out of memory (check `data()` when count may be 0).
  template <class T>
  T* make_array(size_t count) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    if (count > SIZE_MAX / sizeof(T)) return nullptr;
    void* p = allocate(count * sizeof(T), alignof(T));
    if (!p) return nullptr;
    T* items = static_cast<T*>(p);
    for (size_t i = 0; i < count; ++i) new (&items[i]) T();
    return items;
  }

  /// Copies [bytes] into the arena; nullptr when out of memory.
  uint8_t* copy_bytes(std::span<const uint8_t> bytes);

  /// Bytes handed out so far (excluding alignment padding and block headers).
  size_t bytes_used() const { return used_; }
  /// Bytes obtained from the source so far.
  size_t bytes_reserved() const { return reserved_; }
  /// Where the blocks come from; empty (no allocate) for an arena over a
  /// fixed buffer.
  const BlockSource& source() const { return source_; }

 private:
  struct Block {
    Block* next;
    size_t size;
  };
  bool grow(size_t at_least);

  BlockSource source_{};
  Block* blocks_ = nullptr;
  uint8_t* cursor_ = nullptr;
  uint8_t* end_ = nullptr;
  size_t block_size_ = 0;
  size_t limit_ = 0;
  size_t used_ = 0;
  size_t reserved_ = 0;
};

}  // namespace cpy
