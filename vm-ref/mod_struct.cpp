// The struct module: calcsize, pack, pack_into, unpack, unpack_from,
// iter_unpack and Struct. Formats: byte order @ = < > !, then counts and the
// codes x c b B ? h H i I l L q Q n N e f d s p P ('@' uses the target's
// native sizes and alignment, the others standard sizes unaligned).
#include <cmath>
#include <cstring>

#include "runtime.h"

namespace cpy::vm {

namespace {

struct Format {
  std::string_view text;
  size_t pos = 0;
  bool native = true;  ///< '@': native sizes and alignment
  bool little = true;
};

bool host_little() {
  const uint16_t one = 1;
  uint8_t b;
  std::memcpy(&b, &one, 1);
  return b == 1;
}

Status parse_order(Vm& vm, Value fmt, Format* f) {
  if (is_str(vm, fmt)) {
    f->text = str_view(vm, fmt);
  } else if (is_bytes(vm, fmt)) {
    f->text = bytes_view(vm, fmt);
  } else {
    return raise(vm, Exc::TypeError, "Struct() argument 1 must be a str or bytes object, not %T", fmt);
  }
  f->little = host_little();
  if (!f->text.empty()) {
    switch (f->text[0]) {
      case '@': f->native = true; f->pos = 1; break;
      case '=': f->native = false; f->pos = 1; break;
      case '<': f->native = false; f->little = true; f->pos = 1; break;
      case '>':
      case '!': f->native = false; f->little = false; f->pos = 1; break;
      default: break;
    }
  }
  return Status::kOk;
}

/// Size of one item of [code]; 0 for an unknown code.
size_t item_size(char code, bool native) {
  switch (code) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': return 4;
    case 'l': case 'L': return native ? sizeof(long) : 4;
    case 'q': case 'Q': return 8;
    case 'n': case 'N': return native ? sizeof(size_t) : 0;
    case 'P': return native ? sizeof(void*) : 0;
    case 'f': return 4;
    case 'd': return 8;
    default: return 0;
  }
}

/// One format item: [count] repeats of [code] (for s/p: one item of count bytes).
struct Item {
  char code;
  size_t count;
  size_t size;  ///< bytes of one repeat
};

/// Reads the next item; false at the end. [*offset] is advanced past the
/// alignment padding the item needs.
Status next_item(Vm& vm, Format& f, size_t* offset, Item* item, bool* more) {
  while (f.pos < f.text.size() && (f.text[f.pos] == ' ' || f.text[f.pos] == '\t' || f.text[f.pos] == '\n')) ++f.pos;
  if (f.pos >= f.text.size()) {
    *more = false;
    return Status::kOk;
  }
  size_t count = 1;
  if (f.text[f.pos] >= '0' && f.text[f.pos] <= '9') {
    count = 0;
    while (f.pos < f.text.size() && f.text[f.pos] >= '0' && f.text[f.pos] <= '9') count = count * 10 + (f.text[f.pos++] - '0');
    if (f.pos >= f.text.size()) return raise(vm, Exc::ValueError, "repeat count given without format specifier");
  }
  char code = f.text[f.pos++];
  size_t size = item_size(code, f.native);
  if (size == 0) return raise(vm, Exc::ValueError, "bad char in struct format");
  if (f.native && code != 's' && code != 'p' && code != 'x' && code != 'c' && size > 1) {
    *offset = (*offset + size - 1) / size * size;
  }
  *item = Item{code, count, size};
  *more = true;
  return Status::kOk;
}

/// Bytes an item takes in total.
size_t item_bytes(const Item& it) { return it.size * it.count; }

/// Number of values an item consumes / produces.
size_t item_values(const Item& it) {
  if (it.code == 'x') return 0;
  if (it.code == 's' || it.code == 'p') return 1;
  return it.count;
}

Status calc(Vm& vm, Value fmt, size_t* size, size_t* n_values) {
  Format f;
  CPY_VM_CHECK(parse_order(vm, fmt, &f));
  size_t off = 0, nv = 0;
  for (;;) {
    Item it;
    bool more;
    CPY_VM_CHECK(next_item(vm, f, &off, &it, &more));
    if (!more) break;
    off += item_bytes(it);
    nv += item_values(it);
  }
  *size = off;
  if (n_values) *n_values = nv;
  return Status::kOk;
}

void put_uint(uint8_t* p, uint64_t v, size_t size, bool little) {
  for (size_t i = 0; i < size; ++i) {
    uint8_t b = uint8_t(v >> (8 * i));
    p[little ? i : size - 1 - i] = b;
  }
}

uint64_t get_uint(const uint8_t* p, size_t size, bool little) {
  uint64_t v = 0;
  for (size_t i = 0; i < size; ++i) v |= uint64_t(p[little ? i : size - 1 - i]) << (8 * i);
  return v;
}

/// IEEE half precision from a double (round to nearest even).
uint16_t to_half(double d) {
  float x = float(d);
  uint32_t b;
  std::memcpy(&b, &x, 4);
  uint32_t sign = (b >> 16) & 0x8000;
  int exp = int((b >> 23) & 0xff) - 127 + 15;
  uint32_t mant = b & 0x7fffff;
  if (((b >> 23) & 0xff) == 0xff) return uint16_t(sign | 0x7c00 | (mant ? 0x200 : 0));
  if (exp >= 31) return uint16_t(sign | 0x7c00);
  if (exp <= 0) {
    if (exp < -10) return uint16_t(sign);
    mant |= 0x800000;
    uint32_t shift = uint32_t(14 - exp);
    uint32_t h = mant >> shift;
    uint32_t rem = mant & ((1u << shift) - 1), half = 1u << (shift - 1);
    if (rem > half || (rem == half && (h & 1))) ++h;
    return uint16_t(sign | h);
  }
  uint32_t h = (uint32_t(exp) << 10) | (mant >> 13);
  uint32_t rem = mant & 0x1fff;
  if (rem > 0x1000 || (rem == 0x1000 && (h & 1))) ++h;
  return uint16_t(sign | h);
}

double from_half(uint16_t h) {
  int exp = (h >> 10) & 0x1f;
  int mant = h & 0x3ff;
  double v;
  if (exp == 0) {
    v = std::ldexp(double(mant), -24);
  } else if (exp == 31) {
    v = mant ? NAN : INFINITY;
  } else {
    v = std::ldexp(double(mant | 0x400), exp - 25);
  }
  return (h & 0x8000) ? -v : v;
}

Status pack_one(Vm& vm, const Item& it, bool little, Value v, uint8_t* p) {
  char c = it.code;
  switch (c) {
    case 'c': {
      if (!is_bytes(vm, v) || bytes_view(vm, v).size() != 1)
        return raise(vm, Exc::ValueError, "char format requires a bytes object of length 1");
      *p = uint8_t(bytes_view(vm, v)[0]);
      return Status::kOk;
    }
    case '?': {
      bool t;
      CPY_VM_CHECK(truthy(vm, v, &t));
      *p = t ? 1 : 0;
      return Status::kOk;
    }
    case 'e': case 'f': case 'd': {
      double d;
      if (!is_float(vm, v) && !is_int(vm, v)) return raise(vm, Exc::ValueError, "required argument is not a float");
      CPY_VM_CHECK(get_float(vm, v, &d));
      if (c == 'd') {
        uint64_t b;
        std::memcpy(&b, &d, 8);
        put_uint(p, b, 8, little);
      } else if (c == 'f') {
        float x = float(d);
        uint32_t b;
        std::memcpy(&b, &x, 4);
        put_uint(p, b, 4, little);
      } else {
        put_uint(p, to_half(d), 2, little);
      }
      return Status::kOk;
    }
    default:
      break;
  }
  if (!is_int(vm, v)) {
    // Objects with __index__ are accepted, as CPython does.
    intptr_t x;
    if (kind_of(vm, v) != Kind::kInstance || get_int(vm, v, &x) == Status::kRaised) {
      if (!vm.pending.is_null()) take_pending(vm);
      return raise(vm, Exc::ValueError, "required argument is not an integer");
    }
    v = CPY_VM_TRY(new_int(vm, x));
  }
  bool is_signed = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
  uint64_t u;
  if (get_int64(vm, v, is_signed, &u) == Status::kRaised) {
    take_pending(vm);
    return raise(vm, Exc::ValueError, "argument out of range");
  }
  size_t bits = it.size * 8;
  if (bits < 64) {
    if (is_signed) {
      int64_t s = int64_t(u), lim = int64_t(1) << (bits - 1);
      if (s < -lim || s >= lim) return raise(vm, Exc::ValueError, "argument out of range");
    } else if (u >> bits) {
      return raise(vm, Exc::ValueError, "argument out of range");
    }
  }
  put_uint(p, u, it.size, little);
  return Status::kOk;
}

Status unpack_one(Vm& vm, const Item& it, bool little, const uint8_t* p, Value* out) {
  char c = it.code;
  switch (c) {
    case 'c':
      *out = CPY_VM_TRY(new_bytes(vm, std::string_view(reinterpret_cast<const char*>(p), 1)));
      return Status::kOk;
    case '?':
      *out = Value::boolean(*p != 0);
      return Status::kOk;
    case 'e':
      *out = CPY_VM_TRY(new_float(vm, from_half(uint16_t(get_uint(p, 2, little)))));
      return Status::kOk;
    case 'f': {
      uint32_t b = uint32_t(get_uint(p, 4, little));
      float x;
      std::memcpy(&x, &b, 4);
      *out = CPY_VM_TRY(new_float(vm, double(x)));
      return Status::kOk;
    }
    case 'd': {
      uint64_t b = get_uint(p, 8, little);
      double x;
      std::memcpy(&x, &b, 8);
      *out = CPY_VM_TRY(new_float(vm, x));
      return Status::kOk;
    }
    default:
      break;
  }
  bool is_signed = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
  uint64_t u = get_uint(p, it.size, little);
  if (is_signed) {
    size_t bits = it.size * 8;
    int64_t s = bits < 64 && (u >> (bits - 1)) ? int64_t(u | (~uint64_t(0) << bits)) : int64_t(u);
    *out = CPY_VM_TRY(new_int(vm, s));
  } else {
    *out = CPY_VM_TRY(new_int_u64(vm, u));
  }
  return Status::kOk;
}

/// Packs [values] by [fmt] into [dest] (which has room for the whole size).
Status pack_to(Vm& vm, Value fmt, const Value* values, size_t n, uint8_t* dest) {
  Format f;
  CPY_VM_CHECK(parse_order(vm, fmt, &f));
  size_t off = 0, vi = 0;
  for (;;) {
    Item it;
    bool more;
    CPY_VM_CHECK(next_item(vm, f, &off, &it, &more));
    if (!more) break;
    if (it.code == 'x') {
      off += it.count;
      continue;
    }
    if (vi + item_values(it) > n) return raise(vm, Exc::ValueError, "not enough arguments for format");
    if (it.code == 's' || it.code == 'p') {
      Value v = values[vi++];
      if (!is_bytes(vm, v)) return raise(vm, Exc::ValueError, "argument for 's' must be a bytes object");
      std::string_view d = bytes_view(vm, v);
      size_t room = it.count;
      if (it.code == 'p') {
        if (room == 0) continue;
        size_t len = d.size() < room - 1 ? d.size() : room - 1;
        dest[off] = uint8_t(len > 255 ? 255 : len);
        std::memcpy(dest + off + 1, d.data(), len);
      } else {
        std::memcpy(dest + off, d.data(), d.size() < room ? d.size() : room);
      }
      off += room;
      continue;
    }
    for (size_t k = 0; k < it.count; ++k) {
      CPY_VM_CHECK(pack_one(vm, it, f.little, values[vi++], dest + off));
      off += it.size;
    }
  }
  if (vi != n) return raise(vm, Exc::ValueError, "too many arguments for format");
  return Status::kOk;
}

Status unpack_at(Vm& vm, Value fmt, std::string_view data, size_t offset, bool exact, Value* out) {
  size_t size, nv;
  CPY_VM_CHECK(calc(vm, fmt, &size, &nv));
  if (exact ? data.size() != size : data.size() < offset + size) {
    return raise(vm, Exc::ValueError, exact ? "unpack requires a buffer of %d bytes" : "buffer too small", int(size));
  }
  Value tuple = CPY_VM_TRY(new_tuple(vm, nv));
  Format f;
  CPY_VM_CHECK(parse_order(vm, fmt, &f));
  size_t off = 0, vi = 0;
  for (;;) {
    Item it;
    bool more;
    CPY_VM_CHECK(next_item(vm, f, &off, &it, &more));
    if (!more) break;
    const auto* p = reinterpret_cast<const uint8_t*>(data.data()) + offset;
    if (it.code == 'x') {
      off += it.count;
      continue;
    }
    Value v;
    if (it.code == 's' || it.code == 'p') {
      std::string_view b = data.substr(offset + off, it.count);
      if (it.code == 'p' && it.count) {
        size_t len = uint8_t(b[0]);
        if (len > it.count - 1) len = it.count - 1;
        b = b.substr(1, len);
      }
      v = CPY_VM_TRY(new_bytes(vm, b));
      tuple.as<Tuple>()->items()[vi++] = v;
      off += it.count;
      continue;
    }
    for (size_t k = 0; k < it.count; ++k) {
      CPY_VM_CHECK(unpack_one(vm, it, f.little, p + off, &v));
      tuple.as<Tuple>()->items()[vi++] = v;
      off += it.size;
    }
  }
  *out = tuple;
  return Status::kOk;
}

Status st_calcsize(Vm& vm, const Args& args, Value* out) {
  size_t size;
  CPY_VM_CHECK(calc(vm, args[0], &size, nullptr));
  *out = Value::small_int(intptr_t(size));
  return Status::kOk;
}

Status st_pack(Vm& vm, const Args& args, Value* out) {
  size_t size;
  CPY_VM_CHECK(calc(vm, args[0], &size, nullptr));
  auto* buf = static_cast<uint8_t*>(alloc_raw(vm, size ? size : 1));
  if (!buf) return Status::kRaised;
  CPY_VM_CHECK(pack_to(vm, args[0], args.items + 1, args.n - 1, buf));
  *out = CPY_VM_TRY(new_bytes(vm, std::string_view(reinterpret_cast<char*>(buf), size)));
  return Status::kOk;
}

Status st_pack_into(Vm& vm, const Args& args, Value* out) {
  size_t size;
  CPY_VM_CHECK(calc(vm, args[0], &size, nullptr));
  if (kind_of(vm, args[1]) != Kind::kBytearray) return raise(vm, Exc::TypeError, "argument must be read-write bytes-like object");
  intptr_t offset;
  CPY_VM_CHECK(get_int(vm, args[2], &offset));
  Bytearray* b = args[1].as<Bytearray>();
  if (offset < 0) offset += intptr_t(b->size);
  if (offset < 0 || size_t(offset) + size > b->size) {
    return raise(vm, Exc::ValueError, "pack_into requires a buffer of %d bytes for packing %d bytes at offset %d",
                 int(size_t(offset < 0 ? 0 : offset) + size), int(size), int(offset));
  }
  auto* tmp = static_cast<uint8_t*>(alloc_raw(vm, size ? size : 1));
  if (!tmp) return Status::kRaised;
  CPY_VM_CHECK(pack_to(vm, args[0], args.items + 3, args.n - 3, tmp));
  b = args[1].as<Bytearray>();
  std::memcpy(b->items + offset, tmp, size);
  *out = Value::none();
  return Status::kOk;
}

Status st_unpack(Vm& vm, const Args& args, Value* out) {
  std::string_view data;
  CPY_VM_CHECK(get_buffer(vm, args[1], &data));
  return unpack_at(vm, args[0], data, 0, true, out);
}

Status st_unpack_from(Vm& vm, const Args& args, Value* out) {
  std::string_view data;
  CPY_VM_CHECK(get_buffer(vm, args[1], &data));
  Value off_v = arg_or_kw(vm, args, 2, "offset", Value::small_int(0));
  intptr_t offset;
  CPY_VM_CHECK(get_int(vm, off_v, &offset));
  if (offset < 0) offset += intptr_t(data.size());
  if (offset < 0 || size_t(offset) > data.size()) return raise(vm, Exc::ValueError, "offset out of range");
  return unpack_at(vm, args[0], data, size_t(offset), false, out);
}

Status st_iter_unpack(Vm& vm, const Args& args, Value* out) {
  std::string_view data;
  CPY_VM_CHECK(get_buffer(vm, args[1], &data));
  size_t size;
  CPY_VM_CHECK(calc(vm, args[0], &size, nullptr));
  if (size == 0 || data.size() % size) {
    return raise(vm, Exc::ValueError, "iterative unpacking requires a buffer of a multiple of %d bytes", int(size));
  }
  Value list = CPY_VM_TRY(new_list(vm, 0));
  for (size_t off = 0; off < data.size(); off += size) {
    Value t;
    CPY_VM_CHECK(unpack_at(vm, args[0], data, off, false, &t));
    CPY_VM_CHECK(list_append(vm, list, t));
    data = bytes_view(vm, args[1]);
  }
  return get_iter(vm, list, out);
}

// ---- struct.Struct: the format kept with its size ----

constexpr uint32_t kStructTag = 0x53545243;  // 'STRC'

struct StructObj : NativeObj {
  Value format;
  size_t size;
};

Status s_new(Vm& vm, const Args& args, Value* out) {
  if (args.n != 2) return raise(vm, Exc::TypeError, "Struct() takes exactly 1 argument");
  size_t size;
  CPY_VM_CHECK(calc(vm, args[1], &size, nullptr));
  auto* s = new_native_obj<StructObj>(vm, args[0].as<Type>(), kStructTag);
  if (!s) return Status::kRaised;
  s->format = args[1];
  s->size = size;
  Value self = Value::object(s);
  CPY_VM_CHECK(set_attr(vm, self, CPY_VM_TRY(intern(vm, "format")).qstr_id(), args[1]));
  CPY_VM_CHECK(set_attr(vm, self, CPY_VM_TRY(intern(vm, "size")).qstr_id(), Value::small_int(intptr_t(size))));
  *out = self;
  return Status::kOk;
}

/// Calls the module function [fn] with the Struct's format in front of the arguments.
Status with_format(Vm& vm, const Args& args, NativeImpl fn, Value* out) {
  auto* s = native_self<StructObj>(vm, args[0], kStructTag);
  if (!s) return raise(vm, Exc::TypeError, "descriptor needs a 'Struct' object");
  Value local[16];
  if (args.n > 16) return raise(vm, Exc::TypeError, "too many arguments");
  local[0] = s->format;
  for (size_t i = 1; i < args.n; ++i) local[i] = args[i];
  return fn(vm, Args{local, args.n, 0}, out);
}
Status s_pack(Vm& vm, const Args& a, Value* o) { return with_format(vm, a, &st_pack, o); }
Status s_pack_into(Vm& vm, const Args& a, Value* o) { return with_format(vm, a, &st_pack_into, o); }
Status s_unpack(Vm& vm, const Args& a, Value* o) { return with_format(vm, a, &st_unpack, o); }
Status s_unpack_from(Vm& vm, const Args& a, Value* o) { return with_format(vm, a, &st_unpack_from, o); }
Status s_iter_unpack(Vm& vm, const Args& a, Value* o) { return with_format(vm, a, &st_iter_unpack, o); }

constexpr MethodDef kModuleFns[] = {
    method_def("calcsize", &st_calcsize, 1, 1),
    method_def("pack", &st_pack, 1, -1),
    method_def("pack_into", &st_pack_into, 3, -1),
    method_def("unpack", &st_unpack, 2, 2),
    method_def("unpack_from", &st_unpack_from, 2, 3, true),
    method_def("iter_unpack", &st_iter_unpack, 2, 2),
};

bool init_module(Vm& vm, Module*, Value g) {
  Type* st = new_native_class(vm, "Struct");
  if (!st || !add_special(vm, st, "__new__", &s_new, 1, 2) || !add_method(vm, st, "pack", &s_pack, 1, -1) ||
      !add_method(vm, st, "pack_into", &s_pack_into, 3, -1) || !add_method(vm, st, "unpack", &s_unpack, 2, 2) ||
      !add_method(vm, st, "unpack_from", &s_unpack_from, 2, 3) ||
      !add_method(vm, st, "iter_unpack", &s_iter_unpack, 2, 2)) {
    return false;
  }
  return put(vm, g, "Struct", Value::object(st)) &&
         put(vm, g, "error", Value::object(vm.exc[size_t(Exc::ValueError)]));
}
}  // namespace

const ModuleDef kModule_struct = module_def(kModuleFns, &init_module);

}  // namespace cpy::vm
