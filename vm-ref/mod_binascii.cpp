// The binascii module: hexlify, unhexlify, a2b_base64, b2a_base64, crc32.
#include "runtime.h"

namespace cpy::vm {

namespace {

constexpr char kHex[] = "0123456789abcdef";
constexpr char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

Status error(Vm& vm, const char* msg) { return raise(vm, Exc::ValueError, "%s", msg); }

Status b_hexlify(Vm& vm, const Args& args, Value* out) {
  std::string_view d;
  CPY_VM_CHECK(get_buffer(vm, args[0], &d));
  std::string_view sep;
  if (args.n > 1 && !args[1].is_none()) CPY_VM_CHECK(get_buffer(vm, args[1], &sep, true));
  Buf b(vm);
  for (size_t i = 0; i < d.size(); ++i) {
    if (i && !sep.empty()) b.add(sep);
    uint8_t c = uint8_t(d[i]);
    b.add_char(kHex[c >> 4]);
    b.add_char(kHex[c & 15]);
  }
  *out = CPY_VM_TRY(b.finish(true));
  return Status::kOk;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Status b_unhexlify(Vm& vm, const Args& args, Value* out) {
  std::string_view d;
  CPY_VM_CHECK(get_buffer(vm, args[0], &d, true));
  if (d.size() % 2) return error(vm, "Odd-length string");
  Buf b(vm);
  for (size_t i = 0; i < d.size(); i += 2) {
    int hi = hex_value(d[i]), lo = hex_value(d[i + 1]);
    if (hi < 0 || lo < 0) return error(vm, "Non-hexadecimal digit found");
    b.add_char(char(hi * 16 + lo));
  }
  *out = CPY_VM_TRY(b.finish(true));
  return Status::kOk;
}

Status b_b2a_base64(Vm& vm, const Args& args, Value* out) {
  std::string_view d;
  CPY_VM_CHECK(get_buffer(vm, args[0], &d));
  bool newline = true;
  CPY_VM_CHECK(truthy(vm, kw_named(vm, args, "newline", Value::true_value()), &newline));
  Buf b(vm);
  size_t i = 0;
  for (; i + 2 < d.size(); i += 3) {
    uint32_t v = uint32_t(uint8_t(d[i])) << 16 | uint32_t(uint8_t(d[i + 1])) << 8 | uint8_t(d[i + 2]);
    b.add_char(kB64[v >> 18]);
    b.add_char(kB64[(v >> 12) & 63]);
    b.add_char(kB64[(v >> 6) & 63]);
    b.add_char(kB64[v & 63]);
  }
  if (i < d.size()) {
    uint32_t v = uint32_t(uint8_t(d[i])) << 16;
    if (i + 1 < d.size()) v |= uint32_t(uint8_t(d[i + 1])) << 8;
    b.add_char(kB64[v >> 18]);
    b.add_char(kB64[(v >> 12) & 63]);
    b.add_char(i + 1 < d.size() ? kB64[(v >> 6) & 63] : '=');
    b.add_char('=');
  }
  if (newline) b.add_char('\n');
  *out = CPY_VM_TRY(b.finish(true));
  return Status::kOk;
}

int b64_value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

/// Decodes as CPython does in non-strict mode: characters outside the
/// alphabet are skipped; data stops at the padding that completes a group.
Status b_a2b_base64(Vm& vm, const Args& args, Value* out) {
  std::string_view d;
  CPY_VM_CHECK(get_buffer(vm, args[0], &d, true));
  Buf b(vm);
  uint32_t acc = 0;
  int bits = 0, quad = 0, pads = 0;
  for (char c : d) {
    if (c == '=') {
      if (quad >= 2 && quad + ++pads >= 4) {
        quad = 0;
        bits = 0;
        acc = 0;
        pads = 0;
        break;
      }
      continue;
    }
    int v = b64_value(c);
    if (v < 0) continue;
    pads = 0;
    acc = (acc << 6) | uint32_t(v);
    bits += 6;
    quad = (quad + 1) % 4;
    if (bits >= 8) {
      bits -= 8;
      b.add_char(char((acc >> bits) & 0xff));
    }
  }
  if (quad == 1) return error(vm, "Invalid base64-encoded string: number of data characters cannot be 1 more than a multiple of 4");
  if (quad != 0) return error(vm, "Incorrect padding");
  *out = CPY_VM_TRY(b.finish(true));
  return Status::kOk;
}

Status b_crc32(Vm& vm, const Args& args, Value* out) {
  std::string_view d;
  CPY_VM_CHECK(get_buffer(vm, args[0], &d));
  uint64_t init = 0;
  if (args.n > 1) {
    Value masked;
    CPY_VM_CHECK(binary_op(vm, kAnd, args[1], CPY_VM_TRY(new_int(vm, 0xffffffff)), &masked));
    CPY_VM_CHECK(get_int64(vm, masked, false, &init));
  }
  uint32_t crc = ~uint32_t(init);
  for (char c : d) {
    crc ^= uint8_t(c);
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1)));
  }
  *out = CPY_VM_TRY(new_int_u64(vm, ~crc));
  return Status::kOk;
}

constexpr MethodDef kModuleFns[] = {
    method_def("hexlify", &b_hexlify, 1, 2),
    method_def("unhexlify", &b_unhexlify, 1, 1),
    method_def("b2a_base64", &b_b2a_base64, 1, 1, true),
    method_def("a2b_base64", &b_a2b_base64, 1, 1),
    method_def("crc32", &b_crc32, 1, 2),
};

bool init_module(Vm& vm, Module*, Value g) {
  return put(vm, g, "Error", Value::object(vm.exc[size_t(Exc::ValueError)]));
}
}  // namespace

const ModuleDef kModule_binascii = module_def(kModuleFns, &init_module);

}  // namespace cpy::vm
