// The less common methods of str and bytes: expandtabs, translate and
// maketrans, format_map, fromhex, and the isascii/istitle/isidentifier/
// isprintable predicates.
#include "str_methods.h"

namespace cpy::vm {

namespace {

// Walks the receiver one character at a time: code points for str, bytes
// for bytes and bytearray.
template <typename F>
void each_char(const Text& t, F&& f) {
  size_t i = 0;
  while (i < t.s.size()) {
    size_t at = i;
    uint32_t c = t.bytes ? static_cast<unsigned char>(t.s[i++]) : utf8_decode(t.s, &i);
    f(c, t.s.substr(at, i - at));
  }
}

bool is_cased_upper(uint32_t c) { return cp_lower(c) != c; }
bool is_cased_lower(uint32_t c) { return cp_upper(c) != c; }

// What CPython's str.isprintable() rejects: control characters, separators
// other than the ASCII space, format characters, surrogates, private use.
bool cp_is_printable(uint32_t c) {
  if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || c == 0xad) return false;
  if (c == 0x1680 || (c >= 0x2000 && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f)) return false;
  if ((c >= 0x205f && c <= 0x2064) || c == 0x3000 || c == 0xfeff) return false;
  if ((c >= 0xd800 && c <= 0xf8ff) || (c >= 0xfff9 && c <= 0xfffb)) return false;
  return c <= 0x10ffff;
}

bool cp_is_identifier_start(uint32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  return cp_is_printable(c) && c != 0xd7 && c != 0xf7 && !(c >= 0xa1 && c <= 0xbf);
}

bool cp_is_identifier_char(uint32_t c) { return cp_is_identifier_start(c) || (c >= '0' && c <= '9'); }

Status predicate(Vm& vm, const Args& args, bool empty_result, bool (*ok)(uint32_t), Value* out) {
  Text t = text_of(vm, args[0]);
  bool all = true;
  each_char(t, [&](uint32_t c, std::string_view) { all = all && ok(c); });
  *out = Value::boolean(t.s.empty() ? empty_result : all);
  return Status::kOk;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

Status m_expandtabs(Vm& vm, const Args& args, Value* out) {
  Text t = text_of(vm, args[0]);
  intptr_t size = 8;
  Value sv = args.n > 1 ? args[1] : kw_arg(args, vm.qstrs.find("tabsize"), Value::small_int(8));
  CPY_VM_CHECK(get_int(vm, sv, &size));
  Buf buf(vm);
  size_t column = 0;
  each_char(t, [&](uint32_t c, std::string_view raw) {
    if (c == '\t') {
      if (size > 0) {
        size_t pad = size_t(size) - column % size_t(size);
        buf.add_repeated(" ", pad);
        column += pad;
      }
    } else {
      buf.add(raw);
      column = c == '\n' || c == '\r' ? 0 : column + 1;
    }
  });
  *out = CPY_VM_TRY(finish_like(vm, buf, t));
  return Status::kOk;
}

Status m_isascii(Vm& vm, const Args& args, Value* out) {
  return predicate(vm, args, true, [](uint32_t c) { return c < 0x80; }, out);
}

Status m_isprintable(Vm& vm, const Args& args, Value* out) {
  return predicate(vm, args, true, cp_is_printable, out);
}

Status m_isidentifier(Vm& vm, const Args& args, Value* out) {
  Text t = text_of(vm, args[0]);
  bool ok = !t.s.empty();
  bool first = true;
  each_char(t, [&](uint32_t c, std::string_view) {
    ok = ok && (first ? cp_is_identifier_start(c) : cp_is_identifier_char(c));
    first = false;
  });
  *out = Value::boolean(ok);
  return Status::kOk;
}

Status m_istitle(Vm& vm, const Args& args, Value* out) {
  // Upper-case letters only after uncased characters, lower-case only after
  // cased ones, and at least one cased letter.
  Text t = text_of(vm, args[0]);
  bool ok = true, any_cased = false, prev_cased = false;
  each_char(t, [&](uint32_t c, std::string_view) {
    if (t.bytes && c >= 0x80) c = 0;  // bytes are ASCII-cased only
    if (is_cased_upper(c)) {
      ok = ok && !prev_cased;
      prev_cased = any_cased = true;
    } else if (is_cased_lower(c)) {
      ok = ok && prev_cased;
      prev_cased = any_cased = true;
    } else {
      prev_cased = false;
    }
  });
  *out = Value::boolean(ok && any_cased);
  return Status::kOk;
}

Status m_translate(Vm& vm, const Args& args, Value* out) {
  Text t = text_of(vm, args[0]);
  Buf buf(vm);
  if (t.bytes) {
    // bytes.translate(table, delete=b''): table is 256 bytes or None.
    std::string_view table, drop;
    if (!args[1].is_none()) {
      if (!is_bytes(vm, args[1])) return raise(vm, Exc::TypeError, "a bytes-like object is required, not '%T'", args[1]);
      table = bytes_view(vm, args[1]);
      if (table.size() != 256) return raise(vm, Exc::ValueError, "translation table must be 256 characters long");
    }
    if (args.n > 2) {
      if (!is_bytes(vm, args[2])) return raise(vm, Exc::TypeError, "a bytes-like object is required, not '%T'", args[2]);
      drop = bytes_view(vm, args[2]);
    }
    for (char c : t.s) {
      if (drop.find(c) != std::string_view::npos) continue;
      buf.add_char(table.empty() ? c : table[static_cast<unsigned char>(c)]);
    }
    *out = CPY_VM_TRY(finish_like(vm, buf, t));
    return Status::kOk;
  }
  if (args.n > 2) return raise(vm, Exc::TypeError, "translate() takes exactly one argument (2 given)");
  // str.translate(table): table[ord(c)] is a str, an ordinal or None; a
  // LookupError keeps the character.
  Status st = Status::kOk;
  each_char(t, [&](uint32_t c, std::string_view raw) {
    if (st == Status::kRaised) return;
    Value v;
    if (subscr(vm, args[1], Value::small_int(intptr_t(c)), &v) == Status::kRaised) {
      if (!pending_is(vm, Exc::LookupError)) {
        st = Status::kRaised;
        return;
      }
      vm.pending = Value::null();
      buf.add(raw);
      return;
    }
    if (v.is_none()) return;
    if (is_str(vm, v)) {
      buf.add(str_view(vm, v));
    } else if (is_int(vm, v)) {
      intptr_t cp = 0;
      if (get_int(vm, v, &cp) == Status::kRaised) {
        st = Status::kRaised;
        return;
      }
      if (cp < 0 || cp > 0x10ffff) {
        st = raise(vm, Exc::ValueError, "character mapping must be in range(0x110000)");
        return;
      }
      buf.add_utf8(uint32_t(cp));
    } else {
      st = raise(vm, Exc::TypeError, "character mapping must return integer, None or str");
    }
  });
  CPY_VM_CHECK(st);
  *out = CPY_VM_TRY(finish_like(vm, buf, t));
  return Status::kOk;
}

Status str_maketrans(Vm& vm, const Args& args, Value* out) {
  Value d = CPY_VM_TRY(new_dict(vm));
  if (args.n == 1) {
    if (kind_of(vm, args[0]) != Kind::kDict)
      return raise(vm, Exc::TypeError, "if you give only one argument to maketrans it must be a dict");
    Map& m = args[0].as<Dict>()->map;
    for (const Map::Entry* e = m.begin(); e != m.end(); ++e) {
      if (e->key.is_null()) continue;
      Value key = e->key;
      if (is_str(vm, key)) {
        std::string_view k = str_view(vm, key);
        if (utf8_count(k) != 1) return raise(vm, Exc::ValueError, "string keys in translate table must be of length 1");
        size_t at = 0;
        key = Value::small_int(intptr_t(utf8_decode(k, &at)));
      } else if (!is_int(vm, key)) {
        return raise(vm, Exc::TypeError, "keys in translate table must be strings or integers");
      }
      CPY_VM_CHECK(dict_store(vm, d, key, e->value));
    }
    *out = d;
    return Status::kOk;
  }
  if (!is_str(vm, args[0]) || !is_str(vm, args[1]))
    return raise(vm, Exc::TypeError, "maketrans() argument 2 must be str, not %T", is_str(vm, args[0]) ? args[1] : args[0]);
  std::string_view from = str_view(vm, args[0]), to = str_view(vm, args[1]);
  if (utf8_count(from) != utf8_count(to))
    return raise(vm, Exc::ValueError, "the first two maketrans arguments must have equal length");
  size_t i = 0, j = 0;
  while (i < from.size()) {
    uint32_t a = utf8_decode(from, &i), b = utf8_decode(to, &j);
    CPY_VM_CHECK(dict_store(vm, d, Value::small_int(intptr_t(a)), Value::small_int(intptr_t(b))));
  }
  if (args.n > 2) {
    if (!is_str(vm, args[2])) return raise(vm, Exc::TypeError, "maketrans() argument 3 must be str, not %T", args[2]);
    std::string_view drop = str_view(vm, args[2]);
    size_t k = 0;
    while (k < drop.size()) CPY_VM_CHECK(dict_store(vm, d, Value::small_int(intptr_t(utf8_decode(drop, &k))), Value::none()));
  }
  *out = d;
  return Status::kOk;
}

Status bytes_maketrans(Vm& vm, const Args& args, Value* out) {
  if (!is_bytes(vm, args[0]) || !is_bytes(vm, args[1]))
    return raise(vm, Exc::TypeError, "a bytes-like object is required, not '%T'", is_bytes(vm, args[0]) ? args[1] : args[0]);
  std::string_view from = bytes_view(vm, args[0]), to = bytes_view(vm, args[1]);
  if (from.size() != to.size()) return raise(vm, Exc::ValueError, "maketrans arguments must have same length");
  char table[256];
  for (int i = 0; i < 256; ++i) table[i] = char(i);
  for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
  *out = CPY_VM_TRY(new_bytes(vm, std::string_view(table, sizeof table)));
  return Status::kOk;
}

Status bytes_fromhex(Vm& vm, const Args& args, Value* out) {
  // args[0] is the class: bytes or bytearray.
  if (!is_str(vm, args[1])) return raise(vm, Exc::TypeError, "fromhex() argument must be str, not %T", args[1]);
  std::string_view s = str_view(vm, args[1]);
  Buf buf(vm);
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r')) {
      ++i;
      continue;
    }
    int hi = hex_digit(s[i]);
    int lo = i + 1 < s.size() ? hex_digit(s[i + 1]) : -1;
    if (hi < 0 || lo < 0) {
      size_t at = hi < 0 ? i : i + 1;
      return raise(vm, Exc::ValueError, "non-hexadecimal number found in fromhex() arg at position %d", int(at));
    }
    buf.add_char(char(hi * 16 + lo));
    i += 2;
  }
  if (buf.failed) return Status::kRaised;
  bool bytearray = args[0] == Value::object(vm.t_bytearray);
  *out = CPY_VM_TRY(bytearray ? new_bytearray(vm, buf.view()) : new_bytes(vm, buf.view()));
  return Status::kOk;
}

Status m_format_map(Vm& vm, const Args& args, Value* out) {
  // The mapping's str keys become keyword arguments of format().
  if (kind_of(vm, args[1]) != Kind::kDict) return raise(vm, Exc::TypeError, "format_map() argument must be a dict");
  Map& m = args[1].as<Dict>()->map;
  Value items = CPY_VM_TRY(new_list(vm, 0));
  for (const Map::Entry* e = m.begin(); e != m.end(); ++e) {
    if (e->key.is_null() || !is_str(vm, e->key)) continue;
    Value key = CPY_VM_TRY(intern(vm, str_view(vm, e->key)));
    CPY_VM_CHECK(list_append(vm, items, key));
    CPY_VM_CHECK(list_append(vm, items, e->value));
  }
  List* l = items.as<List>();
  return str_format(vm, str_view(vm, args[0]), Args{l->items, 0, l->size / 2}, out);
}

}  // namespace cpy::vm
