#include "cpy/vm/heap.h"

#include <cstring>

namespace cpy::vm {

// Conservative marking reads whole stack frames, redzones included: the
// sanitizers must not treat that as a bug.
#define CPY_CONSERVATIVE_SCAN __attribute__((no_sanitize("address", "undefined")))

namespace {
constexpr size_t kAlign = 8;

uintptr_t align_up(uintptr_t v, size_t a) { return (v + (a - 1)) & ~uintptr_t(a - 1); }
}  // namespace

Heap::Heap(void* memory, size_t size) {
  // Layout: allocation table (2 bits/block), finaliser table (1 bit/block),
  // then the blocks. Each block costs kBlockBytes + 3/8 byte of tables.
  uintptr_t start = reinterpret_cast<uintptr_t>(memory);
  uintptr_t end = start + size;
  size_t n = size * 8 / (kBlockBytes * 8 + 3);
  for (; n > 0; --n) {
    uintptr_t tables = start + (n + 3) / 4 + (n + 7) / 8;
    uintptr_t blocks = align_up(tables, kAlign);
    if (blocks + n * kBlockBytes <= end) break;
  }
  n_blocks_ = n;
  table_ = static_cast<uint8_t*>(memory);
  finalisers_ = table_ + (n + 3) / 4;
  blocks_ = reinterpret_cast<uint8_t*>(align_up(reinterpret_cast<uintptr_t>(finalisers_ + (n + 7) / 8), kAlign));
  std::memset(table_, 0, size_t(blocks_ - table_));
}

void Heap::set_finaliser_bit(size_t block, bool on) {
  uint8_t bit = uint8_t(1u << (block % 8));
  if (on) {
    finalisers_[block / 8] |= bit;
  } else {
    finalisers_[block / 8] &= uint8_t(~bit);
  }
}

bool Heap::add_root_source(RootSource source) {
  if (n_roots_ == kMaxRootSources) return false;
  roots_[n_roots_++] = source;
  return true;
}

size_t Heap::find_run(size_t from, size_t to, size_t n) const {
  size_t run = 0;
  for (size_t b = from; b < to; ++b) {
    // A table byte of zero is four free blocks.
    if (b % 4 == 0 && b + 4 <= to && table_[b / 4] == 0) {
      run += 4;
      if (run >= n) return b + 4 - (run - n) - n;
      b += 3;
      continue;
    }
    if (kind(b) != kFree) {
      run = 0;
      continue;
    }
    if (++run == n) return b + 1 - n;
  }
  return SIZE_MAX;
}

void Heap::advance_first_free(size_t from) {
  while (from < n_blocks_ && kind(from) != kFree) ++from;
  first_free_ = from;
}

void* Heap::try_allocate(size_t n, bool with_finaliser) {
  size_t head;
  if (n <= kSmallBlocks) {
    // First fit for small objects, as MicroPython: the long-lived ones pack
    // at the bottom of the heap and leave long free runs above for large
    // ones. The hint per size (no run of n free blocks below it) keeps the
    // walk linear between collections.
    size_t& hint = fit_hint_[n - 1];
    head = find_run(hint > first_free_ ? hint : first_free_, n_blocks_, n);
    if (head != SIZE_MAX) hint = head;
  } else {
    // Next fit for large objects: go on from the last one, so that a
    // fragmented heap is walked once per collection rather than once per
    // allocation.
    size_t start = cursor_ > first_free_ ? cursor_ : first_free_;
    head = find_run(start, n_blocks_, n);
    if (head == SIZE_MAX && start > first_free_) {
      size_t to = start + n < n_blocks_ ? start + n : n_blocks_;
      head = find_run(first_free_, to, n);
    }
    if (head != SIZE_MAX) cursor_ = head + n;
  }
  if (head == SIZE_MAX) return nullptr;
  size_t b = head + n - 1;
  set_kind(head, kHead);
  for (size_t t = head + 1; t <= b; ++t) set_kind(t, kTail);
  set_finaliser_bit(head, with_finaliser);
  if (head == first_free_) advance_first_free(b + 1);
  uint8_t* p = block_address(head);
  std::memset(p, 0, n * kBlockBytes);
  ++allocations_;
  return p;
}

void* Heap::allocate_may_collect(size_t bytes, bool with_finaliser) {
  if (lock_depth_ || collecting_) return nullptr;
  if (bytes == 0) bytes = 1;
  if (bytes > n_blocks_ * kBlockBytes) return nullptr;
  size_t n = (bytes + kBlockBytes - 1) / kBlockBytes;
  if (void* p = try_allocate(n, with_finaliser)) return p;
  collect();
  return try_allocate(n, with_finaliser);
}

size_t Heap::head_at(const void* p) const {
  size_t head = find_head(p);
  if (head == SIZE_MAX || block_address(head) != p || kind(head) != kHead) return SIZE_MAX;
  return head;
}

void Heap::release_blocks(size_t from, size_t to) {
  for (size_t b = from; b < to; ++b) set_kind(b, kFree);
  // A hole a large object can use: the next large allocation starts there,
  // since an object placed after it could split it from the free space that
  // follows. A smaller one (a short str's unused tail) must not pull the
  // cursor back over the whole heap.
  if (to - from > kSmallBlocks && from < cursor_) cursor_ = from;
  if (from < first_free_) first_free_ = from;
  // A run of up to kSmallBlocks that uses the hole may start a little before
  // it, in free blocks it joins; looking further back would cost a walk over
  // a long free run at every free.
  for (size_t back = 1; back < kSmallBlocks && from > first_free_ && kind(from - 1) == kFree; ++back) --from;
  for (size_t& hint : fit_hint_) {
    if (from < hint) hint = from;
  }
}

bool Heap::grow_in_place(void* p, size_t bytes) {
  size_t head = head_at(p);
  if (head == SIZE_MAX || collecting_ || lock_depth_) return false;
  size_t have = object_blocks(head);
  size_t want = (bytes + kBlockBytes - 1) / kBlockBytes;
  if (want <= have) return true;
  if (want > n_blocks_ - head) return false;
  for (size_t b = head + have; b < head + want; ++b) {
    if (kind(b) != kFree) return false;
  }
  for (size_t b = head + have; b < head + want; ++b) set_kind(b, kTail);
  std::memset(block_address(head + have), 0, (want - have) * kBlockBytes);
  // The blocks taken may have been the lowest free ones.
  if (first_free_ >= head + have && first_free_ < head + want) advance_first_free(head + want);
  if (cursor_ >= head + have && cursor_ < head + want) cursor_ = head + want;
  return true;
}

void Heap::shrink(void* p, size_t bytes) {
  size_t head = head_at(p);
  if (head == SIZE_MAX || collecting_) return;
  size_t keep = (bytes + kBlockBytes - 1) / kBlockBytes;
  if (keep == 0) keep = 1;
  size_t have = object_blocks(head);
  if (keep < have) release_blocks(head + keep, head + have);
}

void Heap::free(void* p) {
  size_t head = head_at(p);
  if (head == SIZE_MAX || collecting_) return;
  set_finaliser_bit(head, false);
  release_blocks(head, head + object_blocks(head));
}

size_t Heap::find_head(const void* p) const {
  uintptr_t at = reinterpret_cast<uintptr_t>(p);
  uintptr_t base = reinterpret_cast<uintptr_t>(blocks_);
  if (at < base || at >= base + n_blocks_ * kBlockBytes) return SIZE_MAX;
  size_t block = (at - base) / kBlockBytes;
  // Interior pointers count: walk back over tail blocks to the head.
  while (kind(block) == kTail) --block;
  return kind(block) == kFree ? SIZE_MAX : block;
}

size_t Heap::object_blocks(size_t head) const {
  size_t end = head + 1;
  while (end < n_blocks_ && kind(end) == kTail) ++end;
  return end - head;
}

bool Heap::owns(const void* p) const { return find_head(p) != SIZE_MAX; }

size_t Heap::allocation_size(const void* p) const {
  size_t head = find_head(p);
  return head == SIZE_MAX ? 0 : object_blocks(head) * kBlockBytes;
}

void Heap::mark_pointer(const void* p) {
  size_t head = find_head(p);
  if (head == SIZE_MAX || kind(head) == kMarked) return;
  set_kind(head, kMarked);
  if (mark_top_ < kMarkStackSize) {
    mark_stack_[mark_top_++] = head;
  } else {
    mark_overflow_ = true;  // found again by the rescan in collect()
  }
}

CPY_CONSERVATIVE_SCAN void Heap::mark_range(const void* begin, size_t bytes) {
  uintptr_t at = align_up(reinterpret_cast<uintptr_t>(begin), sizeof(void*));
  uintptr_t end = reinterpret_cast<uintptr_t>(begin) + bytes;
  for (; at + sizeof(void*) <= end; at += sizeof(void*)) {
    void* word;
    std::memcpy(&word, reinterpret_cast<const void*>(at), sizeof word);
    mark_pointer(word);
    if (mark_top_ == kMarkStackSize) drain_mark_stack();
  }
}

void Heap::drain_mark_stack() {
  while (mark_top_ > 0) {
    size_t head = mark_stack_[--mark_top_];
    uint8_t* p = block_address(head);
    size_t bytes = object_blocks(head) * kBlockBytes;
    for (size_t off = 0; off < bytes; off += sizeof(void*)) {
      void* word;
      std::memcpy(&word, p + off, sizeof word);
      mark_pointer(word);
    }
  }
}

// Not inlined, so that the caller's registers are spilled into this frame
// (by __builtin_unwind_init) below the stack range being scanned.
__attribute__((noinline)) CPY_CONSERVATIVE_SCAN void Heap::scan_stack() {
  if (!stack_base_) return;
  __builtin_unwind_init();
  volatile void* top_marker = nullptr;
  const void* top = const_cast<const void*>(reinterpret_cast<volatile const void*>(&top_marker));
  uintptr_t lo = reinterpret_cast<uintptr_t>(top);
  uintptr_t hi = reinterpret_cast<uintptr_t>(stack_base_);
  if (lo > hi) {
    uintptr_t t = lo;
    lo = hi;
    hi = t;
  }
  mark_range(reinterpret_cast<const void*>(lo), hi - lo);
}

void Heap::collect() {
  if (collecting_) return;
  collecting_ = true;
  mark_top_ = 0;
  mark_overflow_ = false;
  for (size_t i = 0; i < n_roots_; ++i) {
    roots_[i].scan(*this, roots_[i].context);
    drain_mark_stack();
  }
  scan_stack();
  drain_mark_stack();
  while (mark_overflow_) {
    // Some marked objects were never scanned: scan every marked object again.
    mark_overflow_ = false;
    for (size_t b = 0; b < n_blocks_; ++b) {
      if (kind(b) != kMarked) continue;
      mark_stack_[mark_top_++] = b;
      drain_mark_stack();
    }
  }
  sweep();
  ++collections_;
  collecting_ = false;
}

void Heap::sweep() {
  bool freeing = false;
  first_free_ = n_blocks_;
  cursor_ = 0;
  for (size_t& hint : fit_hint_) hint = 0;
  for (size_t b = 0; b < n_blocks_; ++b) {
    switch (kind(b)) {
      case kHead:
        if (has_finaliser(b) && finalise_) finalise_(block_address(b), finalise_context_);
        set_finaliser_bit(b, false);
        set_kind(b, kFree);
        freeing = true;
        break;
      case kTail:
        if (freeing) set_kind(b, kFree);
        break;
      case kMarked:
        set_kind(b, kHead);
        freeing = false;
        break;
      case kFree:
        freeing = false;
        break;
    }
    if (kind(b) == kFree && b < first_free_) first_free_ = b;
  }
}

HeapStats Heap::stats() const {
  HeapStats s;
  s.total = n_blocks_ * kBlockBytes;
  size_t run = 0, longest = 0, free_blocks = 0;
  for (size_t b = 0; b < n_blocks_; ++b) {
    if (kind(b) == kFree) {
      ++free_blocks;
      if (++run > longest) longest = run;
    } else {
      run = 0;
    }
  }
  s.free = free_blocks * kBlockBytes;
  s.used = s.total - s.free;
  s.largest_free = longest * kBlockBytes;
  s.collections = collections_;
  s.allocations = allocations_;
  return s;
}

}  // namespace cpy::vm
