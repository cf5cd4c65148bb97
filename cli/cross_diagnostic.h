// One problem with one input of cpy-cross, and the two ways it is shown: the
// text the reference mpy-cross prints for it, and a JSON object.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "cross_args.h"

namespace cpy::cli {

/// Who reports a diagnostic: the reference would print it the same way
/// (a Python exception), or only cpy-cross has it (`cpy-cross: error: ...`).
enum class DiagnosticKind : uint8_t { kReference, kTool };

/// What went wrong with one input.
struct Diagnostic {
  DiagnosticKind kind = DiagnosticKind::kReference;
  std::string input;                 ///< the path that was read ("-" for stdin)
  std::string file;                  ///< the file name the message shows
  std::optional<uint32_t> line;      ///< set for tracebacks (SyntaxError, IndentationError)
  std::optional<std::string> scope;  ///< the `, in NAME` of compile-stage errors
  std::string type;                  ///< "SyntaxError", "OSError", "MemoryError", ...
  std::string message;               ///< the exception's message
  std::optional<int> error_number;   ///< OSError's errno
};

/// The text the reference prints on stderr for [d] (a kReference one), with
/// [target]'s line ends: CircuitPython ends the `Traceback` line and a `File`
/// line that has `, in NAME` with \r\n, everything else with \n; MicroPython
/// uses \n throughout. A kTool diagnostic becomes `cpy-cross: error: ...`.
std::string format_diagnostic(const Diagnostic& d, CrossTarget target);

/// [d] as a JSON object: input, file, line, scope, type, message and, for
/// OSError, errno (absent fields are null; see README.md for the schema).
nlohmann::json diagnostic_to_json(const Diagnostic& d);

/// [text] as Python's repr() of a str prints it in the references
/// (mp_str_print_quoted): single quotes unless the text has a single quote
/// and no double quote; control characters escaped.
std::string python_str_repr(const std::string& text);

}  // namespace cpy::cli
