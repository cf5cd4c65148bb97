#include <doctest/doctest.h>

#include "cpy/mpy/reader.h"
#include "helpers.h"

using namespace cpy;
using namespace cpy::mpy;

namespace {
Result<Module> read(const std::vector<uint8_t>& bytes, Arena& arena, ReadOptions options = {}) {
  return read_module(bytes, arena, options);
}
}  // namespace

TEST_CASE("reads every field of a small module") {
  Arena arena(heap_block_source());
  auto r = read(test::kSmallModule, arena);
  REQUIRE(r.ok());
  const Module& m = r.value();
  CHECK(m.header.flavour == Flavour::kCircuitPython);
  CHECK(m.header.version == 6);
  CHECK(m.header.arch == NativeArch::kNone);
  CHECK(m.header.small_int_bits == 31);
  REQUIRE(m.qstrs.size() == 4);
  CHECK(m.qstrs[0].text == "t.py");
  CHECK(m.qstrs[0].static_id == 0);
  CHECK(m.qstrs[1].text == "<module>");
  CHECK(m.qstrs[1].static_id == 7);
  CHECK(m.qstrs[2].text == "x");
  CHECK(m.qstrs[3].text == "print");
  CHECK(m.consts.empty());
  CHECK(m.root.signature.n_state == 3);
  CHECK(m.root.simple_name == 1);
  CHECK(m.root.arg_names.empty());
  CHECK(m.root.line_info.size() == 1);
  CHECK(m.root.bytecode.size() == 14);
  CHECK(m.root.children.empty());
}

TEST_CASE("every truncation of a valid file is an error, never a crash") {
  for (size_t n = 0; n < test::kSmallModule.size(); ++n) {
    std::vector<uint8_t> cut(test::kSmallModule.begin(), test::kSmallModule.begin() + n);
    Arena arena(heap_block_source());
    auto r = read(cut, arena);
    CHECK_MESSAGE(!r.ok(), "prefix of ", n, " bytes was accepted");
  }
}

TEST_CASE("every single-byte corruption is either rejected or still well-formed") {
  // Flip each byte to several values; whatever the reader accepts must
  // still verify (that is what lets the VM trust a Module).
  for (size_t i = 0; i < test::kSmallModule.size(); ++i) {
    for (uint8_t v : {uint8_t(0x00), uint8_t(0x7f), uint8_t(0x80), uint8_t(0xff), uint8_t(test::kSmallModule[i] ^ 1)}) {
      auto bytes = test::kSmallModule;
      bytes[i] = v;
      Arena arena(heap_block_source());
      auto r = read(bytes, arena);
      if (r.ok()) CHECK(verify_bytecode(r.value().root, r.value(), arena).ok());
    }
  }
}

TEST_CASE("header errors") {
  Arena arena(heap_block_source());
  auto bytes = test::kSmallModule;
  SUBCASE("bad magic") {
    bytes[0] = 'X';
    CHECK(read(bytes, arena).error().code == Errc::kBadMagic);
  }
  SUBCASE("wrong version") {
    bytes[1] = 5;
    auto r = read(bytes, arena);
    CHECK(r.error().code == Errc::kWrongVersion);
    CHECK(r.error().offset == 1);
  }
  SUBCASE("a MicroPython file given to a CircuitPython loader gets CircuitPython's hint") {
    bytes[0] = 'M';
    ReadOptions opts;
    opts.expect = Flavour::kCircuitPython;
    auto r = read(bytes, arena, opts);
    CHECK(r.error().code == Errc::kWrongFlavour);
    CHECK(std::string(r.error().message) == "MicroPython .mpy file; use CircuitPython mpy-cross");
    CHECK(read(bytes, arena).ok());  // tools accept either flavour
  }
  SUBCASE("unknown architecture") {
    bytes[2] = 0xbc;  // arch 0x2f
    CHECK(read(bytes, arena).error().code == Errc::kBadHeader);
  }
  SUBCASE("native code is refused clearly") {
    bytes[2] = (uint8_t(NativeArch::kArmV6M) << 2) | 3;
    bytes[18] = 0x81;  // raw code kind/len varint: make kind native-py
    bytes[19] = 0x11;
    auto r = read(bytes, arena);
    CHECK(r.error().code == Errc::kUnsupportedNative);
    CHECK(r.error().offset == 18);
  }
}

TEST_CASE("table and operand errors name the offset") {
  Arena arena(heap_block_source());
  auto bytes = test::kSmallModule;
  SUBCASE("static qstr out of range") {
    bytes[12] = 0x7f;  // static 63 is fine...
    CHECK(read(bytes, arena).ok());
    bytes[16] = 0x82;  // ...but static ((0x82 0x77) >> 1) = 187 is not
    auto r = read(bytes, arena);
    CHECK(r.error().code == Errc::kBadQstr);
    CHECK(r.error().offset == 16);
  }
  SUBCASE("qstr without its terminator") {
    bytes[11] = 'x';
    CHECK(read(bytes, arena).error().code == Errc::kBadQstr);
  }
  SUBCASE("qstr operand past the table") {
    bytes[26] = 0x09;  // STORE_NAME 9, with 4 qstrs
    auto r = read(bytes, arena);
    CHECK(r.error().code == Errc::kBadOperand);
    CHECK(r.error().offset == 26);
  }
  SUBCASE("unknown opcode") {
    bytes[35] = 0x00;
    auto r = read(bytes, arena);
    CHECK(r.error().code == Errc::kBadOpcode);
    CHECK(r.error().offset == 35);
  }
  SUBCASE("trailing bytes") {
    bytes.push_back(0);
    CHECK(read(bytes, arena).error().code == Errc::kTrailingBytes);
  }
  SUBCASE("huge counts do not allocate") {
    std::vector<uint8_t> liar = {'C', 6, 0, 31, 0x8f, 0xff, 0xff, 0xff, 0x7f, 0x00};
    CHECK(read(liar, arena).error().code == Errc::kBadQstr);
    CHECK(arena.bytes_reserved() == 0);
  }
}

TEST_CASE("jumps must land on instruction starts") {
  // Module with bytecode: JUMP +1 (into the middle of the next instruction).
  std::vector<uint8_t> bytes = {'C', 6, 0, 31, 2, 0, 0x08, 't', '.', 'p', 'y', 0, 0x0f,
                                // raw code: len 8, sig 0x00 (n_state 1), size 0x02 (n_info 1), name 1
                                0x40, 0x00, 0x02, 0x01, 0x42, 0x41, 0x11, 0x00, 0x63};
  Arena arena(heap_block_source());
  auto r = read(bytes, arena);
  CHECK(r.error().code == Errc::kBadJump);
  bytes[18] = 0x42;  // JUMP +2: onto RETURN_VALUE
  CHECK(read(bytes, arena).ok());
  bytes[18] = 0x3f;  // JUMP -1: into the jump's own operand
  CHECK(read(bytes, arena).error().code == Errc::kBadJump);
}

TEST_CASE("one-byte local loads and stores stay within the function's slots") {
  // As above, with bytecode: LOAD_FAST_MULTI 0, POP_TOP, LOAD_CONST_NONE, LOAD_CONST_NONE, RETURN_VALUE.
  std::vector<uint8_t> bytes = {'C', 6, 0, 31, 2, 0, 0x08, 't', '.', 'p', 'y', 0, 0x0f,
                                0x40, 0x00, 0x02, 0x01, 0xb0, 0x59, 0x51, 0x51, 0x63};
  Arena arena(heap_block_source());
  CHECK(read(bytes, arena).ok());  // slot 0 of 1
  bytes[17] = 0xb3;                // LOAD_FAST_MULTI 3
  auto r = read(bytes, arena);
  CHECK(r.error().code == Errc::kBadOperand);
  CHECK(r.error().offset == 17);
  bytes[17] = 0xc5;  // STORE_FAST_MULTI 5
  CHECK(read(bytes, arena).error().code == Errc::kBadOperand);
}

TEST_CASE("nesting limits hold for tuples and functions") {
  // A constant of 300 nested one-element tuples.
  std::vector<uint8_t> bytes = {'C', 6, 0, 31, 1, 1, 0x0f};
  for (int i = 0; i < 300; ++i) {
    bytes.push_back(10);
    bytes.push_back(1);
  }
  bytes.push_back(1);  // None
  Arena arena(heap_block_source());
  CHECK(read(bytes, arena).error().code == Errc::kTooDeep);
}
