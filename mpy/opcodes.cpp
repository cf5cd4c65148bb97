#include "cpy/mpy/opcodes.h"

#include <array>

namespace cpy::mpy {

namespace {

struct Table {
  std::array<OpcodeInfo, 256> entries{};
  std::array<bool, 256> valid{};
};

constexpr Table build_table() {
  Table t;
#define CPY_OPCODE(name, code, operand, extra) \
  t.entries[code] = OpcodeInfo{#name, Operand::k##operand, extra != 0, code, 1}; \
  t.valid[code] = true;
#define CPY_OPCODE_RANGE(name, first, count)                                   \
  for (int i = 0; i < count; ++i) {                                            \
    t.entries[first + i] = OpcodeInfo{#name, Operand::kNone, false, first, count}; \
    t.valid[first + i] = true;                                                 \
  }
#include "opcodes.def"
#undef CPY_OPCODE
#undef CPY_OPCODE_RANGE
  return t;
}

constexpr Table kTable = build_table();

constexpr std::string_view kUnaryMethods[] = {
#define CPY_UNARY_OP(name, method) method,
#include "opcodes.def"
#undef CPY_UNARY_OP
};

constexpr std::string_view kBinaryMethods[] = {
#define CPY_BINARY_OP(name, method) method,
#include "opcodes.def"
#undef CPY_BINARY_OP
};

static_assert(std::size(kUnaryMethods) == kUnaryOpCount);
static_assert(std::size(kBinaryMethods) == kBinaryOpCount);

}  // namespace

const OpcodeInfo* opcode_info(uint8_t byte) { return kTable.valid[byte] ? &kTable.entries[byte] : nullptr; }

std::string_view unary_op_method(uint8_t index) {
  return index < std::size(kUnaryMethods) ? kUnaryMethods[index] : std::string_view("?");
}

std::string_view binary_op_method(uint8_t index) {
  return index < std::size(kBinaryMethods) ? kBinaryMethods[index] : std::string_view("?");
}

Result<Instruction> decode_instruction(std::span<const uint8_t> code, size_t offset, size_t base) {
  Instruction ins;
  if (offset >= code.size()) return fail(Errc::kTruncated, base + offset, "bytecode ends before an instruction");
  ins.offset = uint32_t(offset);
  ins.opcode = code[offset];
  ins.info = opcode_info(ins.opcode);
  if (!ins.info) return fail(Errc::kBadOpcode, base + offset, "unknown opcode");
  size_t ip = offset + 1;
  auto need = [&](size_t n) { return ip + n <= code.size(); };
  switch (ins.info->operand) {
    case Operand::kNone:
      if (ins.info->range_count > 1) ins.arg = ins.opcode - ins.info->range_first;
      break;
    case Operand::kQstr:
    case Operand::kConst:
    case Operand::kChild:
    case Operand::kLocal:
    case Operand::kUint:
    case Operand::kSmallInt: {
      if (!need(1)) return fail(Errc::kTruncated, base + ip, "operand runs past the end of the bytecode");
      uint64_t value = code[ip] & 0x7f;
      if (ins.info->operand == Operand::kSmallInt && (code[ip] & 0x40)) value |= ~uint64_t(0x7f);
      int groups = 1;
      while (code[ip] & 0x80) {
        ++ip;
        if (!need(1)) return fail(Errc::kTruncated, base + ip, "operand runs past the end of the bytecode");
        if (++groups > 10) return fail(Errc::kVarintOverflow, base + offset + 1, "operand too wide");
        value = (value << 7) | (code[ip] & 0x7f);
      }
      ++ip;
      ins.arg = int64_t(value);
      break;
    }
    case Operand::kJumpSigned:
    case Operand::kJumpUnsigned: {
      bool is_signed = ins.info->operand == Operand::kJumpSigned;
      if (!need(1)) return fail(Errc::kTruncated, base + ip, "jump offset runs past the end of the bytecode");
      if (!(code[ip] & 0x80)) {
        ins.arg = code[ip] - (is_signed ? 0x40 : 0);
        ip += 1;
      } else {
        if (!need(2)) return fail(Errc::kTruncated, base + ip, "jump offset runs past the end of the bytecode");
        ins.arg = int64_t((code[ip] & 0x7f) | (code[ip + 1] << 7)) - (is_signed ? 0x4000 : 0);
        ip += 2;
      }
      break;
    }
  }
  if (ins.info->extra_byte) {
    if (!need(1)) return fail(Errc::kTruncated, base + ip, "extra byte runs past the end of the bytecode");
    ins.extra = code[ip++];
  }
  ins.size = uint32_t(ip - offset);
  return ins;
}

}  // namespace cpy::mpy
