#include <doctest/doctest.h>

#include <set>
#include <vector>

#include "cpy/mpy/opcodes.h"

using namespace cpy;
using namespace cpy::mpy;

TEST_CASE("opcode table matches the v6 layout") {
  int valid = 0;
  for (int b = 0; b < 256; ++b) valid += opcode_info(uint8_t(b)) != nullptr;
  // 13 qstr + 16 var-uint (even) + 8 var-uint (odd) + 11 jumps + 16 byte + 8
  // byte (even) + 64 + 16 + 16 + 4 + 35 one-byte ranges.
  CHECK(valid == 13 + 16 + 8 + 11 + 16 + 8 + 64 + 16 + 16 + 4 + 35);
  CHECK(opcode_info(0x00) == nullptr);
  CHECK(opcode_info(0x41) == nullptr);
  CHECK(opcode_info(0xd4) == nullptr);
  CHECK(opcode_info(0xfa) == nullptr);
  CHECK(opcode_info(0x11)->name == "LOAD_NAME");
  CHECK(opcode_info(0x11)->operand == Operand::kQstr);
  CHECK(opcode_info(0x20)->extra_byte);
  CHECK(opcode_info(0x40)->extra_byte);
  CHECK_FALSE(opcode_info(0x42)->extra_byte);
  CHECK(opcode_info(0x7f)->range_first == 0x70);
  CHECK(binary_op_method(27) == "__add__");
  CHECK(unary_op_method(3) == "<not>");
}

TEST_CASE("every opcode with an extra byte is exactly where the format puts one") {
  // The format's rule: an extra byte follows when (opcode & 0x9e) == 0.
  for (int b = 0; b < 256; ++b) {
    const OpcodeInfo* info = opcode_info(uint8_t(b));
    if (info) CHECK_MESSAGE(info->extra_byte == ((b & 0x9e) == 0), "opcode ", b);
  }
}

TEST_CASE("decode operands") {
  SUBCASE("small int varint with sign") {
    const uint8_t code[] = {0x22, 0xff, 0x7f};  // -1 in two groups
    auto r = decode_instruction(code, 0);
    REQUIRE(r.ok());
    CHECK(r.value().arg == -1);
    CHECK(r.value().size == 3);
    const uint8_t pos[] = {0x22, 0x81, 0x00};
    CHECK(decode_instruction(pos, 0).value().arg == 128);
  }
  SUBCASE("signed and unsigned jumps, one and two bytes") {
    const uint8_t back[] = {0x42, 0x3e};  // JUMP -2: to itself
    auto j = decode_instruction(back, 0).value();
    CHECK(j.arg == -2);
    CHECK(j.jump_target() == 0);
    const uint8_t far[] = {0x42, 0x80, 0x81};  // 0x80 | 0x81 << 7 = 16512, minus 0x4000
    CHECK(decode_instruction(far, 0).value().arg == 16512 - 0x4000);
    const uint8_t fwd[] = {0x4b, 0x05};
    CHECK(decode_instruction(fwd, 0).value().jump_target() == 7);
  }
  SUBCASE("extra byte after the operand") {
    const uint8_t code[] = {0x40, 0x40, 0x03};  // UNWIND_JUMP +0, unwind 3
    auto r = decode_instruction(code, 0).value();
    CHECK(r.size == 3);
    CHECK(r.extra == 3);
    CHECK(r.jump_target() == 2);  // counted from the end of the offset, before the extra byte
  }
  SUBCASE("ranges carry their operand in the opcode") {
    const uint8_t code[] = {0xb3, 0x70, 0xf2};
    CHECK(decode_instruction(code, 0).value().arg == 3);
    CHECK(decode_instruction(code, 1).value().arg == 0);
    CHECK(decode_instruction(code, 2).value().arg == 27);
  }
  SUBCASE("malformed") {
    const uint8_t bad[] = {0x00};
    CHECK(decode_instruction(bad, 0).error().code == Errc::kBadOpcode);
    const uint8_t cut[] = {0x11, 0x80};
    CHECK(decode_instruction(cut, 0).error().code == Errc::kTruncated);
    const uint8_t cut_jump[] = {0x42, 0x80};
    CHECK(decode_instruction(cut_jump, 0).error().code == Errc::kTruncated);
    const uint8_t cut_extra[] = {0x20, 0x01};
    CHECK(decode_instruction(cut_extra, 0).error().code == Errc::kTruncated);
    std::vector<uint8_t> wide(20, 0xff);
    wide[0] = 0x34;
    CHECK(decode_instruction(wide, 0).error().code == Errc::kVarintOverflow);
  }
}
