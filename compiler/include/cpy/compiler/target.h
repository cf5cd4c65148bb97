// Which reference compiler the compiler reproduces.
#pragma once

#include <cstdint>

namespace cpy::compiler {

/// Which reference compiler's behaviour to reproduce where the two differ:
/// in the lexer (NUL bytes, f-string injection, t-strings), in the strings
/// its binary has already interned, and in the code it emits.
enum class Target : uint8_t {
  kCircuitPython,  ///< CircuitPython 10's mpy-cross
  kMicroPython,    ///< MicroPython 1.28's mpy-cross
};

}  // namespace cpy::compiler
