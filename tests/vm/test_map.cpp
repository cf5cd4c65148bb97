#include <doctest/doctest.h>

#include <cstring>
#include <string>
#include <vector>

#include "cpy/vm/map.h"

using namespace cpy::vm;

namespace {

// A heap holding one Map inside a heap object, as the VM embeds them.
struct Fixture {
  Fixture() : memory(512 * 1024), heap(memory.data(), memory.size()) {
    holder = static_cast<Map*>(heap.allocate_may_collect(sizeof(Map)));
    new (holder) Map();
    heap.add_root_source(RootSource{[](Heap& h, void* ctx) { h.mark_pointer(static_cast<Fixture*>(ctx)->holder); },
                                    this});
  }
  std::vector<uint8_t> memory;
  Heap heap;
  Map* holder;
  KeyOps simple{};

  void put(Value k, Value v) {
    bool stored = false;
    REQUIRE(holder->store_may_collect(heap, k, v, simple, &stored) == Status::kOk);
    REQUIRE(stored);
  }
  Value get(Value k) {
    Value out;
    REQUIRE(holder->lookup(k, simple, &out) == Status::kOk);
    return out;
  }
};

// "Objects" for the callback tests: heap boxes holding an int, compared by content.
struct Box {
  intptr_t n;
};

}  // namespace

TEST_CASE("store, replace, look up and remove keep insertion order") {
  Fixture f;
  for (int i = 0; i < 1000; ++i) f.put(Value::small_int(i * 7), Value::small_int(i));
  f.heap.collect();
  CHECK(f.holder->size() == 1000);
  for (int i = 0; i < 1000; ++i) CHECK(f.get(Value::small_int(i * 7)) == Value::small_int(i));
  CHECK(f.get(Value::small_int(3)).is_null());
  f.put(Value::small_int(14), Value::qstr(99));  // replace keeps the position
  for (int i = 0; i < 1000; i += 2) {
    Value old;
    REQUIRE(f.holder->remove(Value::small_int(i * 7), f.simple, &old) == Status::kOk);
    CHECK_FALSE(old.is_null());
  }
  CHECK(f.holder->size() == 500);
  std::vector<intptr_t> order;
  for (const auto& e : *f.holder) {
    if (!e.key.is_null()) order.push_back(e.key.small_int_value());
  }
  REQUIRE(order.size() == 500);
  for (size_t i = 0; i < order.size(); ++i) CHECK(order[i] == intptr_t(2 * i + 1) * 7);
  // Churn: removed slots are reused by compaction without losing anything.
  for (int round = 0; round < 20; ++round) {
    for (int i = 0; i < 100; ++i) f.put(Value::qstr(uint32_t(1000 + round * 100 + i)), Value::none());
    for (int i = 0; i < 100; ++i) {
      Value old;
      REQUIRE(f.holder->remove(Value::qstr(uint32_t(1000 + round * 100 + i)), f.simple, &old) == Status::kOk);
      CHECK(old == Value::none());
    }
  }
  CHECK(f.holder->size() == 500);
  CHECK(f.get(Value::small_int(7)) == Value::small_int(1));
  CHECK(f.get(Value::small_int(14)).is_null());
}

TEST_CASE("True and False are the keys 1 and 0") {
  Fixture f;
  f.put(Value::small_int(1), Value::qstr(5));
  CHECK(f.get(Value::true_value()) == Value::qstr(5));
  f.put(Value::false_value(), Value::qstr(6));
  CHECK(f.get(Value::small_int(0)) == Value::qstr(6));
  CHECK(f.holder->size() == 2);
  CHECK(Map::simple_hash(Value::true_value()) == Map::simple_hash(Value::small_int(1)));
}

TEST_CASE("object keys use the VM's hash and equality, which may raise") {
  Fixture f;
  struct Ctx {
    bool raise = false;
    int calls = 0;
  } ctx;
  KeyOps ops;
  ops.context = &ctx;
  ops.hash = [](Value key, uint32_t* out, void* c) {
    auto* cx = static_cast<Ctx*>(c);
    ++cx->calls;
    if (cx->raise) return Status::kRaised;
    *out = uint32_t(key.as<Box>()->n % 8);  // many collisions on purpose
    return Status::kOk;
  };
  ops.equal = [](Value a, Value b, bool* out, void*) {
    *out = a.is_object() && b.is_object() && a.as<Box>()->n == b.as<Box>()->n;
    return Status::kOk;
  };
  std::vector<Box*> boxes;
  for (int i = 0; i < 64; ++i) {
    auto* b = static_cast<Box*>(f.heap.allocate_may_collect(sizeof(Box)));
    b->n = i;
    boxes.push_back(b);
    bool stored;
    REQUIRE(f.holder->store_may_collect(f.heap, Value::object(b), Value::small_int(i), ops, &stored) == Status::kOk);
  }
  // A different object with equal content finds the entry.
  auto* probe = static_cast<Box*>(f.heap.allocate_may_collect(sizeof(Box)));
  probe->n = 33;
  Value out;
  REQUIRE(f.holder->lookup(Value::object(probe), ops, &out) == Status::kOk);
  CHECK(out == Value::small_int(33));
  ctx.raise = true;
  CHECK(f.holder->lookup(Value::object(probe), ops, &out) == Status::kRaised);
  CHECK(f.holder->size() == 64);
}

TEST_CASE("exhaustion reports not stored and keeps the map intact") {
  std::vector<uint8_t> memory(8 * 1024);
  Heap heap(memory.data(), memory.size());
  // As in the VM: a block the map has just allocated is held on the C stack
  // while it allocates the next.
  int stack_base = 0;
  heap.set_stack_base(&stack_base);
  auto* m = static_cast<Map*>(heap.allocate_may_collect(sizeof(Map)));
  new (m) Map();
  heap.add_root_source(RootSource{[](Heap& h, void* ctx) { h.mark_pointer(ctx); }, m});
  KeyOps ops;
  int stored_count = 0;
  for (int i = 0; i < 100000; ++i) {
    bool stored = false;
    REQUIRE(m->store_may_collect(heap, Value::small_int(i), Value::small_int(-i), ops, &stored) == Status::kOk);
    if (!stored) break;
    ++stored_count;
  }
  CHECK(stored_count > 16);
  CHECK(m->size() == size_t(stored_count));
  Value out;
  REQUIRE(m->lookup(Value::small_int(stored_count - 1), ops, &out) == Status::kOk);
  CHECK(out == Value::small_int(-(stored_count - 1)));
}
