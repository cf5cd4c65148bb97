#include <doctest/doctest.h>
#include <cstdlib>

#include "cpy/mpy/arena.h"

using namespace cpy;

TEST_CASE("arena hands out aligned, distinct memory and grows by blocks") {
  Arena arena(heap_block_source(), 64);
  auto* a = arena.make_array<uint64_t>(3);
  auto* b = arena.make_array<uint8_t>(1);
  auto* c = arena.make_array<uint64_t>(100);  // larger than a block
  REQUIRE(a);
  REQUIRE(b);
  REQUIRE(c);
  CHECK(reinterpret_cast<uintptr_t>(a) % alignof(uint64_t) == 0);
  CHECK(reinterpret_cast<uintptr_t>(c) % alignof(uint64_t) == 0);
  CHECK(a[0] == 0);  // value-initialised
  c[99] = 7;
  a[2] = 5;
  CHECK(c[99] == 7);
  CHECK(a[2] == 5);
  CHECK(arena.bytes_used() >= 3 * 8 + 1 + 800);
}

TEST_CASE("a fixed arena refuses what does not fit instead of growing") {
  alignas(8) uint8_t buffer[64];
  Arena arena(buffer, sizeof buffer);
  CHECK(arena.make_array<uint8_t>(40) != nullptr);
  CHECK(arena.make_array<uint8_t>(40) == nullptr);
  CHECK(arena.make_array<uint8_t>(8) != nullptr);
}

TEST_CASE("arena respects its limit and overflowing counts") {
  Arena arena(heap_block_source(), 128, 1024);
  CHECK(arena.make_array<uint8_t>(2000) == nullptr);
  CHECK(arena.make_array<uint64_t>(SIZE_MAX / 4) == nullptr);
  CHECK(arena.make_array<uint8_t>(100) != nullptr);
}

namespace {
// A source with room for one allocation of at most [capacity] bytes at a time.
struct TightSource {
  size_t capacity;
  size_t asked = 0;
  static void* allocate(size_t size, void* context) {
    auto* self = static_cast<TightSource*>(context);
    ++self->asked;
    return size <= self->capacity ? std::malloc(size) : nullptr;
  }
  static void release(void* block, void*) { std::free(block); }
};
}  // namespace

TEST_CASE("an arena takes a smaller block when a whole one is not to be had") {
  TightSource tight{512};
  Arena arena(BlockSource{&TightSource::allocate, &TightSource::release, &tight}, 16 * 1024);
  CHECK(arena.make_array<uint8_t>(100) != nullptr);  // the 16 KB block fails, a 100-byte one fits
  CHECK(tight.asked == 2);
  CHECK(arena.make_array<uint8_t>(1000) == nullptr);  // more than the source can give at all
}

TEST_CASE("an arena near its limit takes what is left of it") {
  Arena arena(heap_block_source(), 4096, 1024);
  CHECK(arena.make_array<uint8_t>(500) != nullptr);
  CHECK(arena.bytes_reserved() <= 1024);
}
