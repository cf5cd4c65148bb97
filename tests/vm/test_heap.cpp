#include <doctest/doctest.h>

#include <cstring>
#include <vector>

#include "cpy/vm/heap.h"

using cpy::vm::Heap;
using cpy::vm::RootSource;

namespace {

// A heap over a vector, plus an array of root slots reported to the collector.
struct Fixture {
  explicit Fixture(size_t bytes) : memory(bytes), heap(memory.data(), memory.size()) {
    heap.add_root_source(RootSource{[](Heap& h, void* ctx) {
                                      auto* self = static_cast<Fixture*>(ctx);
                                      h.mark_range(self->roots, sizeof self->roots);
                                    },
                                    this});
  }
  std::vector<uint8_t> memory;
  Heap heap;
  void* roots[8] = {};
};

struct Node {
  Node* next;
  uintptr_t payload[3];
};

}  // namespace

TEST_CASE("allocations are zeroed, aligned and distinct") {
  Fixture f(4096);
  auto* a = static_cast<uint8_t*>(f.heap.allocate_may_collect(10));
  auto* b = static_cast<uint8_t*>(f.heap.allocate_may_collect(100));
  REQUIRE(a);
  REQUIRE(b);
  CHECK(reinterpret_cast<uintptr_t>(a) % 8 == 0);
  CHECK(a != b);
  for (int i = 0; i < 100; ++i) CHECK(b[i] == 0);
  CHECK(f.heap.owns(a));
  CHECK(f.heap.owns(b + 99));
  CHECK_FALSE(f.heap.owns(&f));
  CHECK(f.heap.allocation_size(b) >= 100);
  CHECK(f.heap.allocation_size(b) % Heap::kBlockBytes == 0);
}

TEST_CASE("unreachable objects are freed, rooted ones and what they reach survive") {
  Fixture f(8192);
  size_t before = f.heap.stats().free;
  auto* kept = static_cast<Node*>(f.heap.allocate_may_collect(sizeof(Node)));
  kept->next = static_cast<Node*>(f.heap.allocate_may_collect(sizeof(Node)));
  kept->next->payload[0] = 77;
  f.roots[0] = kept;
  for (int i = 0; i < 20; ++i) REQUIRE(f.heap.allocate_may_collect(64));
  f.heap.collect();
  CHECK(f.heap.stats().free == before - 2 * f.heap.allocation_size(kept));
  CHECK(kept->next->payload[0] == 77);
  CHECK(f.heap.owns(kept->next));
  f.roots[0] = nullptr;
  f.heap.collect();
  CHECK(f.heap.stats().free == before);
}

TEST_CASE("a pointer into the middle of an object keeps it alive") {
  Fixture f(8192);
  auto* big = static_cast<uint8_t*>(f.heap.allocate_may_collect(500));
  big[499] = 9;
  f.roots[0] = big + 300;  // inside a tail block
  f.heap.collect();
  CHECK(f.heap.owns(big));
  CHECK(big[499] == 9);
}

TEST_CASE("long chains survive even when the mark stack overflows") {
  Fixture f(256 * 1024);
  Node* head = nullptr;
  for (int i = 0; i < 2000; ++i) {
    auto* n = static_cast<Node*>(f.heap.allocate_may_collect(sizeof(Node)));
    REQUIRE(n);
    n->next = head;
    n->payload[0] = uintptr_t(i) * 2 + 1;  // odd: never looks like a pointer
    head = n;
    f.roots[0] = head;
  }
  // A wide object pointing at many others overflows the mark stack at once.
  auto* wide = static_cast<void**>(f.heap.allocate_may_collect(200 * sizeof(void*)));
  for (int i = 0; i < 200; ++i) wide[i] = f.heap.allocate_may_collect(16);
  f.roots[1] = wide;
  f.heap.collect();
  int count = 0;
  for (Node* n = head; n; n = n->next) {
    CHECK(f.heap.owns(n));
    CHECK(n->payload[0] == uintptr_t(1999 - count) * 2 + 1);
    ++count;
  }
  CHECK(count == 2000);
  for (int i = 0; i < 200; ++i) CHECK(f.heap.owns(wide[i]));
}

TEST_CASE("exhaustion returns null; freeing roots makes room again") {
  Fixture f(4096);
  std::vector<void*> live;
  // Keep everything alive through one object holding all pointers.
  auto* table = static_cast<void**>(f.heap.allocate_may_collect(64 * sizeof(void*)));
  f.roots[0] = table;
  size_t n = 0;
  while (void* p = f.heap.allocate_may_collect(48)) {
    REQUIRE(n < 64);
    table[n++] = p;
  }
  CHECK(n > 10);
  CHECK(f.heap.stats().collections >= 1);  // it tried collecting before giving up
  CHECK(f.heap.allocate_may_collect(48) == nullptr);
  f.roots[0] = nullptr;
  CHECK(f.heap.allocate_may_collect(48) != nullptr);  // collect, retry, succeed
  CHECK(f.heap.allocate_may_collect(1u << 30) == nullptr);
}

TEST_CASE("finalisers run once, when their object is swept") {
  Fixture f(4096);
  int finalised = 0;
  f.heap.set_finaliser([](void*, void* ctx) { ++*static_cast<int*>(ctx); }, &finalised);
  void* a = f.heap.allocate_may_collect(32, true);
  f.heap.allocate_may_collect(32, false);
  f.roots[0] = a;
  f.heap.collect();
  CHECK(finalised == 0);
  f.roots[0] = nullptr;
  f.heap.collect();
  CHECK(finalised == 1);
  f.heap.collect();
  CHECK(finalised == 1);
}

TEST_CASE("a locked heap refuses to allocate") {
  Fixture f(4096);
  f.heap.lock();
  CHECK(f.heap.locked());
  CHECK(f.heap.allocate_may_collect(8) == nullptr);
  f.heap.unlock();
  CHECK(f.heap.allocate_may_collect(8) != nullptr);
}

namespace {
__attribute__((noinline)) void* allocate_and_collect(Heap& heap) {
  // The only reference to [p] is in this frame (a register or a stack slot).
  void* volatile p = heap.allocate_may_collect(40);
  std::memset(p, 0x5a, 40);
  heap.collect();
  return p;
}
}  // namespace

TEST_CASE("objects referenced only from the C stack survive") {
  Fixture f(4096);
  int base_marker = 0;
  f.heap.set_stack_base(&base_marker);
  void* p = allocate_and_collect(f.heap);
  CHECK(f.heap.owns(p));
  CHECK(static_cast<uint8_t*>(p)[39] == 0x5a);
}

TEST_CASE("tiny heaps still work") {
  alignas(8) uint8_t memory[256];
  Heap heap(memory, sizeof memory);
  CHECK(heap.stats().total >= 128);
  CHECK(heap.allocate_may_collect(8) != nullptr);
}

TEST_CASE("an object grows in place into free blocks after it, and not over a neighbour") {
  Fixture f(8192);
  auto* a = static_cast<uint8_t*>(f.heap.allocate_may_collect(Heap::kBlockBytes));
  REQUIRE(a);
  std::memset(a, 0x5a, Heap::kBlockBytes);
  size_t free_before = f.heap.stats().free;
  REQUIRE(f.heap.grow_in_place(a, 3 * Heap::kBlockBytes));
  CHECK(f.heap.allocation_size(a) == 3 * Heap::kBlockBytes);
  CHECK(f.heap.stats().free == free_before - 2 * Heap::kBlockBytes);
  CHECK(a[0] == 0x5a);
  for (size_t i = Heap::kBlockBytes; i < 3 * Heap::kBlockBytes; ++i) CHECK(a[i] == 0);
  // The next allocation goes on from the end of the grown object, so growing
  // further would run over it.
  auto* b = static_cast<uint8_t*>(f.heap.allocate_may_collect(Heap::kBlockBytes));
  REQUIRE(b == a + 3 * Heap::kBlockBytes);
  CHECK_FALSE(f.heap.grow_in_place(a, 4 * Heap::kBlockBytes));
  CHECK(f.heap.allocation_size(a) == 3 * Heap::kBlockBytes);
  CHECK(f.heap.grow_in_place(a, 2 * Heap::kBlockBytes));  // already that big
  CHECK_FALSE(f.heap.grow_in_place(a + 8, 8 * Heap::kBlockBytes));  // not the start of an object
  CHECK_FALSE(f.heap.grow_in_place(a, 1u << 20));  // past the end of the heap
}

TEST_CASE("shrink gives an object's tail back at once") {
  Fixture f(8192);
  size_t empty = f.heap.stats().free;
  auto* a = static_cast<uint8_t*>(f.heap.allocate_may_collect(8 * Heap::kBlockBytes));
  auto* b = static_cast<uint8_t*>(f.heap.allocate_may_collect(Heap::kBlockBytes));
  REQUIRE(a);
  REQUIRE(b);
  a[0] = 7;
  f.heap.shrink(a, Heap::kBlockBytes + 1);
  CHECK(f.heap.allocation_size(a) == 2 * Heap::kBlockBytes);
  CHECK(f.heap.stats().free == empty - 3 * Heap::kBlockBytes);
  CHECK(a[0] == 7);
  // The tail is free again: a 6-block object fits between a and b.
  auto* c = static_cast<uint8_t*>(f.heap.allocate_may_collect(6 * Heap::kBlockBytes));
  CHECK(c == a + 2 * Heap::kBlockBytes);
  f.heap.shrink(a, 0);  // one block always stays
  CHECK(f.heap.allocation_size(a) == Heap::kBlockBytes);
  f.heap.shrink(a + 8, 0);  // not an object's start: nothing happens
  CHECK(f.heap.allocation_size(a) == Heap::kBlockBytes);
}

TEST_CASE("free gives blocks back at once") {
  Fixture f(8192);
  size_t empty = f.heap.stats().free;
  auto* a = static_cast<uint8_t*>(f.heap.allocate_may_collect(8 * Heap::kBlockBytes));
  REQUIRE(a);
  CHECK(f.heap.stats().free == empty - 8 * Heap::kBlockBytes);
  f.heap.free(a);
  CHECK(f.heap.stats().free == empty);
  CHECK_FALSE(f.heap.owns(a));
  f.heap.free(a);  // twice, or a pointer the heap never gave: ignored
  int local = 0;
  f.heap.free(&local);
  CHECK(f.heap.stats().free == empty);
  // The freed space is handed out again, without a collection.
  size_t collections = f.heap.stats().collections;
  CHECK(f.heap.allocate_may_collect(f.heap.stats().largest_free));
  CHECK(f.heap.stats().collections == collections);
}
