// String and bytes literals: prefixes, joining of adjacent literals, escapes,
// and the rewriting of f-strings into a format string plus `.format(...)`
// arguments that the lexer injects after the string token; for the
// MicroPython target also t-strings, rewritten into a `__template__(...)` call.
#include <cstring>

#include "cpy/compiler/lexer.h"
#include "lexer_stream.h"

namespace cpy::compiler {

using detail::char_is;
using detail::kEof;

namespace {

constexpr bool is_quote(uint32_t c) { return c == '\'' || c == '"'; }

constexpr uint32_t hex_value(uint32_t c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

constexpr char kTemplateName[] = "__template__";

// Arguments of one call: the reference wraps a t-string's interpolations in
// a tuple when 1 + 4 per interpolation would pass this.
constexpr size_t kMaxCallArguments = 255;

}  // namespace

// Prefixes are lower case only, as in the reference: u, r, b, f, rb, br, rf,
// fr, and for MicroPython t, rt, tr.
bool Lexer::at_string_start() const {
  uint32_t c = current_char_;
  if (is_quote(c)) return true;
  bool t = c == 't' && micropython_;
  if (c != 'r' && c != 'u' && c != 'b' && c != 'f' && !t) return false;
  uint32_t c1 = peek1();
  if (is_quote(c1)) return true;
  bool pair = (c == 'r' && (c1 == 'b' || c1 == 'f' || (c1 == 't' && micropython_))) ||
              ((c == 'b' || c == 'f' || t) && c1 == 'r');
  return pair && is_quote(peek2());
}

// Adjacent literals of the same kind (str or bytes) form one token; a literal
// of the other kind, or any literal after an error, starts the next token.
void Lexer::lex_strings() {
  kind_ = TokenKind::kEnd;  // marks "no literal yet"
  bool had_tstring = false;
  do {
    bool is_raw = false;
    bool is_fstring = false;
    bool is_tstring = false;
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
      } else if (c1 == 't') {
        is_tstring = true;
        prefix_length = 2;
      }
    } else if (c == 'f' || c == 't') {
      is_fstring = c == 'f';
      is_tstring = c == 't';
      prefix_length = 1;
      if (peek1() == 'r') {
        is_raw = true;
        prefix_length = 2;
      }
    }
    // Noted before the kinds are compared: a t-string that is not joined
    // still turns the token into a `__template__` call.
    had_tstring |= is_tstring;

    if (kind_ == TokenKind::kEnd) {
      kind_ = kind;
    } else if (kind_ != kind) {
      break;
    }
    for (int i = 0; i < prefix_length; ++i) next();

    if (micropython_) {
      parse_string_literal_mp(is_raw, is_fstring, is_tstring);
    } else {
      parse_string_literal(is_raw, is_fstring);
    }
    if (halted_) return;
    skip_whitespace(true);
  } while (at_string_start());

  if (!micropython_) return;
  if (had_tstring) {
    // The token text so far opens the call's arguments: `(("part",...),`.
    text_bytes(reinterpret_cast<const uint8_t*>(",),"), 3);
    if (!text_in_buffer_ && !text_materialise()) return;
    prepend_args(text_.data, text_.size);
    if (!is_error_token(kind_)) {
      kind_ = TokenKind::kName;
      text_reset();
      text_run(reinterpret_cast<const uint8_t*>(kTemplateName), sizeof kTemplateName - 1);
    }
  }
  if (args_.size != 0) mp_inject_args();
}

// Consumes the opening quote (or three) of a string; returns the quote
// character and sets [*num_quotes] to 1 or 3.
uint32_t Lexer::read_opening_quotes(size_t* num_quotes) {
  const uint32_t quote = current_char_ == '"' ? '"' : '\'';
  next();
  *num_quotes = 1;
  if (current_char_ == quote && peek1() == quote) {
    next();
    next();
    *num_quotes = 3;
  }
  return quote;
}

void Lexer::parse_string_literal(bool is_raw, bool is_fstring) {
  size_t num_quotes = 1;
  const uint32_t quote = read_opening_quotes(&num_quotes);

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
// Copies the expression of a replacement field into the injected
// arguments, up to the `:`, `}` or `!r`/`!s` that ends it at bracket depth 0.
void Lexer::copy_fstring_expression() {
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
}

void Lexer::parse_fstring_braces() {
  next();
  if (current_char_ == '{') {
    text_byte('{');
    next();
  } else {
    push_arg('(');
    size_t start = args_.size;
    copy_fstring_expression();
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
        return;  // an escaped line break vanishes
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

  // CircuitPython adds nothing for what it takes as its end of input:
  // \UFFFFFFFF, or an injected byte 0xFF after the backslash.
  if (c == kEof && !micropython_) return;
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

// --- MicroPython ------------------------------------------------------------

// A t-string literal being lexed: its replacement fields so far, and the one
// whose format spec is being read.
struct Lexer::TStringState {
  size_t interpolations = 0;
  size_t format_start = 0;  // where the open field's '{' sits in the token text
  size_t nesting = 0;       // braces open in the format spec, counting the field's own
  bool spec_is_fstring = false;
};

// MicroPython 1.28's string literal. Differences from CircuitPython's: after
// a '{' group the character that follows is examined afresh (so a quote
// there closes the string), an empty replacement field is malformed, and
// t-strings. A t-string's token text becomes the call's first argument,
// a tuple of its string parts written as string literals (quotes, escapes
// and line breaks kept as written, to be lexed again when injected); each
// replacement field adds `(expr),"expr",conversion,"format spec",` to the
// arguments, the spec being an f-string literal when it has fields of its own.
void Lexer::parse_string_literal_mp(bool is_raw, bool is_fstring, bool is_tstring) {
  size_t num_quotes = 1;
  const uint32_t quote = read_opening_quotes(&num_quotes);

  if (is_fstring && args_.size == 0) push_args(".format(", 8);
  if (is_tstring) {
    // The parts are cut out of the token text by position.
    if (!text_in_buffer_ && !text_materialise()) return;
    if (args_.size == 0) {
      text_byte('(');
      text_byte('(');
      for (size_t q = 0; q < num_quotes; ++q) text_byte(static_cast<uint8_t>(quote));
    }
  }

  TStringState tstring;
  size_t n_closing = 0;
  while (current_char_ != kEof && (num_quotes > 1 || current_char_ != '\n') && n_closing < num_quotes) {
    if (!injecting_ && !is_tstring && char_is(current_char_, detail::kStringPlain)) {
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
    uint32_t c = current_char_;
    if (c == quote) {
      n_closing += 1;
      text_current();
      next();
      continue;
    }
    if (is_tstring && c == '\n') {
      // A line break of a triple-quoted t-string; the count of closing
      // quotes carries on across it, as in the reference.
      text_byte('\\');
      text_byte('n');
      next();
      continue;
    }
    n_closing = 0;
    if ((is_fstring || is_tstring) && c == '{') {
      if (!is_tstring || tstring.nesting == 0) {
        parse_fstring_field_mp(is_tstring, quote, num_quotes, tstring);
        if (halted_) return;
        continue;  // the character after the braces is examined afresh
      }
      // A '{' inside a t-string's format spec.
      tstring.nesting += 1;
    }
    if (is_tstring && c == '\\') {
      // Kept as written, since the part is lexed again as a string literal.
      text_byte('\\');
      if (is_raw) {
        text_byte('\\');
      } else {
        next();
        text_current();
      }
    } else if (c == '\\') {
      parse_escape(is_raw);
      if (halted_) return;
    } else if (is_tstring && tstring.nesting != 0 && c == '}') {
      if (--tstring.nesting > 0) {
        tstring.spec_is_fstring = true;
        text_current();
      } else {
        end_tstring_field_mp(quote, tstring);
      }
    } else {
      text_current();
      if (is_tstring && c == '}') {
        // "}}" is one brace; a lone '}' is malformed.
        if (peek1() == '}') {
          next();
        } else {
          kind_ = TokenKind::kMalformedFString;
        }
      }
    }
    next();
  }

  if (n_closing < num_quotes) kind_ = TokenKind::kLonelyStringOpen;
  if (is_tstring) {
    // A t-string keeps its closing quotes: they end its last part.
    if (tstring.nesting > 0) kind_ = TokenKind::kMalformedFString;
    if (1 + tstring.interpolations * 4 > kMaxCallArguments) {
      // Too many arguments for one call: the reference wraps them all
      // (those of earlier literals of the token too) in a tuple.
      const uint8_t open = '(';
      prepend_args(&open, 1);
      push_arg(')');
    }
  } else {
    text_cut(n_closing);
  }
}

// At a '{' in an f-string or t-string (outside a t-string's format spec).
// The expression is gathered as CircuitPython does; see parse_fstring_braces.
void Lexer::parse_fstring_field_mp(bool is_tstring, uint32_t quote, size_t num_quotes, TStringState& tstring) {
  next();
  if (current_char_ == '{') {
    // "{{": the format string keeps both braces, a t-string part one.
    if (!is_tstring) text_byte('{');
    next();
    text_byte('{');
    return;
  }
  push_arg('(');
  const size_t start = args_.size;
  copy_fstring_expression();
  if (halted_) return;
  bool was_debug = false;
  if (args_.data[args_.size - 1] == '=') {
    // "{expr=}" puts "expr=" into the format string.
    text_bytes(args_.data + start, args_.size - start);
    args_.size -= 1;
    was_debug = true;
  }
  if (is_tstring) {
    while (args_.size != 0 && char_is(args_.data[args_.size - 1], detail::kSpace)) args_.size -= 1;
  }
  if (args_.size == start) kind_ = TokenKind::kMalformedFString;
  push_arg(')');
  push_arg(',');
  if (is_tstring) {
    // The expression's text, as a string literal.
    const uint8_t q = static_cast<uint8_t>(quote);
    push_arg(q);
    size_t length = args_.size - start - 3;
    for (size_t j = 0; j < length && !halted_; ++j) {
      uint8_t b = args_.data[start + j];
      if (b == q || b == '\\') push_arg('\\');
      push_arg(b);
    }
    push_arg(q);
    push_arg(',');
    // The next part of the string starts.
    for (size_t i = 0; i < num_quotes; ++i) text_byte(q);
    text_byte(',');
    for (size_t i = 0; i < num_quotes; ++i) text_byte(q);
    // The conversion: "r" or "s" as written, 'r' for "{expr=}" without a
    // format spec, otherwise None.
    if (current_char_ == '!') {
      next();
      push_arg(q);
      push_arg(static_cast<uint8_t>(current_char_));
      next();
      push_arg(q);
      push_arg(',');
    } else if (was_debug && current_char_ != ':') {
      push_args("'r',", 4);
    } else {
      push_args("None,", 5);
    }
    if (current_char_ == ':') next();
    // The format spec is read into the token text, after the '{' below.
    tstring.nesting = 1;
    tstring.format_start = text_.size;  // a t-string's text is always in text_
  }
  text_byte('{');
}

// At the '}' that closes a t-string's replacement field: its format spec
// moves from the token text to the arguments, as a string literal.
void Lexer::end_tstring_field_mp(uint32_t quote, TStringState& tstring) {
  tstring.interpolations += 1;
  if (tstring.spec_is_fstring) {
    push_arg('f');
    tstring.spec_is_fstring = false;
  }
  const uint8_t q = static_cast<uint8_t>(quote);
  push_arg(q);
  if (!text_in_buffer_ && !text_materialise()) return;
  size_t spec = tstring.format_start + 1;
  for (size_t j = spec; j < text_.size && !halted_; ++j) push_arg(text_.data[j]);
  if (tstring.format_start < text_.size) text_.size = tstring.format_start;
  push_arg(q);
  push_arg(',');
}

}  // namespace cpy::compiler
