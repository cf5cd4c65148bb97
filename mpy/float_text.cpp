// Float literals and float/complex repr, bit-exact with CircuitPython 10's
// mpy-cross on x86-64 (MicroPython's "exact" float format implementation,
// which scales by powers of ten in x87 long double). See float_text.h.
#include "cpy/mpy/float_text.h"

#include <bit>
#include <climits>
#include <cstring>

namespace cpy::mpy {
namespace {

// ---------------------------------------------------------------------------
// Unsigned 80-bit extended precision, emulated.
//
// A value is sig * 2**exp with sig's top bit set (or sig == 0 for zero), the
// shape of an x87 register: 64 significand bits, rounding to nearest-even
// after every operation. Only non-negative values occur in the parser and the
// formatter, so there is no sign. The exponent range is the x87 one at the top
// (overflow gives infinity); at the bottom values are flushed to zero where
// the hardware would go subnormal, which cannot change a result that is
// finally rounded to a double (those values are below 2**-16382).

struct Wide {
  uint64_t sig = 0;
  int32_t exp = 0;
  bool inf = false;
};

constexpr int32_t kWideMaxTop = 16383;   // largest exponent of the leading bit
constexpr int32_t kWideMinTop = -16382;  // smallest normal exponent of the leading bit

struct U128 {
  uint64_t hi = 0;
  uint64_t lo = 0;
};

U128 mul_64x64(uint64_t a, uint64_t b) {
  uint64_t a_lo = a & 0xffffffffu, a_hi = a >> 32;
  uint64_t b_lo = b & 0xffffffffu, b_hi = b >> 32;
  uint64_t ll = a_lo * b_lo;
  uint64_t lh = a_lo * b_hi;
  uint64_t hl = a_hi * b_lo;
  uint64_t hh = a_hi * b_hi;
  uint64_t mid = (ll >> 32) + (lh & 0xffffffffu) + (hl & 0xffffffffu);
  U128 r;
  r.lo = (ll & 0xffffffffu) | (mid << 32);
  r.hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
  return r;
}

// Builds a Wide from a 64-bit significand with its leading bit set, the
// exponent of its last bit, and what lies below that bit: [guard] is the
// first dropped bit, [sticky] whether anything after it was non-zero.
Wide round_wide(uint64_t sig, int64_t exp, bool guard, bool sticky) {
  if (guard && (sticky || (sig & 1))) {
    ++sig;
    if (sig == 0) {
      sig = uint64_t(1) << 63;
      ++exp;
    }
  }
  Wide w;
  if (exp + 63 > kWideMaxTop) {
    w.inf = true;
    return w;
  }
  if (exp + 63 < kWideMinTop) return w;  // flushed to zero, see above
  w.sig = sig;
  w.exp = int32_t(exp);
  return w;
}

Wide wide_from_u64(uint64_t v) {
  Wide w;
  if (v == 0) return w;
  int lead = std::countl_zero(v);
  w.sig = v << lead;
  w.exp = -lead;
  return w;
}

Wide wide_from_double(double d) {
  uint64_t bits = std::bit_cast<uint64_t>(d) & ~(uint64_t(1) << 63);
  int biased = int(bits >> 52);
  uint64_t frac = bits & ((uint64_t(1) << 52) - 1);
  Wide w;
  if (biased == 0x7ff) {
    w.inf = true;  // NaN never reaches here
    return w;
  }
  if (biased == 0) {
    w = wide_from_u64(frac);
    if (w.sig) w.exp -= 1074;
    return w;
  }
  w = wide_from_u64(frac | (uint64_t(1) << 52));
  w.exp += biased - 1075;
  return w;
}

Wide wide_mul(const Wide& a, const Wide& b) {
  if (a.inf || b.inf) {
    Wide w;
    w.inf = (a.inf || a.sig) && (b.inf || b.sig);
    return w;
  }
  if (!a.sig || !b.sig) return Wide{};
  U128 p = mul_64x64(a.sig, b.sig);
  int64_t exp = int64_t(a.exp) + b.exp;
  uint64_t sig;
  bool guard, sticky;
  if (p.hi >> 63) {
    sig = p.hi;
    guard = p.lo >> 63;
    sticky = (p.lo << 1) != 0;
    exp += 64;
  } else {
    sig = (p.hi << 1) | (p.lo >> 63);
    guard = (p.lo >> 62) & 1;
    sticky = (p.lo << 2) != 0;
    exp += 63;
  }
  return round_wide(sig, exp, guard, sticky);
}

Wide wide_div(const Wide& a, const Wide& b) {
  if (a.inf) return a;  // only finite divisors occur with an infinite dividend
  if (b.inf || !a.sig) return Wide{};
  // b is never zero here: powers of ten only.
  int64_t exp = int64_t(a.exp) - b.exp - 63;
  // Long division of a.sig by b.sig, one quotient bit at a time. The running
  // remainder can reach 65 bits, held as [carry]:[rem].
  uint64_t rem = a.sig;
  bool carry = false;
  if (rem < b.sig) {
    carry = rem >> 63;
    rem <<= 1;
    --exp;
  }
  uint64_t q = 0;
  for (int i = 0; i < 64; ++i) {
    q <<= 1;
    if (carry || rem >= b.sig) {
      rem -= b.sig;
      q |= 1;
    }
    carry = rem >> 63;
    rem <<= 1;
  }
  bool guard = carry || rem >= b.sig;
  if (guard) rem -= b.sig;
  bool sticky = rem != 0;
  return round_wide(q, exp, guard, sticky);
}

// a + b for non-negative finite values.
Wide wide_add(Wide a, Wide b) {
  if (a.inf || b.inf) {
    Wide w;
    w.inf = true;
    return w;
  }
  if (!b.sig) return a;
  if (!a.sig) return b;
  if (a.exp < b.exp) std::swap(a, b);
  uint64_t d = uint64_t(int64_t(a.exp) - b.exp);
  // Place a.sig in the top half of 128 bits and b shifted right by d below it.
  U128 x{a.sig, 0};
  U128 y;
  bool sticky = false;
  if (d == 0) {
    y = U128{b.sig, 0};
  } else if (d < 64) {
    y = U128{b.sig >> d, b.sig << (64 - d)};
  } else if (d < 128) {
    y = U128{0, b.sig >> (d - 64)};
    sticky = d > 64 && (b.sig << (128 - d)) != 0;
  } else {
    sticky = true;
  }
  U128 s;
  s.lo = x.lo + y.lo;
  uint64_t low_carry = s.lo < x.lo ? 1 : 0;
  s.hi = x.hi + y.hi;
  bool top_carry = s.hi < x.hi;
  s.hi += low_carry;
  top_carry = top_carry || s.hi < low_carry;
  int64_t exp = a.exp;
  if (top_carry) {
    sticky = sticky || (s.lo & 1);
    s.lo = (s.lo >> 1) | (s.hi << 63);
    s.hi = (s.hi >> 1) | (uint64_t(1) << 63);
    ++exp;
  }
  bool guard = s.lo >> 63;
  sticky = sticky || (s.lo << 1) != 0;
  return round_wide(s.hi, exp, guard, sticky);
}

// Rounds to the nearest double (ties to even), with subnormals and overflow.
double wide_to_double(const Wide& w) {
  constexpr uint64_t kInfBits = uint64_t(0x7ff) << 52;
  if (w.inf) return std::bit_cast<double>(kInfBits);
  if (!w.sig) return 0.0;
  int64_t top = int64_t(w.exp) + 63;  // exponent of the leading bit
  int64_t lsb = top - 52;             // exponent of the last kept bit
  if (lsb < -1074) lsb = -1074;
  int64_t drop = lsb - w.exp;  // bits of sig below the last kept bit (>= 11)
  uint64_t kept;
  bool guard, sticky;
  if (drop >= 66) {
    return 0.0;
  } else if (drop >= 64) {
    kept = 0;
    guard = drop == 64 && (w.sig >> 63);
    sticky = drop == 64 ? (w.sig << 1) != 0 : true;
  } else {
    kept = w.sig >> drop;
    guard = (w.sig >> (drop - 1)) & 1;
    sticky = drop >= 2 && (w.sig << (65 - drop)) != 0;
  }
  if (guard && (sticky || (kept & 1))) ++kept;
  // kept is now at most 2**53; it carries into the exponent field by itself.
  if (kept == 0) return 0.0;
  uint64_t bits;
  if (kept >> 52) {
    int64_t biased = lsb + 1075;
    if (kept >> 53) {
      kept >>= 1;
      ++biased;
    }
    if (biased >= 0x7ff) return std::bit_cast<double>(kInfBits);
    bits = (uint64_t(biased) << 52) | (kept & ((uint64_t(1) << 52) - 1));
  } else {
    bits = kept;  // subnormal (lsb == -1074); 2**52 would have taken the branch above
  }
  return std::bit_cast<double>(bits);
}

// Truncates towards zero, as a C cast to uint64_t does (values below 2**64).
uint64_t wide_to_u64(const Wide& w) {
  if (w.inf || !w.sig) return 0;
  if (w.exp >= 0) return w.exp == 0 ? w.sig : 0;
  if (w.exp <= -64) return 0;
  return w.sig >> -w.exp;
}

// [num] * 10**[dec_exp] by square-and-multiply, each step rounded as the
// reference's long double arithmetic rounds it.
Wide wide_decimal_exp(Wide num, int dec_exp) {
  if (dec_exp == 0 || (!num.inf && !num.sig)) return num;
  bool negative = dec_exp < 0;
  unsigned n = negative ? 0u - unsigned(dec_exp) : unsigned(dec_exp);
  Wide res = num;
  Wide power = wide_from_u64(10);
  while (n) {
    if (n & 1) res = negative ? wide_div(res, power) : wide_mul(res, power);
    n >>= 1;
    if (n) power = wide_mul(power, power);
  }
  return res;
}

// ---------------------------------------------------------------------------
// Parsing.

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

char lower(char c) { return char(c | 0x20); }

enum class Part { kInteger, kFraction, kExponent };

// Once the mantissa reaches this, further digits cannot be held exactly and
// only move the exponent.
constexpr uint64_t kMantissaMax = 0x1999999999999998ull;

uint64_t take_digit(uint64_t mantissa, unsigned digit, int& exp_extra, Part part) {
  if (mantissa < kMantissaMax) {
    if (part == Part::kFraction) --exp_extra;
    return 10 * mantissa + digit;
  }
  if (part == Part::kInteger) ++exp_extra;
  return mantissa;
}

// Returns the number of characters used, or -1 for an exponent marker with
// nothing after it.
long scan_unsigned_decimal(const char* str, size_t len, double& value) {
  const char* p = str;
  const char* top = str + len;
  Part part = Part::kInteger;
  bool exp_negative = false;
  uint64_t mantissa = 0;
  int exp_val = 0;
  int exp_extra = 0;
  int zeros_integer = 0, zeros_fraction = 0;
  while (p < top) {
    char c = *p++;
    if (c >= '0' && c <= '9') {
      unsigned digit = unsigned(c - '0');
      if (part == Part::kExponent) {
        // Saturate rather than overflow; any exponent this large gives 0 or inf.
        if (exp_val < (INT_MAX / 2 - 9) / 10) exp_val = 10 * exp_val + int(digit);
      } else if (digit == 0 || mantissa >= kMantissaMax) {
        // Zeros are held back until a non-zero digit follows, so trailing
        // zeros cost no precision; past the limit every digit counts as one.
        if (part == Part::kInteger) {
          ++zeros_integer;
        } else {
          ++zeros_fraction;
        }
      } else {
        for (; zeros_integer; --zeros_integer) mantissa = take_digit(mantissa, 0, exp_extra, Part::kInteger);
        for (; zeros_fraction; --zeros_fraction) mantissa = take_digit(mantissa, 0, exp_extra, Part::kFraction);
        mantissa = take_digit(mantissa, digit, exp_extra, part);
      }
    } else if (part == Part::kInteger && c == '.') {
      part = Part::kFraction;
    } else if (part != Part::kExponent && lower(c) == 'e') {
      part = Part::kExponent;
      if (p < top) {
        if (*p == '+') {
          ++p;
        } else if (*p == '-') {
          ++p;
          exp_negative = true;
        }
      }
      if (p == top) return -1;
    } else if (c == '_') {
      continue;
    } else {
      --p;
      break;
    }
  }
  if (exp_negative) exp_val = -exp_val;
  exp_val += exp_extra + zeros_integer;
  value = wide_to_double(wide_decimal_exp(wide_from_u64(mantissa), exp_val));
  return long(p - str);
}

bool match_word(const char* p, const char* top, const char* word, size_t n) {
  // The reference needs one character more than the word before it looks.
  if (size_t(top - p) <= n - 1) return false;
  for (size_t i = 0; i < n; ++i) {
    if (lower(p[i]) != word[i]) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Formatting: the reference's mp_format_float for double with the exact
// implementation, writing into a buffer of [buf_size] characters.

constexpr int kMaxMantissaDigits = 19;
constexpr int kSafeMantissaDigits = 16;
constexpr int kMinExpBufSize = 7;  // "+9e+199"
constexpr int kModeE = 0x01;
constexpr int kModeG = 0x02;
constexpr int kModeF = 0x04;
constexpr int kUpperCaseBit = 0x20;
constexpr int kNoDot = 255;  // a [dec] position meaning "no decimal point in the digits"

char* put_leading_zeros(char* s, int count) {
  *s++ = '0';
  *s++ = '.';
  for (; count > 0; --count) *s++ = '0';
  return s;
}

// Writes [mantissa] as digits at [s] with a decimal point after digit [dec]
// and the exponent [e] as the format needs; returns the length from [buf].
int put_mantissa(uint64_t mantissa, uint64_t cap, char* buf, char* s, int num_digits, int max_exp_zeros,
                 int trailing_zeros, int dec, int e, int flags) {
  if (mantissa && mantissa >= cap) {
    // Rounding produced one digit more than asked for.
    if (flags & kModeF) {
      ++num_digits;
      ++dec;
    } else {
      mantissa /= 10;
      ++e;
    }
  }
  if ((flags & kModeG) && e != 0) {
    if (e > 0) {
      if (e < max_exp_zeros) {
        dec += e;
        if (dec >= num_digits) trailing_zeros = dec - (num_digits - 1);
        e = 0;
      }
    } else if (e >= -4) {
      int dropped = 0;
      while (e < 0 && mantissa % 10 == 0) {
        mantissa /= 10;
        ++dropped;
        ++e;
      }
      num_digits -= dropped;
      s = put_leading_zeros(s, dropped - e - 1);
      dec = kNoDot;
      e = 0;
    }
  }
  for (int digit = num_digits - 1; digit >= 0; --digit) {
    int at = digit > dec ? digit + 1 : digit;
    s[at] = char('0' + mantissa % 10);
    mantissa /= 10;
  }
  bool dot = dec >= kNoDot;
  if (dec + 1 < num_digits) {
    dot = true;
    ++s;
    s[dec] = '.';
  }
  s += num_digits;
  if (trailing_zeros) {
    dec -= num_digits - 1;
    while (trailing_zeros--) {
      if (!dec--) {
        *s++ = '.';
        dot = true;
      }
      *s++ = '0';
    }
  }
  if ((flags & kModeG) && dot) {
    while (s[-1] == '0') --s;
    if (s[-1] == '.') --s;
  }
  if ((e != 0 || (flags & kModeE)) && !(flags & kModeF)) {
    *s++ = char('E' | (flags & kUpperCaseBit));
    if (e >= 0) {
      *s++ = '+';
    } else {
      *s++ = '-';
      e = -e;
    }
    if (e >= 100) *s++ = char('0' + e / 100);
    *s++ = char('0' + (e / 10) % 10);
    *s++ = char('0' + e % 10);
  }
  *s = '\0';
  return int(s - buf);
}

int binary_exponent(double f) { return int((std::bit_cast<uint64_t>(f) >> 52) & 0x7ff) - 1023; }

// Returns the length written at [buf_entry] (which has room for [buf_size]).
int format_into(double f_entry, char* buf_entry, int buf_size, char fmt, int prec, char sign) {
  uint64_t bits = std::bit_cast<uint64_t>(f_entry);
  bool negative = bits >> 63;
  bool is_nan = (bits & ~(uint64_t(1) << 63)) > (uint64_t(0x7ff) << 52);
  bool is_inf = (bits & ~(uint64_t(1) << 63)) == (uint64_t(0x7ff) << 52);
  double f = f_entry;
  char* buf = buf_entry;
  if (negative && !is_nan) {
    f = -f;
    sign = '-';
  }
  if (sign) {
    *buf++ = sign;
    --buf_size;
  }
  int upper = fmt & kUpperCaseBit;  // set for lower case, as in ASCII
  if (is_inf || is_nan) {
    const char* word = is_inf ? "INF" : "NAN";
    char* s = buf;
    for (int i = 0; i < 3; ++i) *s++ = char(word[i] ^ upper);
    *s = '\0';
    return int(s - buf_entry);
  }

  int flags = upper;
  char lofmt = lower(fmt);
  if (lofmt == 'f') {
    flags |= kModeF;
  } else if (lofmt == 'g') {
    flags |= kModeG;
  } else {
    flags |= kModeE;
  }
  if (prec < 0) prec = 6;
  int max_exp_zeros = prec < buf_size - 3 ? prec : buf_size - 3;
  if (prec == kReprPrecision) {
    prec = kMaxMantissaDigits;
    max_exp_zeros = 16;
  }

  // The decimal exponent: the binary one scaled, then corrected against
  // powers of ten computed the same way the digits will be.
  int e = 0;
  if (f != 0.0) {
    e = int(double(binary_exponent(f)) * 0.3010299956639812);
    bool at_least_one = !(f < 1.0);
    double bound = wide_to_double(wide_decimal_exp(wide_from_u64(1), e + at_least_one));
    while ((f >= bound) == at_least_one) {
      e += at_least_one ? 1 : -1;
      bound = wide_to_double(wide_decimal_exp(wide_from_u64(1), e + at_least_one));
    }
  }

  if ((flags & kModeF) && e > 0) {
    int needed = e + prec + 2;
    if (needed > buf_size) {
      flags ^= kModeF;
      flags |= kModeG;
      ++prec;
    }
  }

  int max_digits = prec;
  int lead_zeros = 0;
  int trail_zeros = 0;
  if (flags & kModeF) {
    if (max_digits > buf_size - 3) max_digits = buf_size - 3;
    if (e < 0) {
      if (max_digits > 2 && e < -2) {
        lead_zeros = (-e < max_digits ? -e : max_digits) - 2;
        max_digits -= lead_zeros;
      } else {
        ++max_digits;
      }
    } else {
      max_digits += e + 1;
    }
  } else if (!(flags & kModeG) || max_digits == 0) {
    ++max_digits;
  }
  if (max_digits > kMaxMantissaDigits) {
    trail_zeros = max_digits - kMaxMantissaDigits;
    max_digits = kMaxMantissaDigits;
  }
  int overhead = (flags & kModeF) ? 3 : kMinExpBufSize + 1;
  if (trail_zeros > buf_size - max_digits - overhead) trail_zeros = buf_size - max_digits - overhead;

  // Start with the digits a double surely has, and add more only while the
  // text does not read back as the same number.
  int num_digits = kSafeMantissaDigits < max_digits ? kSafeMantissaDigits : max_digits;
  for (;;) {
    char* s = buf;
    int extra_zeros = trail_zeros + (max_digits - num_digits);
    int decexp;
    int dec = 0;
    if (f == 0.0) {
      decexp = 0;
    } else if (flags & kModeF) {
      decexp = num_digits - 1;
      if (e < 0) {
        if (lead_zeros > 0) {
          s = put_leading_zeros(s, lead_zeros);
          decexp += lead_zeros + 1;
          dec = kNoDot;
        } else {
          dec = 0;
        }
      } else {
        decexp -= e;
        dec = e;
      }
    } else {
      decexp = num_digits - e - 1;
    }
    uint64_t cap = 10;
    for (int n = 1; n < num_digits; ++n) cap *= 10;
    Wide scaled = wide_decimal_exp(wide_from_double(f), decexp);
    Wide half;
    half.sig = uint64_t(1) << 63;
    half.exp = -64;
    uint64_t mantissa = wide_to_u64(wide_add(scaled, half));
    int len = put_mantissa(mantissa, cap, buf, s, num_digits, max_exp_zeros, extra_zeros, dec, e, flags);
    if (num_digits < max_digits) {
      double check = 0;
      scan_unsigned_decimal(buf, size_t(len), check);
      if (check != f) {
        ++num_digits;
        continue;
      }
    }
    return int(buf + len - buf_entry);
  }
}

// mp_print_float's working buffer is 36 characters, of which it passes 33.
constexpr int kPrintBufSize = 36;

}  // namespace

Result<size_t> parse_unsigned_decimal(std::string_view text, double& value) {
  long used = scan_unsigned_decimal(text.data(), text.size(), value);
  if (used < 0) return fail(Errc::kSyntaxError, text.size(), "invalid syntax for number");
  return size_t(used);
}

Result<ParsedFloat> parse_float(std::string_view text, FloatSyntax syntax) {
  const char* str = text.data();
  const char* top = str + text.size();
  auto error = [&]() { return fail(Errc::kSyntaxError, 0, "invalid syntax for number"); };
  bool have_real = false, have_imag = false;
  double real = 0;
  double value = 0;
  for (;;) {
    value = 0;
    bool negative = false;
    while (str < top && is_space(*str)) ++str;
    if (str < top) {
      if (*str == '+') {
        ++str;
      } else if (*str == '-') {
        ++str;
        negative = true;
      }
    }
    const char* start = str;
    if (match_word(str, top, "inf", 3)) {
      str += 3;
      value = std::bit_cast<double>(uint64_t(0x7ff) << 52);
      if (match_word(str, top, "inity", 5)) str += 5;
    } else if (match_word(str, top, "nan", 3)) {
      str += 3;
      value = std::bit_cast<double>(uint64_t(0x7ff8) << 48);
    } else {
      long used = scan_unsigned_decimal(str, size_t(top - str), value);
      if (used < 0) return error();
      str += used;
    }
    if (syntax.allow_imag && str < top && lower(*str) == 'j') {
      if (str == start) value = 1;  // a bare "j" is 1j
      ++str;
      have_imag = true;
    }
    if (negative) value = -value;
    if (str == start) return error();
    while (str < top && is_space(*str)) ++str;
    if (str != top) {
      if (syntax.force_complex && !have_real && !have_imag) {
        // Only a real part so far: what follows must be the imaginary part.
        real = value;
        have_real = true;
        continue;
      }
      return error();
    }
    break;
  }
  if (have_real && !have_imag) return error();
  ParsedFloat out;
  if (have_real || have_imag) {
    out.real = real;
    out.imag = value;
    out.is_complex = true;
  } else if (syntax.force_complex) {
    out.real = value;
    out.is_complex = true;
  } else {
    out.real = value;
  }
  return out;
}

NumberText format_float(double value, FloatFormat format) {
  char buf[kPrintBufSize + 4];
  int len = format_into(value, buf, kPrintBufSize - 3, format.fmt, format.precision, format.sign);
  std::string_view text(buf, size_t(len));
  NumberText out;
  out.append(text);
  if (format.always_decimal && text.find('.') == text.npos && text.find('e') == text.npos &&
      text.find('n') == text.npos) {
    out.append(".0");
  }
  if (format.add_percent) out.push('%');
  return out;
}

NumberText float_repr(double value) {
  FloatFormat format;
  format.precision = kReprPrecision;
  format.always_decimal = true;
  return format_float(value, format);
}

NumberText complex_repr(double real, double imag) {
  FloatFormat format;
  format.precision = kReprPrecision;
  NumberText out;
  // NaN compares unequal to zero, so a NaN real part is printed.
  bool show_real = !(real == 0.0);
  if (show_real) {
    out.push('(');
    out.append(format_float(real, format).view());
    format.sign = '+';
  }
  out.append(format_float(imag, format).view());
  out.append(show_real ? "j)" : "j");
  return out;
}

double decimal_scale(double value, int exponent) {
  return wide_to_double(wide_decimal_exp(wide_from_double(value), exponent));
}

}  // namespace cpy::mpy
