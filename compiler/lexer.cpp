// The lexer's driver, whitespace and indentation, names, numbers and
// operators. String literals and f-strings are in lexer_string.cpp.
#include "cpy/compiler/lexer.h"

#include <cstring>

#include "lexer_stream.h"

namespace cpy::compiler {

using detail::char_is;
using detail::kEof;

namespace {

constexpr size_t kInitialIndentCapacity = 10;
constexpr size_t kMinBufferCapacity = 64;

// The keyword [text] spells, or kName. `__debug__` is resolved by the caller.
TokenKind keyword_kind(std::string_view text) {
  using K = TokenKind;
  if (text.size() < 2 || text.size() > 9) return K::kName;
  auto is = [&](std::string_view word) { return text == word; };
  switch (text[0]) {
    case 'F':
      return is("False") ? K::kKwFalse : K::kName;
    case 'N':
      return is("None") ? K::kKwNone : K::kName;
    case 'T':
      return is("True") ? K::kKwTrue : K::kName;
    case '_':
      return is("__debug__") ? K::kKwDebug : K::kName;
    case 'a':
      if (is("and")) return K::kKwAnd;
      if (is("as")) return K::kKwAs;
      if (is("assert")) return K::kKwAssert;
      if (is("async")) return K::kKwAsync;
      if (is("await")) return K::kKwAwait;
      return K::kName;
    case 'b':
      return is("break") ? K::kKwBreak : K::kName;
    case 'c':
      if (is("class")) return K::kKwClass;
      if (is("continue")) return K::kKwContinue;
      return K::kName;
    case 'd':
      if (is("def")) return K::kKwDef;
      if (is("del")) return K::kKwDel;
      return K::kName;
    case 'e':
      if (is("elif")) return K::kKwElif;
      if (is("else")) return K::kKwElse;
      if (is("except")) return K::kKwExcept;
      return K::kName;
    case 'f':
      if (is("finally")) return K::kKwFinally;
      if (is("for")) return K::kKwFor;
      if (is("from")) return K::kKwFrom;
      return K::kName;
    case 'g':
      return is("global") ? K::kKwGlobal : K::kName;
    case 'i':
      if (is("if")) return K::kKwIf;
      if (is("import")) return K::kKwImport;
      if (is("in")) return K::kKwIn;
      if (is("is")) return K::kKwIs;
      return K::kName;
    case 'l':
      return is("lambda") ? K::kKwLambda : K::kName;
    case 'n':
      if (is("nonlocal")) return K::kKwNonlocal;
      if (is("not")) return K::kKwNot;
      return K::kName;
    case 'o':
      return is("or") ? K::kKwOr : K::kName;
    case 'p':
      return is("pass") ? K::kKwPass : K::kName;
    case 'r':
      if (is("raise")) return K::kKwRaise;
      if (is("return")) return K::kKwReturn;
      return K::kName;
    case 't':
      return is("try") ? K::kKwTry : K::kName;
    case 'w':
      if (is("while")) return K::kKwWhile;
      if (is("with")) return K::kKwWith;
      return K::kName;
    case 'y':
      return is("yield") ? K::kKwYield : K::kName;
    default:
      return K::kName;
  }
}

}  // namespace

Lexer::Lexer(std::string_view source, Arena& arena, LexerOptions options)
    : arena_(arena),
      source_(reinterpret_cast<const uint8_t*>(source.data())),
      source_size_(source.size()),
      micropython_(options.target == Target::kMicroPython),
      optimise_level_(options.optimise_level) {
  if (source_size_ == 0) {
    // MicroPython's lexer starts from NULs, which are its end of input, so
    // an empty source gets no line break.
    add_newline_ = !micropython_;
  } else {
    uint8_t last = source_[source_size_ - 1];
    add_newline_ = last != '\n' && last != '\r';
  }
  if (micropython_ && source_size_ != 0 && std::memchr(source_, 0, source_size_)) {
    // MicroPython reads a NUL byte as 0x01, since NUL is its end of input.
    auto* copy = static_cast<uint8_t*>(arena_.allocate(source_size_, 1));
    if (copy) {
      for (size_t i = 0; i < source_size_; ++i) copy[i] = source_[i] == 0 ? 1 : source_[i];
      source_ = copy;
    } else {
      halt(TokenKind::kOutOfMemory);
    }
  }
  current_char_ = source_char(0);
  indents_ = arena_.make_array<uint16_t>(kInitialIndentCapacity);
  if (!indents_) {
    halt(TokenKind::kOutOfMemory);
  } else {
    indent_capacity_ = kInitialIndentCapacity;
    indent_count_ = 1;  // the sentinel level 0
  }
  advance();
  // The first token must start in column 1 unless it is a NEWLINE; otherwise
  // it becomes an INDENT so that the parser reports "unexpected indent".
  if (!halted_ && token_.column != 1 && token_.kind != TokenKind::kNewline) token_.kind = TokenKind::kIndent;
}

void Lexer::halt(TokenKind kind) {
  if (halted_) return;
  halted_ = true;
  halt_kind_ = kind;
}

// --- Memory -----------------------------------------------------------------

bool Lexer::reserve(Buffer& buffer, size_t extra) {
  if (buffer.capacity - buffer.size >= extra) return true;
  if (halted_) return false;
  size_t want = buffer.capacity * 2;
  if (want < kMinBufferCapacity) want = kMinBufferCapacity;
  if (extra > SIZE_MAX - buffer.size) {
    halt(TokenKind::kOutOfMemory);
    return false;
  }
  if (want < buffer.size + extra) want = buffer.size + extra;
  auto* data = static_cast<uint8_t*>(arena_.allocate(want, 1));
  if (!data) {
    halt(TokenKind::kOutOfMemory);
    return false;
  }
  if (buffer.size) std::memcpy(data, buffer.data, buffer.size);
  buffer.data = data;
  buffer.capacity = want;
  return true;
}

void Lexer::push_arg(uint8_t byte) {
  if (!reserve(args_, 1)) return;
  size_t before = args_.size;
  args_.data[args_.size++] = byte;
  // While injecting, CircuitPython reads the argument buffer two characters
  // ahead; bytes appended after that read-ahead passed the old end are never
  // seen (the end was already read as NUL).
  if (injecting_ && !micropython_ && inject_limit_ == before && before > inject_position_ + 2)
    inject_limit_ = args_.size;
}

void Lexer::push_args(const char* bytes, size_t count) {
  for (size_t i = 0; i < count; ++i) push_arg(static_cast<uint8_t>(bytes[i]));
}

// MicroPython only: [bytes] must not point into args_.
void Lexer::prepend_args(const uint8_t* bytes, size_t count) {
  if (!reserve(args_, count)) return;
  if (args_.size) std::memmove(args_.data + count, args_.data, args_.size);
  if (count) std::memcpy(args_.data, bytes, count);
  args_.size += count;
}

bool Lexer::push_indent(size_t indent) {
  if (indent_count_ == indent_capacity_) {
    size_t capacity = indent_capacity_ * 2;
    auto* grown = arena_.make_array<uint16_t>(capacity);
    if (!grown) {
      halt(TokenKind::kOutOfMemory);
      return false;
    }
    std::memcpy(grown, indents_, indent_count_ * sizeof(uint16_t));
    indents_ = grown;
    indent_capacity_ = capacity;
  }
  // The reference keeps indent levels in 16 bits.
  indents_[indent_count_++] = static_cast<uint16_t>(indent);
  return true;
}

// --- Token text ---------------------------------------------------------------
// Text is a slice of the source for as long as the bytes appended are exactly
// consecutive source bytes; anything else moves it into text_.

bool Lexer::text_materialise() {
  text_.size = 0;  // the buffer starts over from the view
  if (!reserve(text_, view_size_ < kMinBufferCapacity ? kMinBufferCapacity : view_size_)) return false;
  if (view_size_) std::memcpy(text_.data, view_, view_size_);
  text_.size = view_size_;
  text_in_buffer_ = true;
  return true;
}

void Lexer::text_run_slow(const uint8_t* bytes, size_t count) {
  if (!text_in_buffer_) {
    if (view_ + view_size_ == bytes) {
      view_size_ += count;
      return;
    }
    if (!text_materialise()) return;
  }
  text_bytes(bytes, count);
}

void Lexer::text_bytes(const uint8_t* bytes, size_t count) {
  if (!text_in_buffer_ && !text_materialise()) return;
  if (!reserve(text_, count)) return;
  if (count) std::memcpy(text_.data + text_.size, bytes, count);
  text_.size += count;
}

void Lexer::text_byte(uint8_t byte) {
  if (!text_in_buffer_ && !text_materialise()) return;
  if (!reserve(text_, 1)) return;
  text_.data[text_.size++] = byte;
}

void Lexer::text_char(uint32_t c) {
  uint8_t utf8[4];
  size_t n;
  if (c < 0x80) {
    utf8[0] = static_cast<uint8_t>(c);
    n = 1;
  } else if (c < 0x800) {
    utf8[0] = static_cast<uint8_t>((c >> 6) | 0xC0);
    utf8[1] = static_cast<uint8_t>((c & 0x3F) | 0x80);
    n = 2;
  } else if (c < 0x10000) {
    utf8[0] = static_cast<uint8_t>((c >> 12) | 0xE0);
    utf8[1] = static_cast<uint8_t>(((c >> 6) & 0x3F) | 0x80);
    utf8[2] = static_cast<uint8_t>((c & 0x3F) | 0x80);
    n = 3;
  } else {
    utf8[0] = static_cast<uint8_t>((c >> 18) | 0xF0);
    utf8[1] = static_cast<uint8_t>(((c >> 12) & 0x3F) | 0x80);
    utf8[2] = static_cast<uint8_t>(((c >> 6) & 0x3F) | 0x80);
    utf8[3] = static_cast<uint8_t>((c & 0x3F) | 0x80);
    n = 4;
  }
  text_bytes(utf8, n);
}

void Lexer::text_current() {
  uint32_t c = current_char_;
  if (!injecting_ && position_ < source_size_ && source_[position_] == c) {
    text_run(source_ + position_, 1);
  } else if (c == kEof && micropython_) {
    text_byte(0);  // MicroPython's end of input is NUL
  } else {
    text_byte(static_cast<uint8_t>(c));  // kEof lands as 0xFF, as in CircuitPython
  }
}

void Lexer::text_cut(size_t count) {
  if (text_in_buffer_) {
    text_.size = count > text_.size ? 0 : text_.size - count;
  } else {
    view_size_ = count > view_size_ ? 0 : view_size_ - count;
  }
}

std::string_view Lexer::text_copy_out() {
  if (text_.size == 0) return {};
  auto* copy = static_cast<char*>(arena_.allocate(text_.size, 1));
  if (!copy) {
    halt(TokenKind::kOutOfMemory);
    return {};
  }
  std::memcpy(copy, text_.data, text_.size);
  return {copy, text_.size};
}

// --- Injection ----------------------------------------------------------------

void Lexer::start_injection() {
  // The f-string just lexed is complete: its `.format(...)` call is lexed next,
  // then the source resumes where it stopped.
  push_arg(')');
  if (halted_) return;
  injecting_ = true;
  inject_position_ = 0;
  inject_limit_ = args_.size;
  current_char_ = injected_raw(0);  // loaded directly, but sign-extended like the rest
}

void Lexer::end_injection() {
  injecting_ = false;
  if (micropython_) {
    inject_.size = 0;
  } else {
    args_.size = 0;
  }
  current_char_ = source_char(position_);
}

// MicroPython: the string token just lexed is complete; its gathered
// arguments (and the closing parenthesis) go before the current character.
void Lexer::mp_inject_args() {
  push_arg(')');
  if (halted_) return;
  size_t rest = 0;
  if (injecting_) {
    rest = inject_.size - inject_position_;
    std::memmove(inject_.data, inject_.data + inject_position_, rest);
  }
  inject_.size = rest;
  // The reference saves the three characters it has read ahead behind the
  // arguments (taking more from the source when fewer are left to inject).
  while (inject_.size < 3) {
    uint32_t c = source_char(position_);
    position_ = source_after(position_);
    if (!reserve(inject_, 1)) return;
    inject_.data[inject_.size++] = c == kEof ? 0 : static_cast<uint8_t>(c);
  }
  if (!reserve(inject_, args_.size)) return;
  std::memmove(inject_.data + args_.size, inject_.data, inject_.size);
  std::memcpy(inject_.data, args_.data, args_.size);
  inject_.size += args_.size;
  args_.size = 0;
  injecting_ = true;
  inject_position_ = 0;
  current_char_ = mp_injected_char(0);
}

// --- Whitespace and indentation ----------------------------------------------

void Lexer::skip_comment() {
  next();  // the '#'
  if (!injecting_ && position_ < source_size_) {
    // The comment runs to the next LF or CR; only tabs in it need more than
    // a column each.
    const uint8_t* p = source_ + position_;
    size_t rest = source_size_ - position_;
    const void* lf = std::memchr(p, '\n', rest);
    size_t length = lf ? static_cast<size_t>(static_cast<const uint8_t*>(lf) - p) : rest;
    if (const void* cr = std::memchr(p, '\r', length))
      length = static_cast<size_t>(static_cast<const uint8_t*>(cr) - p);
    if (std::memchr(p, '\t', length)) {
      uint32_t column = column_;
      for (size_t i = 0; i < length; ++i) column = p[i] == '\t' ? detail::tab_stop(column) : column + 1;
      column_ = column;
    } else {
      column_ += static_cast<uint32_t>(length);
    }
    position_ += length;
    current_char_ = source_char(position_);
  }
  while (current_char_ != kEof && current_char_ != '\n') next();
}

// Skips spaces, comments, line continuations and (unless [stop_at_newline]
// applies outside brackets) line breaks. Returns true when it stopped at a
// line break.
bool Lexer::skip_whitespace_slow(bool stop_at_newline) {
  for (;;) {
    uint32_t c = current_char_;
    if (c >= 256 || !(detail::kCharClasses[c] & detail::kSkipStart)) return false;  // also kEof
    if (c == ' ' && !injecting_) {
      size_t p = position_ + 1;
      while (p < source_size_ && source_[p] == ' ') ++p;
      column_ += static_cast<uint32_t>(p - position_);
      position_ = p;
      current_char_ = source_char(p);
    } else if (c == '\n') {
      if (stop_at_newline && bracket_level_ == 0) return true;
      next();
    } else if (c == '#') {
      skip_comment();
    } else if (c == '\\') {
      if (peek1() != '\n') return false;  // not a line continuation
      next();
      next();
    } else {
      next();  // other whitespace
    }
  }
}

void Lexer::lex_newline() {
  // Blank lines, comments and continuation lines before the next token do not
  // count; the indentation is the column that token starts in.
  skip_whitespace(false);
  kind_ = TokenKind::kNewline;
  size_t num_spaces = column_ - 1;
  size_t top = indents_[indent_count_ - 1];
  if (num_spaces == top) return;
  if (num_spaces > top) {
    if (push_indent(num_spaces)) emit_dent_ += 1;
    return;
  }
  while (num_spaces < indents_[indent_count_ - 1]) {
    --indent_count_;
    emit_dent_ -= 1;
  }
  if (num_spaces != indents_[indent_count_ - 1]) kind_ = TokenKind::kDedentMismatch;
}

// --- Names, numbers, operators ------------------------------------------------

void Lexer::lex_name() {
  kind_ = TokenKind::kName;
  if (!injecting_) {
    // The current character is a real source byte: identifier characters are
    // never line breaks.
    const uint8_t* start = source_ + position_;
    const uint8_t* end = source_ + source_size_;
    const uint8_t* p = start + 1;
    while (p < end && (detail::kCharClasses[*p] & detail::kIdentTail)) ++p;
    size_t count = static_cast<size_t>(p - start);
    text_run(start, count);
    column_ += static_cast<uint32_t>(count);
    position_ += count;
    current_char_ = source_char(position_);
  } else {
    text_current();
    next();
    while (current_char_ != kEof && detail::is_identifier_tail(current_char_)) {
      text_current();
      next();
    }
  }
  std::string_view text = text_in_buffer_ ? std::string_view(reinterpret_cast<const char*>(text_.data), text_.size)
                                          : std::string_view(reinterpret_cast<const char*>(view_), view_size_);
  TokenKind keyword = keyword_kind(text);
  if (keyword == TokenKind::kKwDebug) keyword = optimise_level_ == 0 ? TokenKind::kKwTrue : TokenKind::kKwFalse;
  kind_ = keyword;
}

void Lexer::lex_number() {
  bool forced_integer = false;
  if (current_char_ == '.') {
    kind_ = TokenKind::kFloatOrImag;
  } else {
    kind_ = TokenKind::kInteger;
    uint32_t base = peek1() | 0x20;
    if (current_char_ == '0' && (base == 'b' || base == 'o' || base == 'x')) forced_integer = true;
  }
  text_current();
  next();
  while (current_char_ != kEof) {
    uint32_t c = current_char_;
    if (!forced_integer && (c == 'e' || c == 'E')) {
      kind_ = TokenKind::kFloatOrImag;
      if (c == 'e') {
        text_current();
      } else {
        text_byte('e');
      }
      next();
      if (current_char_ == '+' || current_char_ == '-') {
        text_current();
        next();
      }
    } else if (char_is(c, detail::kAlpha | detail::kDigit) || c == '.') {
      if (c == '.' || c == 'j' || c == 'J') kind_ = TokenKind::kFloatOrImag;
      text_current();
      next();
    } else if (c == '_') {
      next();
    } else {
      break;
    }
  }
}

void Lexer::lex_operator() {
  using K = TokenKind;
  uint32_t c = current_char_;
  // Every character an operator is made of is a single ordinary byte, but
  // the first may be anything (it is kInvalid then).
  if (char_is(c, detail::kSpace) || c >= 0x80) {
    next();
  } else {
    next_plain();
  }
  auto accept = [this](uint32_t expected) {
    if (current_char_ != expected) return false;
    next_plain();
    return true;
  };
  K kind;
  switch (c) {
    case '(':
      kind = K::kDelParenOpen;
      ++bracket_level_;
      break;
    case ')':
      kind = K::kDelParenClose;
      --bracket_level_;
      break;
    case '[':
      kind = K::kDelBracketOpen;
      ++bracket_level_;
      break;
    case ']':
      kind = K::kDelBracketClose;
      --bracket_level_;
      break;
    case '{':
      kind = K::kDelBraceOpen;
      ++bracket_level_;
      break;
    case '}':
      kind = K::kDelBraceClose;
      --bracket_level_;
      break;
    case ',':
      kind = K::kDelComma;
      break;
    case ';':
      kind = K::kDelSemicolon;
      break;
    case '~':
      kind = K::kOpTilde;
      break;
    case ':':
      kind = accept('=') ? K::kOpAssign : K::kDelColon;
      break;
    case '<':
      if (accept('='))
        kind = K::kOpLessEqual;
      else if (accept('<'))
        kind = accept('=') ? K::kDelDblLessEqual : K::kOpDblLess;
      else
        kind = K::kOpLess;
      break;
    case '>':
      if (accept('='))
        kind = K::kOpMoreEqual;
      else if (accept('>'))
        kind = accept('=') ? K::kDelDblMoreEqual : K::kOpDblMore;
      else
        kind = K::kOpMore;
      break;
    case '*':
      if (accept('='))
        kind = K::kDelStarEqual;
      else if (accept('*'))
        kind = accept('=') ? K::kDelDblStarEqual : K::kOpDblStar;
      else
        kind = K::kOpStar;
      break;
    case '/':
      if (accept('='))
        kind = K::kDelSlashEqual;
      else if (accept('/'))
        kind = accept('=') ? K::kDelDblSlashEqual : K::kOpDblSlash;
      else
        kind = K::kOpSlash;
      break;
    case '+':
      kind = accept('=') ? K::kDelPlusEqual : K::kOpPlus;
      break;
    case '-':
      if (accept('='))
        kind = K::kDelMinusEqual;
      else if (accept('>'))
        kind = K::kDelMinusMore;
      else
        kind = K::kOpMinus;
      break;
    case '&':
      kind = accept('=') ? K::kDelAmpersandEqual : K::kOpAmpersand;
      break;
    case '|':
      kind = accept('=') ? K::kDelPipeEqual : K::kOpPipe;
      break;
    case '%':
      kind = accept('=') ? K::kDelPercentEqual : K::kOpPercent;
      break;
    case '^':
      kind = accept('=') ? K::kDelCaretEqual : K::kOpCaret;
      break;
    case '@':
      kind = accept('=') ? K::kDelAtEqual : K::kOpAt;
      break;
    case '=':
      kind = accept('=') ? K::kOpDblEqual : K::kDelEqual;
      break;
    case '!':
      // A lone '!' is not an operator.
      kind = accept('=') ? K::kOpNotEqual : K::kInvalid;
      break;
    case '.':
      // ".." is two periods, "..." an ellipsis.
      if (current_char_ == '.' && peek1() == '.') {
        next_plain();
        next_plain();
        kind = K::kEllipsis;
      } else {
        kind = K::kDelPeriod;
      }
      break;
    default:
      kind = K::kInvalid;
      break;
  }
  kind_ = kind;
}

// --- Driver -------------------------------------------------------------------

void Lexer::advance() {
  if (halted_) {
    token_.kind = halt_kind_;
    token_.text = {};
    return;
  }
  if (args_.size != 0 && !injecting_ && !micropython_) start_injection();
  text_reset();

  // A NEWLINE token takes the position of the line break itself; the
  // indentation of the next line is measured after skipping past it.
  bool had_newline = skip_whitespace(true);
  token_.line = line_;
  token_.column = column_;

  uint32_t c = current_char_;
  if (emit_dent_ < 0) {
    kind_ = TokenKind::kDedent;
    emit_dent_ += 1;
  } else if (emit_dent_ > 0) {
    kind_ = TokenKind::kIndent;
    emit_dent_ -= 1;
  } else if (had_newline) {
    lex_newline();
  } else if (c == kEof) {
    kind_ = TokenKind::kEnd;
  } else if ((c == '\'' || c == '"' || c == 'r' || c == 'u' || c == 'b' || c == 'f' || c == 't') && at_string_start()) {
    lex_strings();
  } else if (detail::is_identifier_head(c)) {
    lex_name();
  } else if (char_is(c, detail::kDigit) || (c == '.' && char_is(peek1(), detail::kDigit))) {
    lex_number();
  } else {
    lex_operator();
  }

  std::string_view text = halted_ ? std::string_view() : text_finish();
  if (halted_) {
    token_.kind = halt_kind_;
    token_.text = {};
    return;
  }
  token_.kind = kind_;
  token_.text = text;
}

}  // namespace cpy::compiler
