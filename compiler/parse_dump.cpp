// The parse-tree dump, in the layout of the reference's mp_parse_node_print
// (built with rule names), for comparing our trees with its trees.
#include "cpy/compiler/parser.h"
#include "cpy/mpy/float_text.h"

namespace cpy::compiler {

namespace {

// The reference numbers tokens without our two extra error kinds, which sit
// right after kMalformedFString.
unsigned reference_token_number(TokenKind kind) {
  unsigned number = unsigned(kind);
  return kind > TokenKind::kOutOfMemory ? number - 2 : number;
}

class Writer {
 public:
  explicit Writer(DumpSink sink) : sink_(sink) {}

  void text(std::string_view s) { sink_.write(sink_.context, s); }
  void chr(char c) { text(std::string_view(&c, 1)); }
  void number(uint64_t value, bool negative = false) {
    char digits[24];
    size_t n = 0;
    do {
      digits[n++] = char('0' + value % 10);
      value /= 10;
    } while (value);
    if (negative) chr('-');
    while (n) chr(digits[--n]);
  }
  void signed_number(int64_t value) { number(value < 0 ? 0 - uint64_t(value) : uint64_t(value), value < 0); }
  void hex_escape(char kind, uint32_t value, int width) {
    static const char kHex[] = "0123456789abcdef";
    chr('\\');
    chr(kind);
    for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) chr(kHex[(value >> shift) & 15]);
  }

 private:
  DumpSink sink_;
};

// The quote character the reference picks: ' unless the text has a ' and no ".
char pick_quote(std::string_view text) {
  bool single = false;
  for (char c : text) {
    if (c == '"') return '\'';
    if (c == '\'') single = true;
  }
  return single ? '"' : '\'';
}

// repr(bytes) without the b prefix.
void write_bytes_quoted(Writer& out, std::string_view text) {
  char quote = pick_quote(text);
  out.chr(quote);
  for (unsigned char c : text) {
    if (c == quote) {
      out.chr('\\');
      out.chr(char(c));
    } else if (c == '\\') {
      out.text("\\\\");
    } else if (c >= 0x20 && c < 0x7f) {
      out.chr(char(c));
    } else if (c == '\n') {
      out.text("\\n");
    } else if (c == '\r') {
      out.text("\\r");
    } else if (c == '\t') {
      out.text("\\t");
    } else {
      out.hex_escape('x', c, 2);
    }
  }
  out.chr(quote);
}

// repr(str): CircuitPython 10 prints printable characters as they are and
// escapes some invisible ones; MicroPython escapes everything outside ASCII.
void write_str_quoted(Writer& out, std::string_view text, ParserTarget target) {
  char quote = pick_quote(text);
  out.chr(quote);
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* end = s + text.size();
  auto is_continuation = [&](const unsigned char* p) { return p < end && (*p & 0xc0) == 0x80; };
  while (s < end) {
    // Decoded as the reference decodes: a lead byte takes every continuation
    // byte after it, and any character swallows the stray continuation bytes
    // that follow it (so invalid UTF-8 prints as the reference prints it).
    const unsigned char* start = s;
    uint32_t ch = *s++;
    if (ch >= 0x80) {
      ch &= 0x7f;
      for (uint32_t mask = 0x40; ch & mask; mask >>= 1) ch &= ~mask;
      while (is_continuation(s)) ch = (ch << 6) | (*s++ & 0x3f);
    }
    while (is_continuation(s)) ++s;
    if (ch == uint32_t(quote)) {
      out.chr('\\');
      out.chr(quote);
    } else if (ch == '\\') {
      out.text("\\\\");
    } else if (ch >= 32 && ch <= 126) {
      out.chr(char(ch));
    } else if (ch == '\n') {
      out.text("\\n");
    } else if (ch == '\r') {
      out.text("\\r");
    } else if (ch == '\t') {
      out.text("\\t");
    } else if (target == ParserTarget::kMicroPython) {
      if (ch < 0x100) {
        out.hex_escape('x', ch, 2);
      } else if (ch < 0x10000) {
        out.hex_escape('u', ch, 4);
      } else {
        out.hex_escape('U', ch, 8);
      }
    } else if (ch <= 0x1f || (ch >= 0x7f && ch <= 0xa0) || ch == 0xad) {
      out.hex_escape('x', ch, 2);
    } else if ((ch >= 0x2000 && ch <= 0x200f) || ch == 0x2028 || ch == 0x2029 || ch == 0xffff) {
      out.hex_escape('u', ch, 4);
    } else if (ch == 0x1ffff) {
      out.hex_escape('U', ch, 8);
    } else {
      out.text(std::string_view(reinterpret_cast<const char*>(start), size_t(s - start)));
    }
  }
  out.chr(quote);
}

Result<void> write_object(Writer& out, const ConstObject& object, Arena& scratch, ParserTarget target);

Result<void> write_tuple(Writer& out, const ConstObject& tuple, Arena& scratch, ParserTarget target) {
  out.chr('(');
  for (size_t i = 0; i < tuple.items.size(); ++i) {
    if (i) out.text(", ");
    CPY_CHECK(write_object(out, *tuple.items[i], scratch, target));
  }
  if (tuple.items.size() == 1) out.chr(',');
  out.chr(')');
  return {};
}

// repr() of a constant. Recurses only into tuples, which hold no tuples but
// through const() values, so the depth stays small.
Result<void> write_object(Writer& out, const ConstObject& object, Arena& scratch, ParserTarget target) {
  switch (object.kind) {
    case ConstKind::kNone:
      out.text("None");
      break;
    case ConstKind::kFalse:
      out.text("False");
      break;
    case ConstKind::kTrue:
      out.text("True");
      break;
    case ConstKind::kEllipsis:
      out.text("Ellipsis");
      break;
    case ConstKind::kInt:
      if (object.is_big) {
        mpy::BigMath math(scratch);
        out.text(CPY_TRY(math.to_string(object.big)));
      } else {
        out.signed_number(object.small);
      }
      break;
    case ConstKind::kFloat:
      out.text(mpy::float_repr(object.real).view());
      break;
    case ConstKind::kComplex:
      out.text(mpy::complex_repr(object.real, object.imag).view());
      break;
    case ConstKind::kStr:
      write_str_quoted(out, object.text, target);
      break;
    case ConstKind::kBytes:
      out.chr('b');
      write_bytes_quoted(out, object.text);
      break;
    case ConstKind::kTuple:
      return write_tuple(out, object, scratch, target);
  }
  return {};
}

// The line prefix: "[ %d]" right-aligned in four places for struct nodes,
// blanks for leaves.
void write_line_prefix(Writer& out, Node node) {
  if (!node.is_struct()) {
    out.text("       ");
    return;
  }
  char digits[16];
  size_t n = 0;
  uint32_t line = node.as_struct()->source_line;
  do {
    digits[n++] = char('0' + line % 10);
    line /= 10;
  } while (line);
  out.chr('[');
  for (size_t width = n + 1; width < 4; ++width) out.chr(' ');
  out.chr(' ');
  while (n) out.chr(digits[--n]);
  out.text("] ");
}

Result<void> write_node(Writer& out, Node node, size_t indent, Arena& scratch, ParserTarget target) {
  write_line_prefix(out, node);
  for (size_t i = 0; i < indent; ++i) out.chr(' ');
  if (node.is_null()) {
    out.text("NULL\n");
  } else if (node.is_small_int()) {
    out.text("int(");
    out.signed_number(node.small_int_value());
    out.text(")\n");
  } else if (node.is_id() || node.is_string()) {
    out.text(node.is_id() ? "id(" : "str(");
    // The reference prints the text as a C string: up to the first NUL.
    std::string_view text = node.qstr()->text();
    out.text(text.substr(0, text.find('\0')));
    out.text(")\n");
  } else if (node.is_token()) {
    out.text("tok(");
    out.number(reference_token_number(node.token_kind()));
    out.text(")\n");
  } else if (node.is_const_object()) {
    out.text("literal const()=");
    CPY_CHECK(write_object(out, *node.const_object(), scratch, target));
    out.chr('\n');
  } else {
    const StructNode* s = node.as_struct();
    out.text(rule_name(s->rule()));
    out.chr('(');
    out.number(unsigned(s->rule()));
    out.text(") (n=");
    out.number(s->count());
    out.text(")\n");
  }
  return {};
}

// Nodes waiting to be printed, in chunks from the scratch arena.
class PendingStack {
 public:
  struct Item {
    Node node;
    size_t indent;
  };

  explicit PendingStack(Arena& arena) : arena_(arena) {}

  bool push(Item item) {
    if (!chunk_ || chunk_->used == kPerChunk) {
      Chunk* next = chunk_ && chunk_->next ? chunk_->next : nullptr;
      if (!next) {
        next = static_cast<Chunk*>(arena_.allocate(sizeof(Chunk), alignof(Chunk)));
        if (!next) return false;
        next->prev = chunk_;
        next->next = nullptr;
        if (chunk_) chunk_->next = next;
      }
      next->used = 0;
      chunk_ = next;
    }
    chunk_->items[chunk_->used++] = item;
    return true;
  }

  bool pop(Item& item) {
    while (chunk_ && chunk_->used == 0) {
      if (!chunk_->prev) return false;
      chunk_ = chunk_->prev;
    }
    if (!chunk_) return false;
    item = chunk_->items[--chunk_->used];
    return true;
  }

 private:
  static constexpr size_t kPerChunk = 256;
  struct Chunk {
    Chunk* prev;
    Chunk* next;
    size_t used;
    Item items[kPerChunk];
  };
  Arena& arena_;
  Chunk* chunk_ = nullptr;
};

}  // namespace

Result<void> dump_parse_tree(Node root, Arena& scratch, DumpSink sink, ParserTarget target, size_t indent) {
  Writer out(sink);
  PendingStack pending(scratch);
  Error no_memory = fail(Errc::kOutOfMemory, 0, "memory allocation failed");
  if (!pending.push({root, indent})) return no_memory;
  PendingStack::Item item;
  while (pending.pop(item)) {
    CPY_CHECK(write_node(out, item.node, item.indent, scratch, target));
    if (item.node.is_struct() && !item.node.is_const_object()) {
      auto children = item.node.as_struct()->children();
      for (size_t i = children.size(); i > 0; --i) {
        if (!pending.push({children[i - 1], item.indent + 2})) return no_memory;
      }
    }
  }
  return {};
}

}  // namespace cpy::compiler
