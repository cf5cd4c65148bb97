// str (UTF-8), bytes and bytearray: storage, repr, operators, indexing.
#include <cstring>

#include "runtime.h"

namespace cpy::vm {

bool is_str(Vm&, Value v) { return v.is_qstr() || (v.is_object() && v.as<Obj>()->type->kind == Kind::kStr); }

bool is_bytes(Vm&, Value v) {
  return v.is_object() && (v.as<Obj>()->type->kind == Kind::kBytes || v.as<Obj>()->type->kind == Kind::kBytearray);
}

std::string_view str_view(Vm& vm, Value v) {
  if (v.is_qstr()) return vm.qstrs.text(v.qstr_id());
  Str* s = v.as<Str>();
  return std::string_view(s->data(), s->size);
}

std::string_view bytes_view(Vm&, Value v) {
  if (v.as<Obj>()->type->kind == Kind::kBytearray) {
    Bytearray* b = v.as<Bytearray>();
    return std::string_view(reinterpret_cast<const char*>(b->items ? b->items : reinterpret_cast<uint8_t*>(b)),
                            b->size);
  }
  Str* s = v.as<Str>();
  return std::string_view(s->data(), s->size);
}

Value new_text(Vm& vm, Type* type, std::string_view text) {
  Str* s = alloc_obj<Str>(vm, type, text.size() + 1);
  if (!s) return Value::null();
  s->size = text.size();
  bool ascii = true;
  for (unsigned char c : text) ascii &= c < 0x80;
  s->ascii = ascii;
  if (!text.empty()) std::memcpy(s->data(), text.data(), text.size());
  return Value::object(s);
}

Value new_str(Vm& vm, std::string_view text) {
  if (text.empty()) return Value::qstr(vm.qstrs.find(""));
  if (text.size() == 1) {
    // One-character strings are common (iteration, indexing): share them.
    if (uint32_t id = vm.qstrs.find(text)) return Value::qstr(id);
  }
  return new_text(vm, vm.t_str, text);
}

Value new_bytes(Vm& vm, std::string_view data) { return new_text(vm, vm.t_bytes, data); }

Value intern(Vm& vm, std::string_view text) {
  auto r = vm.qstrs.intern_may_collect(text);
  if (!r.ok()) {
    set_memory_error(vm);
    return Value::null();
  }
  return Value::qstr(r.value());
}

uint32_t str_hash(Vm& vm, Value v) {
  if (v.is_qstr()) return vm.qstrs.hash(v.qstr_id());
  Str* s = v.as<Str>();
  // The same function as the pool's, so that equal text hashes equally.
  if (!s->hash) s->hash = QstrPool::hash_text(std::string_view(s->data(), s->size));
  return s->hash;
}

void str_repr_into(Buf& buf, std::string_view s, bool bytes) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  if (bytes) buf.add_char('b');
  buf.add_char(quote);
  static const char kHex[] = "0123456789abcdef";
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\\' || c == static_cast<unsigned char>(quote)) {
      buf.add_char('\\');
      buf.add_char(char(c));
    } else if (c == '\n') {
      buf.add("\\n");
    } else if (c == '\r') {
      buf.add("\\r");
    } else if (c == '\t') {
      buf.add("\\t");
    } else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) {
      buf.add("\\x");
      buf.add_char(kHex[c >> 4]);
      buf.add_char(kHex[c & 15]);
    } else {
      buf.add_char(char(c));
    }
  }
  buf.add_char(quote);
}

namespace {

Status repeat(Vm& vm, std::string_view s, Value count, bool bytes, Value* out) {
  intptr_t n = 0;
  CPY_VM_CHECK(get_int(vm, count, &n));
  if (n <= 0 || s.empty()) {
    *out = bytes ? CPY_VM_TRY(new_bytes(vm, "")) : Value::qstr(vm.qstrs.find(""));
    return Status::kOk;
  }
  Buf buf(vm);
  buf.add_repeated(s, size_t(n));
  *out = CPY_VM_TRY(buf.finish(bytes));
  return Status::kOk;
}

}  // namespace

Status str_binary_op(Vm& vm, int op, Value a, Value b, Value* out) {
  *out = Value::not_implemented();
  bool a_bytes = is_bytes(vm, a);
  if (op >= kInplaceFirst && op < kOr) op += kInplaceDelta;
  if (op == kMod) {
    if (!a_bytes) return str_modulo(vm, str_view(vm, a), b, false, out);
    CPY_VM_CHECK(str_modulo(vm, bytes_view(vm, a), b, true, out));
    if (kind_of(vm, a) != Kind::kBytearray) return Status::kOk;
    Value arg = *out;
    return call1(vm, Value::object(vm.t_bytearray), arg, out);
  }
  if (op == kMul) {
    if (!is_index_like(vm, b)) return Status::kOk;
    if (a_bytes) {
      CPY_VM_CHECK(repeat(vm, bytes_view(vm, a), b, true, out));
      if (kind_of(vm, a) == Kind::kBytearray) {
        Value arg = *out;
        return call1(vm, Value::object(vm.t_bytearray), arg, out);
      }
      return Status::kOk;
    }
    return repeat(vm, str_view(vm, a), b, false, out);
  }
  bool same = a_bytes ? is_bytes(vm, b) : is_str(vm, b);
  if (!same) return Status::kOk;
  std::string_view x = a_bytes ? bytes_view(vm, a) : str_view(vm, a);
  std::string_view y = a_bytes ? bytes_view(vm, b) : str_view(vm, b);
  if (op <= kNe) {
    *out = Value::boolean(compare_holds(op, x.compare(y)));
    return Status::kOk;
  }
  switch (op) {
    case kAdd: {
      Buf buf(vm);
      if (!buf.reserve(x.size() + y.size())) return Status::kRaised;
      buf.add(x);
      buf.add(y);
      *out = CPY_VM_TRY(buf.finish(a_bytes));
      if (kind_of(vm, a) == Kind::kBytearray) {
        Value arg = *out;
        return call1(vm, Value::object(vm.t_bytearray), arg, out);
      }
      return Status::kOk;
    }
    default:
      return Status::kOk;
  }
}

namespace {
bool str_is_ascii(Vm& vm, Value s) {
  if (s.is_object()) return s.as<Str>()->ascii;
  for (unsigned char c : str_view(vm, s)) {
    if (c >= 0x80) return false;
  }
  return true;
}
}  // namespace

size_t utf8_count(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xc0) != 0x80;
  return n;
}

size_t utf8_offset(std::string_view s, size_t index) {
  size_t off = 0;
  while (index-- && off < s.size()) off += utf8_char_len(static_cast<unsigned char>(s[off]));
  return off;
}

uint32_t utf8_decode(std::string_view s, size_t* i) {
  auto u = [&](size_t k) { return uint32_t(static_cast<unsigned char>(k < s.size() ? s[k] : 0)); };
  uint32_t c = u(*i);
  size_t n = utf8_char_len(static_cast<unsigned char>(c));
  if (n == 2) c = ((c & 31) << 6) | (u(*i + 1) & 63);
  if (n == 3) c = ((c & 15) << 12) | ((u(*i + 1) & 63) << 6) | (u(*i + 2) & 63);
  if (n == 4) c = ((c & 7) << 18) | ((u(*i + 1) & 63) << 12) | ((u(*i + 2) & 63) << 6) | (u(*i + 3) & 63);
  *i += n;
  return c;
}

size_t utf8_encode(uint32_t cp, char out[4]) {
  if (cp < 0x80) {
    out[0] = char(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = char(0xc0 | (cp >> 6));
    out[1] = char(0x80 | (cp & 63));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = char(0xe0 | (cp >> 12));
    out[1] = char(0x80 | ((cp >> 6) & 63));
    out[2] = char(0x80 | (cp & 63));
    return 3;
  }
  out[0] = char(0xf0 | (cp >> 18));
  out[1] = char(0x80 | ((cp >> 12) & 63));
  out[2] = char(0x80 | ((cp >> 6) & 63));
  out[3] = char(0x80 | (cp & 63));
  return 4;
}

Status str_subscr(Vm& vm, Value s, Value index, Value* out) {
  std::string_view text = str_view(vm, s);
  bool ascii = str_is_ascii(vm, s);
  size_t len = ascii ? text.size() : utf8_count(text);
  if (is_obj_of(index, vm.t_slice)) {
    intptr_t start, stop, step, count;
    CPY_VM_CHECK(slice_indices(vm, index, intptr_t(len), &start, &stop, &step, &count));
    if (step == 1 && ascii) {
      *out = CPY_VM_TRY(new_str(vm, text.substr(size_t(start), size_t(count))));
      return Status::kOk;
    }
    Buf buf(vm);
    for (intptr_t i = 0, at = start; i < count; ++i, at += step) {
      if (ascii) {
        buf.add_char(text[size_t(at)]);
      } else {
        size_t off = utf8_offset(text, size_t(at));
        buf.add(text.substr(off, utf8_char_len(static_cast<unsigned char>(text[off]))));
      }
    }
    *out = CPY_VM_TRY(buf.finish());
    return Status::kOk;
  }
  size_t i;
  CPY_VM_CHECK(seq_index(vm, index, len, "string", &i));
  size_t off = ascii ? i : utf8_offset(text, i);
  size_t n = ascii ? 1 : utf8_char_len(static_cast<unsigned char>(text[off]));
  *out = CPY_VM_TRY(new_str(vm, text.substr(off, n)));
  return Status::kOk;
}

}  // namespace cpy::vm
