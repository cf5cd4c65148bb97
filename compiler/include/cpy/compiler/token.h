// Tokens: what the lexer hands the parser.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "cpy/mpy/result.h"

namespace cpy::compiler {

/// The kind of a token. The list and its order follow CircuitPython 10's
/// mp_token_kind_t (see token.def), with kUnicodeNameEscape and kOutOfMemory
/// added for the two failures the reference raises as exceptions.
enum class TokenKind : uint8_t {
#define CPY_TOKEN(name, reference_name) name,
#include "cpy/compiler/token.def"
#undef CPY_TOKEN
};

/// How many token kinds there are.
inline constexpr size_t kTokenKindCount = 0
#define CPY_TOKEN(name, reference_name) +1
#include "cpy/compiler/token.def"
#undef CPY_TOKEN
    ;

/// One token. [line] and [column] are 1-based; columns count bytes, with tab
/// stops every 8 columns. [text] is the spelling for names, keywords and
/// numbers (numbers without their underscores and with `E` written `e`), the
/// processed value for strings and bytes (escapes applied; for an f-string,
/// the format string), and empty for everything else. It stays valid as long
/// as both the source and the lexer's arena do.
struct Token {
  TokenKind kind = TokenKind::kEnd;
  uint32_t line = 0;
  uint32_t column = 0;
  std::string_view text;
};

/// The reference's name for [kind] ("NAME", "OP_PLUS", ...), as token dumps print it.
std::string_view token_kind_name(TokenKind kind);

/// True for the kinds that report a lexical error (kInvalid .. kOutOfMemory).
constexpr bool is_error_token(TokenKind kind) { return kind >= TokenKind::kInvalid && kind <= TokenKind::kOutOfMemory; }

/// True for the keyword kinds (kKwFalse .. kKwYield).
constexpr bool is_keyword_token(TokenKind kind) { return kind >= TokenKind::kKwFalse && kind <= TokenKind::kKwYield; }

/// The error the reference reports when its parser stops at an error token
/// [token]: the exception kind as the code, the reference's message, and the
/// token's line in `offset` (source errors carry lines, not byte offsets).
/// kLonelyStringOpen and kInvalid both read "invalid syntax", as in the reference.
Error token_error(const Token& token);

}  // namespace cpy::compiler
