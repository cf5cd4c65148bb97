// BigInt and BigMath: Python integer semantics, edge cases at limb
// boundaries and limits, and the golden sample in tests/golden/numbers/int.txt
// taken from CircuitPython 10's mpz code (see the README there).
#include <doctest/doctest.h>

#include <bit>
#include <climits>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "cpy/mpy/bigint.h"
#include "cpy/mpy/float_text.h"

using namespace cpy;
using namespace cpy::mpy;

namespace {

// An arena and a BigMath over it, with shorthands that unwrap results.
struct Calc {
  Arena arena{heap_block_source()};
  BigMath math{arena};

  BigInt operator()(std::string_view text, unsigned base = 10) {
    auto r = math.parse(text, base);
    REQUIRE_MESSAGE(r.ok(), "cannot parse ", std::string(text));
    return r.value();
  }
  BigInt i64(int64_t v) { return math.from_int64(v).value(); }
  std::string str(const Result<BigInt>& r, unsigned base = 10, bool prefix = false) {
    if (!r.ok()) return fault_name(r.error());
    return std::string(math.to_string(r.value(), base, prefix).value());
  }
  std::string str(BigInt v, unsigned base = 10, bool prefix = false) {
    return std::string(math.to_string(v, base, prefix).value());
  }
  static std::string fault_name(const Error& e) {
    switch (bigint_fault(e)) {
      case BigIntFault::kOutOfMemory:
        return "MemoryError";
      case BigIntFault::kDivisionByZero:
        return "ZeroDivisionError";
      case BigIntFault::kNegativeShift:
        return "ValueError";
      case BigIntFault::kNegativePower:
        return "NegativePower";
      case BigIntFault::kTooBig:
        return "OverflowError";
      case BigIntFault::kNotFinite:
        return "NotFinite";
      case BigIntFault::kBadBase:
        return "ValueError";
      case BigIntFault::kBadSyntax:
        return "ValueError";
      case BigIntFault::kNone:
        break;
    }
    return "?";
  }
};

std::string hex64(uint64_t v) {
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

std::string unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      ++i;
      out.push_back(s[i] == 't' ? '\t' : s[i]);
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

std::string float_line(double d) {
  return "F " + hex64(std::bit_cast<uint64_t>(d)) + " " + std::string(float_repr(d).view());
}

}  // namespace

TEST_CASE("zero") {
  Calc c;
  BigInt z;
  CHECK(z.is_zero());
  CHECK(!z.is_negative());
  CHECK(z.sign() == 0);
  CHECK(z.bit_length() == 0);
  CHECK(c.str(z) == "0");
  CHECK(c.str(z, 16, true) == "0x0");
  CHECK(c.str(z, 2, true) == "0b0");
  CHECK(c.i64(0).is_zero());
  CHECK(!c.math.neg(z).value().is_negative());
  CHECK(c.str(c.math.sub(c("5"), c("5"))) == "0");
  CHECK(!c.math.mul(c("-5"), z).value().is_negative());
  CHECK(c.str(c.math.floordiv(z, c("-7"))) == "0");
  CHECK(c.str(c.math.mod(z, c("-7"))) == "0");
  CHECK(z.to_double() == 0.0);
  CHECK(!std::signbit(z.to_double()));
  CHECK(z.to_int64() == 0);
  CHECK(z.fits_small_int(31));
  CHECK(c.str(c("-0")) == "0");
  CHECK(!c("-0").is_negative());
}

TEST_CASE("int64 round trips, including the extremes") {
  Calc c;
  for (int64_t v : {int64_t(1), int64_t(-1), int64_t(INT32_MAX), int64_t(INT32_MIN), int64_t(UINT32_MAX),
                    int64_t(UINT32_MAX) + 1, INT64_MAX, INT64_MIN, INT64_MIN + 1}) {
    CAPTURE(v);
    BigInt b = c.i64(v);
    CHECK(b.to_int64() == v);
    CHECK(c.str(b) == std::to_string(v));
    CHECK(c(std::to_string(v)) == b);
  }
  CHECK(c.str(c.i64(INT64_MIN)) == "-9223372036854775808");
  BigInt past = c.math.neg(c.i64(INT64_MIN)).value();
  CHECK(c.str(past) == "9223372036854775808");
  CHECK(!past.to_int64());
  CHECK(!c.math.sub(c.i64(INT64_MIN), c.i64(1)).value().to_int64());
  CHECK(c.str(c.math.from_uint64(UINT64_MAX)) == "18446744073709551615");
}

TEST_CASE("carries and borrows across limb boundaries") {
  Calc c;
  CHECK(c.str(c.math.add(c("4294967295"), c("1"))) == "4294967296");
  CHECK(c.str(c.math.add(c("18446744073709551615"), c("1"))) == "18446744073709551616");
  CHECK(c.str(c.math.add(c("79228162514264337593543950335"), c("1"))) == "79228162514264337593543950336");
  CHECK(c.str(c.math.sub(c("18446744073709551616"), c("1"))) == "18446744073709551615");
  CHECK(c.str(c.math.sub(c("79228162514264337593543950336"), c("1"))) == "79228162514264337593543950335");
  CHECK(c.str(c.math.sub(c("1"), c("18446744073709551616"))) == "-18446744073709551615");
  CHECK(c.str(c.math.add(c("-18446744073709551616"), c("1"))) == "-18446744073709551615");
  CHECK(c.str(c.math.mul(c("4294967295"), c("4294967295"))) == "18446744065119617025");
  CHECK(c.str(c.math.mul(c("18446744073709551615"), c("18446744073709551615"))) ==
        "340282366920938463426481119284349108225");
  CHECK(c.str(c.math.mul(c("-4294967296"), c("4294967296"))) == "-18446744073709551616");
}

TEST_CASE("powers of two") {
  Calc c;
  BigInt one = c.i64(1);
  for (uint64_t k = 0; k <= 300; ++k) {
    CAPTURE(k);
    BigInt p = c.math.lshift(one, k).value();
    CHECK(p.bit_length() == k + 1);
    std::string hex = c.str(p, 16);
    CHECK(hex.size() == k / 4 + 1);
    CHECK(hex[0] == "1248"[k % 4]);
    CHECK(c.math.rshift(p, k).value() == one);
    CHECK(c.math.pow(c.i64(2), c.i64(int64_t(k))).value() == p);
    BigInt minus = c.math.neg(p).value();
    CHECK(c.math.rshift(minus, k).value() == c.i64(-1));
    CHECK(c.str(c.math.bit_and(minus, p)) == c.str(p));  // -2**k & 2**k == 2**k
  }
  CHECK(c.str(c.math.pow(c.i64(2), c.i64(100))) == "1267650600228229401496703205376");
  CHECK(c.str(c.math.neg(c.math.lshift(c.i64(1), 70).value())) == "-1180591620717411303424");
}

TEST_CASE("floor division and modulo follow Python's signs") {
  Calc c;
  struct Case {
    int64_t a, b, q, r;
  };
  for (Case t : {Case{7, 2, 3, 1}, Case{-7, 2, -4, 1}, Case{7, -2, -4, -1}, Case{-7, -2, 3, -1}, Case{-6, 2, -3, 0},
                 Case{6, -2, -3, 0}, Case{1, 5, 0, 1}, Case{-1, 5, -1, 4}, Case{1, -5, -1, -4}, Case{0, 3, 0, 0}}) {
    CAPTURE(t.a);
    CAPTURE(t.b);
    auto dm = c.math.divmod(c.i64(t.a), c.i64(t.b));
    REQUIRE(dm.ok());
    CHECK(dm.value().quotient == c.i64(t.q));
    CHECK(dm.value().remainder == c.i64(t.r));
    CHECK(c.math.floordiv(c.i64(t.a), c.i64(t.b)).value() == c.i64(t.q));
    CHECK(c.math.mod(c.i64(t.a), c.i64(t.b)).value() == c.i64(t.r));
  }
  CHECK(c.str(c.math.floordiv(c("12345678901234567890"), c("7"))) == "1763668414462081127");
  CHECK(c.str(c.math.mod(c("-12345678901234567890"), c("7"))) == "6");
  CHECK(c.str(c.math.floordiv(c("-12345678901234567890"), c("-10000000000"))) == "1234567890");
  CHECK(c.str(c.math.floordiv(c("5"), BigInt())) == "ZeroDivisionError");
  CHECK(c.str(c.math.mod(c("5"), BigInt())) == "ZeroDivisionError");
  CHECK(!c.math.divmod(BigInt(), BigInt()).ok());
}

TEST_CASE("long division corrects its quotient estimate") {
  // Divisors chosen so the estimated quotient digit is too large and the
  // subtraction has to be undone.
  Calc c;
  auto check = [&](const char* a, const char* b, const char* q, const char* r) {
    CAPTURE(a);
    auto dm = c.math.divmod(c(a, 16), c(b, 16)).value();
    CHECK(c.str(dm.quotient) == q);
    CHECK(c.str(dm.remainder) == r);
  };
  check("7fff800000000000", "800000000001", "65534", "140737488289794");
  check("800000000000000000000003", "200000000000000000000001", "3", "9903520314283042199192993792");
  check("7fffffff800000010000000000000000", "800000008000000200000005", "4294967293", "39614081266355540837921718287");
}

TEST_CASE("shifts") {
  Calc c;
  CHECK(c.str(c.math.rshift(c.i64(-5), 1)) == "-3");
  CHECK(c.str(c.math.rshift(c.i64(-4), 1)) == "-2");
  CHECK(c.str(c.math.rshift(c.i64(-1), 100)) == "-1");
  CHECK(c.str(c.math.rshift(c.i64(5), 100)) == "0");
  CHECK(c.str(c.math.rshift(c("-18446744073709551616"), 64)) == "-1");
  CHECK(c.str(c.math.rshift(c("-18446744073709551617"), 64)) == "-2");
  CHECK(c.str(c.math.rshift(c("-18446744073709551616"), 32)) == "-4294967296");
  CHECK(c.str(c.math.rshift(c("-18446744073709551615"), 32)) == "-4294967296");
  CHECK(c.str(c.math.lshift(c.i64(-3), 33)) == "-25769803776");
  CHECK(c.str(c.math.lshift(c.i64(1), c.i64(-1))) == "ValueError");
  CHECK(c.str(c.math.rshift(c.i64(1), c.i64(-1))) == "ValueError");
  CHECK(c.str(c.math.lshift(BigInt(), c("100000000000000000000"))) == "0");
  CHECK(c.str(c.math.lshift(c.i64(1), c("100000000000000000000"))) == "OverflowError");
  // As in MicroPython, a count that is not a machine word overflows.
  CHECK(c.str(c.math.rshift(c.i64(1), c("100000000000000000000"))) == "OverflowError");
  CHECK(c.str(c.math.rshift(c.i64(-1), c("9223372036854775807"))) == "-1");
}

TEST_CASE("bitwise operations on two's complement") {
  Calc c;
  BigInt x = c("123456789012345678901234567890");
  CHECK(c.math.bit_and(c.i64(-1), x).value() == x);
  CHECK(c.math.bit_or(c.i64(-1), x).value() == c.i64(-1));
  CHECK(c.math.bit_xor(x, c.i64(-1)).value() == c.math.invert(x).value());
  CHECK(c.str(c.math.bit_and(c("-4294967296"), c("4294967295"))) == "0");
  CHECK(c.str(c.math.bit_or(c("-4294967296"), c("4294967295"))) == "-1");
  CHECK(c.str(c.math.bit_xor(c("-18446744073709551616"), c("18446744073709551615"))) == "-1");
  CHECK(c.str(c.math.bit_and(c("-12"), c("-10"))) == "-12");
  CHECK(c.str(c.math.bit_or(c("-12"), c("-10"))) == "-10");
  CHECK(c.str(c.math.bit_xor(c("-12"), c("-10"))) == "2");
  CHECK(c.str(c.math.invert(BigInt())) == "-1");
  CHECK(c.str(c.math.invert(c.i64(-1))) == "0");
  CHECK(c.str(c.math.invert(c("18446744073709551615"))) == "-18446744073709551616");
}

TEST_CASE("powers") {
  Calc c;
  CHECK(c.str(c.math.pow(BigInt(), BigInt())) == "1");
  CHECK(c.str(c.math.pow(BigInt(), c.i64(5))) == "0");
  CHECK(c.str(c.math.pow(c.i64(-2), c.i64(3))) == "-8");
  CHECK(c.str(c.math.pow(c.i64(-1), c("1001"))) == "-1");
  CHECK(c.str(c.math.pow(c.i64(-1), c("100000000000000000000"))) == "1");
  CHECK(c.str(c.math.pow(c.i64(10), c.i64(30))) == "1000000000000000000000000000000");
  CHECK(c.str(c.math.pow(c.i64(2), c.i64(-1))) == "NegativePower");
  CHECK(c.str(c.math.pow(c.i64(2), c("100000000000000000000"))) == "OverflowError");
  CHECK(c.str(c.math.pow_mod(c.i64(2), c.i64(10), c.i64(-7))) == "-5");
  CHECK(c.str(c.math.pow_mod(c.i64(-3), c.i64(3), c.i64(5))) == "3");
  CHECK(c.str(c.math.pow_mod(c.i64(3), c.i64(200), c.i64(1000))) == "1");
  CHECK(c.str(c.math.pow_mod(c.i64(7), c("12345678901234567890"), c.i64(1000000007))) == "831467634");
  CHECK(c.str(c.math.pow_mod(c.i64(7), c.i64(3), BigInt())) == "ZeroDivisionError");
  CHECK(c.str(c.math.pow_mod(c.i64(7), c.i64(-3), c.i64(5))) == "NegativePower");
  // CPython's answers, where MicroPython's mpz gives 0 and 1.
  CHECK(c.str(c.math.pow_mod(BigInt(), BigInt(), c.i64(5))) == "1");
  CHECK(c.str(c.math.pow_mod(c.i64(3), BigInt(), c.i64(-5))) == "-4");
  CHECK(c.str(c.math.pow_mod(c.i64(3), BigInt(), c.i64(1))) == "0");
}

TEST_CASE("parsing with Python's int() rules as MicroPython applies them") {
  Calc c;
  auto p = [&](std::string_view text, unsigned base) { return c.str(c.math.parse(text, base)); };
  CHECK(p("0x_ff", 0) == "255");
  CHECK(p("0X1F", 0) == "31");
  CHECK(p("0o17", 0) == "15");
  CHECK(p("0O17", 8) == "15");
  CHECK(p("0b101", 0) == "5");
  CHECK(p("0b1", 16) == "177");  // 0b1 in base 16 is a number, not a prefix
  CHECK(p("zZ", 36) == "1295");
  CHECK(p("1_0", 0) == "10");
  CHECK(p("00", 0) == "0");
  CHECK(p("0_0", 0) == "0");
  CHECK(p("_", 10) == "0");
  CHECK(p(" \t-12 \n", 10) == "-12");
  CHECK(p("\v+7\f", 0) == "7");
  CHECK(p("-0x10", 0) == "-16");
  CHECK(p("123456789012345678901234567890", 0) == "123456789012345678901234567890");
  for (auto [text, base] : {std::pair<const char*, unsigned>{"012", 0},
                            {"0x", 0},
                            {"0b", 2},
                            {"", 10},
                            {" ", 10},
                            {"-", 10},
                            {"1 2", 10},
                            {"--1", 10},
                            {"0b2", 0},
                            {"0o8", 0},
                            {"12a", 10},
                            {"1.5", 10}}) {
    CAPTURE(text);
    auto r = c.math.parse(text, base);
    REQUIRE(!r.ok());
    CHECK(bigint_fault(r.error()) == BigIntFault::kBadSyntax);
    CHECK(r.error().code == Errc::kSyntaxError);
  }
  CHECK(bigint_fault(c.math.parse("1", 1).error()) == BigIntFault::kBadBase);
  CHECK(bigint_fault(c.math.parse("1", 37).error()) == BigIntFault::kBadBase);
}

TEST_CASE("where the digits are, for the reference's error message") {
  // "invalid syntax for integer with base <base>: '<text from offset>'"
  auto at = [](std::string_view text, unsigned base) {
    IntDigits d = locate_int_digits(text, base);
    return std::to_string(d.base) + ":" + std::string(text.substr(d.offset));
  };
  CHECK(at("0b102", 0) == "2:102");
  CHECK(at("0xFG", 0) == "16:FG");
  CHECK(at("0o8", 0) == "8:8");
  CHECK(at("0x", 0) == "16:");
  CHECK(at("09", 0) == "0:09");
  CHECK(at("0755", 0) == "0:0755");
  CHECK(at("1if", 0) == "10:1if");
  CHECK(at(" -0b12", 0) == "2:12");
  CHECK(at("0x12", 10) == "10:0x12");
  Calc c;
  auto r = c.math.parse("0xFG", 0);
  REQUIRE(!r.ok());
  CHECK(r.error().offset == 2);
}

TEST_CASE("text in other bases") {
  Calc c;
  CHECK(c.str(c.i64(-255), 16, true) == "-0xff");
  CHECK(c.str(c.i64(8), 8, true) == "0o10");
  CHECK(c.str(c.i64(5), 2, true) == "0b101");
  CHECK(c.str(c.i64(1295), 36) == "zz");
  CHECK(c.str(c.i64(-35), 36, true) == "-z");  // no prefix outside 2, 8, 16
  CHECK(c.str(c("18446744073709551616"), 16) == "10000000000000000");
  CHECK(c.str(c("1000000000000000000"), 10) == "1000000000000000000");
  CHECK(!c.math.to_string(c.i64(1), 1).ok());
  for (unsigned base = 2; base <= 36; ++base) {
    CAPTURE(base);
    BigInt v = c("-98765432109876543210987654321098765432109876543210");
    CHECK(c(c.str(v, base), base) == v);
  }
}

TEST_CASE("small int fit for 31- and 63-bit small ints") {
  Calc c;
  CHECK(c("1073741823").fits_small_int(31));
  CHECK(!c("1073741824").fits_small_int(31));
  CHECK(c("-1073741824").fits_small_int(31));
  CHECK(!c("-1073741825").fits_small_int(31));
  CHECK(c("4611686018427387903").fits_small_int(63));
  CHECK(!c("4611686018427387904").fits_small_int(63));
  CHECK(c("-4611686018427387904").fits_small_int(63));
  CHECK(!c("-4611686018427387905").fits_small_int(63));
  CHECK(c.i64(INT64_MIN).fits_small_int(64));
  CHECK(!c("-4294967297").fits_small_int(33));
  CHECK(c("-4294967296").fits_small_int(33));
}

TEST_CASE("conversion to double as MicroPython's mpz does it") {
  Calc c;
  CHECK(c("9007199254740993").to_double() == 9007199254740992.0);
  CHECK(c("9007199254740995").to_double() == 9007199254740996.0);
  CHECK(c("18446744073709551615").to_double() == 18446744073709551616.0);
  CHECK(c("-18446744073709551615").to_double() == -18446744073709551616.0);
  CHECK(std::isinf(c.math.pow(c.i64(10), c.i64(400)).value().to_double()));
  // Folding 32-bit digits from the top rounds twice: one unit below the
  // correctly rounded 9.165726257768584e+26 (mpy-cross on x86-64).
  CHECK(float_line(c("916572625776858373883178900").to_double()) == "F 4587b15e6cd7dc4c 9.165726257768583e+26");
  // 16-bit digits (the VM on Cortex-M) round differently again.
  CHECK(c("5692915434447885068171").to_double(32) == 5.692915434447886e+21);
  CHECK(c("5692915434447885068171").to_double(16) == 5.692915434447885e+21);
}

TEST_CASE("conversion from double truncates exactly") {
  Calc c;
  CHECK(c.str(c.math.from_double(2.5)) == "2");
  CHECK(c.str(c.math.from_double(-2.5)) == "-2");
  CHECK(c.str(c.math.from_double(0.999)) == "0");
  CHECK(c.str(c.math.from_double(1e20)) == "100000000000000000000");
  CHECK(c.str(c.math.from_double(-9007199254740993.0)) == "-9007199254740992");
  CHECK(c.str(c.math.from_double(1e300)).size() == 301);
  CHECK(c.str(c.math.from_double(std::bit_cast<double>(uint64_t(0x7ff0000000000000)))) == "NotFinite");
  CHECK(c.str(c.math.from_double(std::bit_cast<double>(uint64_t(0x7ff8000000000000)))) == "NotFinite");
}

TEST_CASE("size limit and memory exhaustion are errors") {
  Arena arena(heap_block_source());
  BigMath small(arena, 100);
  BigInt a = small.parse("1000000000000000000").value();  // 60 bits
  CHECK(bigint_fault(small.mul(a, a).error()) == BigIntFault::kTooBig);
  CHECK(bigint_fault(small.lshift(a, 41).error()) == BigIntFault::kTooBig);
  CHECK(small.lshift(a, 40).ok());
  CHECK(bigint_fault(small.pow(a, small.from_int64(2).value()).error()) == BigIntFault::kTooBig);
  CHECK(bigint_fault(small.parse(std::string(40, '9')).error()) == BigIntFault::kTooBig);

  alignas(8) unsigned char buffer[64];
  Arena tiny(buffer, sizeof buffer);
  BigMath starved(tiny);
  auto r = starved.parse(std::string(200, '7'));
  REQUIRE(!r.ok());
  CHECK(bigint_fault(r.error()) == BigIntFault::kOutOfMemory);
  CHECK(r.error().code == Errc::kOutOfMemory);
}

TEST_CASE("large operands: Karatsuba products and long division agree") {
  Calc c;
  // Deterministic pseudo-random numbers of a few thousand limbs.
  auto make = [&](size_t digits, uint32_t seed) {
    std::string s;
    for (size_t i = 0; i < digits; ++i) {
      seed = seed * 1103515245u + 12345u;
      s.push_back(char('0' + (seed >> 16) % 10));
    }
    s[0] = '9';
    return c(s);
  };
  BigInt a = make(30000, 1), b = make(17000, 2), d = make(700, 3);
  BigInt ab = c.math.mul(a, b).value();
  auto dm = c.math.divmod(ab, b).value();
  CHECK(dm.quotient == a);
  CHECK(dm.remainder.is_zero());
  // (a + d)(a - d) == a*a - d*d, mixing balanced and unbalanced products.
  BigInt lhs = c.math.mul(c.math.add(a, d).value(), c.math.sub(a, d).value()).value();
  BigInt rhs = c.math.sub(c.math.mul(a, a).value(), c.math.mul(d, d).value()).value();
  CHECK(lhs == rhs);
  // a == q*d + r with 0 <= r < d.
  auto qr = c.math.divmod(a, d).value();
  CHECK(c.math.add(c.math.mul(qr.quotient, d).value(), qr.remainder).value() == a);
  CHECK(compare(qr.remainder, d) < 0);
  CHECK(!qr.remainder.is_negative());
  // Decimal text of a 30,000-digit number round-trips.
  std::string text = c.str(a);
  CHECK(text.size() == 30000);
  CHECK(c(text) == a);
  CHECK(c.str(c.math.pow(c.i64(3), c.i64(20000))).size() == 9543);
}

TEST_CASE("text of large numbers keeps the zeros between split halves") {
  Calc c;
  BigInt big = c.math.add(c.math.pow(c.i64(10), c.i64(5000)).value(), c.i64(1)).value();
  CHECK(c.str(big) == "1" + std::string(4999, '0') + "1");
  CHECK(c.str(c.math.neg(big)) == "-1" + std::string(4999, '0') + "1");
  BigInt p2 = c.math.lshift(c.i64(1), 20000).value();
  CHECK(c.str(p2, 16, true) == "0x1" + std::string(5000, '0'));
  CHECK(c.str(p2, 2) == "1" + std::string(20000, '0'));
  CHECK(c.str(c.math.sub(p2, c.i64(1)), 8) == "3" + std::string(6666, '7'));
  for (unsigned base : {3u, 7u, 10u, 36u}) {
    CAPTURE(base);
    BigInt v = c.math.sub(c.math.pow(c.i64(base), c.i64(4000)).value(), c.i64(1)).value();
    std::string text = c.str(v, base);
    CHECK(text == std::string(4000, "0123456789abcdefghijklmnopqrstuvwxyz"[base - 1]));
    CHECK(c(text, base) == v);
  }
}

TEST_CASE("golden integer operations") {
  std::ifstream in(std::string(CPY_SOURCE_DIR) + "/tests/golden/numbers/int.txt");
  REQUIRE(in.good());
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    REQUIRE(tab != std::string::npos);
    std::string query = unescape(line.substr(0, tab)), expected = line.substr(tab + 1);
    CAPTURE(query);
    Calc c;
    std::vector<std::string> w;
    for (size_t pos = 0; pos <= query.size();) {
      size_t sp = query.find(' ', pos);
      if (sp == std::string::npos) sp = query.size();
      w.push_back(query.substr(pos, sp - pos));
      pos = sp + 1;
    }
    std::string got;
    auto as_int = [&](const Result<BigInt>& r) { return r.ok() ? "I " + c.str(r.value()) : "E " + c.str(r); };
    const std::string& op = w[0];
    if (op == "i") {
      // "i <base> <text>": the text may hold spaces of its own.
      size_t text_at = 2 + w[1].size() + 1;
      std::string text = text_at <= query.size() ? query.substr(text_at) : "";
      got = as_int(c.math.parse(text, unsigned(std::stoi(w[1]))));
    } else if (op == "text") {
      got = "S " + c.str(c(w[2]), unsigned(std::stoi(w[1])), true);
    } else if (op == "float") {
      got = float_line(c(w[1]).to_double());
    } else if (op == "neg") {
      got = as_int(c.math.neg(c(w[1])));
    } else if (op == "invert") {
      got = as_int(c.math.invert(c(w[1])));
    } else if (op == "powmod") {
      got = as_int(c.math.pow_mod(c(w[1]), c(w[2]), c(w[3])));
    } else {
      BigInt a = c(w[1]), b = c(w[2]);
      if (op == "add") got = as_int(c.math.add(a, b));
      if (op == "sub") got = as_int(c.math.sub(a, b));
      if (op == "mul") got = as_int(c.math.mul(a, b));
      if (op == "floordiv") got = as_int(c.math.floordiv(a, b));
      if (op == "mod") got = as_int(c.math.mod(a, b));
      if (op == "pow") got = as_int(c.math.pow(a, b));
      if (op == "and") got = as_int(c.math.bit_and(a, b));
      if (op == "or") got = as_int(c.math.bit_or(a, b));
      if (op == "xor") got = as_int(c.math.bit_xor(a, b));
      if (op == "lshift") got = as_int(c.math.lshift(a, b));
      if (op == "rshift") got = as_int(c.math.rshift(a, b));
      if (op == "truediv") got = b.is_zero() ? "E ZeroDivisionError" : float_line(a.to_double() / b.to_double());
      if (op == "divmod") {
        auto r = c.math.divmod(a, b);
        got = r.ok() ? "T (" + c.str(r.value().quotient) + ", " + c.str(r.value().remainder) + ")"
                     : "E " + Calc::fault_name(r.error());
      }
    }
    CHECK(got == expected);
    ++n;
  }
  CHECK(n >= 500);
}

TEST_CASE("to_string_into writes into the caller's buffer of text_capacity bytes") {
  Calc c;
  // Values just below and at powers of every base, where the digit count steps.
  for (unsigned base : {2u, 3u, 7u, 8u, 10u, 16u, 36u}) {
    for (int exp : {0, 1, 9, 10, 31, 32, 63, 64, 200, 3000}) {
      BigInt p = c.math.pow(c.i64(base), c.i64(exp)).value();
      for (BigInt v : {p, c.math.sub(p, c.i64(1)).value(), c.math.neg(p).value()}) {
        for (bool prefix : {false, true}) {
          std::string want = c.str(v, base, prefix);
          size_t capacity = BigMath::text_capacity(v, base, prefix);
          CHECK(want.size() <= capacity);
          std::vector<char> out(capacity, '#');
          auto r = c.math.to_string_into(out.data(), capacity, v, base, prefix);
          REQUIRE(r.ok());
          CHECK(r.value().data() == out.data());
          CHECK(std::string(r.value()) == want);
        }
      }
    }
  }
  // A buffer under the bound is refused, never overrun.
  BigInt big = c("123456789012345678901234567890");
  char small[8];
  CHECK(Calc::fault_name(c.math.to_string_into(small, sizeof small, big).error()) == "MemoryError");
  CHECK(Calc::fault_name(c.math.to_string_into(small, sizeof small, big, 40).error()) == "ValueError");
}

TEST_CASE("an offered result buffer takes the result of add, sub, mul, shifts, floordiv and mod") {
  Calc c;
  BigInt a = c("340282366920938463463374607431768211455");  // 2**128 - 1
  BigInt b = c("18446744073709551619");                     // 2**64 + 3
  BigInt::Limb buffer[16];
  struct Case {
    const char* name;
    Result<BigInt> (*op)(BigMath&, BigInt, BigInt);
  };
  const Case cases[] = {
      {"add", [](BigMath& m, BigInt x, BigInt y) { return m.add(x, y); }},
      {"sub", [](BigMath& m, BigInt x, BigInt y) { return m.sub(x, y); }},
      {"mul", [](BigMath& m, BigInt x, BigInt y) { return m.mul(x, y); }},
      {"lshift", [](BigMath& m, BigInt x, BigInt) { return m.lshift(x, uint64_t(40)); }},
      {"rshift", [](BigMath& m, BigInt x, BigInt) { return m.rshift(x, uint64_t(40)); }},
      {"floordiv", [](BigMath& m, BigInt x, BigInt y) { return m.floordiv(x, y); }},
      {"mod", [](BigMath& m, BigInt x, BigInt y) { return m.mod(x, y); }},
  };
  for (const Case& k : cases) {
    CAPTURE(k.name);
    std::string want = c.str(k.op(c.math, a, b));
    c.math.offer_result_buffer(buffer, 16);
    auto r = k.op(c.math, a, b);
    REQUIRE(r.ok());
    CHECK(r.value().limbs().data() == buffer);
    CHECK(c.str(r.value()) == want);
    // Too small a buffer is passed over: the result comes from the arena.
    c.math.offer_result_buffer(buffer, 1);
    auto r2 = k.op(c.math, a, b);
    CHECK(r2.value().limbs().data() != buffer);
    CHECK(c.str(r2.value()) == want);
  }
  // The offer is for one allocation only.
  c.math.offer_result_buffer(buffer, 16);
  auto first = c.math.add(a, b).value();
  auto second = c.math.add(a, b).value();
  CHECK(first.limbs().data() == buffer);
  CHECK(second.limbs().data() != buffer);
}
