// Float literals and float/complex repr against CircuitPython 10's mpy-cross:
// hand-picked edge cases here, and a larger sample in tests/golden/numbers/
// (see the README there for where the expectations come from).
#include <doctest/doctest.h>

#include <bit>
#include <cstdio>
#include <fstream>
#include <string>

#include "cpy/mpy/float_text.h"

using namespace cpy;
using namespace cpy::mpy;

namespace {

double from_bits(uint64_t bits) { return std::bit_cast<double>(bits); }
uint64_t to_bits(double d) { return std::bit_cast<uint64_t>(d); }

std::string repr(double d) { return std::string(float_repr(d).view()); }
std::string crepr(double re, double im) { return std::string(complex_repr(re, im).view()); }

std::string hex64(uint64_t v) {
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

// What the reference harness prints for a parsed number: "F <bits> <repr>",
// "C <re bits> <im bits> <repr>" or "E ValueError".
std::string describe(const Result<ParsedFloat>& r) {
  if (!r.ok()) return "E ValueError";
  const ParsedFloat& p = r.value();
  if (p.is_complex) return "C " + hex64(to_bits(p.real)) + " " + hex64(to_bits(p.imag)) + " " + crepr(p.real, p.imag);
  return "F " + hex64(to_bits(p.real)) + " " + repr(p.real);
}

uint64_t parse_bits(std::string_view text) {
  auto r = parse_float(text);
  REQUIRE(r.ok());
  REQUIRE(!r.value().is_complex);
  return to_bits(r.value().real);
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

// Runs every "<query>\t<expected>" line of a golden file through [check];
// returns the number of lines.
template <class F>
size_t for_each_golden(const char* name, F&& check) {
  std::ifstream in(std::string(CPY_SOURCE_DIR) + "/tests/golden/numbers/" + name);
  REQUIRE_MESSAGE(in.good(), "missing golden file ", name);
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    REQUIRE(tab != std::string::npos);
    check(unescape(line.substr(0, tab)), line.substr(tab + 1));
    ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("repr of zeros, infinities and NaN") {
  CHECK(repr(0.0) == "0.0");
  CHECK(repr(-0.0) == "-0.0");
  CHECK(repr(from_bits(0x7ff0000000000000)) == "inf");
  CHECK(repr(from_bits(0xfff0000000000000)) == "-inf");
  CHECK(repr(from_bits(0x7ff8000000000000)) == "nan");
  CHECK(repr(from_bits(0xfff8000000000000)) == "nan");  // NaN never shows a sign
  CHECK(repr(from_bits(0x7ff0000000000001)) == "nan");
}

TEST_CASE("repr switches to an exponent at 1e16 and below 1e-4") {
  CHECK(repr(1.0) == "1.0");
  CHECK(repr(-1.0) == "-1.0");
  CHECK(repr(100.0) == "100.0");
  CHECK(repr(1e15) == "1000000000000000.0");
  CHECK(repr(9999999999999998.0) == "9999999999999998.0");
  CHECK(repr(1e16) == "1e+16");
  CHECK(repr(123456789012345678.0) == "1.2345678901234568e+17");
  CHECK(repr(0.0001) == "0.0001");
  CHECK(repr(0.00012345) == "0.00012345");
  CHECK(repr(1e-5) == "1e-05");
  CHECK(repr(2.5e-5) == "2.5e-05");
  CHECK(repr(1.5e-7) == "1.5e-07");
  CHECK(repr(1e100) == "1e+100");
  CHECK(repr(1e-100) == "1e-100");
  CHECK(repr(1e22) == "1e+22");
  CHECK(repr(1e23) == "1e+23");
}

TEST_CASE("repr uses 16 digits when they read back, else up to 19") {
  CHECK(repr(0.1) == "0.1");
  CHECK(repr(1.0 / 3) == "0.3333333333333333");
  CHECK(repr(2.0 / 3) == "0.6666666666666666");
  CHECK(repr(0.30000000000000004) == "0.30000000000000004");
  CHECK(repr(1.0000000000000002) == "1.0000000000000002");
  CHECK(repr(12345.678) == "12345.678");
  CHECK(repr(3.14159) == "3.14159");
  // Unlike CPython, never shorter than 16 significant digits would allow.
  CHECK(repr(5e-324) == "4.940656458412465e-324");
  CHECK(repr(1.7976931348623157e308) == "1.7976931348623157e+308");
  CHECK(repr(2.2250738585072014e-308) == "2.2250738585072014e-308");
}

TEST_CASE("repr of powers of two") {
  CHECK(repr(0.5) == "0.5");
  CHECK(repr(0.25) == "0.25");
  CHECK(repr(4503599627370496.0) == "4503599627370496.0");  // 2**52
  CHECK(repr(9007199254740992.0) == "9007199254740992.0");  // 2**53
  CHECK(repr(9223372036854775808.0) == "9.223372036854776e+18");
  CHECK(repr(18446744073709551616.0) == "1.8446744073709552e+19");
  CHECK(repr(from_bits(0x7fe0000000000000)) == "8.98846567431158e+307");  // 2**1023
  // Every power of two reads back as itself.
  for (int e = -1074; e <= 1023; ++e) {
    double d = from_bits(e >= -1022 ? uint64_t(e + 1023) << 52 : uint64_t(1) << (e + 1074));
    CAPTURE(e);
    CHECK(parse_bits(float_repr(d).view()) == to_bits(d));
  }
}

TEST_CASE("complex repr") {
  CHECK(crepr(0.0, 2.0) == "2j");
  CHECK(crepr(0.0, 0.0) == "0j");
  CHECK(crepr(1.0, 2.0) == "(1+2j)");
  CHECK(crepr(-1.5, -2.5) == "(-1.5-2.5j)");
  CHECK(crepr(1e100, 1e-100) == "(1e+100+1e-100j)");
  CHECK(crepr(1.0, -0.0) == "(1-0j)");
  // A zero real part, of either sign, is left out.
  CHECK(crepr(-0.0, -0.0) == "-0j");
  CHECK(crepr(0.0, -0.0) == "-0j");
  CHECK(crepr(-0.0, 1.0) == "1j");
  double nan = from_bits(0x7ff8000000000000), inf = from_bits(0x7ff0000000000000);
  CHECK(crepr(nan, nan) == "(nan+nanj)");
  CHECK(crepr(1.0, inf) == "(1+infj)");
  CHECK(crepr(inf, -inf) == "(inf-infj)");
  CHECK(crepr(1.0, from_bits(0xfff8000000000000)) == "(1+nanj)");
}

TEST_CASE("float literals, exactly as the reference parses them") {
  CHECK(parse_bits("0.1") == 0x3fb999999999999a);
  CHECK(parse_bits("1e22") == 0x4480f0cf064dd592);
  CHECK(parse_bits("9007199254740993") == 0x4340000000000000);
  CHECK(parse_bits("123456789012345678901234567890") == 0x45f8ee90ff6c373e);
  CHECK(parse_bits("0.000000000000000000000000000001") == 0x39b4484bfeebc2a0);
  // Not correctly rounded: the reference lands one unit above 1e126, so
  // the correctly rounded double prints as 9.999999999999999e+125.
  CHECK(parse_bits("1e126") == 0x5a17a2ecc414a040);
  CHECK(repr(from_bits(0x5a17a2ecc414a03f)) == "9.999999999999999e+125");
  // Subnormals, underflow and overflow.
  CHECK(parse_bits("4.9406564584124654e-324") == 1);
  CHECK(parse_bits("2.4703282292062328e-324") == 1);
  CHECK(parse_bits("2.4703282292062327e-324") == 0);
  CHECK(parse_bits("2e-400") == 0);
  CHECK(parse_bits("1e-99999999999") == 0);
  CHECK(parse_bits("1.7976931348623158e308") == 0x7fefffffffffffff);
  CHECK(parse_bits("1.7976931348623159e308") == 0x7ff0000000000000);
  CHECK(parse_bits("1e309") == 0x7ff0000000000000);
  CHECK(parse_bits("0e999999999999") == 0);
  // Many digits: only the first 19 or so count.
  CHECK(parse_bits(std::string(400, '1')) == 0x7ff0000000000000);
  CHECK(parse_bits(std::string(300, '1')) == parse_bits("1.111111111111111111e299"));
  CHECK(parse_bits("0." + std::string(400, '0') + "1") == 0);
}

TEST_CASE("float syntax the reference accepts and rejects") {
  CHECK(describe(parse_float(".5")) == "F 3fe0000000000000 0.5");
  CHECK(describe(parse_float("5.")) == "F 4014000000000000 5.0");
  CHECK(describe(parse_float("00.5e-0")) == "F 3fe0000000000000 0.5");
  CHECK(describe(parse_float("1_000.5")) == "F 408f440000000000 1000.5");
  CHECK(describe(parse_float(" 1.5 ")) == "F 3ff8000000000000 1.5");
  CHECK(describe(parse_float("\t-2.5\t")) == "F c004000000000000 -2.5");
  CHECK(describe(parse_float("infinity")) == "F 7ff0000000000000 inf");
  CHECK(describe(parse_float("iNf")) == "F 7ff0000000000000 inf");
  CHECK(describe(parse_float("-inf")) == "F fff0000000000000 -inf");
  CHECK(describe(parse_float("nan")) == "F 7ff8000000000000 nan");
  CHECK(describe(parse_float("-nan")) == "F fff8000000000000 nan");
  // Quirks: an exponent, a point or an underscore alone reads as zero.
  CHECK(describe(parse_float("e5")) == "F 0000000000000000 0.0");
  CHECK(describe(parse_float(".")) == "F 0000000000000000 0.0");
  CHECK(describe(parse_float("_")) == "F 0000000000000000 0.0");
  for (const char* bad : {"", " ", "1e", "1e+", "1e-", "1.2.3", "1ee5", "1e5e5", "--1", "+-1", "1.5 j", "12abc", "0x10",
                          "infin", "in", "na", "i"}) {
    CAPTURE(bad);
    auto r = parse_float(bad);
    REQUIRE(!r.ok());
    CHECK(r.error().code == Errc::kSyntaxError);
    CHECK(std::string(r.error().message) == "invalid syntax for number");
  }
}

TEST_CASE("imaginary literals and complex() strings") {
  CHECK(describe(parse_float("1.5j")) == "C 0000000000000000 3ff8000000000000 1.5j");
  CHECK(describe(parse_float("1e5j")) == "C 0000000000000000 40f86a0000000000 100000j");
  CHECK(describe(parse_float("J")) == "C 0000000000000000 3ff0000000000000 1j");
  CHECK(describe(parse_float("-j")) == "C 0000000000000000 bff0000000000000 -1j");
  CHECK(describe(parse_float("infj")) == "C 0000000000000000 7ff0000000000000 infj");
  FloatSyntax no_imag;
  no_imag.allow_imag = false;
  CHECK(!parse_float("1j", no_imag).ok());
  FloatSyntax complex_syntax;
  complex_syntax.force_complex = true;
  auto c = [&](const char* text) { return describe(parse_float(text, complex_syntax)); };
  CHECK(c("1+2j") == "C 3ff0000000000000 4000000000000000 (1+2j)");
  CHECK(c("-1.5-2.5j") == "C bff8000000000000 c004000000000000 (-1.5-2.5j)");
  CHECK(c("3") == "C 4008000000000000 0000000000000000 (3+0j)");
  CHECK(c(" 1 +2j") == "C 3ff0000000000000 4000000000000000 (1+2j)");
  CHECK(c("1+j") == "C 3ff0000000000000 3ff0000000000000 (1+1j)");
  CHECK(c("inf-nanj") == "C 7ff0000000000000 fff8000000000000 (inf+nanj)");
  CHECK(c("1e5+1e-5J") == "C 40f86a0000000000 3ee4f8b588e368f1 (100000+1e-05j)");
  for (const char* bad : {"j+1", "1j+1", "1+2", "1+2j+3j"}) {
    CAPTURE(bad);
    CHECK(!parse_float(bad, complex_syntax).ok());
  }
}

TEST_CASE("parse_unsigned_decimal stops at the first character it cannot use") {
  double v = 0;
  auto r = parse_unsigned_decimal("2.5e3xyz", v);
  REQUIRE(r.ok());
  CHECK(r.value() == 5);
  CHECK(v == 2500.0);
  CHECK(!parse_unsigned_decimal("7e", v).ok());
}

TEST_CASE("format_float's other layouts") {
  auto f = [](double v, char fmt, int prec, char sign = '\0') {
    FloatFormat format;
    format.fmt = fmt;
    format.precision = prec;
    format.sign = sign;
    return std::string(format_float(v, format).view());
  };
  CHECK(f(1.5, 'g', -1) == "1.5");
  CHECK(f(1.5, 'e', 3) == "1.500e+00");
  CHECK(f(1.5, 'E', 3) == "1.500E+00");
  CHECK(f(1.5, 'f', 2) == "1.50");
  CHECK(f(1.5, 'f', 2, '+') == "+1.50");
  CHECK(f(-1.5, 'f', 2, '+') == "-1.50");
  CHECK(f(from_bits(0x7ff0000000000000), 'F', 2) == "INF");
  CHECK(f(123456789.0, 'g', -1) == "1.23457e+08");
}

TEST_CASE("decimal_scale follows long double rounding") {
  CHECK(decimal_scale(1.0, 22) == 1e22);
  CHECK(decimal_scale(1.0, 0) == 1.0);
  CHECK(decimal_scale(0.0, 300) == 0.0);
  CHECK(to_bits(decimal_scale(1.0, 126)) == 0x5a17a2ecc414a040);
  CHECK(to_bits(decimal_scale(1.0, 400)) == 0x7ff0000000000000);
  CHECK(decimal_scale(1.0, -400) == 0.0);
}

TEST_CASE("golden float literals and complex strings") {
  size_t n = for_each_golden("float_parse.txt", [](const std::string& query, const std::string& expected) {
    CAPTURE(query);
    FloatSyntax syntax;
    syntax.force_complex = query[0] == 'x';
    CHECK(describe(parse_float(std::string_view(query).substr(2), syntax)) == expected);
  });
  CHECK(n >= 800);
}

TEST_CASE("golden float and complex repr") {
  size_t n = for_each_golden("float_repr.txt", [](const std::string& query, const std::string& expected) {
    CAPTURE(query);
    if (query[0] == 'r') {
      double d = from_bits(std::stoull(query.substr(2), nullptr, 16));
      CHECK("F " + hex64(to_bits(d)) + " " + repr(d) == expected);
    } else {
      double re = from_bits(std::stoull(query.substr(2, 16), nullptr, 16));
      double im = from_bits(std::stoull(query.substr(19, 16), nullptr, 16));
      CHECK("C " + hex64(to_bits(re)) + " " + hex64(to_bits(im)) + " " + crepr(re, im) == expected);
    }
  });
  CHECK(n >= 400);
}
