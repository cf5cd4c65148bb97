// Native code: cpy-cross emits bytecode only. The compiler, which has no
// native emitter, rejects @micropython.native/viper/asm_* with the
// reference's "invalid arch" (what mpy-cross says without -march); with
// -march the reference would often have emitted machine code instead, and
// cpy-cross must say that it cannot.
#pragma once

#include <cstdint>
#include <string_view>

#include "cpy/mpy/model.h"

namespace cpy::cli {

/// Whether the reference given -march=[arch] would have compiled the
/// decorator that was rejected with "invalid arch" at [line] of [source] to
/// machine code (true), or would have rejected it too (false: e.g. asm on
/// x64, anything on rv64imc). The decorator's attribute name sits on that
/// line: `native` and `viper` need the arch's native emitter, `asm_*` its
/// inline assembler (which the reference picks by arch, not by name).
bool reference_emits_native(mpy::NativeArch arch, std::string_view source, uint32_t line);

/// The message cpy-cross gives instead of native code.
inline constexpr const char* kNativeUnsupported =
    "native code generation is not supported (cpy-cross emits bytecode only; "
    "@micropython.native, .viper and .asm_* need mpy-cross)";

}  // namespace cpy::cli
