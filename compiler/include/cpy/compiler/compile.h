// The compiler's entry point: Python source to an mpy::Module, as the
// reference mpy-cross compiles it (scope analysis, then the bytecode emitter's
// passes), byte for byte once the writer serializes the module.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "cpy/compiler/parser.h"
#include "cpy/mpy/arena.h"
#include "cpy/mpy/model.h"
#include "cpy/mpy/result.h"

namespace cpy::compiler {

/// Settings of one compilation: the mpy-cross options that change its output.
struct CompileOptions {
  /// Which reference to reproduce: CircuitPython 10 (magic 'C') or
  /// MicroPython 1.28 (magic 'M').
  ParserTarget target = ParserTarget::kCircuitPython;
  /// -O level (0..3): `__debug__`, asserts, and line numbers at 3.
  uint8_t optimise_level = 0;
  /// -msmall-int-bits.
  unsigned small_int_bits = 31;
  /// The input path as given on the command line ("-" read as "<stdin>" is
  /// the driver's business). The reference interns it before parsing.
  std::string_view input_path;
  /// The name the module records as its source file (qstr 0) and error
  /// messages show: the -s name when given, else [input_path].
  std::string_view source_name;
  /// The reference's GC heap size (-X heapsize), which bounds its parse depth.
  size_t reference_heap_size = size_t(2) * 1024 * 1024;
};

/// Compiles [source] into a Module whose arrays and strings live in [arena]
/// (the source itself need not outlive the result).
///
/// On failure returns the reference's error: Errc::kSyntaxError or
/// kIndentationError with the source line in `offset` (parse_error_has_line
/// tells whether the reference prints a traceback with File/line), or
/// kNotImplemented / kOutOfMemory / kTooDeep printed as one bare line. The
/// message is static text or lives in [arena].
///
/// On a compile error (not a lexer or parser one) also sets [*error_scope],
/// when given, to the name of the function being compiled ("<module>" at the
/// top level), which the reference's traceback prints as `, in NAME`; it is
/// left empty for errors the reference reports without that part.
Result<mpy::Module> compile_module(std::string_view source, Arena& arena, const CompileOptions& options,
                                   std::string_view* error_scope = nullptr);

/// The exception name the reference prints for [error]: "SyntaxError",
/// "IndentationError", "NotImplementedError", "MemoryError", "RuntimeError".
std::string_view error_exception_name(const Error& error);

}  // namespace cpy::compiler
