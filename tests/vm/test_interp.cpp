#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "cpy/mpy/model.h"
#include "cpy/vm/vm.h"

using namespace cpy;
using namespace cpy::vm;

namespace {

// A VM over its own heap whose output is captured.
struct Machine {
  explicit Machine(size_t heap_bytes = 512 * 1024) : memory(heap_bytes), heap(memory.data(), memory.size()) {
    heap.set_stack_base(&stack_marker);
    VmConfig config;
    config.write = [](void* ctx, const char* data, size_t size, bool error) {
      auto* self = static_cast<Machine*>(ctx);
      (error ? self->err : self->out).append(data, size);
    };
    config.write_context = this;
    vm = new (vm_storage) Vm(heap, config);
    ok = vm->init();
  }
  ~Machine() { vm->~Vm(); }

  int stack_marker = 0;
  std::vector<uint8_t> memory;
  Heap heap;
  alignas(Vm) unsigned char vm_storage[sizeof(Vm)];
  Vm* vm = nullptr;
  bool ok = false;
  std::string out;
  std::string err;
};

// A one-function module: [code] runs at top level with [n_state] slots.
struct HandModule {
  HandModule(std::vector<uint8_t> code, std::vector<mpy::Qstr> names, uint32_t n_state)
      : bytecode(std::move(code)), qstrs(std::move(names)) {
    module.qstrs = qstrs;
    module.root.signature.n_state = n_state;
    module.root.simple_name = 1;
    module.root.bytecode = bytecode;
  }
  std::vector<uint8_t> bytecode;
  std::vector<mpy::Qstr> qstrs;
  mpy::Module module;
};

const mpy::Qstr kFile{"t.py", 0};
const mpy::Qstr kModuleName{"<module>", 7};
const mpy::Qstr kPrint{"print", 123};
const mpy::Qstr kValueError{"ValueError", 55};

}  // namespace

TEST_CASE("the VM starts and runs a hand-assembled module") {
  Machine m;
  REQUIRE(m.ok);
  // print(1 + 2)
  HandModule hm({0x11, 0x02, 0x81, 0x82, 0xf2, 0x34, 0x01, 0x59, 0x51, 0x63}, {kFile, kModuleName, kPrint}, 3);
  Value module;
  CHECK(m.vm->run_module(hm.module, "__main__", &module) == Status::kOk);
  CHECK(m.out == "3\n");
  CHECK(m.err.empty());
}

TEST_CASE("start-up interns no name on the heap and allocates under 1 KB") {
  Machine m(64 * 1024);
  REQUIRE(m.ok);
  // Every name the VM uses at start-up is a constant qstr (names.def,
  // builtin_types.def, const_qstrs.def, operators, exceptions).
  CHECK(m.vm->qstrs.count() == QstrPool::constant_count());
  m.heap.collect();
  CHECK(m.heap.stats().used < 1024);
}

TEST_CASE("big ints, strings and lists from bytecode") {
  Machine m;
  REQUIRE(m.ok);
  // print(2 ** 100, 'ab' * 2, [7] * 3)   -- 2**100 via BINARY_OP power on small ints
  HandModule hm({0x11, 0x02,                    // print
                 0x82, 0x22, 0x80, 0x64,        // 2, LOAD_CONST_SMALL_INT 100
                 0xf9,                          // BINARY_OP **
                 0x10, 0x03, 0x82, 0xf4,        // 'ab' * 2
                 0x87, 0x2b, 0x01, 0x83, 0xf4,  // [7] * 3
                 0x34, 0x03, 0x59, 0x51, 0x63},
                {kFile, kModuleName, kPrint, mpy::Qstr{"ab", 0}}, 6);
  Value module;
  CHECK(m.vm->run_module(hm.module, "__main__", &module) == Status::kOk);
  CHECK(m.out == "1267650600228229401496703205376 abab [7, 7, 7]\n");
}

TEST_CASE("an uncaught exception prints a CircuitPython traceback and gives exit status 1") {
  Machine m;
  REQUIRE(m.ok);
  // raise ValueError('boom')
  HandModule hm({0x12, 0x02, 0x10, 0x03, 0x34, 0x01, 0x65}, {kFile, kModuleName, kValueError, mpy::Qstr{"boom", 0}}, 2);
  Value module;
  REQUIRE(m.vm->run_module(hm.module, "__main__", &module) == Status::kRaised);
  CHECK(m.vm->report_uncaught() == 1);
  CHECK(m.err == "Traceback (most recent call last):\n  File \"t.py\", line 1, in <module>\nValueError: boom\n");
}

TEST_CASE("malformed .mpy bytes raise ValueError instead of crashing") {
  Machine m;
  REQUIRE(m.ok);
  const uint8_t junk[] = {'C', 6, 0, 31, 0xff, 0xff, 0xff};
  Value module;
  CHECK(m.vm->run_mpy(junk, "__main__", &module) == Status::kRaised);
  CHECK(m.vm->report_uncaught() == 1);
  CHECK(m.err.find("ValueError: incompatible .mpy file") != std::string::npos);
  const uint8_t micropython[] = {'M', 6, 0, 31, 0, 0};
  m.err.clear();
  CHECK(m.vm->run_mpy(micropython, "__main__", &module) == Status::kRaised);
  CHECK(m.vm->report_uncaught() == 1);
  CHECK(m.err.find("MicroPython .mpy file") != std::string::npos);
}

TEST_CASE("running out of heap raises MemoryError and the VM stays usable") {
  Machine m(256 * 1024);
  REQUIRE(m.ok);
  // [0] * 10**7
  HandModule big({0x80, 0x2b, 0x01, 0x22, 0x84, 0xe2, 0xad, 0x00, 0xf4, 0x59, 0x51, 0x63}, {kFile, kModuleName}, 3);
  Value module;
  REQUIRE(m.vm->run_module(big.module, "__main__", &module) == Status::kRaised);
  m.vm->report_uncaught();
  CHECK(m.err.find("MemoryError") != std::string::npos);
  HandModule hm({0x11, 0x02, 0x81, 0x82, 0xf2, 0x34, 0x01, 0x59, 0x51, 0x63}, {kFile, kModuleName, kPrint}, 3);
  CHECK(m.vm->run_module(hm.module, "__main__", &module) == Status::kOk);
  CHECK(m.out == "3\n");
}

TEST_CASE("garbage is collected while a program runs") {
  Machine m(128 * 1024);
  REQUIRE(m.ok);
  // for i in range(20000): x = [i] * 8   (far more than the heap holds at once)
  HandModule loop({0x11, 0x02, 0x22, 0x81, 0x9c, 0x20, 0x34, 0x01,  // range(20000)
                   0x5f, 0x4b, 0x0b,                                // GET_ITER_STACK, FOR_ITER to the end
                   0x16, 0x03, 0x11, 0x03, 0x2b, 0x01, 0x88, 0xf4,  // i = item; [i] * 8
                   0x59, 0x42, 0x33,                                // POP_TOP, JUMP back to FOR_ITER
                   0x51, 0x63},
                  {kFile, kModuleName, mpy::Qstr{"range", 0}, mpy::Qstr{"i", 0}}, 8);
  Value module;
  CHECK(m.vm->run_module(loop.module, "__main__", &module) == Status::kOk);
  CHECK(m.heap.stats().collections > 0);
}

TEST_CASE("micropython.kbd_intr sets the character that interrupts a program") {
  Machine m;
  REQUIRE(m.ok);
  CHECK(m.vm->interrupt_char == 3);
  Value module;
  CHECK(m.vm->run_source("import micropython\nmicropython.kbd_intr(-1)\n", "t.py", "__main__", &module) ==
        Status::kOk);
  CHECK(m.vm->interrupt_char == -1);
  CHECK(m.vm->run_source("import micropython\nmicropython.kbd_intr(3)\n", "t.py", "__main__", &module) ==
        Status::kOk);
  CHECK(m.vm->interrupt_char == 3);
}
