// The re pattern compiler: recursive descent over the pattern's characters,
// emitting ReProg words. Error messages and positions are CPython's, so a
// program that catches re.error prints the same text under both.
#include <cstring>

#include "re_private.h"

namespace cpy::vm {

namespace {

/// Longest program a pattern may compile to (counted repetition copies its
/// operand, so `(ab){100000}` could otherwise ask for anything).
constexpr size_t kMaxWords = size_t(1) << 20;
constexpr uint32_t kMaxRepeat = 0xffffffffu;  // CPython's MAXREPEAT

/// What one parsed item is, for the quantifier that may follow it.
struct Item {
  bool nullable = false;  ///< can match the empty string
  bool single = false;    ///< one single-character instruction, no groups
  bool anchor = false;    ///< zero-width assertion: nothing to repeat
};

struct OpenGroup {
  uint32_t group;
  const OpenGroup* up;
};

bool is_oct(uint32_t c) { return c >= '0' && c <= '7'; }
bool is_dec(uint32_t c) { return c >= '0' && c <= '9'; }
int hex_digit(uint32_t c) {
  if (c >= '0' && c <= '9') return int(c - '0');
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return int((c | 0x20) - 'a' + 10);
  return -1;
}
bool is_ascii_letter(uint32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

struct Compiler {
  Compiler(Vm& v, Type* e) : vm(v), error(e) {}
  Vm& vm;
  Type* error;
  const uint32_t* pat = nullptr;  ///< the pattern's characters (code points or bytes)
  size_t n = 0;
  size_t i = 0;
  bool bytes = false;
  uint32_t* code = nullptr;
  size_t size = 0;
  size_t cap = 0;
  uint32_t ngroups = 0;
  uint32_t nregs = 0;
  Value names = Value::null();
  const OpenGroup* open = nullptr;

  /// Raises re.error: [msg] (with [detail] text from the pattern, when
  /// [dlen]) at character [pos], as CPython words it.
  Status fail(const char* msg, size_t pos, size_t dstart = 0, size_t dlen = 0, const char* tail = nullptr) {
    Buf b(vm);
    b.add(msg);
    for (size_t k = dstart; k < dstart + dlen && k < n; ++k) add_char(b, pat[k]);
    if (tail) b.add(tail);
    b.add(" at position ");
    b.add_int(int64_t(pos));
    size_t lines = 0, col = 0;
    bool multi = false;
    for (size_t k = 0; k < n; ++k) multi |= pat[k] == '\n';
    if (multi) {
      for (size_t k = 0; k < pos && k < n; ++k) {
        if (pat[k] == '\n') {
          ++lines;
          col = k + 1;
        }
      }
      b.add(" (line ");
      b.add_int(int64_t(lines + 1));
      b.add(", column ");
      b.add_int(int64_t(pos - col + 1));
      b.add(")");
    }
    if (b.failed) return Status::kRaised;
    Value text = CPY_VM_TRY(b.finish());
    Value e = CPY_VM_TRY(new_exception(vm, error, 1, &text));
    return raise_value(vm, e);
  }

  void add_char(Buf& b, uint32_t c) {
    if (bytes) {
      b.add_char(char(c));
    } else {
      b.add_utf8(c);
    }
  }

  Status reserve(size_t more) {
    if (size + more <= cap) return Status::kOk;
    if (size + more > kMaxWords) return fail("pattern too large", i);
    size_t c = cap ? cap * 2 : 32;
    while (c < size + more) c *= 2;
    auto* p = static_cast<uint32_t*>(alloc_raw(vm, c * sizeof(uint32_t)));
    if (!p) return Status::kRaised;
    if (size) std::memcpy(p, code, size * sizeof(uint32_t));
    code = p;
    cap = c;
    return Status::kOk;
  }

  Status emit(std::initializer_list<uint32_t> words) {
    CPY_VM_CHECK(reserve(words.size()));
    for (uint32_t w : words) code[size++] = w;
    return Status::kOk;
  }

  /// Opens a gap of [count] words at [at].
  Status insert(size_t at, size_t count) {
    CPY_VM_CHECK(reserve(count));
    std::memmove(code + at + count, code + at, (size - at) * sizeof(uint32_t));
    size += count;
    return Status::kOk;
  }

  static uint32_t rel(size_t to, size_t from) { return uint32_t(int32_t(int64_t(to) - int64_t(from))); }

  bool at(uint32_t c) const { return i < n && pat[i] == c; }

  /// A {m}, {m,}, {,n} or {m,n} quantifier at [k]; false when the brace is
  /// a literal. [*after] is just past it.
  bool scan_brace(size_t k, uint32_t* lo, uint32_t* hi, size_t* after, bool* overflow) const {
    if (k >= n || pat[k] != '{' || (k + 1 < n && pat[k + 1] == '}')) return false;
    ++k;
    uint64_t a = 0, b = 0;
    bool has_a = false, has_b = false;
    *overflow = false;
    while (k < n && is_dec(pat[k])) {
      a = a * 10 + (pat[k++] - '0');
      if (a >= kMaxRepeat) *overflow = true, a = kMaxRepeat;
      has_a = true;
    }
    if (k < n && pat[k] == ',') {
      ++k;
      while (k < n && is_dec(pat[k])) {
        b = b * 10 + (pat[k++] - '0');
        if (b >= kMaxRepeat) *overflow = true, b = kMaxRepeat;
        has_b = true;
      }
    } else {
      b = a;
      has_b = has_a;
    }
    if (k >= n || pat[k] != '}') return false;
    *lo = has_a ? uint32_t(a) : 0;
    *hi = has_b ? uint32_t(b) : kReInfinite;
    *after = k + 1;
    return true;
  }

  /// Whether a quantifier starts at [i].
  bool quantifier_here() const {
    if (i >= n) return false;
    if (pat[i] == '*' || pat[i] == '+' || pat[i] == '?') return true;
    uint32_t lo, hi;
    size_t after;
    bool ovf;
    return scan_brace(i, &lo, &hi, &after, &ovf);
  }

  /// Parses the quantifier at [i] into [*lo], [*hi]; false when there is none.
  Status parse_quantifier(uint32_t* lo, uint32_t* hi, bool* found) {
    *found = false;
    if (i >= n) return Status::kOk;
    uint32_t c = pat[i];
    if (c == '*' || c == '+' || c == '?') {
      *lo = c == '+' ? 1 : 0;
      *hi = c == '?' ? 1 : kReInfinite;
      ++i;
      *found = true;
      return Status::kOk;
    }
    size_t after;
    bool ovf;
    if (!scan_brace(i, lo, hi, &after, &ovf)) return Status::kOk;
    if (ovf) return raise(vm, Exc::OverflowError, "the repetition number is too large");
    if (*hi != kReInfinite && *hi < *lo) return fail("min repeat greater than max repeat", i + 1);
    i = after;
    *found = true;
    return Status::kOk;
  }

  // ---- alternation and sequences ----

  Status parse_alt(bool* nullable) {
    DepthGuard guard(vm);
    if (guard.too_deep()) return raise_recursion(vm);
    size_t chain = kReNoPos;  // JMPs to the end, linked through their operands
    *nullable = false;
    for (;;) {
      size_t branch = size;
      bool nul;
      CPY_VM_CHECK(parse_seq(&nul));
      *nullable |= nul;
      if (!at('|')) break;
      ++i;
      CPY_VM_CHECK(insert(branch, 3));
      size_t j = size;
      CPY_VM_CHECK(emit({kReJmp, uint32_t(chain)}));
      chain = j;
      code[branch] = kReSplit;
      code[branch + 1] = 3;
      code[branch + 2] = rel(size, branch);
    }
    while (chain != kReNoPos) {
      size_t next = code[chain + 1];
      code[chain + 1] = rel(size, chain);
      chain = next;
    }
    return Status::kOk;
  }

  Status parse_seq(bool* nullable) {
    *nullable = true;
    while (i < n && pat[i] != '|' && pat[i] != ')') {
      size_t start = size;
      Item item;
      CPY_VM_CHECK(parse_item(&item));
      size_t qpos = i;
      uint32_t lo, hi;
      bool found;
      CPY_VM_CHECK(parse_quantifier(&lo, &hi, &found));
      if (found) {
        if (item.anchor) return fail("nothing to repeat", qpos);
        bool greedy = true;
        if (at('?')) {
          ++i;
          greedy = false;
        }
        CPY_VM_CHECK(repeat(start, item, lo, hi, greedy));
        if (quantifier_here()) return fail("multiple repeat", i);
        item.nullable |= lo == 0;
      }
      *nullable &= item.nullable;
    }
    return Status::kOk;
  }

  /// Applies {lo,hi} to the code from [start] to the end.
  Status repeat(size_t start, const Item& item, uint32_t lo, uint32_t hi, bool greedy) {
    size_t len = size - start;
    if (hi == 0) {
      size = start;
      return Status::kOk;
    }
    if (lo == 1 && hi == 1) return Status::kOk;
    if (item.single) {
      CPY_VM_CHECK(insert(start, 5));
      code[start] = kReRepeat;
      code[start + 1] = lo;
      code[start + 2] = hi;
      code[start + 3] = greedy;
      code[start + 4] = uint32_t(len);
      return Status::kOk;
    }
    // Copies of the operand: lo of them, then a loop or hi - lo optional ones.
    uint64_t copies = uint64_t(lo) + (hi == kReInfinite ? 1 : uint64_t(hi - lo));
    if (copies * (len + 3) + 8 > kMaxWords) return fail("pattern too large", i);
    auto* body = static_cast<uint32_t*>(alloc_raw(vm, len * sizeof(uint32_t)));
    if (!body) return Status::kRaised;
    if (len) std::memcpy(body, code + start, len * sizeof(uint32_t));
    size = start;
    auto copy = [&]() -> Status {
      CPY_VM_CHECK(reserve(len));
      if (len) std::memcpy(code + size, body, len * sizeof(uint32_t));
      size += len;
      return Status::kOk;
    };
    // As CPython: the first lo iterations always run; after that, an
    // iteration that matched the empty string is the last one (which also
    // ends loops over operands that can match nothing).
    bool guard = item.nullable;
    uint32_t reg = guard ? nregs++ : 0;
    if (hi == kReInfinite && !guard && lo > 0) {
      for (uint32_t k = 1; k < lo; ++k) CPY_VM_CHECK(copy());
      size_t body_at = size;
      CPY_VM_CHECK(copy());
      size_t back = size;
      return emit({kReSplit, greedy ? rel(body_at, back) : 3, greedy ? 3 : rel(body_at, back)});
    }
    for (uint32_t k = 0; k < lo; ++k) CPY_VM_CHECK(copy());
    if (hi == kReInfinite) {
      size_t head = size;
      CPY_VM_CHECK(emit({kReSplit, 0, 0}));
      if (guard) CPY_VM_CHECK(emit({kReMark, reg}));
      CPY_VM_CHECK(copy());
      size_t prog = size;
      if (guard) CPY_VM_CHECK(emit({kReProg, reg, 0}));
      CPY_VM_CHECK(emit({kReJmp, rel(head, size)}));
      code[head + 1] = greedy ? 3 : rel(size, head);
      code[head + 2] = greedy ? rel(size, head) : 3;
      if (guard) code[prog + 2] = rel(size, prog);
      return Status::kOk;
    }
    // Each optional copy's split, and its emptiness check, lead to the end;
    // both are chained through their operands until the end is known.
    size_t chain = kReNoPos;
    for (uint32_t k = lo; k < hi; ++k) {
      size_t s = size;
      CPY_VM_CHECK(emit({kReSplit, uint32_t(chain), 0}));
      chain = s;
      if (guard) CPY_VM_CHECK(emit({kReMark, reg}));
      CPY_VM_CHECK(copy());
      if (guard) {
        size_t p = size;
        CPY_VM_CHECK(emit({kReProg, reg, uint32_t(chain)}));
        chain = p;
      }
    }
    while (chain != kReNoPos) {
      if (code[chain] == kReProg) {
        size_t next = code[chain + 2];
        code[chain + 2] = rel(size, chain);
        chain = next;
        continue;
      }
      size_t next = code[chain + 1];
      code[chain + 1 + !greedy] = 3;
      code[chain + 1 + greedy] = rel(size, chain);
      chain = next;
    }
    return Status::kOk;
  }

  // ---- items ----

  Status parse_item(Item* item) {
    size_t pos = i;
    uint32_t c = pat[i];
    switch (c) {
      case '(':
        return parse_group(item);
      case '.':
        ++i;
        item->single = true;
        return emit({kReAny});
      case '^':
        ++i;
        item->anchor = item->nullable = true;
        return emit({kReBol});
      case '$':
        ++i;
        item->anchor = item->nullable = true;
        return emit({kReEol});
      case '[':
        item->single = true;
        return parse_class();
      case '\\':
        return parse_escape(item);
      case '*':
      case '+':
      case '?':
        return fail("nothing to repeat", pos);
      case '{': {
        uint32_t lo, hi;
        bool found;
        CPY_VM_CHECK(parse_quantifier(&lo, &hi, &found));
        if (found) return fail("nothing to repeat", pos);
        break;
      }
      default:
        break;
    }
    ++i;
    item->single = true;
    return emit({kReChar, c});
  }

  Status parse_group(Item* item) {
    size_t open_pos = i++;
    bool capture = true;
    if (at('?')) {
      ++i;
      if (i >= n) return fail("unexpected end of pattern", i);
      uint32_t c = pat[i];
      if (c == ':') {
        ++i;
        capture = false;
      } else if (c == '#') {
        while (i < n && pat[i] != ')') ++i;
        if (i >= n) return fail("missing ), unterminated comment", open_pos);
        ++i;
        item->nullable = item->anchor = true;
        return Status::kOk;
      } else if (c == 'P' && i + 1 < n && pat[i + 1] == '<') {
        i += 2;
        size_t name_at = i;
        CPY_VM_CHECK(parse_name('>', "missing >, unterminated name"));
        uint32_t g = ngroups + 1;
        Value name = CPY_VM_TRY(name_value(name_at, i - name_at));
        if (names.is_null()) names = CPY_VM_TRY(new_dict(vm));
        Value old;
        CPY_VM_CHECK(dict_get(vm, names, name, &old));
        if (!old.is_null()) {
          Buf tail(vm);
          tail.add("' as group ");
          tail.add_int(g);
          tail.add("; was group ");
          tail.add_int(old.small_int_value());
          Value t = CPY_VM_TRY(tail.finish());
          std::string_view tv = str_view(vm, t);
          char buf[64];
          size_t m = tv.size() < sizeof(buf) - 1 ? tv.size() : sizeof(buf) - 1;
          std::memcpy(buf, tv.data(), m);
          buf[m] = 0;
          return fail("redefinition of group name '", name_at, name_at, i - name_at, buf);
        }
        CPY_VM_CHECK(dict_store(vm, names, name, Value::small_int(intptr_t(g))));
        ++i;  // '>'
      } else if (c == 'P' && i + 1 < n && pat[i + 1] == '=') {
        i += 2;
        size_t name_at = i;
        CPY_VM_CHECK(parse_name(')', "missing ), unterminated name"));
        Value name = CPY_VM_TRY(name_value(name_at, i - name_at));
        Value g = Value::null();
        if (!names.is_null()) CPY_VM_CHECK(dict_get(vm, names, name, &g));
        if (g.is_null()) return fail("unknown group name '", name_at, name_at, i - name_at, "'");
        ++i;  // ')'
        item->nullable = true;
        return backref(uint32_t(g.small_int_value()), name_at);
      } else {
        // Lookarounds, inline flags and conditionals are beyond CircuitPython's re.
        size_t len = c == '<' && i + 1 < n ? 2 : 1;
        return fail("unknown extension ?", open_pos + 1, i, len);
      }
    }
    uint32_t g = 0;
    if (capture) {
      g = ++ngroups;
      CPY_VM_CHECK(emit({kReSave, 2 * g}));
    }
    OpenGroup me{g, open};
    if (capture) open = &me;
    bool nul;
    Status s = parse_alt(&nul);
    open = me.up;
    CPY_VM_CHECK(s);
    if (!at(')')) return fail("missing ), unterminated subpattern", open_pos);
    ++i;
    if (capture) CPY_VM_CHECK(emit({kReSave, 2 * g + 1}));
    item->nullable = nul;
    return Status::kOk;
  }

  /// Scans a group name up to [end]; checks it is an identifier.
  Status parse_name(uint32_t end, const char* unterminated) {
    size_t start = i;
    while (i < n && pat[i] != end) ++i;
    if (i >= n) return fail(unterminated, start);
    if (i == start) return fail("missing group name", start);
    for (size_t k = start; k < i; ++k) {
      uint32_t c = pat[k];
      bool ok = c == '_' || is_ascii_letter(c) || (k > start && is_dec(c)) || (!bytes && c >= 0x80);
      if (!ok) return fail("bad character in group name '", start, start, i - start, "'");
    }
    return Status::kOk;
  }

  Value name_value(size_t start, size_t len) {
    Buf b(vm);
    for (size_t k = start; k < start + len; ++k) add_char(b, pat[k]);
    return b.finish();
  }

  Status backref(uint32_t g, size_t pos) {
    for (const OpenGroup* o = open; o; o = o->up) {
      if (o->group == g) return fail("cannot refer to an open group", pos);
    }
    return emit({kReBackref, g});
  }

  /// An escape that stands for one character, or a class (\d ...). Shared by
  /// sets and the rest of the pattern: [*named] is set for \d \D \w \W \s \S.
  Status simple_escape(size_t esc, uint32_t c, uint32_t* out, bool* named) {
    *named = false;
    switch (c) {
      case 'd':
      case 'D':
      case 'w':
      case 'W':
      case 's':
      case 'S':
        *named = true;
        *out = kReNamed | c;
        return Status::kOk;
      case 'n':
        *out = '\n';
        return Status::kOk;
      case 't':
        *out = '\t';
        return Status::kOk;
      case 'r':
        *out = '\r';
        return Status::kOk;
      case 'f':
        *out = '\f';
        return Status::kOk;
      case 'v':
        *out = '\v';
        return Status::kOk;
      case 'a':
        *out = 7;
        return Status::kOk;
      case 'x':
      case 'u':
      case 'U': {
        size_t digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        if (c != 'x' && bytes) return fail("bad escape ", esc, esc, 2);
        uint32_t v = 0;
        for (size_t k = 0; k < digits; ++k) {
          int d = i < n ? hex_digit(pat[i]) : -1;
          if (d < 0) return fail("incomplete escape ", esc, esc, i - esc);
          v = v * 16 + uint32_t(d);
          ++i;
        }
        if (v > 0x10ffff) return fail("bad escape ", esc, esc, i - esc);
        *out = v;
        return Status::kOk;
      }
      default:
        break;
    }
    if (is_oct(c)) {
      // Octal: \0, and up to three digits.
      uint32_t v = c - '0';
      for (int k = 0; k < 2 && i < n && is_oct(pat[i]); ++k) v = v * 8 + (pat[i++] - '0');
      if (v > 0377) return fail("octal escape value ", esc, esc, i - esc, " outside of range 0-0o377");
      *out = v;
      return Status::kOk;
    }
    if (is_ascii_letter(c) || is_dec(c)) return fail("bad escape ", esc, esc, 2);
    *out = c;
    return Status::kOk;
  }

  Status parse_escape(Item* item) {
    size_t esc = i++;
    if (i >= n) return fail("bad escape (end of pattern)", esc);
    uint32_t c = pat[i++];
    uint32_t op = 0;
    switch (c) {
      case 'b':
        op = kReWordB;
        break;
      case 'B':
        op = kReNotWordB;
        break;
      case 'A':
        op = kReBol;
        break;
      case 'Z':
        op = kReEnd;
        break;
      default:
        break;
    }
    if (op) {
      item->anchor = item->nullable = true;
      return emit({op});
    }
    if (c >= '1' && c <= '9') {
      // Three octal digits are a character; otherwise one or two digits
      // refer to a group.
      if (is_oct(c) && i + 1 < n && is_oct(pat[i]) && is_oct(pat[i + 1])) {
        uint32_t v = (c - '0') * 64 + (pat[i] - '0') * 8 + (pat[i + 1] - '0');
        i += 2;
        if (v > 0377) return fail("octal escape value ", esc, esc, i - esc, " outside of range 0-0o377");
        item->single = true;
        return emit({kReChar, v});
      }
      uint32_t g = c - '0';
      if (i < n && is_dec(pat[i])) g = g * 10 + (pat[i++] - '0');
      if (g > ngroups) {
        Buf b(vm);
        b.add("invalid group reference ");
        b.add_int(g);
        char buf[48];
        std::string_view v = b.view();
        size_t m = v.size() < sizeof(buf) - 1 ? v.size() : sizeof(buf) - 1;
        std::memcpy(buf, v.data(), m);
        buf[m] = 0;
        return fail(buf, esc + 1);
      }
      item->nullable = true;
      return backref(g, esc);
    }
    uint32_t v;
    bool named;
    CPY_VM_CHECK(simple_escape(esc, c, &v, &named));
    item->single = true;
    if (named) return emit({kReClass, 1, v, 0});
    return emit({kReChar, v});
  }

  /// One member of a set: a character or a named class; [*text_end] is
  /// where its source text ends.
  Status class_member(uint32_t* out, bool* named) {
    *named = false;
    if (pat[i] != '\\') {
      *out = pat[i++];
      return Status::kOk;
    }
    size_t esc = i++;
    if (i >= n) return fail("bad escape (end of pattern)", esc);
    uint32_t c = pat[i++];
    if (c == 'b') {
      *out = 8;
      return Status::kOk;
    }
    if (is_dec(c) && !is_oct(c)) return fail("bad escape ", esc, esc, 2);
    return simple_escape(esc, c, out, named);
  }

  Status parse_class() {
    size_t open_pos = i++;
    bool negated = at('^');
    if (negated) ++i;
    size_t head = size;
    CPY_VM_CHECK(emit({kReClass, 0}));
    uint32_t count = 0;
    bool first = true;
    for (;;) {
      if (i >= n) return fail("unterminated character set", open_pos);
      if (pat[i] == ']' && !first) {
        ++i;
        break;
      }
      first = false;
      size_t item_at = i;
      uint32_t lo, hi;
      bool named_lo, named_hi = false;
      CPY_VM_CHECK(class_member(&lo, &named_lo));
      hi = named_lo ? 0 : lo;
      if (at('-')) {
        if (i + 1 >= n) return fail("unterminated character set", open_pos);
        if (pat[i + 1] != ']') {
          ++i;
          CPY_VM_CHECK(class_member(&hi, &named_hi));
          if (named_lo || named_hi || hi < lo) {
            return fail("bad character range ", item_at, item_at, i - item_at);
          }
        }
      }
      CPY_VM_CHECK(emit({lo, hi}));
      ++count;
    }
    code[head + 1] = count | (negated ? kReNegated : 0);
    return Status::kOk;
  }

  // ---- replacement templates ----

  /// Appends the pending literal in [lit] to [list].
  Status flush(Buf& lit, Value list) {
    if (lit.size == 0) return Status::kOk;
    Value v = CPY_VM_TRY(lit.finish(bytes));
    lit.data = nullptr;
    lit.size = lit.capacity = 0;
    return list_append(vm, list, v);
  }

  Status group_ref(Buf& lit, Value list, uint32_t g, size_t pos, uint32_t groups) {
    if (g > groups) {
      char msg[48] = "invalid group reference ";
      size_t m = std::strlen(msg);
      char digits[12];
      size_t d = 0;
      do digits[d++] = char('0' + g % 10); while ((g /= 10) && d < sizeof(digits));
      while (d) msg[m++] = digits[--d];
      msg[m] = 0;
      return fail(msg, pos);
    }
    CPY_VM_CHECK(flush(lit, list));
    return list_append(vm, list, Value::small_int(intptr_t(g)));
  }

  Status parse_template(uint32_t groups, Value groupindex, Value list) {
    Buf lit(vm);
    while (i < n) {
      uint32_t c = pat[i];
      if (c != '\\') {
        add_char(lit, c);
        ++i;
        continue;
      }
      size_t esc = i++;
      if (i >= n) return fail("bad escape (end of pattern)", esc);
      c = pat[i++];
      if (c == 'g') {
        if (!at('<')) return fail("missing <", i);
        size_t name_at = ++i;
        while (i < n && pat[i] != '>') ++i;
        if (i >= n) return fail("missing >, unterminated name", name_at);
        if (i == name_at) return fail("missing group name", name_at);
        size_t name_end = i++;
        bool digits = true, ident = !is_dec(pat[name_at]);
        uint64_t g = 0;
        for (size_t k = name_at; k < name_end; ++k) {
          uint32_t ch = pat[k];
          digits &= is_dec(ch);
          ident &= ch == '_' || is_ascii_letter(ch) || is_dec(ch) || (!bytes && ch >= 0x80);
          if (is_dec(ch) && g < 0xffffffffu) g = g * 10 + (ch - '0');
        }
        if (ident) {
          Value name = CPY_VM_TRY(name_value(name_at, name_end - name_at));
          Value gv = Value::null();
          if (!groupindex.is_null()) CPY_VM_CHECK(dict_get(vm, groupindex, name, &gv));
          if (gv.is_null()) return raise(vm, Exc::IndexError, "unknown group name %R", name);
          CPY_VM_CHECK(group_ref(lit, list, uint32_t(gv.small_int_value()), name_at, groups));
        } else if (digits) {
          CPY_VM_CHECK(group_ref(lit, list, g > 0xffffffu ? 0xffffffu : uint32_t(g), name_at, groups));
        } else {
          return fail("bad character in group name '", name_at, name_at, name_end - name_at, "'");
        }
      } else if (c == '0') {
        uint32_t v = 0;
        for (int k = 0; k < 2 && i < n && is_oct(pat[i]); ++k) v = v * 8 + (pat[i++] - '0');
        add_char(lit, v & 0xff);
      } else if (is_dec(c)) {
        if (i < n && is_dec(pat[i])) {
          uint32_t d2 = pat[i++];
          if (is_oct(c) && is_oct(d2) && i < n && is_oct(pat[i])) {
            uint32_t v = (c - '0') * 64 + (d2 - '0') * 8 + (pat[i++] - '0');
            if (v > 0377) return fail("octal escape value ", esc, esc, i - esc, " outside of range 0-0o377");
            add_char(lit, v);
            continue;
          }
          CPY_VM_CHECK(group_ref(lit, list, (c - '0') * 10 + (d2 - '0'), esc + 1, groups));
        } else {
          CPY_VM_CHECK(group_ref(lit, list, c - '0', esc + 1, groups));
        }
      } else {
        const char* from = "abfnrtv\\";
        const char* to = "\a\b\f\n\r\t\v\\";
        const char* hit = c < 0x80 ? std::strchr(from, int(c)) : nullptr;
        if (hit && c) {
          lit.add_char(to[hit - from]);
        } else if (is_ascii_letter(c)) {
          return fail("bad escape ", esc, esc, 2);
        } else {
          lit.add_char('\\');
          add_char(lit, c);
        }
      }
    }
    if (lit.failed) return Status::kRaised;
    return flush(lit, list);
  }
};

}  // namespace

namespace {

/// Decodes [text] into [c]'s character array.
Status load(Compiler& c, std::string_view text, bool bytes) {
  c.bytes = bytes;
  size_t count = bytes ? text.size() : utf8_count(text);
  auto* chars = static_cast<uint32_t*>(alloc_raw(c.vm, (count + 1) * sizeof(uint32_t)));
  if (!chars) return Status::kRaised;
  for (size_t k = 0, at = 0; k < count; ++k) chars[k] = bytes ? uint8_t(text[at++]) : utf8_decode(text, &at);
  c.pat = chars;
  c.n = count;
  return Status::kOk;
}

}  // namespace

Status re_template(Vm& vm, Type* error, std::string_view text, bool bytes, const ReProg& prog, Value* out) {
  Compiler c(vm, error);
  CPY_VM_CHECK(load(c, text, bytes));
  Value list = CPY_VM_TRY(new_list(vm, 0));
  CPY_VM_CHECK(c.parse_template(prog.ngroups, prog.names, list));
  *out = list;
  return Status::kOk;
}

Status re_compile(Vm& vm, Type* error, std::string_view pattern, bool bytes, ReProg* out) {
  Compiler c(vm, error);
  CPY_VM_CHECK(load(c, pattern, bytes));
  bool nullable;
  CPY_VM_CHECK(c.parse_alt(&nullable));
  if (c.i < c.n) return c.fail("unbalanced parenthesis", c.i);
  CPY_VM_CHECK(c.emit({kReMatch}));
  out->code = c.code;
  out->size = uint32_t(c.size);
  out->ngroups = c.ngroups;
  out->nregs = c.nregs;
  out->bytes = bytes;
  out->names = c.names;
  return Status::kOk;
}

}  // namespace cpy::vm
