// The loader's stack verification: malformed bytecode in a .mpy file ends in
// a clean ValueError before anything runs, never in a crash.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "cpy/compiler/compile.h"
#include "cpy/mpy/model.h"
#include "cpy/mpy/writer.h"
#include "cpy/vm/vm.h"

using namespace cpy;
using namespace cpy::vm;

namespace {

struct VerifyMachine {
  VerifyMachine() : memory(256 * 1024), heap(memory.data(), memory.size()) {
    heap.set_stack_base(&stack_marker);
    VmConfig config;
    config.write = [](void* ctx, const char* data, size_t size, bool error) {
      auto* self = static_cast<VerifyMachine*>(ctx);
      (error ? self->err : self->out).append(data, size);
    };
    config.write_context = this;
    vm = new (vm_storage) Vm(heap, config);
    ok = vm->init();
  }
  ~VerifyMachine() { vm->~Vm(); }

  int stack_marker = 0;
  std::vector<uint8_t> memory;
  Heap heap;
  alignas(Vm) unsigned char vm_storage[sizeof(Vm)];
  Vm* vm = nullptr;
  bool ok = false;
  std::string out;
  std::string err;
};

struct VectorSink : mpy::ByteSink {
  void put(std::span<const uint8_t> bytes) override { data.insert(data.end(), bytes.begin(), bytes.end()); }
  std::vector<uint8_t> data;
};

const mpy::Qstr kQstrs[] = {{"t.py", 0}, {"<module>", 7}, {"print", 123}};

// The .mpy bytes of a module whose top level is [code], run with [n_state]
// slots and [n_exc] exception blocks.
std::vector<uint8_t> mpy_file(std::vector<uint8_t> code, uint32_t n_state, uint32_t n_exc = 0) {
  mpy::Module m;
  m.qstrs = kQstrs;
  m.root.signature.n_state = n_state;
  m.root.signature.n_exc_stack = n_exc;
  m.root.simple_name = 1;
  m.root.bytecode = code;
  VectorSink sink;
  REQUIRE(mpy::write_module(m, sink).ok());
  return sink.data;
}

// Runs [file]; returns what it printed to stderr (empty when it ran cleanly).
std::string run(const std::vector<uint8_t>& file) {
  VerifyMachine m;
  REQUIRE(m.ok);
  Value module;
  if (m.vm->run_mpy(file, "__main__", &module) == Status::kRaised) (void)m.vm->report_uncaught();
  return m.err;
}

// Compiles [source] like mpy-cross and runs the .mpy bytes, so the loader
// verifies them; returns stdout then stderr.
std::string run_compiled(const char* source) {
  Arena arena(heap_block_source());
  compiler::CompileOptions options;
  options.target = compiler::ParserTarget::kCircuitPython;
  options.input_path = "t.py";
  options.source_name = "t.py";
  auto module = compiler::compile_module(source, arena, options);
  REQUIRE(module.ok());
  VectorSink sink;
  REQUIRE(mpy::write_module(module.value(), sink).ok());
  VerifyMachine m;
  REQUIRE(m.ok);
  Value mod;
  if (m.vm->run_mpy(sink.data, "__main__", &mod) == Status::kRaised) (void)m.vm->report_uncaught();
  return m.out + m.err;
}

void check_rejected(std::vector<uint8_t> code, uint32_t n_state, const char* why, uint32_t n_exc = 0) {
  std::string err = run(mpy_file(std::move(code), n_state, n_exc));
  INFO(err);
  CHECK(err.find("ValueError: invalid .mpy: ") != std::string::npos);
  CHECK(err.find(why) != std::string::npos);
  CHECK(err.find(" of <module>") != std::string::npos);
}

}  // namespace

TEST_CASE("well-formed bytecode passes the stack verification and runs") {
  VerifyMachine m;
  REQUIRE(m.ok);
  // print(1 + 2)
  auto file = mpy_file({0x11, 0x02, 0x81, 0x82, 0xf2, 0x34, 0x01, 0x59, 0x51, 0x63}, 3);
  Value module;
  CHECK(m.vm->run_mpy(file, "__main__", &module) == Status::kOk);
  CHECK(m.out == "3\n");
  // try: pass / finally: pass -- the finally body entered normally and by exception
  auto tf = mpy_file({0x49, 0x01,  // SETUP_FINALLY to the finally body
                      0x51,        // LOAD_CONST_NONE (left normally)
                      0x5d,        // END_FINALLY
                      0x51, 0x63},
                     2, 1);
  CHECK(m.vm->run_mpy(tf, "__main__", &module) == Status::kOk);
}

TEST_CASE("stack underflow is rejected") {
  check_rejected({0x59, 0x51, 0x63}, 2, "stack underflow");  // POP_TOP on an empty stack
  check_rejected({0x51, 0xf2, 0x63}, 2, "stack underflow");  // BINARY_OP with one operand
  check_rejected({0x34, 0x02, 0x63}, 4, "stack underflow");  // CALL_FUNCTION without its arguments
}

TEST_CASE("stack overflow is rejected") {
  check_rejected({0x51, 0x51, 0x51, 0x59, 0x59, 0x63}, 2, "stack overflow");
  // a loop that pushes on every turn
  check_rejected({0x51, 0x42, 0x3d}, 4, "stack overflow");
  // UNPACK_SEQUENCE of more items than the frame holds
  check_rejected({0x51, 0x30, 0x10, 0x63}, 4, "stack overflow");
}

TEST_CASE("locals that overlap the stack or are the wrong kind are rejected") {
  // STORE_FAST 1 makes both slots locals: nothing is left for the stack.
  check_rejected({0x51, 0xc1, 0x51, 0x63}, 2, "stack overflow");
  // LOAD_DEREF of a slot that holds no cell
  check_rejected({0x25, 0x00, 0x63}, 2, "a plain local used as a cell");
}

TEST_CASE("exception blocks and internal stack values are checked") {
  // END_FINALLY with no block set up
  check_rejected({0x51, 0x5d, 0x51, 0x63}, 2, "END_FINALLY without an exception block");
  // SETUP_EXCEPT past the declared number of blocks
  check_rejected({0x48, 0x00, 0x51, 0x63}, 2, "too many exception blocks");
  // FOR_ITER over nulls instead of GET_ITER_STACK's slots
  check_rejected({0x53, 0x53, 0x53, 0x53, 0x4b, 0x00, 0x51, 0x63}, 6, "wrong kind");
  // STORE_MAP into something that is not a dict
  check_rejected({0x51, 0x51, 0x51, 0x62, 0x63}, 4, "wrong kind");
  // running off the end of the bytecode
  check_rejected({0x51}, 2, "runs past the end");
}

TEST_CASE("the .mpy fuzz_vm once crashed on is rejected cleanly") {
  // Its function pops more than it pushed (found by tests/fuzz/fuzz_vm.cpp).
  const std::vector<uint8_t> file = {
      0x43, 0x06, 0x00, 0x1f, 0x04, 0x00, 0x32, 0x71, 0x75, 0x69, 0x72, 0x6b, 0x5f, 0x6e, 0x6f, 0x5f, 0x66,
      0x69, 0x6e, 0x61, 0x6c, 0x5f, 0x6e, 0x65, 0x77, 0x6c, 0x69, 0x6e, 0x65, 0x2e, 0x70, 0x79, 0x00, 0x0f,
      0x02, 0x66, 0x00, 0x81, 0x77, 0x81, 0x24, 0x08, 0x06, 0x01, 0x20, 0x44, 0x31, 0x00, 0x16, 0x02, 0x11,
      0x03, 0x11, 0x02, 0x34, 0x00, 0x34, 0x01, 0x59, 0x51, 0x63, 0x01, 0x30, 0x00, 0x04, 0x02, 0x40, 0xaa,
      0x63};
  std::string err = run(file);
  CHECK(err.find("ValueError: invalid .mpy: stack underflow") != std::string::npos);
}

TEST_CASE("operands that would reach outside the stack are rejected with a reason") {
  // STORE_COMP into a dict whose offset points at its own value slot (fuzz_vm: SEGV in Map::store_may_collect)
  check_rejected({0x2c, 0x00, 0x51, 0x51, 0x2f, 0x05, 0x59, 0x51, 0x63}, 5, "bad comprehension operand");
  // STORE_COMP whose container lies below the stack
  check_rejected({0x51, 0x51, 0x2f, 0x0d, 0x51, 0x63}, 4, "stack underflow");
  // BUILD_TUPLE of more items than the frame holds
  check_rejected({0x2a, 0x09, 0x51, 0x63}, 4, "stack underflow");
}

TEST_CASE("a keyword name that is not a string fails the call at run time") {
  // print(**{1: 2}) written as CALL_FUNCTION with the key 1: the reference
  // compiler emits such calls (more than 255 positionals), so it loads.
  std::string err = run(mpy_file({0x11, 0x02, 0x81, 0x82, 0x34, 0x82, 0x00, 0x59, 0x51, 0x63}, 5));
  CHECK(err.find("invalid .mpy") == std::string::npos);
  CHECK(err.find("TypeError: keywords must be strings") != std::string::npos);
  // the same with a callee that cannot be called: that is reported first
  err = run(mpy_file({0x80, 0x81, 0x82, 0x34, 0x82, 0x00, 0x59, 0x51, 0x63}, 5));
  CHECK(err.find("TypeError: 'int' object is not callable") != std::string::npos);
}

TEST_CASE("star arguments after keywords load and bind as in CPython") {
  CHECK(run_compiled("def show(*a, **k):\n"
                     "    return a, sorted(k.items())\n"
                     "a = [1, 2]\n"
                     "print(show(*a, z=3, *(3, 4), **{'y': 2}))\n"
                     "print(show(0, *a, 5, z=1, *'xy'))\n") ==
        "((1, 2, 3, 4), [('y', 2), ('z', 3)])\n((0, 1, 2, 5, 'x', 'y'), [('z', 1)])\n");
}

TEST_CASE("async with loads, and its exception test ignores a global BaseException") {
  const char* source =
      "class CM:\n"
      "    async def __aenter__(self):\n"
      "        print('enter')\n"
      "    async def __aexit__(self, t, e, tb):\n"
      "        print('exit', t.__name__ if t else None)\n"
      "        return True\n"
      "async def f(x):\n"
      "    for i in range(2):\n"
      "        async with CM():\n"
      "            if x == 1:\n"
      "                raise KeyError\n"
      "            if x == 2:\n"
      "                return 'r'\n"
      "            if x == 3:\n"
      "                break\n"
      "    return 'end'\n"
      "def run(c):\n"
      "    try:\n"
      "        c.send(None)\n"
      "    except StopIteration as e:\n"
      "        return e.value\n"
      "BaseException = ValueError\n"
      "print(run(f(1)), run(f(2)), run(f(3)))\n";
  CHECK(run_compiled(source) ==
        "enter\nexit KeyError\nenter\nexit KeyError\nenter\nexit None\nenter\nexit None\nend r end\n");
}
