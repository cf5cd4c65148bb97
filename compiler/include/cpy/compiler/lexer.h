// The lexer: Python source to tokens, token for token as CircuitPython 10's
// py/lexer.c produces them (kinds, text, lines, columns, and its quirks), or
// as MicroPython 1.28's does for Target::kMicroPython.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "cpy/compiler/target.h"
#include "cpy/compiler/token.h"
#include "cpy/mpy/arena.h"

namespace cpy::compiler {

/// Settings that change the tokens produced.
struct LexerOptions {
  /// The -O level: `__debug__` lexes as kKwTrue at level 0 and kKwFalse above.
  uint8_t optimise_level = 0;
  /// Whose lexer to reproduce. MicroPython 1.28's reads a NUL byte as 0x01
  /// and an empty source as no line at all, injects the arguments of nested
  /// f-strings where they belong, reports `{}` in an f-string as malformed,
  /// closes a string at a quote right after a replacement field, and lexes
  /// t-strings (`t"..."`, `rt"..."`) into a call of `__template__`.
  Target target = Target::kCircuitPython;
};

/// Turns a Python source into tokens, one at a time, as the reference does:
/// NEWLINE/INDENT/DEDENT from indentation (tab stops of 8), implicit line
/// joining inside brackets, adjacent string literals joined into one token,
/// f-strings rewritten into `'...'.format(...)` tokens, and errors reported
/// as error tokens (see is_error_token) rather than by stopping.
///
/// The source is not copied: names, numbers and plain strings point into it,
/// so it must outlive the tokens. Token text that needed processing, and the
/// lexer's own state (indent stack, f-string arguments), come from [arena];
/// for the MicroPython target a source holding NUL bytes is copied there too.
/// When the arena runs out the lexer returns kOutOfMemory from then on; after
/// a `\N{...}` escape it returns kUnicodeNameEscape from then on, since the
/// reference raises there and stops.
class Lexer {
 public:
  /// A lexer over [source], already holding the first token.
  Lexer(std::string_view source, Arena& arena, LexerOptions options = {});
  Lexer(const Lexer&) = delete;
  Lexer& operator=(const Lexer&) = delete;

  /// The current token. After kEnd it stays kEnd.
  const Token& current() const { return token_; }

  /// Moves to the next token.
  void advance();

 private:
  struct Buffer {
    uint8_t* data = nullptr;
    size_t size = 0;
    size_t capacity = 0;
  };

  // Character stream (lexer_stream.h).
  uint32_t peek1() const;
  uint32_t peek2() const;
  void next();
  void next_plain();
  uint32_t source_char(size_t at) const;
  size_t source_after(size_t at) const;
  uint32_t injected_raw(size_t at) const;
  uint32_t injected_char(size_t at) const;
  void start_injection();
  void end_injection();
  uint32_t mp_injected_char(size_t at) const;
  size_t mp_injected_after(size_t at) const;
  uint32_t mp_peek(int ahead) const;
  void mp_inject_args();

  // Memory.
  bool reserve(Buffer& buffer, size_t extra);
  void push_arg(uint8_t byte);
  void push_args(const char* bytes, size_t count);
  void prepend_args(const uint8_t* bytes, size_t count);
  bool push_indent(size_t indent);

  // Token text.
  void text_reset();
  void text_run(const uint8_t* bytes, size_t count);
  void text_run_slow(const uint8_t* bytes, size_t count);
  void text_byte(uint8_t byte);
  void text_bytes(const uint8_t* bytes, size_t count);
  void text_char(uint32_t code_point);
  void text_current();
  void text_cut(size_t count);
  bool text_materialise();
  std::string_view text_finish();
  std::string_view text_copy_out();

  // Scanning.
  bool skip_whitespace(bool stop_at_newline);
  bool skip_whitespace_slow(bool stop_at_newline);
  void skip_comment();
  bool at_string_start() const;
  void lex_strings();
  uint32_t read_opening_quotes(size_t* num_quotes);
  void parse_string_literal(bool is_raw, bool is_fstring);
  void copy_fstring_expression();
  void parse_fstring_braces();
  struct TStringState;
  void parse_string_literal_mp(bool is_raw, bool is_fstring, bool is_tstring);
  void parse_fstring_field_mp(bool is_tstring, uint32_t quote, size_t num_quotes, TStringState& tstring);
  void end_tstring_field_mp(uint32_t quote, TStringState& tstring);
  void parse_escape(bool is_raw);
  bool read_hex(int digits, uint32_t& value);
  void lex_name();
  void lex_number();
  void lex_operator();
  void lex_newline();
  void halt(TokenKind kind);

  Arena& arena_;
  const uint8_t* source_;
  size_t source_size_;
  size_t position_ = 0;  // raw offset of the current character; the resume point while injecting
  size_t inject_position_ = 0;
  size_t inject_limit_ = 0;  // injected bytes from here on read as NUL
  uint32_t current_char_ = 0;
  uint32_t line_ = 1;
  uint32_t column_ = 1;
  bool add_newline_ = false;
  bool injecting_ = false;
  bool halted_ = false;
  bool text_in_buffer_ = false;
  bool micropython_ = false;  // Target::kMicroPython
  uint8_t optimise_level_ = 0;
  TokenKind kind_ = TokenKind::kEnd;
  TokenKind halt_kind_ = TokenKind::kEnd;
  intptr_t emit_dent_ = 0;
  intptr_t bracket_level_ = 0;
  Buffer args_;    // f-string arguments being gathered, then (CircuitPython) the bytes being injected
  Buffer inject_;  // MicroPython: the bytes being injected, then the source characters saved behind them
  Buffer text_;    // token text that is not a slice of the source
  const uint8_t* view_ = nullptr;
  size_t view_size_ = 0;
  uint16_t* indents_ = nullptr;
  size_t indent_count_ = 0;
  size_t indent_capacity_ = 0;
  Token token_;
};

}  // namespace cpy::compiler
