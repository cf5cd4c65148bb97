// String and bytes literals: prefixes, joining of adjacent literals, escapes,
// and the rewriting of f-strings into a format string plus `.format(...)`
// arguments that the lexer injects after the string token.
#include <cstring>

#include "cpy/compiler/lexer.h"
#include "lexer_stream.h"

namespace cpy::compiler {

using detail::char_is;
using detail::kEof;

namespace {

constexpr bool is_quote(uint32_t c) { return c == '\'' || c == '"'; }

constexpr uint32_t hex_value(uint32_t c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

}  // namespace

// Prefixes are lower case only, as in the reference: u, r, b, f, rb, br, rf, fr.
bool Lexer::at_string_start() const {
  uint32_t c = current_char_;
  if (is_quote(c)) return true;
  if (c != 'r' && c != 'u' && c != 'b' && c != 'f') return false;
  uint32_t c1 = peek1();
  if (is_quote(c1)) return true;
  bool pair = (c == 'r' && (c1 == 'b' || c1 == 'f')) || ((c == 'b' || c == 'f') && c1 == 'r');
  return pair && is_quote(peek2());
}

// Adjacent literals of the same kind (str or bytes) form one token; a literal
// of the other kind, or any literal after an error, starts the next token.
void Lexer::lex_strings() {
  kind_ = TokenKind::kEnd;  // marks "no literal yet"
  do {
    bool is_raw = false;
    bool is_fstring = false;
    TokenKind kind = TokenKind::kString;
    int prefix_length = 0;
    uint32_t c = current_char_;
    if (c == 'u') {
      prefix_length = 1;
    } else if (c == 'b') {
      kind = TokenKind::kBytes;
      prefix_length = 1;
      if (peek1() == 'r') {
        is_raw = true;
        prefix_length = 2;
      }
    } else if (c == 'r') {
      is_raw = true;
      prefix_length = 1;
      uint32_t c1 = peek1();
      if (c1 == 'b') {
        kind = TokenKind::kBytes;
        prefix_length = 2;
      } else if (c1 == 'f') {
        is_fstring = true;
        prefix_length = 2;
      }
    } else if (c == 'f') {
      is_fstring = true;
      prefix_length = 1;
      if (peek1() == 'r') {
        is_raw = true;
        prefix_length = 2;
      }
    }

    if (kind_ == TokenKind::kEnd) {
      kind_ = kind;
    } else if (kind_ != kind) {
      break;
    }
    for (int i = 0; i < prefix_length; ++i) next();

    parse_string_literal(is_raw, is_fstring);
    if (halted_) return;
    skip_whitespace(true);
  } while (at_string_start());
}

void Lexer::parse_string_literal(bool is_raw, bool is_fstring) {
  const uint32_t quote = current_char_ == '"' ? '"' : '\'';
  next();
  size_t num_quotes = 1;
  if (current_char_ == quote && peek1() == quote) {
    next();
    next();
    num_quotes = 3;
  }

  // A new f-string starts its argument list; one joined to an earlier
  // f-string of the same token adds to that list.
  if (is_fstring && args_.size == 0) push_args(".format(", 8);

  // The closing quotes are appended like any character and cut off at the end.
  size_t n_closing = 0;
  while (current_char_ != kEof && (num_quotes > 1 || current_char_ != '\n') && n_closing < num_quotes) {
    if (!injecting_ && char_is(current_char_, detail::kStringPlain)) {
      // A run of ordinary bytes, one column each: take it whole.
      const uint8_t* start = source_ + position_;
      const uint8_t* end = source_ + source_size_;
      const uint8_t* p = start + 1;
      while (p < end && (detail::kCharClasses[*p] & detail::kStringPlain)) ++p;
      size_t count = static_cast<size_t>(p - start);
      text_run(start, count);
      column_ += static_cast<uint32_t>(count);
      position_ += count;
      current_char_ = source_char(position_);
      n_closing = 0;
      continue;
    }
    if (current_char_ == quote) {
      n_closing += 1;
      text_current();
    } else {
      n_closing = 0;
      // After the braces the current character is handled as usual, whatever
      // it is: a quote there does not close the string.
      while (is_fstring && current_char_ == '{') parse_fstring_braces();
      if (current_char_ == '\\') {
        parse_escape(is_raw);
        if (halted_) return;
      } else {
        text_current();
      }
    }
    next();
  }

  if (n_closing < num_quotes) kind_ = TokenKind::kLonelyStringOpen;
  text_cut(n_closing);
}

// At a '{' in an f-string. "{{" stays "{{" for str.format. Otherwise the
// expression up to ':', '}' or a "!r"/"!s" conversion (at bracket depth 0,
// counting only [] and {}) moves to the argument list as "(expr),", and the
// format string keeps "{" followed by the conversion and format spec.
// "{expr=}" also puts "expr=" into the format string.
void Lexer::parse_fstring_braces() {
  next();
  if (current_char_ == '{') {
    text_byte('{');
    next();
  } else {
    push_arg('(');
    size_t start = args_.size;
    uint32_t depth = 0;  // unsigned, and allowed to wrap, as in the reference
    while (current_char_ != kEof) {
      uint32_t c = current_char_;
      if (depth == 0) {
        if (c == ':' || c == '}') break;
        if (c == '!') {
          uint32_t c1 = peek1();
          uint32_t c2 = peek2();
          if ((c1 == 'r' || c1 == 's') && (c2 == ':' || c2 == '}')) break;
        }
      }
      if (c == '[' || c == '{') {
        depth += 1;
      } else if (c == ']' || c == '}') {
        depth -= 1;
      }
      push_arg(static_cast<uint8_t>(c));
      next();
    }
    if (args_.size > 0 && args_.data[args_.size - 1] == '=') {
      if (start <= args_.size) text_bytes(args_.data + start, args_.size - start);
      args_.size -= 1;
      if (injecting_ && inject_limit_ > args_.size) inject_limit_ = args_.size;
    }
    push_arg(')');
    push_arg(',');
  }
  text_byte('{');
}

bool Lexer::read_hex(int digits, uint32_t& value) {
  uint32_t number = 0;
  while (digits-- != 0) {
    next();
    uint32_t c = current_char_;
    if (!char_is(c, detail::kHexDigit)) return false;
    number = (number << 4) + hex_value(c);
  }
  value = number;
  return true;
}

// At a backslash inside a literal.
void Lexer::parse_escape(bool is_raw) {
  const size_t backslash_at = position_;
  const bool backslash_in_source = !injecting_;
  auto add_backslash = [&] {
    if (backslash_in_source) {
      text_run(source_ + backslash_at, 1);
    } else {
      text_byte('\\');
    }
  };

  uint32_t c;
  bool c_is_current = false;  // c is the current character, unchanged
  if (is_raw) {
    // Raw literals keep the backslash, and it still escapes a quote.
    next();
    add_backslash();
    c = current_char_;
    c_is_current = true;
  } else {
    next();
    c = current_char_;
    switch (c) {
      case '\n':
        c = kEof;
        break;  // an escaped line break vanishes
      case '\\':
      case '\'':
      case '"':
        break;
      case 'a':
        c = 0x07;
        break;
      case 'b':
        c = 0x08;
        break;
      case 't':
        c = 0x09;
        break;
      case 'n':
        c = 0x0a;
        break;
      case 'v':
        c = 0x0b;
        break;
      case 'f':
        c = 0x0c;
        break;
      case 'r':
        c = 0x0d;
        break;
      case 'u':
      case 'U':
        if (kind_ == TokenKind::kBytes) {
          // b'\u1234' is b'\\u1234'
          add_backslash();
          c_is_current = true;
          break;
        }
        [[fallthrough]];
      case 'x': {
        uint32_t number = 0;
        if (!read_hex(c == 'x' ? 2 : c == 'u' ? 4 : 8, number)) kind_ = TokenKind::kInvalid;
        c = number;
        break;
      }
      case 'N':
        // The reference raises NotImplementedError("unicode name escapes").
        halt(TokenKind::kUnicodeNameEscape);
        return;
      default:
        if (c >= '0' && c <= '7') {
          // One to three octal digits.
          size_t digits = 3;
          uint32_t number = c - '0';
          while (peek1() >= '0' && peek1() <= '7' && --digits != 0) {
            next();
            number = number * 8 + (current_char_ - '0');
          }
          c = number;
        } else {
          // An unknown escape stays as written: backslash and character.
          add_backslash();
          c_is_current = true;
        }
        break;
    }
  }

  // kEof here means "add nothing": an escaped line break, or \UFFFFFFFF,
  // which the reference mistakes for one.
  if (c == kEof) return;
  if (c < 0x110000 && kind_ == TokenKind::kString) {
    if (c_is_current && c < 0x80) {
      text_current();
    } else {
      text_char(c);
    }
  } else if (c < 0x100 && kind_ == TokenKind::kBytes) {
    if (c_is_current) {
      text_current();
    } else {
      text_byte(static_cast<uint8_t>(c));
    }
  } else {
    kind_ = TokenKind::kInvalid;
  }
}

}  // namespace cpy::compiler
