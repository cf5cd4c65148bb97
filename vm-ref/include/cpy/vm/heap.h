// The garbage-collected heap: a fixed region carved into blocks, mark-sweep
// collection with conservative marking, so that the same code finds its roots
// on the host and on Cortex-M.
#pragma once

#include <cstddef>
#include <cstdint>

namespace cpy::vm {

class Heap;

/// Something that holds pointers into the heap and reports them when the
/// heap collects: it calls `heap.mark_range(...)` for each region it owns.
struct RootSource {
  void (*scan)(Heap& heap, void* context) = nullptr;
  void* context = nullptr;
};

/// Numbers about the heap, in bytes unless said otherwise.
struct HeapStats {
  size_t total = 0;           ///< bytes available for objects
  size_t used = 0;            ///< bytes in allocated blocks
  size_t free = 0;
  size_t largest_free = 0;    ///< the biggest allocation that would succeed now
  size_t collections = 0;     ///< collections run so far
  size_t allocations = 0;     ///< successful allocations so far
};

/// A heap over one caller-owned memory region. Memory is handed out in blocks
/// of kBlockBytes; an allocation table (two bits per block) records which are
/// free, the first block of an object, its following blocks, or marked.
///
/// Marking is conservative: any word in a root range or in a live object that
/// points into an allocated object (at its start or inside it) keeps that
/// object alive. Fresh memory is zeroed, so stale words never hold pointers.
/// The heap is not thread-safe; the VM owns it.
class Heap {
 public:
  /// Bytes per block: four words, as in MicroPython.
  static constexpr size_t kBlockBytes = 4 * sizeof(void*);

  /// A heap in [memory, memory + size). [memory] must stay valid for the
  /// heap's lifetime; at least a few blocks' worth is needed.
  Heap(void* memory, size_t size);
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  /// [bytes] of zeroed memory aligned to 8, or nullptr when even a collection
  /// cannot make room or the heap is locked. May collect: callers must hold
  /// their live pointers somewhere a root source or the stack scan sees.
  void* allocate_may_collect(size_t bytes, bool has_finaliser = false);

  /// Makes the object [p] (as returned by allocate_may_collect) at least
  /// [bytes] long without moving it, when the blocks after it are free; the
  /// new bytes are zeroed. False, and nothing changed, otherwise. Never
  /// collects.
  bool grow_in_place(void* p, size_t bytes);
  /// Gives back the blocks of the object [p] beyond its first [bytes] (at
  /// least one block stays): a buffer that became its final object.
  void shrink(void* p, size_t bytes);
  /// Gives the object [p] back now, before a collection would. Only for
  /// memory the caller knows nothing else points to (work buffers): a
  /// pointer left behind would see the block handed out again.
  void free(void* p);

  /// Runs a full collection now.
  void collect();

  /// Adds a root source (at most kMaxRootSources); false when the table is full.
  bool add_root_source(RootSource source);
  /// Scan the C stack from its current top up to [base] (the address of a
  /// local in a frame that outlives all VM code) when collecting.
  void set_stack_base(const void* base) { stack_base_ = base; }

  /// During a collection: treats every aligned word in [begin, begin+bytes)
  /// as a possible pointer.
  void mark_range(const void* begin, size_t bytes);
  /// During a collection: marks the object [p] points into, if any.
  void mark_pointer(const void* p);

  /// Called for each object allocated with has_finaliser when it is swept.
  void set_finaliser(void (*finalise)(void* object, void* context), void* context) {
    finalise_ = finalise;
    finalise_context_ = context;
  }

  /// While locked, allocation fails without collecting (micropython.heap_lock).
  void lock() { ++lock_depth_; }
  void unlock() {
    if (lock_depth_) --lock_depth_;
  }
  bool locked() const { return lock_depth_ != 0; }

  /// True when [p] points into an allocated object.
  bool owns(const void* p) const;
  /// The usable size of the object [p] points at (whole blocks), or 0.
  size_t allocation_size(const void* p) const;

  HeapStats stats() const;

  static constexpr size_t kMaxRootSources = 16;

 private:
  enum Kind : uint8_t { kFree = 0, kHead = 1, kTail = 2, kMarked = 3 };

  Kind kind(size_t block) const { return Kind((table_[block / 4] >> (2 * (block % 4))) & 3); }
  void set_kind(size_t block, Kind k) {
    uint8_t& byte = table_[block / 4];
    byte = uint8_t((byte & ~(3u << (2 * (block % 4)))) | (unsigned(k) << (2 * (block % 4))));
  }
  bool has_finaliser(size_t block) const { return (finalisers_[block / 8] >> (block % 8)) & 1; }
  void set_finaliser_bit(size_t block, bool on);
  uint8_t* block_address(size_t block) const { return blocks_ + block * kBlockBytes; }
  /// The head block of the object containing [p], or SIZE_MAX.
  size_t find_head(const void* p) const;
  size_t object_blocks(size_t head) const;
  /// The head block of the object starting exactly at [p], or SIZE_MAX.
  size_t head_at(const void* p) const;
  /// Marks blocks [from, to) free.
  void release_blocks(size_t from, size_t to);
  void* try_allocate(size_t n_blocks, bool has_finaliser);
  /// Moves first_free_ to the first free block at or after [from].
  void advance_first_free(size_t from);
  /// The first block of [n] free blocks in a row within [from, to), or SIZE_MAX.
  size_t find_run(size_t from, size_t to, size_t n) const;
  void scan_stack();
  void drain_mark_stack();
  void sweep();

  uint8_t* table_ = nullptr;       // two bits per block
  uint8_t* finalisers_ = nullptr;  // one bit per block
  uint8_t* blocks_ = nullptr;
  size_t n_blocks_ = 0;
  // Objects of up to this many blocks are placed first fit, larger ones
  // next fit.
  static constexpr size_t kSmallBlocks = 8;
  size_t first_free_ = 0;  // the lowest free block
  size_t cursor_ = 0;      // where the last large allocation ended (next fit)
  size_t fit_hint_[kSmallBlocks] = {};  // [n - 1]: no run of n free blocks below

  RootSource roots_[kMaxRootSources];
  size_t n_roots_ = 0;
  const void* stack_base_ = nullptr;

  // Blocks marked but not yet scanned. When it overflows, the collector
  // rescans the heap for marked objects until nothing is left pending.
  static constexpr size_t kMarkStackSize = 64;
  size_t mark_stack_[kMarkStackSize];
  size_t mark_top_ = 0;
  bool mark_overflow_ = false;
  bool collecting_ = false;

  void (*finalise_)(void*, void*) = nullptr;
  void* finalise_context_ = nullptr;
  unsigned lock_depth_ = 0;
  size_t collections_ = 0;
  size_t allocations_ = 0;
};

}  // namespace cpy::vm
