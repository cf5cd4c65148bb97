// Human-readable listing of a Module, driven by the opcode table.
#pragma once

#include <string_view>

#include "cpy/mpy/bytes.h"
#include "cpy/mpy/model.h"
#include "cpy/mpy/opcodes.h"
#include "cpy/mpy/result.h"

namespace cpy::mpy {

/// Writes a listing of [module] to [out]: header, qstr table, constants, and
/// for each function its prelude and one line per instruction (offset,
/// source line, raw bytes, name, decoded operands). Fails only on bytecode
/// that does not decode (a Module from read_module always decodes).
Result<void> disassemble(const Module& module, ByteSink& out);

/// The instruction's mnemonic as mpy-tool spells it, with ranges split
/// ("LOAD_FAST", "BINARY_OP", "LOAD_CONST_SMALL_INT").
std::string_view mnemonic(const Instruction& ins);

/// Writes [c] as Python would print its repr (strings quoted and escaped).
void write_const_repr(const Const& c, ByteSink& out);

/// Writes [text] as a Python string literal body with [quote] escaped.
void write_escaped(std::string_view text, char quote, bool is_bytes, ByteSink& out);

}  // namespace cpy::mpy
