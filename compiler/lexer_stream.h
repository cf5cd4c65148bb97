// Private to the lexer: character classes and the character stream.
//
// The stream is the source as the reference's lexer sees it: CR LF and lone
// CR read as LF, one LF added at the end when the source does not end with a
// line break (an empty source reads as a single LF), then kEof for ever.
// While an f-string's arguments are injected, characters come from the
// argument buffer instead; a NUL there (or its end) switches back to the
// source. Line and column advance on every character consumed, injected or not.
//
// For the MicroPython target the source has no NUL bytes (the lexer reads
// them as 0x01, from a copy) and an empty source reads as kEof alone. The
// injected arguments sit in their own buffer, followed by the next three
// characters of the stream, saved as the reference saves them (kEof as a
// NUL); a nested f-string inserts its arguments before the current
// character. Injected bytes are read as the reference reads every byte it
// fetches: CR as LF (skipping an LF after it), and NUL as end of input, read
// as a line break after anything but a line break or end of input. The first
// three bytes after an insertion are loaded directly, without those rules.
#pragma once

#include <array>
#include <cstdint>

#include "cpy/compiler/lexer.h"

namespace cpy::compiler::detail {

inline constexpr uint32_t kEof = 0xFFFFFFFF;
inline constexpr uint32_t kTabSize = 8;

// Character classes, ASCII only as in the reference; bytes from 0x80 up are
// identifier characters so that UTF-8 names pass through untouched.
enum CharClass : uint8_t {
  kSpace = 1 << 0,        // \t \n \v \f \r and space
  kDigit = 1 << 1,        // 0-9
  kAlpha = 1 << 2,        // A-Z a-z
  kHexDigit = 1 << 3,     // 0-9 A-F a-f
  kIdentHead = 1 << 4,    // letters, _, 0x80-0xff
  kIdentTail = 1 << 5,    // kIdentHead and digits
  kStringPlain = 1 << 6,  // string body bytes needing no attention: not a quote, \, {, \t, \n or \r
  kSkipStart = 1 << 7     // may start whitespace to skip: kSpace, the comment sign, backslash
};

constexpr std::array<uint8_t, 256> make_char_classes() {
  std::array<uint8_t, 256> table{};
  for (int c = 0; c < 256; ++c) {
    uint8_t bits = 0;
    bool alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    bool digit = c >= '0' && c <= '9';
    if (c == ' ' || (c >= '\t' && c <= '\r')) bits |= kSpace | kSkipStart;
    if (c == '#' || c == '\\') bits |= kSkipStart;
    if (digit) bits |= kDigit | kHexDigit;
    if (alpha) bits |= kAlpha;
    if ((c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f')) bits |= kHexDigit;
    if (alpha || c == '_' || c >= 0x80) bits |= kIdentHead | kIdentTail;
    if (digit) bits |= kIdentTail;
    if (c != '\'' && c != '"' && c != '\\' && c != '{' && c != '\t' && c != '\n' && c != '\r') bits |= kStringPlain;
    table[c] = bits;
  }
  return table;
}

inline constexpr std::array<uint8_t, 256> kCharClasses = make_char_classes();

// Whether [c] (a byte or kEof) has any of the classes in [mask].
constexpr bool char_is(uint32_t c, uint8_t mask) { return c < 256 && (kCharClasses[c] & mask) != 0; }

// Identifier characters, for a character known not to be kEof: injected
// bytes from 0x80 up arrive sign-extended (see Lexer::injected_char).
constexpr bool is_identifier_head(uint32_t c) { return c >= 0x80 || (kCharClasses[c] & kIdentHead) != 0; }
constexpr bool is_identifier_tail(uint32_t c) { return c >= 0x80 || (kCharClasses[c] & kIdentTail) != 0; }

constexpr uint32_t tab_stop(uint32_t column) { return ((column - 1 + kTabSize) / kTabSize) * kTabSize + 1; }

}  // namespace cpy::compiler::detail

namespace cpy::compiler {

inline uint32_t Lexer::source_char(size_t at) const {
  if (at < source_size_) {
    uint8_t byte = source_[at];
    return byte == '\r' ? '\n' : byte;
  }
  return at == source_size_ && add_newline_ ? '\n' : detail::kEof;
}

inline size_t Lexer::source_after(size_t at) const {
  if (at < source_size_) {
    if (source_[at] == '\r' && at + 1 < source_size_ && source_[at + 1] == '\n') return at + 2;
    return at + 1;
  }
  return at == source_size_ && add_newline_ ? at + 1 : at;
}

// Injected bytes reach the reference's lexer through a plain `char`, so bytes
// from 0x80 up arrive sign-extended; 0xFF becomes its end-of-input value, and
// like any end of input read after a character other than a line break, it
// is then read as a line break.
inline uint32_t Lexer::injected_raw(size_t at) const {
  if (at >= inject_limit_) return 0;
  return static_cast<uint32_t>(static_cast<int32_t>(static_cast<int8_t>(args_.data[at])));
}

inline uint32_t Lexer::injected_char(size_t at) const {
  uint32_t c = injected_raw(at);
  // The first three injected characters are loaded directly, without the rule.
  if (c != detail::kEof || at < 3) return c;
  // The character before is either an ordinary one, or itself end of input
  // or a line break (a 0xFF read as either), after which the rule keeps kEof.
  uint32_t before = injected_raw(at - 1);
  return before != detail::kEof && before != '\n' ? '\n' : detail::kEof;
}

inline uint32_t Lexer::mp_injected_char(size_t at) const {
  uint8_t byte = inject_.data[at];
  if (byte == '\r' && at >= 2) return '\n';
  if (byte != 0) return byte;
  if (at < 3) return detail::kEof;
  uint32_t before = mp_injected_char(at - 1);
  return before != detail::kEof && before != '\n' ? '\n' : detail::kEof;
}

inline size_t Lexer::mp_injected_after(size_t at) const {
  if (at >= 2 && inject_.data[at] == '\r' && at + 1 < inject_.size && inject_.data[at + 1] == '\n') return at + 2;
  return at + 1;
}

// The character [ahead] (1 or 2) places after the current one while
// injecting for the MicroPython target: further injected bytes, then the source.
inline uint32_t Lexer::mp_peek(int ahead) const {
  size_t at = inject_position_;
  size_t source_at = position_;
  bool in_source = false;
  for (int i = 0; i < ahead; ++i) {
    if (in_source) {
      source_at = source_after(source_at);
    } else {
      at = mp_injected_after(at);
      in_source = at >= inject_.size;
    }
  }
  return in_source ? source_char(source_at) : mp_injected_char(at);
}

inline uint32_t Lexer::peek1() const {
  if (injecting_) return micropython_ ? mp_peek(1) : injected_char(inject_position_ + 1);
  return source_char(source_after(position_));
}

inline uint32_t Lexer::peek2() const {
  if (injecting_) return micropython_ ? mp_peek(2) : injected_char(inject_position_ + 2);
  return source_char(source_after(source_after(position_)));
}

inline void Lexer::next() {
  uint32_t c = current_char_;
  if (c == '\n') {
    ++line_;
    column_ = 1;
  } else if (c == '\t') {
    column_ = detail::tab_stop(column_);
  } else {
    ++column_;
  }
  if (!injecting_) {
    position_ = source_after(position_);
    current_char_ = source_char(position_);
  } else if (!micropython_) {
    ++inject_position_;
    current_char_ = injected_char(inject_position_);
    if (current_char_ == 0) end_injection();
  } else {
    inject_position_ = mp_injected_after(inject_position_);
    if (inject_position_ < inject_.size) {
      current_char_ = mp_injected_char(inject_position_);
    } else {
      end_injection();
    }
  }
}

// Consumes the current character when it is known to be a single ordinary
// byte: not a line break (or CR), not a tab, not kEof.
inline void Lexer::next_plain() {
  if (injecting_) {
    next();
    return;
  }
  ++column_;
  ++position_;
  current_char_ = source_char(position_);
}

inline void Lexer::text_reset() {
  view_ = nullptr;
  view_size_ = 0;
  text_in_buffer_ = false;
}

inline void Lexer::text_run(const uint8_t* bytes, size_t count) {
  if (!text_in_buffer_ && view_size_ == 0) {
    view_ = bytes;
    view_size_ = count;
    return;
  }
  text_run_slow(bytes, count);
}

inline std::string_view Lexer::text_finish() {
  if (!text_in_buffer_) return {reinterpret_cast<const char*>(view_), view_size_};
  return text_copy_out();
}

inline bool Lexer::skip_whitespace(bool stop_at_newline) {
  // Most tokens follow no whitespace at all.
  if (current_char_ < 256 && !(detail::kCharClasses[current_char_] & detail::kSkipStart)) return false;
  return skip_whitespace_slow(stop_at_newline);
}

}  // namespace cpy::compiler
