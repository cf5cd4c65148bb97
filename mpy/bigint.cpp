// Arbitrary-precision integers: limb arithmetic on magnitudes, then Python's
// sign rules on top. See bigint.h.
#include "cpy/mpy/bigint.h"

#include <bit>
#include <cstring>

namespace cpy::mpy {
namespace {

using Limb = BigInt::Limb;

const char kMsgOutOfMemory[] = "out of memory for integer";
const char kMsgDivisionByZero[] = "divide by zero";
const char kMsgNegativeShift[] = "negative shift count";
const char kMsgNegativePower[] = "negative power with integer result";
const char kMsgTooBig[] = "integer result too big";
const char kMsgNotFinite[] = "can't convert inf or nan to int";
const char kMsgBadBase[] = "int() arg 2 must be >= 2 and <= 36";
const char kMsgBadSyntax[] = "invalid syntax for integer";

Error bigint_error(const char* message) {
  Errc code = Errc::kBadArgument;
  if (message == kMsgOutOfMemory) code = Errc::kOutOfMemory;
  if (message == kMsgBadSyntax) code = Errc::kSyntaxError;
  return fail(code, 0, message);
}

// Below this many limbs a product is done by the schoolbook method.
constexpr size_t kKaratsubaThreshold = 32;

// Above this many limbs, conversion to text splits the number in halves.
constexpr size_t kSplitDigitsLimbs = 2048;

size_t trimmed(const Limb* p, size_t n) {
  while (n && p[n - 1] == 0) --n;
  return n;
}

int compare_magnitudes(const Limb* a, size_t an, const Limb* b, size_t bn) {
  if (an != bn) return an < bn ? -1 : 1;
  for (size_t i = an; i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

// r[0..an] = a + b for an >= bn; r may alias a. Returns the final carry,
// also stored in r[an] when [store_carry].
Limb add_limbs(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn, bool store_carry) {
  uint64_t carry = 0;
  size_t i = 0;
  for (; i < bn; ++i) {
    carry += uint64_t(a[i]) + b[i];
    r[i] = Limb(carry);
    carry >>= 32;
  }
  for (; i < an; ++i) {
    carry += a[i];
    r[i] = Limb(carry);
    carry >>= 32;
  }
  if (store_carry) r[an] = Limb(carry);
  return Limb(carry);
}

// r[0..an) = a - b for an >= bn; r may alias a. Returns the final borrow.
Limb sub_limbs(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  uint64_t borrow = 0;
  size_t i = 0;
  for (; i < bn; ++i) {
    uint64_t d = uint64_t(a[i]) - b[i] - borrow;
    r[i] = Limb(d);
    borrow = d >> 63;
  }
  for (; i < an; ++i) {
    uint64_t d = uint64_t(a[i]) - borrow;
    r[i] = Limb(d);
    borrow = d >> 63;
  }
  return Limb(borrow);
}

// r[0..an+bn) = a * b, schoolbook. r must not overlap a or b.
void mul_schoolbook(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  std::memset(r, 0, (an + bn) * sizeof(Limb));
  for (size_t i = 0; i < bn; ++i) {
    uint64_t carry = 0;
    uint64_t m = b[i];
    if (m == 0) continue;
    for (size_t j = 0; j < an; ++j) {
      carry += a[j] * m + r[i + j];
      r[i + j] = Limb(carry);
      carry >>= 32;
    }
    r[i + an] = Limb(carry);
  }
}

// Scratch limbs karatsuba() needs for [n]-limb operands.
size_t karatsuba_scratch(size_t n) {
  size_t total = 0;
  while (n >= kKaratsubaThreshold) {
    size_t m = n - n / 2 + 1;
    total += 4 * m;
    n = m;
  }
  return total;
}

// r[0..2n) = a * b for two [n]-limb operands (high zero limbs allowed).
void karatsuba(Limb* r, const Limb* a, const Limb* b, size_t n, Limb* scratch) {
  if (n < kKaratsubaThreshold) {
    mul_schoolbook(r, a, n, b, n);
    return;
  }
  // a = a1 * B**h + a0, b likewise; a*b = z2 B**2h + z1 B**h + z0 where
  // z1 = (a0 + a1)(b0 + b1) - z0 - z2.
  size_t h = n / 2, hn = n - h, m = hn + 1;
  karatsuba(r, a, b, h, scratch);
  karatsuba(r + 2 * h, a + h, b + h, hn, scratch);
  Limb* sa = scratch;
  Limb* sb = scratch + m;
  Limb* z1 = scratch + 2 * m;
  add_limbs(sa, a + h, hn, a, h, true);
  add_limbs(sb, b + h, hn, b, h, true);
  karatsuba(z1, sa, sb, m, scratch + 4 * m);
  sub_limbs(z1, z1, 2 * m, r, 2 * h);
  sub_limbs(z1, z1, 2 * m, r + 2 * h, 2 * hn);
  add_limbs(r + h, r + h, 2 * n - h, z1, 2 * m, false);
}

// r[0..len) += m * a[0..len) + carry_in; returns the carry out.
Limb mul_add_1(Limb* r, size_t len, Limb m, Limb carry_in) {
  uint64_t carry = carry_in;
  for (size_t i = 0; i < len; ++i) {
    carry += uint64_t(r[i]) * m;
    r[i] = Limb(carry);
    carry >>= 32;
  }
  return Limb(carry);
}

// q[0..n) = a / d; returns a % d. q may alias a.
Limb div_1(Limb* q, const Limb* a, size_t n, Limb d) {
  uint64_t rem = 0;
  for (size_t i = n; i-- > 0;) {
    uint64_t cur = (rem << 32) | a[i];
    q[i] = Limb(cur / d);
    rem = cur % d;
  }
  return Limb(rem);
}

// div_1 for a divisor known at compile time, which compilers turn into
// multiplications on 64-bit hosts.
template <Limb kDivisor>
Limb div_1_by(Limb* q, const Limb* a, size_t n) {
  uint64_t rem = 0;
  for (size_t i = n; i-- > 0;) {
    uint64_t cur = (rem << 32) | a[i];
    q[i] = Limb(cur / kDivisor);
    rem = cur % kDivisor;
  }
  return Limb(rem);
}

// r = a << bits for bits < 32, over n limbs; returns the bits shifted out.
Limb shift_left_small(Limb* r, const Limb* a, size_t n, unsigned bits) {
  if (bits == 0) {
    if (r != a) std::memmove(r, a, n * sizeof(Limb));
    return 0;
  }
  Limb out = 0;
  for (size_t i = 0; i < n; ++i) {
    Limb v = a[i];
    r[i] = (v << bits) | out;
    out = v >> (32 - bits);
  }
  return out;
}

// Knuth's algorithm D: q[0..an-bn] = a / b and r[0..bn) = a % b for
// magnitudes with an >= bn >= 2 and b's top limb non-zero. [u] has room for
// an + 1 limbs and [v] for bn.
void divide_knuth(Limb* q, Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn, Limb* u, Limb* v) {
  unsigned s = unsigned(std::countl_zero(b[bn - 1]));
  shift_left_small(v, b, bn, s);
  u[an] = shift_left_small(u, a, an, s);
  const uint64_t base = uint64_t(1) << 32;
  uint64_t v_top = v[bn - 1], v_next = v[bn - 2];
  for (size_t j = an - bn + 1; j-- > 0;) {
    uint64_t num = (uint64_t(u[j + bn]) << 32) | u[j + bn - 1];
    uint64_t qhat = num / v_top;
    uint64_t rhat = num % v_top;
    while (qhat >= base || qhat * v_next > ((rhat << 32) | u[j + bn - 2])) {
      --qhat;
      rhat += v_top;
      if (rhat >= base) break;
    }
    // u[j..j+bn] -= qhat * v
    uint64_t carry = 0, borrow = 0;
    for (size_t i = 0; i < bn; ++i) {
      uint64_t p = qhat * v[i] + carry;
      carry = p >> 32;
      uint64_t t = uint64_t(u[i + j]) - Limb(p) - borrow;
      u[i + j] = Limb(t);
      borrow = t >> 63;
    }
    uint64_t t = uint64_t(u[j + bn]) - carry - borrow;
    u[j + bn] = Limb(t);
    if (t >> 63) {
      // qhat was one too large: add v back.
      --qhat;
      Limb c = add_limbs(u + j, u + j, bn, v, bn, false);
      u[j + bn] += c;
    }
    q[j] = Limb(qhat);
  }
  // Undo the normalising shift.
  // The remainder is below v, so u[bn] is zero by now.
  for (size_t i = 0; i < bn; ++i) r[i] = s ? Limb((u[i] >> s) | (u[i + 1] << (32 - s))) : u[i];
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  char l = char(c | 0x20);
  if (l >= 'a' && l <= 'z') return l - 'a' + 10;
  return 99;
}

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// The largest power of [base] that fits a limb, and how many digits it spans.
struct LimbChunk {
  Limb power;
  unsigned digits;
};

LimbChunk limb_chunk(unsigned base) {
  uint64_t p = base;
  unsigned k = 1;
  while (p * base <= 0xffffffffu) {
    p *= base;
    ++k;
  }
  return LimbChunk{Limb(p), k};
}

}  // namespace

BigIntFault bigint_fault(const Error& error) {
  const char* m = error.message;
  if (m == kMsgOutOfMemory) return BigIntFault::kOutOfMemory;
  if (m == kMsgDivisionByZero) return BigIntFault::kDivisionByZero;
  if (m == kMsgNegativeShift) return BigIntFault::kNegativeShift;
  if (m == kMsgNegativePower) return BigIntFault::kNegativePower;
  if (m == kMsgTooBig) return BigIntFault::kTooBig;
  if (m == kMsgNotFinite) return BigIntFault::kNotFinite;
  if (m == kMsgBadBase) return BigIntFault::kBadBase;
  if (m == kMsgBadSyntax) return BigIntFault::kBadSyntax;
  return BigIntFault::kNone;
}

// ---------------------------------------------------------------------------
// BigInt

BigInt BigInt::from_limbs(std::span<const Limb> limbs, bool negative) {
  BigInt v;
  v.size_ = uint32_t(trimmed(limbs.data(), limbs.size()));
  v.limbs_ = v.size_ ? limbs.data() : nullptr;
  v.negative_ = negative && v.size_;
  return v;
}

size_t BigInt::bit_length() const {
  if (!size_) return 0;
  return size_t(size_ - 1) * kLimbBits + (kLimbBits - size_t(std::countl_zero(limbs_[size_ - 1])));
}

std::optional<int64_t> BigInt::to_int64() const {
  if (size_ > 2) return std::nullopt;
  uint64_t mag = size_ == 0 ? 0 : (size_ == 1 ? limbs_[0] : (uint64_t(limbs_[1]) << 32) | limbs_[0]);
  if (!negative_) {
    if (mag > uint64_t(INT64_MAX)) return std::nullopt;
    return int64_t(mag);
  }
  if (mag > (uint64_t(1) << 63)) return std::nullopt;
  return int64_t(0 - mag);
}

bool BigInt::fits_small_int(unsigned bits) const {
  size_t bl = bit_length();
  if (bl + 1 <= bits) return true;
  if (!negative_ || bl != bits) return false;
  // -2**(bits-1) fits: the magnitude is a single set bit.
  for (uint32_t i = 0; i + 1 < size_; ++i) {
    if (limbs_[i]) return false;
  }
  return std::has_single_bit(limbs_[size_ - 1]);
}

double BigInt::to_double(unsigned digit_bits) const {
  double v = 0;
  for (uint32_t i = size_; i-- > 0;) {
    Limb limb = limbs_[i];
    if (digit_bits == 16) {
      v = v * 65536.0 + double(limb >> 16);
      v = v * 65536.0 + double(limb & 0xffffu);
    } else {
      v = v * 4294967296.0 + double(limb);
    }
  }
  return negative_ ? -v : v;
}

int compare(const BigInt& a, const BigInt& b) {
  if (a.negative_ != b.negative_) return a.negative_ ? -1 : 1;
  int c = compare_magnitudes(a.limbs_, a.size_, b.limbs_, b.size_);
  return a.negative_ ? -c : c;
}

// ---------------------------------------------------------------------------
// BigMath: construction, conversion, text

Result<Limb*> BigMath::allocate(size_t limbs) {
  if (offer_) {
    Limb* offered = offer_;
    offer_ = nullptr;
    if (limbs <= offer_capacity_) {
      std::memset(offered, 0, offer_capacity_ * sizeof(Limb));
      return offered;
    }
  }
  Limb* p = arena_.make_array<Limb>(limbs ? limbs : 1);
  if (!p) return bigint_error(kMsgOutOfMemory);
  return p;
}

Result<void> BigMath::check_bits(size_t bits) {
  if (bits > max_bits_) return bigint_error(kMsgTooBig);
  return {};
}

Result<BigInt> BigMath::from_uint64(uint64_t value) {
  if (!value) return BigInt();
  Limb* p = CPY_TRY(allocate(2));
  p[0] = Limb(value);
  p[1] = Limb(value >> 32);
  return BigInt::from_limbs({p, 2}, false);
}

Result<BigInt> BigMath::from_int64(int64_t value) {
  uint64_t mag = value < 0 ? 0 - uint64_t(value) : uint64_t(value);
  BigInt v = CPY_TRY(from_uint64(mag));
  return BigInt::from_limbs(v.limbs(), value < 0);
}

Result<BigInt> BigMath::from_double(double value) {
  uint64_t bits = std::bit_cast<uint64_t>(value);
  bool negative = bits >> 63;
  int biased = int((bits >> 52) & 0x7ff);
  if (biased == 0x7ff) return bigint_error(kMsgNotFinite);
  if (biased < 1023) return BigInt();  // |value| < 1
  uint64_t mantissa = (bits & ((uint64_t(1) << 52) - 1)) | (uint64_t(1) << 52);
  int shift = biased - 1075;
  BigInt m;
  if (shift <= 0) {
    m = CPY_TRY(from_uint64(mantissa >> -shift));
  } else {
    m = CPY_TRY(lshift(CPY_TRY(from_uint64(mantissa)), uint64_t(shift)));
  }
  return BigInt::from_limbs(m.limbs(), negative);
}

Result<BigInt> BigMath::copy(BigInt value) {
  if (value.is_zero()) return BigInt();
  Limb* p = CPY_TRY(allocate(value.limbs().size()));
  std::memcpy(p, value.limbs().data(), value.limbs().size() * sizeof(Limb));
  return BigInt::from_limbs({p, value.limbs().size()}, value.is_negative());
}

IntDigits locate_int_digits(std::string_view text, unsigned base) {
  const char* begin = text.data();
  const char* p = begin;
  const char* top = p + text.size();
  while (p < top && is_space(*p)) ++p;
  if (p < top && (*p == '+' || *p == '-')) ++p;
  // A prefix names the base when the base is 0 or already that base.
  if (top - p > 1 && p[0] == '0') {
    char c = char(p[1] | 0x20);
    if (c == 'x' && (base == 0 || base == 16)) {
      base = 16;
      p += 2;
    } else if (c == 'o' && (base == 0 || base == 8)) {
      base = 8;
      p += 2;
    } else if (c == 'b' && (base == 0 || base == 2)) {
      base = 2;
      p += 2;
    }
  } else if (base == 0) {
    base = 10;
  }
  return IntDigits{base, size_t(p - begin)};
}

Result<BigInt> BigMath::parse(std::string_view text, unsigned base) {
  if (base == 1 || base > 36) return bigint_error(kMsgBadBase);
  IntDigits where = locate_int_digits(text, base);
  auto syntax_error = [&]() { return fail(Errc::kSyntaxError, where.offset, kMsgBadSyntax); };
  const char* p = text.data();
  const char* top = p + text.size();
  bool negative = false;
  for (const char* q = p; q < p + where.offset; ++q) negative = negative || *q == '-';
  p += where.offset;
  // With base 0, a leading 0 without a prefix allows only zeros.
  base = where.base ? where.base : 1;
  const char* start = p;
  size_t digits = 0;  // not counting leading zeros
  for (; p < top; ++p) {
    if (*p == '_') continue;
    int d = digit_value(*p);
    if (unsigned(d) >= base) break;
    if (digits || d) ++digits;
  }
  const char* end = p;
  if (end == start) return syntax_error();
  while (p < top && is_space(*p)) ++p;
  if (p != top) return syntax_error();
  if (base == 1) return BigInt();  // only zeros got this far

  // Each digit adds at most 6 bits (base 36).
  unsigned bits_per_digit = unsigned(std::bit_width(base - 1));
  if (digits > (max_bits_ + 64) / bits_per_digit + 1) return bigint_error(kMsgTooBig);
  size_t capacity = digits * bits_per_digit / 32 + 2;
  Limb* r = CPY_TRY(allocate(capacity));
  size_t len = 0;
  const unsigned chunk_digits = limb_chunk(base).digits;
  Limb chunk = 0, scale = 1;
  unsigned in_chunk = 0;
  auto flush = [&]() {
    Limb carry = mul_add_1(r, len, scale, chunk);
    if (carry) r[len++] = carry;
    chunk = 0;
    scale = 1;
    in_chunk = 0;
  };
  for (const char* q = start; q < end; ++q) {
    if (*q == '_') continue;
    chunk = chunk * base + Limb(digit_value(*q));
    scale *= base;
    if (++in_chunk == chunk_digits) flush();
  }
  if (in_chunk) flush();
  BigInt v = BigInt::from_limbs({r, len}, negative);
  CPY_CHECK(check_bits(v.bit_length()));
  return v;
}

// Writes the digits of [value] (not negative) so that they end at [end] and
// returns where they start; with a non-zero [width], exactly that many digits
// with leading zeros. [powers] are the chunk power squared again and again.
// Large values are split in two by the largest power of about half their
// size, which replaces most single-limb divisions by multiplications.
Result<char*> BigMath::put_digits(BigInt value, unsigned base, std::span<const BigInt> powers, char* end,
                                  size_t width) {
  const LimbChunk chunk = limb_chunk(base);
  size_t n = value.limbs().size();
  if (n > kSplitDigitsLimbs) {
    size_t k = powers.size();
    while (k > 0 && 2 * powers[k - 1].limbs().size() > n + 1) --k;
    if (k > 0) {
      --k;
      BigDivMod qr = CPY_TRY(divmod(value, powers[k]));
      size_t low_width = size_t(chunk.digits) << k;
      char* mid = CPY_TRY(put_digits(qr.remainder, base, powers, end, low_width));
      return put_digits(qr.quotient, base, powers.first(k + 1), mid, width > low_width ? width - low_width : 0);
    }
  }
  char* p = end;
  if (n) {
    Limb* work = CPY_TRY(allocate(n));
    std::memcpy(work, value.limbs().data(), n * sizeof(Limb));
    static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    while (n) {
      Limb rem = base == 10 ? div_1_by<1000000000>(work, work, n) : div_1(work, work, n, chunk.power);
      n = trimmed(work, n);
      for (unsigned i = 0; i < chunk.digits; ++i) {
        if (n == 0 && rem == 0) break;  // no zeros above the top digit
        *--p = kDigits[rem % base];
        rem /= base;
      }
    }
  }
  while (size_t(end - p) < width) *--p = '0';
  return p;
}

size_t BigMath::text_capacity(BigInt value, unsigned base, bool prefix) {
  if (base < 2 || base > 36) return 1;
  size_t bits = value.bit_length();
  // Digits: at most bits / log2(base) + 1; 1234/4096 is just above log10(2).
  size_t digits = base == 10 ? bits * 1234 / 4096 + 1 : bits / (unsigned(std::bit_width(base)) - 1) + 1;
  return digits + (prefix ? 2 : 0) + 2;  // and a sign, and a digit for zero
}

Result<std::string_view> BigMath::to_string(BigInt value, unsigned base, bool prefix) {
  size_t capacity = text_capacity(value, base, prefix);
  char* out = static_cast<char*>(arena_.allocate(capacity, 1));
  if (!out) return bigint_error(kMsgOutOfMemory);
  return to_string_into(out, capacity, value, base, prefix);
}

Result<std::string_view> BigMath::to_string_into(char* out, size_t capacity, BigInt value, unsigned base,
                                                 bool prefix) {
  if (base < 2 || base > 36) return bigint_error(kMsgBadBase);
  const char* prefix_text = "";
  if (prefix) prefix_text = base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "";
  size_t prefix_len = std::strlen(prefix_text);
  if (capacity < text_capacity(value, base, prefix)) return bigint_error(kMsgOutOfMemory);
  // Digits are produced least significant first, from the end of [out].
  char* end = out + capacity;
  char* p = end;
  size_t n = value.limbs().size();
  BigInt magnitude = BigInt::from_limbs(value.limbs(), false);
  if (n == 0) {
    *--p = '0';
  } else if (n <= kSplitDigitsLimbs) {
    p = CPY_TRY(put_digits(magnitude, base, {}, end, 0));
  } else {
    // The chunk power squared until it is about half the value's size.
    size_t count = 1;
    while ((size_t(1) << (count - 1)) <= n) ++count;
    BigInt* powers = arena_.make_array<BigInt>(count);
    if (!powers) return bigint_error(kMsgOutOfMemory);
    powers[0] = CPY_TRY(from_uint64(limb_chunk(base).power));
    size_t used = 1;
    while (used < count && 2 * powers[used - 1].limbs().size() <= n + 1) {
      powers[used] = CPY_TRY(mul(powers[used - 1], powers[used - 1]));
      ++used;
    }
    p = CPY_TRY(put_digits(magnitude, base, {powers, used}, end, 0));
  }
  for (size_t i = prefix_len; i-- > 0;) *--p = prefix_text[i];
  if (value.is_negative()) *--p = '-';
  // Move the text to the start of [out]: the caller keeps that much of it.
  size_t len = size_t(end - p);
  std::memmove(out, p, len);
  return std::string_view(out, len);
}

// ---------------------------------------------------------------------------
// BigMath: arithmetic

Result<BigInt> BigMath::neg(BigInt a) { return BigInt::from_limbs(a.limbs(), !a.is_negative()); }

Result<BigInt> BigMath::abs(BigInt a) { return BigInt::from_limbs(a.limbs(), false); }

Result<BigInt> BigMath::add_signed(BigInt a, BigInt b, bool negate_b) {
  bool a_neg = a.is_negative();
  bool b_neg = b.is_negative() != negate_b;
  auto al = a.limbs(), bl = b.limbs();
  if (a_neg == b_neg) {
    if (al.size() < bl.size()) std::swap(al, bl);
    Limb* r = CPY_TRY(allocate(al.size() + 1));
    add_limbs(r, al.data(), al.size(), bl.data(), bl.size(), true);
    BigInt v = BigInt::from_limbs({r, al.size() + 1}, a_neg);
    CPY_CHECK(check_bits(v.bit_length()));
    return v;
  }
  int c = compare_magnitudes(al.data(), al.size(), bl.data(), bl.size());
  if (c == 0) return BigInt();
  bool negative = c > 0 ? a_neg : b_neg;
  if (c < 0) std::swap(al, bl);
  Limb* r = CPY_TRY(allocate(al.size()));
  sub_limbs(r, al.data(), al.size(), bl.data(), bl.size());
  return BigInt::from_limbs({r, al.size()}, negative);
}

Result<BigInt> BigMath::add(BigInt a, BigInt b) { return add_signed(a, b, false); }

Result<BigInt> BigMath::sub(BigInt a, BigInt b) { return add_signed(a, b, true); }

Result<BigInt> BigMath::mul(BigInt a, BigInt b) {
  if (a.is_zero() || b.is_zero()) return BigInt();
  CPY_CHECK(check_bits(a.bit_length() + b.bit_length() - 1));
  auto al = a.limbs(), bl = b.limbs();
  if (al.size() < bl.size()) std::swap(al, bl);
  size_t an = al.size(), bn = bl.size();
  Limb* r = CPY_TRY(allocate(an + bn));
  if (bn < kKaratsubaThreshold) {
    mul_schoolbook(r, al.data(), an, bl.data(), bn);
  } else {
    // Multiply [bn]-limb slices of the longer operand by the shorter one.
    Limb* tmp = CPY_TRY(allocate(2 * bn + bn + karatsuba_scratch(bn)));
    Limb* pad = tmp + 2 * bn;
    Limb* scratch = pad + bn;
    std::memset(r, 0, (an + bn) * sizeof(Limb));
    for (size_t off = 0; off < an; off += bn) {
      size_t len = an - off < bn ? an - off : bn;
      const Limb* slice = al.data() + off;
      if (len < bn) {
        std::memset(pad, 0, bn * sizeof(Limb));
        std::memcpy(pad, slice, len * sizeof(Limb));
        slice = pad;
      }
      karatsuba(tmp, slice, bl.data(), bn, scratch);
      size_t room = an + bn - off;
      add_limbs(r + off, r + off, room, tmp, 2 * bn < room ? 2 * bn : room, false);
    }
  }
  BigInt v = BigInt::from_limbs({r, an + bn}, a.is_negative() != b.is_negative());
  CPY_CHECK(check_bits(v.bit_length()));
  return v;
}

Result<BigDivMod> BigMath::divide(BigInt a, BigInt b, bool want_quotient, bool want_remainder) {
  if (b.is_zero()) return bigint_error(kMsgDivisionByZero);
  auto al = a.limbs(), bl = b.limbs();
  size_t an = al.size(), bn = bl.size();
  BigInt q, r;  // truncated quotient and remainder of the magnitudes
  if (compare_magnitudes(al.data(), an, bl.data(), bn) < 0) {
    r = BigInt::from_limbs(al, false);
  } else if (bn == 1) {
    Limb* qd = CPY_TRY(allocate(an));
    Limb* rd = CPY_TRY(allocate(1));
    rd[0] = div_1(qd, al.data(), an, bl[0]);
    q = BigInt::from_limbs({qd, an}, false);
    r = BigInt::from_limbs({rd, 1}, false);
  } else {
    // The wanted part first: it may go to an offered result buffer.
    Limb *qd, *rd;
    if (want_quotient) {
      qd = CPY_TRY(allocate(an - bn + 1));
      rd = CPY_TRY(allocate(bn));
    } else {
      rd = CPY_TRY(allocate(bn));
      qd = CPY_TRY(allocate(an - bn + 1));
    }
    Limb* u = CPY_TRY(allocate(an + 1 + bn));
    divide_knuth(qd, rd, al.data(), an, bl.data(), bn, u, u + an + 1);
    q = BigInt::from_limbs({qd, an - bn + 1}, false);
    r = BigInt::from_limbs({rd, bn}, false);
  }
  bool a_neg = a.is_negative(), b_neg = b.is_negative();
  BigDivMod out;
  if (a_neg == b_neg || r.is_zero()) {
    out.quotient = BigInt::from_limbs(q.limbs(), a_neg != b_neg);
    out.remainder = BigInt::from_limbs(r.limbs(), b_neg);
    return out;
  }
  // Signs differ and the division is inexact: floor moves the quotient one
  // further from zero, and the remainder becomes |b| - r with b's sign.
  if (want_quotient) {
    BigInt one = CPY_TRY(from_uint64(1));
    BigInt q1 = CPY_TRY(add(q, one));
    out.quotient = BigInt::from_limbs(q1.limbs(), true);
  }
  if (want_remainder) {
    BigInt r1 = CPY_TRY(sub(BigInt::from_limbs(bl, false), r));
    out.remainder = BigInt::from_limbs(r1.limbs(), b_neg);
  }
  return out;
}

Result<BigInt> BigMath::floordiv(BigInt a, BigInt b) { return CPY_TRY(divide(a, b, true, false)).quotient; }

Result<BigInt> BigMath::mod(BigInt a, BigInt b) { return CPY_TRY(divide(a, b, false, true)).remainder; }

Result<BigDivMod> BigMath::divmod(BigInt a, BigInt b) { return divide(a, b, true, true); }

Result<BigInt> BigMath::pow(BigInt a, BigInt b) {
  if (b.is_negative()) return bigint_error(kMsgNegativePower);
  if (b.is_zero()) return from_uint64(1);
  if (a.is_zero()) return BigInt();
  bool negative = a.is_negative() && b.is_odd();
  size_t abits = a.bit_length();
  if (abits == 1) {  // |a| == 1
    BigInt one = CPY_TRY(from_uint64(1));
    return BigInt::from_limbs(one.limbs(), negative);
  }
  auto e = b.to_int64();
  // The result has at least (abits - 1) * e + 1 bits.
  if (!e || uint64_t(*e) > (max_bits_ - 1) / (abits - 1)) return bigint_error(kMsgTooBig);
  uint64_t exp = uint64_t(*e);
  BigInt base = BigInt::from_limbs(a.limbs(), false);
  BigInt result = base;
  for (int bit = 62 - std::countl_zero(exp); bit >= 0; --bit) {
    result = CPY_TRY(mul(result, result));
    if ((exp >> bit) & 1) result = CPY_TRY(mul(result, base));
  }
  return BigInt::from_limbs(result.limbs(), negative);
}

Result<BigInt> BigMath::pow_mod(BigInt a, BigInt b, BigInt m) {
  if (m.is_zero()) return bigint_error(kMsgDivisionByZero);
  if (b.is_negative()) return bigint_error(kMsgNegativePower);
  BigInt modulus = BigInt::from_limbs(m.limbs(), false);
  BigInt base = CPY_TRY(mod(a, modulus));
  BigInt result = CPY_TRY(mod(CPY_TRY(from_uint64(1)), modulus));
  auto el = b.limbs();
  for (size_t i = 0; i < el.size(); ++i) {
    Limb limb = el[i];
    for (unsigned bit = 0; bit < 32; ++bit) {
      if ((limb >> bit) & 1) result = CPY_TRY(mod(CPY_TRY(mul(result, base)), modulus));
      if (i + 1 == el.size() && (limb >> bit) <= 1) break;  // no higher bits left
      base = CPY_TRY(mod(CPY_TRY(mul(base, base)), modulus));
    }
  }
  if (m.is_negative() && !result.is_zero()) return sub(result, modulus);
  return result;
}

Result<BigInt> BigMath::invert(BigInt a) {
  // ~a == -(a + 1)
  BigInt one = CPY_TRY(from_uint64(1));
  BigInt sum = CPY_TRY(add(a, one));
  return BigInt::from_limbs(sum.limbs(), !sum.is_negative());
}

Result<BigInt> BigMath::bitwise(BigInt a, BigInt b, BitOp op) {
  // Work in two's complement over one limb more than the longer operand.
  size_t n = (a.limbs().size() > b.limbs().size() ? a.limbs().size() : b.limbs().size()) + 1;
  Limb* buf = CPY_TRY(allocate(3 * n));
  Limb* x = buf;
  Limb* y = buf + n;
  Limb* r = buf + 2 * n;
  auto load = [n](Limb* dst, BigInt v) {
    auto l = v.limbs();
    for (size_t i = 0; i < n; ++i) dst[i] = i < l.size() ? l[i] : 0;
    if (v.is_negative()) {
      uint64_t carry = 1;
      for (size_t i = 0; i < n; ++i) {
        carry += Limb(~dst[i]);
        dst[i] = Limb(carry);
        carry >>= 32;
      }
    }
  };
  load(x, a);
  load(y, b);
  for (size_t i = 0; i < n; ++i) {
    switch (op) {
      case BitOp::kAnd:
        r[i] = x[i] & y[i];
        break;
      case BitOp::kOr:
        r[i] = x[i] | y[i];
        break;
      case BitOp::kXor:
        r[i] = x[i] ^ y[i];
        break;
    }
  }
  bool negative = r[n - 1] >> 31;
  if (negative) {
    uint64_t carry = 1;
    for (size_t i = 0; i < n; ++i) {
      carry += Limb(~r[i]);
      r[i] = Limb(carry);
      carry >>= 32;
    }
  }
  return BigInt::from_limbs({r, n}, negative);
}

Result<BigInt> BigMath::bit_and(BigInt a, BigInt b) { return bitwise(a, b, BitOp::kAnd); }

Result<BigInt> BigMath::bit_or(BigInt a, BigInt b) { return bitwise(a, b, BitOp::kOr); }

Result<BigInt> BigMath::bit_xor(BigInt a, BigInt b) { return bitwise(a, b, BitOp::kXor); }

Result<BigInt> BigMath::lshift(BigInt a, uint64_t n) {
  if (a.is_zero() || n == 0) return a;
  size_t bits = a.bit_length();
  if (n > max_bits_ || bits + n > max_bits_) return bigint_error(kMsgTooBig);
  size_t whole = size_t(n / 32);
  unsigned part = unsigned(n % 32);
  size_t an = a.limbs().size();
  Limb* r = CPY_TRY(allocate(an + whole + 1));
  std::memset(r, 0, whole * sizeof(Limb));
  r[an + whole] = shift_left_small(r + whole, a.limbs().data(), an, part);
  return BigInt::from_limbs({r, an + whole + 1}, a.is_negative());
}

Result<BigInt> BigMath::lshift(BigInt a, BigInt n) {
  if (n.is_negative()) return bigint_error(kMsgNegativeShift);
  if (a.is_zero()) return BigInt();
  auto count = n.to_int64();
  if (!count) return bigint_error(kMsgTooBig);
  return lshift(a, uint64_t(*count));
}

Result<BigInt> BigMath::rshift(BigInt a, uint64_t n) {
  if (a.is_zero() || n == 0) return a;
  bool negative = a.is_negative();
  if (n >= a.bit_length()) {
    if (!negative) return BigInt();
    return from_int64(-1);
  }
  size_t whole = size_t(n / 32);
  unsigned part = unsigned(n % 32);
  auto al = a.limbs();
  size_t rn = al.size() - whole;
  Limb* r = CPY_TRY(allocate(rn + 1));
  bool dropped = false;  // whether any 1 bits fall off the end
  for (size_t i = 0; i < whole; ++i) dropped = dropped || al[i];
  if (part) {
    dropped = dropped || (al[whole] & ((Limb(1) << part) - 1));
    for (size_t i = 0; i < rn; ++i) {
      Limb hi = i + whole + 1 < al.size() ? al[i + whole + 1] : 0;
      r[i] = (al[i + whole] >> part) | Limb(hi << (32 - part));
    }
  } else {
    std::memcpy(r, al.data() + whole, rn * sizeof(Limb));
  }
  r[rn] = 0;
  if (negative && dropped) {
    // Floor: a negative value that lost bits moves one further from zero.
    uint64_t carry = 1;
    for (size_t i = 0; i <= rn && carry; ++i) {
      carry += r[i];
      r[i] = Limb(carry);
      carry >>= 32;
    }
  }
  return BigInt::from_limbs({r, rn + 1}, negative);
}

Result<BigInt> BigMath::rshift(BigInt a, BigInt n) {
  if (n.is_negative()) return bigint_error(kMsgNegativeShift);
  // Like the reference, a count that is not a machine word is an overflow
  // even where the answer would be 0 or -1.
  auto count = n.to_int64();
  if (!count) return bigint_error(kMsgTooBig);
  return rshift(a, uint64_t(*count));
}

}  // namespace cpy::mpy
