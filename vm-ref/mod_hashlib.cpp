// The hashlib module: sha256 and sha1 (update, digest, hexdigest, copy,
// digest_size, block_size, name), implemented here from FIPS 180-4.
#include <cstring>

#include "runtime.h"

namespace cpy::vm {

namespace {

constexpr uint32_t kHashTag = 0x48415348;  // 'HASH'

struct HashObj : NativeObj {
  uint32_t h[8];
  uint8_t block[64];
  uint64_t length;  ///< bytes hashed so far
  bool sha1;
};

uint32_t rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
uint32_t rotl(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }

constexpr uint32_t kK256[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
    0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
    0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
    0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2};

void sha256_block(uint32_t h[8], const uint8_t* p) {
  uint32_t w[64];
  for (int i = 0; i < 16; ++i) w[i] = uint32_t(p[4 * i]) << 24 | uint32_t(p[4 * i + 1]) << 16 | uint32_t(p[4 * i + 2]) << 8 | p[4 * i + 3];
  for (int i = 16; i < 64; ++i) {
    uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
  for (int i = 0; i < 64; ++i) {
    uint32_t t1 = hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + kK256[i] + w[i];
    uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    hh = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

void sha1_block(uint32_t h[8], const uint8_t* p) {
  uint32_t w[80];
  for (int i = 0; i < 16; ++i) w[i] = uint32_t(p[4 * i]) << 24 | uint32_t(p[4 * i + 1]) << 16 | uint32_t(p[4 * i + 2]) << 8 | p[4 * i + 3];
  for (int i = 16; i < 80; ++i) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
  for (int i = 0; i < 80; ++i) {
    uint32_t f, k;
    if (i < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
    else if (i < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
    else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc; }
    else { f = b ^ c ^ d; k = 0xca62c1d6; }
    uint32_t t = rotl(a, 5) + f + e + k + w[i];
    e = d; d = c; c = rotl(b, 30); b = a; a = t;
  }
  h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e;
}

void hash_update(HashObj* o, const uint8_t* data, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    o->block[o->length % 64] = data[i];
    ++o->length;
    if (o->length % 64 == 0) (o->sha1 ? sha1_block : sha256_block)(o->h, o->block);
  }
}

void hash_final(const HashObj* src, uint8_t* out, size_t* n) {
  HashObj o = *src;
  uint64_t bits = o.length * 8;
  uint8_t pad = 0x80;
  hash_update(&o, &pad, 1);
  uint8_t zero = 0;
  while (o.length % 64 != 56) hash_update(&o, &zero, 1);
  uint8_t len[8];
  for (int i = 0; i < 8; ++i) len[i] = uint8_t(bits >> (56 - 8 * i));
  hash_update(&o, len, 8);
  *n = o.sha1 ? 20 : 32;
  for (size_t i = 0; i < *n / 4; ++i) {
    out[4 * i] = uint8_t(o.h[i] >> 24);
    out[4 * i + 1] = uint8_t(o.h[i] >> 16);
    out[4 * i + 2] = uint8_t(o.h[i] >> 8);
    out[4 * i + 3] = uint8_t(o.h[i]);
  }
}

HashObj* h_self(Vm& vm, Value v) {
  HashObj* o = native_self<HashObj>(vm, v, kHashTag);
  if (!o) (void)raise(vm, Exc::TypeError, "not a hash object");
  return o;
}

Status h_update(Vm& vm, const Args& args, Value* out) {
  HashObj* o = h_self(vm, args[0]);
  if (!o) return Status::kRaised;
  std::string_view d;
  CPY_VM_CHECK(get_buffer(vm, args[1], &d));
  hash_update(o, reinterpret_cast<const uint8_t*>(d.data()), d.size());
  *out = Value::none();
  return Status::kOk;
}

Status h_digest(Vm& vm, const Args& args, Value* out) {
  HashObj* o = h_self(vm, args[0]);
  if (!o) return Status::kRaised;
  uint8_t d[32];
  size_t n;
  hash_final(o, d, &n);
  *out = CPY_VM_TRY(new_bytes(vm, std::string_view(reinterpret_cast<char*>(d), n)));
  return Status::kOk;
}

Status h_hexdigest(Vm& vm, const Args& args, Value* out) {
  HashObj* o = h_self(vm, args[0]);
  if (!o) return Status::kRaised;
  uint8_t d[32];
  size_t n;
  hash_final(o, d, &n);
  char hex[64];
  for (size_t i = 0; i < n; ++i) {
    hex[2 * i] = "0123456789abcdef"[d[i] >> 4];
    hex[2 * i + 1] = "0123456789abcdef"[d[i] & 15];
  }
  *out = CPY_VM_TRY(new_str(vm, std::string_view(hex, 2 * n)));
  return Status::kOk;
}

Status h_copy(Vm& vm, const Args& args, Value* out) {
  HashObj* o = h_self(vm, args[0]);
  if (!o) return Status::kRaised;
  Value keep = args[0];
  auto* c = new_native_obj<HashObj>(vm, o->type, kHashTag);
  if (!c) return Status::kRaised;
  o = keep.as<HashObj>();
  std::memcpy(c->h, o->h, sizeof(o->h));
  std::memcpy(c->block, o->block, sizeof(o->block));
  c->length = o->length;
  c->sha1 = o->sha1;
  *out = Value::object(c);
  return Status::kOk;
}

Status make_hash(Vm& vm, const Args& args, bool sha1, Value* out) {
  Type* t = args[0].as<Type>();
  auto* o = new_native_obj<HashObj>(vm, t, kHashTag);
  if (!o) return Status::kRaised;
  o->sha1 = sha1;
  static constexpr uint32_t k256[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                       0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  static constexpr uint32_t k1[8] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0, 0, 0, 0};
  std::memcpy(o->h, sha1 ? k1 : k256, sizeof(o->h));
  Value self = Value::object(o);
  Value data = arg_or_kw(vm, args, 1, "data", Value::null());
  if (!data.is_null()) {
    Value a[2] = {self, data}, r;
    CPY_VM_CHECK(h_update(vm, Args{a, 2, 0}, &r));
  }
  *out = self;
  return Status::kOk;
}
Status sha256_new(Vm& vm, const Args& a, Value* o) { return make_hash(vm, a, false, o); }
Status sha1_new(Vm& vm, const Args& a, Value* o) { return make_hash(vm, a, true, o); }

bool init_module(Vm& vm, Module*, Value g) {
  Type* t256 = nullptr;
  Type* t1 = nullptr;
  for (int i = 0; i < 2; ++i) {
    const char* name = i ? "sha1" : "sha256";
    Type* t = new_native_class(vm, name);
    if (!t || !add_special(vm, t, "__new__", i ? &sha1_new : &sha256_new, 1, 2, true) ||
        !add_method(vm, t, "update", &h_update, 2, 2) || !add_method(vm, t, "digest", &h_digest, 1, 1) ||
        !add_method(vm, t, "hexdigest", &h_hexdigest, 1, 1) || !add_method(vm, t, "copy", &h_copy, 1, 1)) {
      return false;
    }
    // Class attributes read through instances like CPython's properties.
    Value nm = new_str(vm, name);
    if (nm.is_null()) return false;
    const char* keys[3] = {"name", "digest_size", "block_size"};
    Value vals[3] = {nm, Value::small_int(i ? 20 : 32), Value::small_int(64)};
    for (int k = 0; k < 3; ++k) {
      Value kq = intern(vm, keys[k]);
      if (kq.is_null() || !type_store(vm, t, kq, vals[k])) return false;
    }
    if (!put(vm, g, name, Value::object(t))) return false;
    (i ? t1 : t256) = t;
  }
  return t256 && t1;
}
}  // namespace

const ModuleDef kModule_hashlib{nullptr, 0, &init_module};

}  // namespace cpy::vm
