// The validating .mpy reader: bytes -> Module. It checks every length,
// index and offset before using it, so a Module it returns is safe for the
// VM to run without further bounds checks on operands.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "cpy/mpy/arena.h"
#include "cpy/mpy/model.h"
#include "cpy/mpy/result.h"

namespace cpy::mpy {

/// What the reader accepts.
struct ReadOptions {
  /// The flavour a loader needs; nullopt accepts either (tools).
  std::optional<Flavour> expect;
  /// Deepest nesting of functions, and separately of constant tuples.
  uint32_t max_depth = 128;
  /// Decode and check every instruction (operands in range, jumps onto
  /// instruction starts). Only tools that want raw bytes turn it off.
  bool verify_bytecode = true;
};

/// Reads a whole .mpy file. Arrays go into [arena]; strings and bytecode point
/// into [bytes], which must outlive the Module. Errors name the problem and
/// the byte offset where it was found.
Result<Module> read_module(std::span<const uint8_t> bytes, Arena& arena, const ReadOptions& options = {});

/// Checks the bytecode of [code] against its module: every opcode known,
/// every operand in range, every jump onto an instruction start. [base] is
/// the bytecode's offset in the file, for error offsets.
Result<void> verify_bytecode(const RawCode& code, const Module& module, Arena& arena, size_t base = 0);

}  // namespace cpy::mpy
