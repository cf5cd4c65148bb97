#include "cpy/mpy/arena.h"

#include <cstdlib>
#include <new>

namespace cpy {

namespace {
void* heap_allocate(size_t size, void*) { return std::malloc(size); }
void heap_release(void* block, void*) { std::free(block); }
}  // namespace

BlockSource heap_block_source() { return BlockSource{heap_allocate, heap_release, nullptr}; }

Arena::Arena(BlockSource source, size_t block_size, size_t limit)
    : source_(source), block_size_(block_size), limit_(limit) {}

Arena::Arena(void* buffer, size_t size)
    : cursor_(static_cast<uint8_t*>(buffer)), end_(static_cast<uint8_t*>(buffer) + size), limit_(size) {}

Arena::~Arena() {
  while (blocks_) {
    Block* next = blocks_->next;
    source_.release(blocks_, source_.context);
    blocks_ = next;
  }
}

bool Arena::grow(size_t at_least) {
  if (!source_.allocate) return false;
  size_t want = at_least + sizeof(Block) + alignof(std::max_align_t);
  if (want < at_least) return false;  // overflow
  size_t least = want;
  if (want < block_size_) want = block_size_;
  if (reserved_ > limit_ || least > limit_ - reserved_) return false;
  if (want > limit_ - reserved_) want = least;
  void* raw = source_.allocate(want, source_.context);
  if (!raw && want > least) {
    // A small heap may still hold what is needed now, if not a whole block.
    want = least;
    raw = source_.allocate(want, source_.context);
  }
  if (!raw) return false;
  Block* block = new (raw) Block{blocks_, want};
  blocks_ = block;
  reserved_ += want;
  cursor_ = reinterpret_cast<uint8_t*>(block + 1);
  end_ = static_cast<uint8_t*>(raw) + want;
  return true;
}

void* Arena::allocate(size_t size, size_t align) {
  if (size == 0) size = 1;  // distinct non-null pointers for empty arrays
  for (int attempt = 0; attempt < 2; ++attempt) {
    uintptr_t at = reinterpret_cast<uintptr_t>(cursor_);
    uintptr_t aligned = (at + (align - 1)) & ~uintptr_t(align - 1);
    if (cursor_ && aligned >= at && aligned <= reinterpret_cast<uintptr_t>(end_) &&
        size <= reinterpret_cast<uintptr_t>(end_) - aligned) {
      cursor_ = reinterpret_cast<uint8_t*>(aligned + size);
      used_ += size;
      return reinterpret_cast<void*>(aligned);
    }
    if (attempt == 0 && !grow(size + align)) return nullptr;
  }
  return nullptr;
}

uint8_t* Arena::copy_bytes(std::span<const uint8_t> bytes) {
  auto* p = static_cast<uint8_t*>(allocate(bytes.size(), 1));
  if (p && !bytes.empty()) std::memcpy(p, bytes.data(), bytes.size());
  return p;
}

}  // namespace cpy
