#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "cpy/mpy/static_qstrs.h"
#include "cpy/vm/qstr_pool.h"

using namespace cpy;
using namespace cpy::vm;

TEST_CASE("static qstrs have the .mpy format's ids") {
  std::vector<uint8_t> memory(64 * 1024);
  Heap heap(memory.data(), memory.size());
  QstrPool pool(heap);
  REQUIRE(pool.ok());
  CHECK(pool.count() == QstrPool::constant_count());
  CHECK(pool.find("<module>") == 7);
  CHECK(pool.find("print") == 123);
  CHECK(pool.text(165) == "zip");
  CHECK(pool.intern_may_collect("print").value() == 123);
  CHECK(pool.find("no_such_name") == 0);
  CHECK(pool.text(0).empty());
  CHECK(pool.text(100000).empty());
}

TEST_CASE("the VM's own names come after the static qstrs and take no heap") {
  std::vector<uint8_t> memory(16 * 1024);
  Heap heap(memory.data(), memory.size());
  QstrPool pool(heap);
  REQUIRE(pool.ok());
  CHECK(QstrPool::constant_count() > mpy::kStaticQstrCount);
  size_t used = heap.stats().used;
  // names.def, the operator methods, exception and type names.
  for (const char* name : {"__radd__", "__ior__", "__bool__", "RecursionError", "frozenset", "__mro__"}) {
    uint32_t id = pool.intern_may_collect(name).value();
    CHECK(id > mpy::kStaticQstrCount);
    CHECK(id <= QstrPool::constant_count());
    CHECK(pool.text(id) == name);
    CHECK(pool.hash(id) == QstrPool::hash_text(name));
  }
  // A static qstr keeps its format id even when the VM also lists it.
  CHECK(pool.find("__init__") <= mpy::kStaticQstrCount);
  CHECK(heap.stats().used == used);
  CHECK(pool.count() == QstrPool::constant_count());
  uint32_t fresh = pool.intern_may_collect("not_a_vm_name").value();
  CHECK(fresh == QstrPool::constant_count() + 1);
  CHECK(heap.stats().used > used);
}

TEST_CASE("interned strings keep their ids and text through collections") {
  std::vector<uint8_t> memory(256 * 1024);
  Heap heap(memory.data(), memory.size());
  QstrPool pool(heap);
  REQUIRE(pool.ok());
  std::vector<uint32_t> ids;
  for (int i = 0; i < 3000; ++i) {
    std::string name = "name_" + std::to_string(i) + std::string(size_t(i % 7) * 9, 'x');
    auto id = pool.intern_may_collect(name);
    REQUIRE(id.ok());
    ids.push_back(id.value());
    if (i % 100 == 0) {
      for (int g = 0; g < 50; ++g) heap.allocate_may_collect(64);  // garbage
      heap.collect();
    }
  }
  heap.collect();
  for (int i = 0; i < 3000; ++i) {
    std::string name = "name_" + std::to_string(i) + std::string(size_t(i % 7) * 9, 'x');
    CHECK(pool.find(name) == ids[size_t(i)]);
    CHECK(pool.text(ids[size_t(i)]) == name);
    CHECK(pool.hash(ids[size_t(i)]) == QstrPool::hash_text(name));
  }
  CHECK(ids.back() == QstrPool::constant_count() + 3000);
  CHECK(pool.intern_may_collect("name_5" + std::string(45, 'x')).value() == ids[5]);  // no new id
  std::string long_text(5000, 'q');
  auto long_id = pool.intern_may_collect(long_text);
  REQUIRE(long_id.ok());
  heap.collect();
  CHECK(pool.text(long_id.value()) == long_text);
  CHECK(pool.intern_may_collect("").value() == 1);  // the empty string is static 1
}

TEST_CASE("running out of memory is an error and leaves the pool usable") {
  std::vector<uint8_t> memory(16 * 1024);
  Heap heap(memory.data(), memory.size());
  QstrPool pool(heap);
  REQUIRE(pool.ok());
  size_t added = 0;
  for (int i = 0;; ++i) {
    auto id = pool.intern_may_collect("fill_" + std::to_string(i) + std::string(40, 'z'));
    if (!id.ok()) {
      CHECK(id.error().code == Errc::kOutOfMemory);
      break;
    }
    ++added;
    REQUIRE(i < 100000);
  }
  CHECK(added > 10);
  CHECK(pool.find("fill_0" + std::string(40, 'z')) != 0);
  CHECK(pool.find("print") == 123);
}
