// The in-memory model of a .mpy v6 file: the hub every stage meets at.
// The compiler builds it, the writer serializes it, the reader rebuilds it,
// the VM, linker and disassembler consume it. See spec/mpy-format.md.
//
// A Module does not own memory: its arrays live in an Arena, and strings and
// bytecode read from a file point into that file's bytes, which must outlive it.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace cpy::mpy {

/// The .mpy version this model describes, and the native sub-version.
inline constexpr uint8_t kVersion = 6;
inline constexpr uint8_t kSubVersion = 3;
/// Bit of the feature byte saying an architecture-flags varint follows the header.
inline constexpr uint8_t kFeatureArchFlags = 0x40;

/// Which project's loader the file is for; the value is the magic byte.
enum class Flavour : uint8_t {
  kCircuitPython = 'C',
  kMicroPython = 'M',
};

/// Native architecture in the feature byte; kNone for bytecode-only files.
enum class NativeArch : uint8_t {
  kNone = 0,
  kX86,
  kX64,
  kArmV6,
  kArmV6M,
  kArmV7M,
  kArmV7EM,
  kArmV7EMSP,
  kArmV7EMDP,
  kXtensa,
  kXtensaWin,
  kRV32IMC,
  kRV64IMC,
  kDebug,
};

/// The name mpy-cross's -march uses for [arch] ("armv6m", ...); "none" for kNone.
std::string_view native_arch_name(NativeArch arch);

/// The four header bytes, decoded, plus the optional arch-flags varint.
struct Header {
  Flavour flavour = Flavour::kCircuitPython;
  uint8_t version = kVersion;
  NativeArch arch = NativeArch::kNone;
  uint8_t sub_version = 0;  ///< low two bits of the feature byte (3 in native files, 0 otherwise)
  uint8_t small_int_bits = 31;
  bool has_arch_flags = false;
  uint32_t arch_flags = 0;

  /// The third header byte as the file stores it.
  uint8_t feature_byte() const {
    return uint8_t((has_arch_flags ? kFeatureArchFlags : 0) | (uint8_t(arch) << 2) | (sub_version & 3));
  }
};

/// One entry of the module's qstr table. [static_id] is the entry's number in
/// spec/static_qstrs.def when the file refers to it that way, 0 otherwise.
struct Qstr {
  std::string_view text;
  uint16_t static_id = 0;
};

/// Kind tags of the constant table, with their values in the file.
enum class ConstKind : uint8_t {
  kFunTable = 0,  ///< the native function table (native code only)
  kNone,
  kFalse,
  kTrue,
  kEllipsis,
  kStr,
  kBytes,
  kInt,      ///< [text] is the decimal representation
  kFloat,    ///< [text] is the repr, e.g. "1.5" or "1e+100"
  kComplex,  ///< [text] is the repr, e.g. "1j" or "(1+2j)"
  kTuple,
};

/// One constant. Str and bytes hold their contents in [text] (bytes may hold
/// any byte); numbers hold their text form; tuples hold [items].
struct Const {
  ConstKind kind = ConstKind::kNone;
  std::string_view text;
  std::span<const Const> items;
};

/// Raw code kinds, as the low two bits of a raw code's kind/length varint.
enum class CodeKind : uint8_t {
  kBytecode = 0,
  kNativePy = 1,
  kNativeViper = 2,
  kNativeAsm = 3,
};

/// Scope flags stored in a function's signature.
enum ScopeFlag : uint8_t {
  kScopeGenerator = 0x01,
  kScopeVarKeywords = 0x02,
  kScopeVarArgs = 0x04,
  kScopeDefKwArgs = 0x08,
  kScopeAsync = 0x10,  ///< CircuitPython only: an async def, told apart from a generator
};

/// The six numbers at the start of every function's prelude.
struct Signature {
  uint32_t n_state = 1;  ///< value-stack plus locals slots (always >= 1)
  uint32_t n_exc_stack = 0;
  uint32_t scope_flags = 0;
  uint32_t n_pos_args = 0;
  uint32_t n_kwonly_args = 0;
  uint32_t n_def_pos_args = 0;

  bool operator==(const Signature&) const = default;
};

/// A function (or the module's top level): its prelude fields, its bytecode
/// and the functions defined inside it. Qstr operands are indices into
/// Module::qstrs, constant operands into Module::consts.
struct RawCode {
  CodeKind kind = CodeKind::kBytecode;
  Signature signature;
  uint32_t simple_name = 0;              ///< qstr index of the function's name
  std::span<const uint32_t> arg_names;   ///< qstr indices, n_pos_args + n_kwonly_args of them
  std::span<const uint8_t> line_info;    ///< encoded bytecode-offset -> line table
  std::span<const uint8_t> cells;        ///< local slots that become cells
  std::span<const uint8_t> bytecode;
  std::span<const RawCode> children;
};

/// A whole .mpy file.
struct Module {
  Header header;
  std::span<const Qstr> qstrs;   ///< entry 0 is the source file name
  std::span<const Const> consts;
  RawCode root;
};

}  // namespace cpy::mpy
