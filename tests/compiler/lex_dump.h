// Token dumps in the line format of the reference lexer harness:
// `KIND line column "text"`, text bytes outside printable ASCII (and " and \)
// written as \xNN; an exception the reference raises ends the dump with
// `EXCEPTION <type>`.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "cpy/compiler/lexer.h"

namespace cpy::test {

inline void append_escaped(std::string& out, std::string_view text) {
  out += '"';
  for (unsigned char c : text) {
    if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
      out += static_cast<char>(c);
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02x", c);
      out += hex;
    }
  }
  out += '"';
}

/// Memory a dump may use: enough for any real source, and a bound on inputs
/// that make the reference lexer feed its own f-string injection for ever
/// (where mpy-cross runs out of heap and raises MemoryError).
inline constexpr size_t kDumpArenaLimit = 64 * 1024 * 1024;

/// Lexes [source] and returns its dump; [token_count] receives the number of
/// tokens. The lexer's arena may grow to [arena_limit] bytes.
inline std::string dump_tokens(std::string_view source, compiler::LexerOptions options = {},
                               size_t* token_count = nullptr, size_t arena_limit = kDumpArenaLimit) {
  Arena arena(heap_block_source(), 16 * 1024, arena_limit);
  compiler::Lexer lexer(source, arena, options);
  std::string out;
  size_t count = 0;
  for (;;) {
    const compiler::Token& token = lexer.current();
    ++count;
    if (token.kind == compiler::TokenKind::kUnicodeNameEscape) {
      out += "EXCEPTION NotImplementedError\n";
      break;
    }
    if (token.kind == compiler::TokenKind::kOutOfMemory) {
      out += "EXCEPTION MemoryError\n";
      break;
    }
    out += compiler::token_kind_name(token.kind);
    out += ' ';
    out += std::to_string(token.line);
    out += ' ';
    out += std::to_string(token.column);
    out += ' ';
    append_escaped(out, token.text);
    out += '\n';
    if (token.kind == compiler::TokenKind::kEnd) break;
    lexer.advance();
  }
  if (token_count) *token_count = count;
  return out;
}

}  // namespace cpy::test
