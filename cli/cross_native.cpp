#include "cross_native.h"

#include <cctype>
#include <string>

namespace cpy::cli {

namespace {

// The text of line [line] (1-based); the lexer counts \n, \r\n and a lone \r
// as one line end each.
std::string_view line_text(std::string_view source, uint32_t line) {
  size_t at = 0;
  for (uint32_t n = 1; n < line && at < source.size(); ++n) {
    size_t end = source.find_first_of("\r\n", at);
    if (end == std::string_view::npos) return {};
    at = end + (source[end] == '\r' && end + 1 < source.size() && source[end + 1] == '\n' ? 2 : 1);
  }
  size_t end = source.find_first_of("\r\n", at);
  return source.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
}

bool has_native_emitter(mpy::NativeArch arch) {
  return arch != mpy::NativeArch::kNone && arch != mpy::NativeArch::kRV64IMC;
}

bool has_inline_assembler(mpy::NativeArch arch) {
  using A = mpy::NativeArch;
  return (arch >= A::kArmV6 && arch <= A::kXtensa) || arch == A::kRV32IMC;
}

}  // namespace

bool reference_emits_native(mpy::NativeArch arch, std::string_view source, uint32_t line) {
  std::string_view text = line_text(source, line);
  // The first identifier after a '.' that names an emitter.
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '.') continue;
    size_t j = i + 1;
    while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) ++j;
    size_t k = j;
    while (k < text.size() && (std::isalnum(static_cast<unsigned char>(text[k])) || text[k] == '_')) ++k;
    std::string_view name = text.substr(j, k - j);
    if (name == "native" || name == "viper") return has_native_emitter(arch);
    if (name.substr(0, 4) == "asm_") return has_inline_assembler(arch);
  }
  return has_native_emitter(arch);
}

}  // namespace cpy::cli
