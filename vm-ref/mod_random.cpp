// The random module: getrandbits, seed, randrange, randint, choice, random,
// uniform, shuffle.
//
// The generator is MicroPython's yasmarang (same state, update and seeding
// rule), so a seed gives the same getrandbits() stream as MicroPython's and
// CircuitPython's. The state is per process, as in MicroPython; until seed()
// is called it is seeded from the platform's urandom when there is one.
// random() takes 53 bits (two draws), so it covers every double in [0, 1).
#include <cstring>

#include "cpy/vm/vfs.h"
#include "runtime.h"

namespace cpy::vm {

namespace {

struct Yasmarang {
  uint32_t pad = 0xeda4baba, n = 69, d = 233;
  uint8_t dat = 0;
  bool seeded = false;
};

Yasmarang g_rng;

void rng_seed(uint32_t s) {
  g_rng.pad = s;
  g_rng.n = 69;
  g_rng.d = 233;
  g_rng.dat = 0;
  g_rng.seeded = true;
}

uint32_t yasmarang() {
  if (!g_rng.seeded) {
    uint32_t s = 0xeda4baba;
    const Platform& p = platform();
    if (p.urandom) p.urandom(p.context, reinterpret_cast<uint8_t*>(&s), sizeof(s));
    rng_seed(s);
  }
  Yasmarang& r = g_rng;
  r.pad += r.dat + r.d * r.n;
  r.pad = (r.pad << 3) + (r.pad >> 29);
  r.n = r.pad | 2;
  r.d ^= (r.pad << 31) + (r.pad >> 1);
  r.dat ^= uint8_t(char(r.pad) ^ (r.d >> 8) ^ 1);
  return r.pad ^ (r.d << 5) ^ (r.pad >> 18) ^ (uint32_t(r.dat) << 1);
}

uint64_t bits64(int k) {
  uint64_t v = 0;
  for (int got = 0; got < k; got += 32) v |= uint64_t(yasmarang()) << got;
  return k >= 64 ? v : v & ((uint64_t(1) << k) - 1);
}

/// A uniform integer in [0, n) for n > 0, by rejection.
uint64_t below(uint64_t n) {
  int k = 0;
  while (k < 64 && (uint64_t(1) << k) < n) ++k;
  for (;;) {
    uint64_t v = bits64(k);
    if (v < n) return v;
  }
}

Status r_seed(Vm& vm, const Args& args, Value* out) {
  uint32_t s = 0;
  if (args.n == 0 || args[0].is_none()) {
    const Platform& p = platform();
    if (p.urandom) p.urandom(p.context, reinterpret_cast<uint8_t*>(&s), sizeof(s));
  } else {
    Value v = args[0];
    if (!is_int(vm, v)) {
      uint32_t h;
      CPY_VM_CHECK(hash_value(vm, v, &h));
      s = h;
    } else {
      Value low;
      CPY_VM_CHECK(binary_op(vm, kAnd, v, CPY_VM_TRY(new_int(vm, 0xffffffff)), &low));
      uint64_t u;
      CPY_VM_CHECK(get_int64(vm, low, false, &u));
      s = uint32_t(u);
    }
  }
  rng_seed(s);
  *out = Value::none();
  return Status::kOk;
}

Status r_getrandbits(Vm& vm, const Args& args, Value* out) {
  intptr_t k;
  CPY_VM_CHECK(get_int(vm, args[0], &k));
  if (k < 0) return raise(vm, Exc::ValueError, "number of bits must be non-negative");
  if (k <= 64) {
    *out = CPY_VM_TRY(new_int_u64(vm, bits64(int(k))));
    return Status::kOk;
  }
  Value r = Value::small_int(0);
  for (intptr_t got = 0; got < k; got += 32) {
    uint32_t w = yasmarang();
    if (k - got < 32) w &= (uint32_t(1) << (k - got)) - 1;
    Value part, shifted;
    part = CPY_VM_TRY(new_int(vm, w));
    CPY_VM_CHECK(binary_op(vm, kLshift, part, Value::small_int(got), &shifted));
    CPY_VM_CHECK(binary_op(vm, kOr, r, shifted, &r));
  }
  *out = r;
  return Status::kOk;
}

double random_double() { return double(bits64(53)) / 9007199254740992.0; }

Status r_random(Vm& vm, const Args&, Value* out) {
  *out = CPY_VM_TRY(new_float(vm, random_double()));
  return Status::kOk;
}

Status r_uniform(Vm& vm, const Args& args, Value* out) {
  double a, b;
  CPY_VM_CHECK(get_float(vm, args[0], &a));
  CPY_VM_CHECK(get_float(vm, args[1], &b));
  *out = CPY_VM_TRY(new_float(vm, a + (b - a) * random_double()));
  return Status::kOk;
}

Status randrange3(Vm& vm, intptr_t start, intptr_t stop, intptr_t step, Value* out) {
  if (step == 0) return raise(vm, Exc::ValueError, "zero step for randrange()");
  intptr_t n = step > 0 ? (stop - start + step - 1) / step : (stop - start + step + 1) / step;
  if (n <= 0) return raise(vm, Exc::ValueError, "empty range for randrange()");
  *out = CPY_VM_TRY(new_int(vm, int64_t(start) + int64_t(below(uint64_t(n))) * step));
  return Status::kOk;
}

Status r_randrange(Vm& vm, const Args& args, Value* out) {
  intptr_t a, b = 0, step = 1;
  CPY_VM_CHECK(get_int(vm, args[0], &a));
  if (args.n == 1) return randrange3(vm, 0, a, 1, out);
  CPY_VM_CHECK(get_int(vm, args[1], &b));
  if (args.n > 2) CPY_VM_CHECK(get_int(vm, args[2], &step));
  return randrange3(vm, a, b, step, out);
}

Status r_randint(Vm& vm, const Args& args, Value* out) {
  intptr_t a, b;
  CPY_VM_CHECK(get_int(vm, args[0], &a));
  CPY_VM_CHECK(get_int(vm, args[1], &b));
  return randrange3(vm, a, b + 1, 1, out);
}

Status r_choice(Vm& vm, const Args& args, Value* out) {
  size_t n;
  CPY_VM_CHECK(length(vm, args[0], &n));
  if (n == 0) return raise(vm, Exc::IndexError, "Cannot choose from an empty sequence");
  return subscr(vm, args[0], Value::small_int(intptr_t(below(n))), out);
}

Status r_shuffle(Vm& vm, const Args& args, Value* out) {
  if (kind_of(vm, args[0]) != Kind::kList) return raise(vm, Exc::TypeError, "shuffle needs a list");
  List* l = args[0].as<List>();
  for (size_t i = l->size; i > 1; --i) {
    size_t j = size_t(below(i));
    Value t = l->items[i - 1];
    l->items[i - 1] = l->items[j];
    l->items[j] = t;
  }
  *out = Value::none();
  return Status::kOk;
}

constexpr MethodDef kModuleFns[] = {
    method_def("seed", &r_seed, 0, 1),
    method_def("getrandbits", &r_getrandbits, 1, 1),
    method_def("random", &r_random, 0, 0),
    method_def("uniform", &r_uniform, 2, 2),
    method_def("randrange", &r_randrange, 1, 3),
    method_def("randint", &r_randint, 2, 2),
    method_def("choice", &r_choice, 1, 1),
    method_def("shuffle", &r_shuffle, 1, 1),
};

}  // namespace

const ModuleDef kModule_random = module_def(kModuleFns);

}  // namespace cpy::vm
