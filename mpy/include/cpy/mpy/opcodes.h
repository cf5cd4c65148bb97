// The bytecode instruction set, generated from spec/opcodes.def, and the
// decoder every consumer of bytecode uses.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "cpy/mpy/result.h"

namespace cpy::mpy {

/// How an instruction's operand is encoded and what it refers to.
enum class Operand : uint8_t {
  kNone,
  kQstr,
  kConst,
  kChild,
  kLocal,
  kUint,
  kSmallInt,
  kJumpSigned,
  kJumpUnsigned,
};

/// Opcode bytes. Names keep the spelling of the format (and of mpy-tool) so
/// that a disassembly and the source read alike; ranges name their first byte.
enum class Op : uint8_t {
#define CPY_OPCODE(name, code, operand, extra) name = code,
#define CPY_OPCODE_RANGE(name, first, count) name = first,
#include "opcodes.def"
#undef CPY_OPCODE
#undef CPY_OPCODE_RANGE
};

/// Sizes of the one-byte opcode ranges.
inline constexpr int kSmallIntMultiCount = 64;
inline constexpr int kSmallIntMultiBias = 16;  ///< LOAD_CONST_SMALL_INT_MULTI + k pushes k - 16
inline constexpr int kFastMultiCount = 16;
inline constexpr int kUnaryOpCount = 4;
inline constexpr int kBinaryOpCount = 35;

/// What the table says about one opcode byte.
struct OpcodeInfo {
  std::string_view name;  ///< e.g. "LOAD_NAME"; for ranges the range's name
  Operand operand;
  bool extra_byte;        ///< a raw byte follows the operand
  uint8_t range_first;    ///< first byte of the range, or the opcode itself
  uint8_t range_count;    ///< 1 for plain opcodes
};

/// The table entry for [byte], or nullptr when no opcode has that value.
const OpcodeInfo* opcode_info(uint8_t byte);

/// Operator names, from the operand of UNARY_OP_MULTI / BINARY_OP_MULTI.
std::string_view unary_op_method(uint8_t index);
std::string_view binary_op_method(uint8_t index);

/// One decoded instruction.
struct Instruction {
  uint32_t offset = 0;   ///< of the opcode byte, within the bytecode
  uint32_t size = 0;     ///< opcode + operand + extra byte
  uint8_t opcode = 0;
  const OpcodeInfo* info = nullptr;
  int64_t arg = 0;       ///< operand value; for ranges, the distance from range_first
  uint8_t extra = 0;     ///< the extra byte, when info->extra_byte

  Op op() const { return Op(opcode); }
  bool is_jump() const {
    return info->operand == Operand::kJumpSigned || info->operand == Operand::kJumpUnsigned;
  }
  /// Destination of a jump, relative to the start of the bytecode (may be out
  /// of range in malformed code: verify before use). The offset counts from
  /// the end of the jump operand: UNWIND_JUMP's extra byte is not included.
  int64_t jump_target() const { return int64_t(offset) + size - (info->extra_byte ? 1 : 0) + arg; }
};

/// Decodes the instruction at [offset] of [code]. Errors: kBadOpcode for an
/// unknown byte, kTruncated when the operand runs past the end,
/// kVarintOverflow for an operand wider than 64 bits. Error offsets are
/// [base] + position.
Result<Instruction> decode_instruction(std::span<const uint8_t> code, size_t offset, size_t base = 0);

}  // namespace cpy::mpy
