// The methods and constructors of str, bytes and bytearray.
#include <cstring>

#include "buffer.h"
#include "runtime.h"
#include "str_methods.h"

namespace cpy::vm {

Text text_of(Vm& vm, Value v) {
  if (is_str(vm, v)) return Text{str_view(vm, v), false, false};
  return Text{bytes_view(vm, v), true, kind_of(vm, v) == Kind::kBytearray};
}

Value make_like(Vm& vm, const Text& t, std::string_view s) {
  if (!t.bytes) return new_str(vm, s);
  Value b = new_bytes(vm, s);
  if (b.is_null() || !t.bytearray) return b;
  Value out;
  if (call1(vm, Value::object(vm.t_bytearray), b, &out) == Status::kRaised) return Value::null();
  return out;
}

Value finish_like(Vm& vm, Buf& buf, const Text& t) {
  if (buf.failed) return Value::null();
  return make_like(vm, t, buf.view());
}

namespace {

Status arg_text(Vm& vm, Value v, bool bytes, std::string_view* out) {
  if (bytes ? is_bytes(vm, v) : is_str(vm, v)) {
    *out = bytes ? bytes_view(vm, v) : str_view(vm, v);
    return Status::kOk;
  }
  if (bytes) return raise(vm, Exc::TypeError, "a bytes-like object is required, not '%T'", v);
  return raise(vm, Exc::TypeError, "must be str, not %T", v);
}

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Code-point index <-> byte offset for non-ASCII str.
size_t to_cp(Text t, size_t byte_off) { return t.bytes ? byte_off : utf8_count(t.s.substr(0, byte_off)); }
size_t to_byte(Text t, intptr_t cp) { return t.bytes ? size_t(cp) : utf8_offset(t.s, size_t(cp)); }

// start/end arguments at [args][first], [first+1], clamped like slices.
Status range_args(Vm& vm, const Args& args, size_t first, Text t, size_t* lo, size_t* hi) {
  intptr_t len = intptr_t(t.bytes ? t.s.size() : utf8_count(t.s));
  intptr_t start = 0, end = len;
  if (args.n > first && !args[first].is_none()) CPY_VM_CHECK(get_int(vm, args[first], &start));
  if (args.n > first + 1 && !args[first + 1].is_none()) CPY_VM_CHECK(get_int(vm, args[first + 1], &end));
  if (start < 0) start = start + len < 0 ? 0 : start + len;
  if (end < 0) end = end + len < 0 ? 0 : end + len;
  if (start > len) start = len;
  if (end > len) end = len;
  if (end < start) end = start;
  *lo = to_byte(t, start);
  *hi = to_byte(t, end);
  return Status::kOk;
}

// Item [i] of a join: a str for str.join; for bytes.join, any contiguous
// bytes-like object (memoryview, array too).
Status join_item(Vm& vm, Value item, size_t i, bool bytes, std::string_view* out) {
  if (!bytes) {
    if (!is_str(vm, item))
      return raise(vm, Exc::TypeError, "sequence item %d: expected str instance, %T found", int(i), item);
    *out = str_view(vm, item);
    return Status::kOk;
  }
  BufferInfo b;
  bool found = false;
  CPY_VM_CHECK(buffer_of(vm, item, &b, &found));
  if (!found || !b.contiguous())
    return raise(vm, Exc::TypeError, "sequence item %d: expected a bytes-like object, %T found", int(i), item);
  *out = std::string_view(reinterpret_cast<const char*>(b.data), b.nbytes());
  return Status::kOk;
}

Status m_join(Vm& vm, const Args& args, Value* out) {
  Text sep = text_of(vm, args[0]);
  Value list;
  CPY_VM_CHECK(list_from_iter(vm, args[1], &list));
  Buf buf(vm);
  List* l = list.as<List>();
  for (size_t i = 0; i < l->size; ++i) {
    if (i) buf.add(sep.s);
    std::string_view item;
    CPY_VM_CHECK(join_item(vm, l->items[i], i, sep.bytes, &item));
    buf.add(item);
  }
  *out = CPY_VM_TRY(finish_like(vm, buf, sep));
  return Status::kOk;
}

Status split_impl(Vm& vm, const Args& args, bool right, Value* out) {
  Text t = text_of(vm, args[0]);
  Value sepv = args.n > 1 ? args[1] : kw_arg(args, vm.qstrs.find("sep"), Value::none());
  Value maxv = args.n > 2 ? args[2] : kw_arg(args, vm.qstrs.find("maxsplit"), Value::small_int(-1));
  intptr_t maxsplit = -1;
  CPY_VM_CHECK(get_int(vm, maxv, &maxsplit));
  Value result = CPY_VM_TRY(new_list(vm, 0));
  std::string_view s = t.s;
  // Pieces are collected in order; rsplit collects from the right and reverses.
  Value pieces[1];
  (void)pieces;
  auto push = [&](std::string_view piece) -> Status {
    Value v = CPY_VM_TRY(make_like(vm, t, piece));
    return list_append(vm, result, v);
  };
  if (sepv.is_none()) {
    if (!right) {
      size_t i = 0;
      intptr_t splits = 0;
      while (true) {
        while (i < s.size() && is_space(s[i])) ++i;
        if (i >= s.size()) break;
        if (maxsplit >= 0 && splits >= maxsplit) {
          CPY_VM_CHECK(push(s.substr(i)));  // the rest keeps its trailing spaces
          break;
        }
        size_t j = i;
        while (j < s.size() && !is_space(s[j])) ++j;
        CPY_VM_CHECK(push(s.substr(i, j - i)));
        ++splits;
        i = j;
      }
    } else {
      size_t i = s.size();
      intptr_t splits = 0;
      while (true) {
        while (i > 0 && is_space(s[i - 1])) --i;
        if (i == 0) break;
        if (maxsplit >= 0 && splits >= maxsplit) {
          CPY_VM_CHECK(push(s.substr(0, i)));  // the rest keeps its leading spaces
          break;
        }
        size_t j = i;
        while (j > 0 && !is_space(s[j - 1])) --j;
        CPY_VM_CHECK(push(s.substr(j, i - j)));
        ++splits;
        i = j;
      }
    }
  } else {
    std::string_view sep;
    CPY_VM_CHECK(arg_text(vm, sepv, t.bytes, &sep));
    if (sep.empty()) return raise(vm, Exc::ValueError, "empty separator");
    intptr_t splits = 0;
    if (!right) {
      size_t i = 0;
      while (true) {
        size_t j = maxsplit >= 0 && splits >= maxsplit ? std::string_view::npos : s.find(sep, i);
        if (j == std::string_view::npos) {
          CPY_VM_CHECK(push(s.substr(i)));
          break;
        }
        CPY_VM_CHECK(push(s.substr(i, j - i)));
        ++splits;
        i = j + sep.size();
      }
    } else {
      size_t end = s.size();
      while (true) {
        size_t j = std::string_view::npos;
        if (!(maxsplit >= 0 && splits >= maxsplit) && end >= sep.size()) j = s.substr(0, end).rfind(sep);
        if (j == std::string_view::npos) {
          CPY_VM_CHECK(push(s.substr(0, end)));
          break;
        }
        CPY_VM_CHECK(push(s.substr(j + sep.size(), end - j - sep.size())));
        ++splits;
        end = j;
      }
    }
  }
  if (right) {
    List* l = result.as<List>();
    for (size_t i = 0; i < l->size / 2; ++i) {
      Value tmp = l->items[i];
      l->items[i] = l->items[l->size - 1 - i];
      l->items[l->size - 1 - i] = tmp;
    }
  }
  *out = result;
  return Status::kOk;
}

Status m_split(Vm& vm, const Args& args, Value* out) { return split_impl(vm, args, false, out); }
Status m_rsplit(Vm& vm, const Args& args, Value* out) { return split_impl(vm, args, true, out); }

Status strip_impl(Vm& vm, const Args& args, bool left, bool right, Value* out) {
  Text t = text_of(vm, args[0]);
  std::string_view chars = " \t\n\r\v\f";
  if (args.n > 1 && !args[1].is_none()) CPY_VM_CHECK(arg_text(vm, args[1], t.bytes, &chars));
  std::string_view s = t.s;
  size_t b = 0, e = s.size();
  if (left) {
    while (b < e && chars.find(s[b]) != std::string_view::npos) ++b;
  }
  if (right) {
    while (e > b && chars.find(s[e - 1]) != std::string_view::npos) --e;
  }
  *out = CPY_VM_TRY(make_like(vm, t, s.substr(b, e - b)));
  return Status::kOk;
}

Status m_strip(Vm& vm, const Args& a, Value* o) { return strip_impl(vm, a, true, true, o); }
Status m_lstrip(Vm& vm, const Args& a, Value* o) { return strip_impl(vm, a, true, false, o); }
Status m_rstrip(Vm& vm, const Args& a, Value* o) { return strip_impl(vm, a, false, true, o); }

Status affix_impl(Vm& vm, const Args& args, bool start, Value* out) {
  Text t = text_of(vm, args[0]);
  size_t lo, hi;
  CPY_VM_CHECK(range_args(vm, args, 2, t, &lo, &hi));
  std::string_view s = t.s.substr(lo, hi - lo);
  Value* items = nullptr;
  size_t n = 0;
  Value one = args[1];
  if (is_obj_of(args[1], vm.t_tuple)) {
    seq_items(vm, args[1], &items, &n);
  } else {
    items = &one;
    n = 1;
  }
  for (size_t i = 0; i < n; ++i) {
    std::string_view p;
    CPY_VM_CHECK(arg_text(vm, items[i], t.bytes, &p));
    bool hit = p.size() <= s.size() && (start ? s.substr(0, p.size()) == p : s.substr(s.size() - p.size()) == p);
    if (hit) {
      *out = Value::true_value();
      return Status::kOk;
    }
  }
  *out = Value::false_value();
  return Status::kOk;
}

Status m_startswith(Vm& vm, const Args& a, Value* o) { return affix_impl(vm, a, true, o); }
Status m_endswith(Vm& vm, const Args& a, Value* o) { return affix_impl(vm, a, false, o); }

Status find_impl(Vm& vm, const Args& args, bool reverse, bool raise_missing, Value* out) {
  Text t = text_of(vm, args[0]);
  std::string_view sub;
  if (t.bytes && args[1].is_small_int()) {
    static char one;
    one = char(args[1].small_int_value());
    sub = std::string_view(&one, 1);
  } else {
    CPY_VM_CHECK(arg_text(vm, args[1], t.bytes, &sub));
  }
  size_t lo, hi;
  CPY_VM_CHECK(range_args(vm, args, 2, t, &lo, &hi));
  std::string_view s = t.s.substr(lo, hi - lo);
  size_t at = reverse ? s.rfind(sub) : s.find(sub);
  if (at == std::string_view::npos) {
    if (raise_missing) return raise(vm, Exc::ValueError, t.bytes ? "subsection not found" : "substring not found");
    *out = Value::small_int(-1);
    return Status::kOk;
  }
  *out = Value::small_int(intptr_t(to_cp(t, lo + at)));
  return Status::kOk;
}

Status m_find(Vm& vm, const Args& a, Value* o) { return find_impl(vm, a, false, false, o); }
Status m_rfind(Vm& vm, const Args& a, Value* o) { return find_impl(vm, a, true, false, o); }
Status m_index(Vm& vm, const Args& a, Value* o) { return find_impl(vm, a, false, true, o); }
Status m_rindex(Vm& vm, const Args& a, Value* o) { return find_impl(vm, a, true, true, o); }

Status m_count(Vm& vm, const Args& args, Value* out) {
  Text t = text_of(vm, args[0]);
  std::string_view sub;
  CPY_VM_CHECK(arg_text(vm, args[1], t.bytes, &sub));
  size_t lo, hi;
  CPY_VM_CHECK(range_args(vm, args, 2, t, &lo, &hi));
  std::string_view s = t.s.substr(lo, hi - lo);
  intptr_t n = 0;
  if (sub.empty()) {
    n = intptr_t(t.bytes ? s.size() : utf8_count(s)) + 1;
  } else {
    for (size_t at = s.find(sub); at != std::string_view::npos; at = s.find(sub, at + sub.size())) ++n;
  }
  *out = Value::small_int(n);
  return Status::kOk;
}

Status m_replace(Vm& vm, const Args& args, Value* out) {
  Text t = text_of(vm, args[0]);
  std::string_view old_s, new_s;
  CPY_VM_CHECK(arg_text(vm, args[1], t.bytes, &old_s));
  CPY_VM_CHECK(arg_text(vm, args[2], t.bytes, &new_s));
  intptr_t count = -1;
  if (args.n > 3) CPY_VM_CHECK(get_int(vm, args[3], &count));
  Buf buf(vm);
  std::string_view s = t.s;
  if (old_s.empty()) {
    intptr_t done = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
      if (count < 0 || done < count) {
        buf.add(new_s);
        ++done;
      }
      if (i < s.size()) buf.add_char(s[i]);
    }
  } else {
    size_t i = 0;
    intptr_t done = 0;
    while (count < 0 || done < count) {
      size_t at = s.find(old_s, i);
      if (at == std::string_view::npos) break;
      buf.add(s.substr(i, at - i));
      buf.add(new_s);
      i = at + old_s.size();
      ++done;
    }
    buf.add(s.substr(i));
  }
  *out = CPY_VM_TRY(finish_like(vm, buf, t));
  return Status::kOk;
}

enum class CaseOp { kUpper, kLower, kCapitalize, kTitle, kSwap };

}  // namespace

// Simple case mapping for Latin-1, Latin Extended-A, Greek and Cyrillic.
uint32_t cp_upper(uint32_t c) {
  if (c >= 'a' && c <= 'z') return c - 32;
  if (c < 0x80) return c;
  if (c >= 0xe0 && c <= 0xfe && c != 0xf7) return c - 32;
  if (c == 0xff) return 0x178;
  if (c >= 0x100 && c <= 0x17f && c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149) {
    bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e);
    if (odd_upper ? (c & 1) == 0 : (c & 1) == 1) return c - 1;
    return c;
  }
  if (c >= 0x3b1 && c <= 0x3c9 && c != 0x3c2) return c - 32;
  if (c >= 0x430 && c <= 0x44f) return c - 32;
  if (c >= 0x450 && c <= 0x45f) return c - 80;
  return c;
}

uint32_t cp_lower(uint32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c < 0x80) return c;
  if (c >= 0xc0 && c <= 0xde && c != 0xd7) return c + 32;
  if (c == 0x178) return 0xff;
  if (c >= 0x100 && c <= 0x17f && c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149) {
    bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e);
    if (odd_upper ? (c & 1) == 1 : (c & 1) == 0) return c + 1;
    return c;
  }
  if (c >= 0x391 && c <= 0x3a9 && c != 0x3a2) return c + 32;
  if (c >= 0x410 && c <= 0x42f) return c + 32;
  if (c >= 0x400 && c <= 0x40f) return c + 80;
  return c;
}

bool cp_is_letter(uint32_t c) { return cp_upper(c) != c || cp_lower(c) != c; }

namespace {

Status case_impl(Vm& vm, const Args& args, CaseOp op, Value* out) {
  Text t = text_of(vm, args[0]);
  Buf buf(vm);
  bool prev_letter = false;
  bool first = true;
  size_t i = 0;
  while (i < t.s.size()) {
    uint32_t c;
    if (t.bytes) {
      c = static_cast<unsigned char>(t.s[i++]);
    } else {
      c = utf8_decode(t.s, &i);
    }
    // bytes only change case in ASCII.
    bool mappable = !t.bytes || c < 0x80;
    bool letter = mappable && cp_is_letter(c);
    if (mappable) {
      switch (op) {
        case CaseOp::kUpper:
          c = cp_upper(c);
          break;
        case CaseOp::kLower:
          c = cp_lower(c);
          break;
        case CaseOp::kCapitalize:
          c = first ? cp_upper(c) : cp_lower(c);
          break;
        case CaseOp::kTitle:
          c = prev_letter ? cp_lower(c) : cp_upper(c);
          break;
        case CaseOp::kSwap:
          c = cp_upper(c) != c ? cp_upper(c) : cp_lower(c);
          break;
      }
    }
    prev_letter = letter;
    first = false;
    if (t.bytes)
      buf.add_char(char(c));
    else
      buf.add_utf8(c);
  }
  *out = CPY_VM_TRY(finish_like(vm, buf, t));
  return Status::kOk;
}

Status m_upper(Vm& vm, const Args& a, Value* o) { return case_impl(vm, a, CaseOp::kUpper, o); }
Status m_lower(Vm& vm, const Args& a, Value* o) { return case_impl(vm, a, CaseOp::kLower, o); }
Status m_capitalize(Vm& vm, const Args& a, Value* o) { return case_impl(vm, a, CaseOp::kCapitalize, o); }
Status m_title(Vm& vm, const Args& a, Value* o) { return case_impl(vm, a, CaseOp::kTitle, o); }
Status m_swapcase(Vm& vm, const Args& a, Value* o) { return case_impl(vm, a, CaseOp::kSwap, o); }

enum class Class { kDigit, kAlpha, kSpace, kUpper, kLower, kAlnum };

Status class_impl(Vm& vm, const Args& args, Class k, Value* out) {
  Text t = text_of(vm, args[0]);
  bool ok = !t.s.empty();
  bool any_cased = false;
  for (char c : t.s) {
    bool digit = c >= '0' && c <= '9';
    bool up = c >= 'A' && c <= 'Z';
    bool lo = c >= 'a' && c <= 'z';
    switch (k) {
      case Class::kDigit:
        ok &= digit;
        break;
      case Class::kAlpha:
        ok &= up || lo;
        break;
      case Class::kSpace:
        ok &= is_space(c);
        break;
      case Class::kAlnum:
        ok &= digit || up || lo;
        break;
      case Class::kUpper:
        ok &= !lo;
        any_cased |= up;
        break;
      case Class::kLower:
        ok &= !up;
        any_cased |= lo;
        break;
    }
  }
  if (k == Class::kUpper || k == Class::kLower) ok &= any_cased;
  *out = Value::boolean(ok);
  return Status::kOk;
}

Status m_isdigit(Vm& vm, const Args& a, Value* o) { return class_impl(vm, a, Class::kDigit, o); }
Status m_isalpha(Vm& vm, const Args& a, Value* o) { return class_impl(vm, a, Class::kAlpha, o); }
Status m_isspace(Vm& vm, const Args& a, Value* o) { return class_impl(vm, a, Class::kSpace, o); }
Status m_isupper(Vm& vm, const Args& a, Value* o) { return class_impl(vm, a, Class::kUpper, o); }
Status m_islower(Vm& vm, const Args& a, Value* o) { return class_impl(vm, a, Class::kLower, o); }
Status m_isalnum(Vm& vm, const Args& a, Value* o) { return class_impl(vm, a, Class::kAlnum, o); }

Status m_format(Vm& vm, const Args& args, Value* out) {
  return str_format(vm, str_view(vm, args[0]), Args{args.items + 1, args.n - 1, args.n_kw}, out);
}

Status m_encode(Vm& vm, const Args& args, Value* out) { return encode_str(vm, str_view(vm, args[0]), args, out); }

Status m_decode(Vm& vm, const Args& args, Value* out) { return decode_bytes(vm, bytes_view(vm, args[0]), args, out); }

Status m_splitlines(Vm& vm, const Args& args, Value* out) {
  Text t = text_of(vm, args[0]);
  bool keep = false;
  Value kv = args.n > 1 ? args[1] : kw_arg(args, vm.qstrs.find("keepends"), Value::false_value());
  CPY_VM_CHECK(truthy(vm, kv, &keep));
  Value result = CPY_VM_TRY(new_list(vm, 0));
  std::string_view s = t.s;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && s[j] != '\n' && s[j] != '\r') ++j;
    size_t end = j;
    if (j < s.size()) {
      j += (s[j] == '\r' && j + 1 < s.size() && s[j + 1] == '\n') ? 2 : 1;
    }
    Value piece = CPY_VM_TRY(make_like(vm, t, s.substr(i, (keep ? j : end) - i)));
    CPY_VM_CHECK(list_append(vm, result, piece));
    i = j;
  }
  *out = result;
  return Status::kOk;
}

Status pad_impl(Vm& vm, const Args& args, int where, Value* out) {
  Text t = text_of(vm, args[0]);
  intptr_t width = 0;
  CPY_VM_CHECK(get_int(vm, args[1], &width));
  std::string_view fill = " ";
  if (args.n > 2) {
    CPY_VM_CHECK(arg_text(vm, args[2], t.bytes, &fill));
    if (utf8_count(fill) != 1)
      return raise(vm, Exc::TypeError, "The fill character must be exactly one character long");
  }
  intptr_t len = intptr_t(t.bytes ? t.s.size() : utf8_count(t.s));
  if (width <= len) {
    *out = args[0];
    return Status::kOk;
  }
  intptr_t total = width - len;
  intptr_t left = where < 0 ? 0 : where > 0 ? total : total / 2 + (total & width & 1);
  Buf buf(vm);
  buf.add_repeated(fill, size_t(left));
  buf.add(t.s);
  buf.add_repeated(fill, size_t(total - left));
  *out = CPY_VM_TRY(finish_like(vm, buf, t));
  return Status::kOk;
}

Status m_ljust(Vm& vm, const Args& a, Value* o) { return pad_impl(vm, a, -1, o); }
Status m_rjust(Vm& vm, const Args& a, Value* o) { return pad_impl(vm, a, 1, o); }
Status m_center(Vm& vm, const Args& a, Value* o) { return pad_impl(vm, a, 0, o); }

Status m_zfill(Vm& vm, const Args& args, Value* out) {
  Text t = text_of(vm, args[0]);
  intptr_t width = 0;
  CPY_VM_CHECK(get_int(vm, args[1], &width));
  intptr_t len = intptr_t(t.s.size());
  Buf buf(vm);
  size_t start = 0;
  if (!t.s.empty() && (t.s[0] == '-' || t.s[0] == '+')) {
    buf.add_char(t.s[0]);
    start = 1;
  }
  if (width > len) buf.add_repeated("0", size_t(width - len));
  buf.add(t.s.substr(start));
  *out = CPY_VM_TRY(finish_like(vm, buf, t));
  return Status::kOk;
}

Status partition_impl(Vm& vm, const Args& args, bool right, Value* out) {
  Text t = text_of(vm, args[0]);
  std::string_view sep;
  CPY_VM_CHECK(arg_text(vm, args[1], t.bytes, &sep));
  if (sep.empty()) return raise(vm, Exc::ValueError, "empty separator");
  size_t at = right ? t.s.rfind(sep) : t.s.find(sep);
  Value parts[3];
  Value empty = CPY_VM_TRY(make_like(vm, t, ""));
  if (at == std::string_view::npos) {
    parts[0] = right ? empty : args[0];
    parts[1] = empty;
    parts[2] = right ? args[0] : empty;
  } else {
    parts[0] = CPY_VM_TRY(make_like(vm, t, t.s.substr(0, at)));
    parts[1] = args[1];
    parts[2] = CPY_VM_TRY(make_like(vm, t, t.s.substr(at + sep.size())));
  }
  *out = CPY_VM_TRY(new_tuple(vm, 3, parts));
  return Status::kOk;
}

Status m_partition(Vm& vm, const Args& a, Value* o) { return partition_impl(vm, a, false, o); }
Status m_rpartition(Vm& vm, const Args& a, Value* o) { return partition_impl(vm, a, true, o); }

Status m_removeprefix(Vm& vm, const Args& args, Value* out) {
  Text t = text_of(vm, args[0]);
  std::string_view p;
  CPY_VM_CHECK(arg_text(vm, args[1], t.bytes, &p));
  if (!p.empty() && t.s.substr(0, p.size()) == p) {
    *out = CPY_VM_TRY(make_like(vm, t, t.s.substr(p.size())));
  } else {
    *out = args[0];
  }
  return Status::kOk;
}

Status m_removesuffix(Vm& vm, const Args& args, Value* out) {
  Text t = text_of(vm, args[0]);
  std::string_view p;
  CPY_VM_CHECK(arg_text(vm, args[1], t.bytes, &p));
  if (!p.empty() && p.size() <= t.s.size() && t.s.substr(t.s.size() - p.size()) == p) {
    *out = CPY_VM_TRY(make_like(vm, t, t.s.substr(0, t.s.size() - p.size())));
  } else {
    *out = args[0];
  }
  return Status::kOk;
}

Status m_hex(Vm& vm, const Args& args, Value* out) {
  std::string_view b = bytes_view(vm, args[0]);
  Buf buf(vm);
  for (unsigned char c : b) {
    buf.add_char("0123456789abcdef"[c >> 4]);
    buf.add_char("0123456789abcdef"[c & 15]);
  }
  *out = CPY_VM_TRY(buf.finish());
  return Status::kOk;
}

// ---- constructors ----

Status str_make(Vm& vm, const Args& args, Value* out) {
  if (args.n == 0) {
    *out = Value::qstr(vm.qstrs.find(""));
    return Status::kOk;
  }
  if (args.n > 1 || args.n_kw) {
    if (!is_bytes(vm, args[0])) return raise(vm, Exc::TypeError, "decoding str is not supported");
    return decode_bytes(vm, bytes_view(vm, args[0]), args, out);
  }
  return to_str(vm, args[0], out);
}

Status bytes_from(Vm& vm, const Args& args, Buf& buf) {
  if (args.n == 0) return Status::kOk;
  Value x = args[0];
  if (is_str(vm, x)) {
    if (args.n < 2 && !args.n_kw) return raise(vm, Exc::TypeError, "string argument without an encoding");
    Value encoded;
    CPY_VM_CHECK(encode_str(vm, str_view(vm, x), args, &encoded));
    buf.add(bytes_view(vm, encoded));
    return Status::kOk;
  }
  if (is_bytes(vm, x)) {
    buf.add(bytes_view(vm, x));
    return Status::kOk;
  }
  bool found = false;  // array.array, memoryview: their bytes, not their items
  CPY_VM_CHECK(buffer_copy(vm, x, buf, &found));
  if (found) return Status::kOk;
  if (is_index_like(vm, x)) {
    intptr_t n = 0;
    CPY_VM_CHECK(get_int(vm, x, &n));
    if (n < 0) return raise(vm, Exc::ValueError, "negative count");
    if (!buf.reserve(size_t(n))) return Status::kRaised;
    for (intptr_t i = 0; i < n; ++i) buf.add_char('\0');
    return Status::kOk;
  }
  Value it;
  CPY_VM_CHECK(get_iter(vm, x, &it));
  for (;;) {
    Value item;
    CPY_VM_CHECK(iter_next(vm, it, &item));
    if (item.is_null()) break;
    intptr_t b = 0;
    CPY_VM_CHECK(get_int(vm, item, &b));
    if (b < 0 || b > 255) return raise(vm, Exc::ValueError, "bytes must be in range(0, 256)");
    buf.add_char(char(b));
  }
  return Status::kOk;
}

Status bytes_make(Vm& vm, const Args& args, Value* out) {
  // An instance's __bytes__ gives its bytes (CPython's protocol).
  if (args.n == 1 && !args.n_kw && kind_of(vm, args[0]) == Kind::kInstance) {
    Value m = user_method(vm, args[0], vm.q.bytes_);
    if (!m.is_null()) {
      CPY_VM_CHECK(call_with_self(vm, m, args[0], Args{}, out));
      if (!is_bytes(vm, *out)) return raise(vm, Exc::TypeError, "__bytes__ returned non-bytes (type %T)", *out);
      return Status::kOk;
    }
  }
  Buf buf(vm);
  CPY_VM_CHECK(bytes_from(vm, args, buf));
  *out = CPY_VM_TRY(buf.finish(true));
  return Status::kOk;
}

Status bytearray_make(Vm& vm, const Args& args, Value* out) {
  Buf buf(vm);
  CPY_VM_CHECK(bytes_from(vm, args, buf));
  if (buf.failed) return Status::kRaised;
  Bytearray* b = alloc_obj<Bytearray>(vm, vm.t_bytearray);
  if (!b) return Status::kRaised;
  b->items = reinterpret_cast<uint8_t*>(buf.data);
  b->size = buf.size;
  b->capacity = buf.capacity;
  *out = Value::object(b);
  return Status::kOk;
}

Status ba_append(Vm& vm, const Args& args, Value* out) {
  Bytearray* b = args[0].as<Bytearray>();
  intptr_t v = 0;
  CPY_VM_CHECK(get_int(vm, args[1], &v));
  if (v < 0 || v > 255) return raise(vm, Exc::ValueError, "byte must be in range(0, 256)");
  if (b->size == b->capacity) {
    size_t cap = b->capacity ? b->capacity * 2 : 16;
    auto* grown = static_cast<uint8_t*>(alloc_raw(vm, cap));
    if (!grown) return Status::kRaised;
    if (b->size) std::memcpy(grown, b->items, b->size);
    b->items = grown;
    b->capacity = cap;
  }
  b->items[b->size++] = uint8_t(v);
  *out = Value::none();
  return Status::kOk;
}

Status ba_extend(Vm& vm, const Args& args, Value* out) {
  Buf buf(vm);
  Value a[1] = {args[1]};
  if (is_str(vm, args[1])) return raise(vm, Exc::TypeError, "expected a bytes-like object");
  CPY_VM_CHECK(bytes_from(vm, Args{a, 1, 0}, buf));
  for (size_t i = 0; i < buf.size; ++i) {
    Value x[2] = {args[0], Value::small_int(static_cast<unsigned char>(buf.data[i]))};
    CPY_VM_CHECK(ba_append(vm, Args{x, 2, 0}, out));
  }
  *out = Value::none();
  return Status::kOk;
}

// Methods str, bytes and bytearray share (each type has one constant table).
#define CPY_STR_SHARED_METHODS \
  method_def("split", &m_split, 1, 3, true), \
  method_def("rsplit", &m_rsplit, 1, 3, true), \
  method_def("strip", &m_strip, 1, 2), \
  method_def("lstrip", &m_lstrip, 1, 2), \
  method_def("rstrip", &m_rstrip, 1, 2), \
  method_def("startswith", &m_startswith, 2, 4), \
  method_def("endswith", &m_endswith, 2, 4), \
  method_def("find", &m_find, 2, 4), \
  method_def("rfind", &m_rfind, 2, 4), \
  method_def("index", &m_index, 2, 4), \
  method_def("rindex", &m_rindex, 2, 4), \
  method_def("count", &m_count, 2, 4), \
  method_def("replace", &m_replace, 3, 4), \
  method_def("upper", &m_upper, 1, 1), \
  method_def("lower", &m_lower, 1, 1), \
  method_def("isdigit", &m_isdigit, 1, 1), \
  method_def("isalpha", &m_isalpha, 1, 1), \
  method_def("isspace", &m_isspace, 1, 1), \
  method_def("isupper", &m_isupper, 1, 1), \
  method_def("islower", &m_islower, 1, 1), \
  method_def("isalnum", &m_isalnum, 1, 1), \
  method_def("join", &m_join, 2, 2), \
  method_def("splitlines", &m_splitlines, 1, 2, true), \
  method_def("partition", &m_partition, 2, 2), \
  method_def("rpartition", &m_rpartition, 2, 2), \
  method_def("center", &m_center, 2, 3), \
  method_def("ljust", &m_ljust, 2, 3), \
  method_def("rjust", &m_rjust, 2, 3), \
  method_def("zfill", &m_zfill, 2, 2), \
  method_def("capitalize", &m_capitalize, 1, 1), \
  method_def("title", &m_title, 1, 1), \
  method_def("swapcase", &m_swapcase, 1, 1), \
  method_def("removeprefix", &m_removeprefix, 2, 2), \
  method_def("removesuffix", &m_removesuffix, 2, 2), \
  method_def("expandtabs", &m_expandtabs, 1, 2, true), \
  method_def("isascii", &m_isascii, 1, 1), \
  method_def("istitle", &m_istitle, 1, 1), \
  method_def("translate", &m_translate, 2, 3)

}  // namespace

constexpr MethodDef kStrMethods[] = {
    CPY_STR_SHARED_METHODS,
    method_def("format", &m_format, 1, -1, true),
    method_def("encode", &m_encode, 1, 3, true),
    method_def("isdecimal", &m_isdigit, 1, 1),
    method_def("isnumeric", &m_isdigit, 1, 1),
    method_def("casefold", &m_lower, 1, 1),
    method_def("format_map", &m_format_map, 2, 2),
    method_def("isidentifier", &m_isidentifier, 1, 1),
    method_def("isprintable", &m_isprintable, 1, 1),
    method_def("maketrans", &str_maketrans, 1, 3, false, MethodKind::kStaticMethod),
};

constexpr MethodDef kBytesMethods[] = {
    CPY_STR_SHARED_METHODS,
    method_def("decode", &m_decode, 1, 3, true),
    method_def("hex", &m_hex, 1, 1),
    method_def("fromhex", &bytes_fromhex, 2, 2, false, MethodKind::kClassMethod),
    method_def("maketrans", &bytes_maketrans, 2, 2, false, MethodKind::kStaticMethod),
};

constexpr MethodDef kBytearrayMethods[] = {
    CPY_STR_SHARED_METHODS,
    method_def("decode", &m_decode, 1, 3, true),
    method_def("hex", &m_hex, 1, 1),
    method_def("append", &ba_append, 2, 2),
    method_def("extend", &ba_extend, 2, 2),
    method_def("fromhex", &bytes_fromhex, 2, 2, false, MethodKind::kClassMethod),
    method_def("maketrans", &bytes_maketrans, 2, 2, false, MethodKind::kStaticMethod),
    method_def("insert", &ba_insert, 3, 3),
    method_def("pop", &ba_pop, 1, 2),
    method_def("remove", &ba_remove, 2, 2),
    method_def("reverse", &ba_reverse, 1, 1),
    method_def("clear", &ba_clear, 1, 1),
    method_def("copy", &ba_copy, 1, 1),
    method_def("__init__", &builtin_init, 1, 4, true),
};
#undef CPY_STR_SHARED_METHODS

bool init_str(Vm& vm) {
  vm.t_str->make = &str_make;
  vm.t_bytes->make = &bytes_make;
  vm.t_bytearray->make = &bytearray_make;
  set_methods(vm.t_str, kStrMethods);
  set_methods(vm.t_bytes, kBytesMethods);
  set_methods(vm.t_bytearray, kBytearrayMethods);
  return true;
}

}  // namespace cpy::vm
