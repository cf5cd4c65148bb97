// Float and complex numbers as text, the way CircuitPython 10's mpy-cross
// reads and writes them: the parser's float literals, and the repr text a
// .mpy file stores for float and complex constants.
//
// Both directions reproduce the reference bit for bit rather than being
// correctly rounded. mpy-cross built for x86-64 uses MicroPython's "exact"
// float formatting, which does its decimal scaling in the x87 80-bit long
// double; the same arithmetic is emulated here in integers, so the results
// are identical on every host and on Cortex-M.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "cpy/mpy/result.h"

namespace cpy::mpy {

/// A short piece of number text held by value, so formatting never allocates.
class NumberText {
 public:
  /// Room for the longest complex repr with margin.
  static constexpr size_t kCapacity = 96;

  std::string_view view() const { return std::string_view(chars_.data(), size_); }
  const char* data() const { return chars_.data(); }
  size_t size() const { return size_; }
  bool operator==(std::string_view text) const { return view() == text; }

  /// Appends [c]; characters past kCapacity are dropped.
  void push(char c) {
    if (size_ < kCapacity) chars_[size_++] = c;
  }
  /// Appends [text]; characters past kCapacity are dropped.
  void append(std::string_view text) {
    for (char c : text) push(c);
  }

 private:
  std::array<char, kCapacity> chars_{};
  size_t size_ = 0;
};

/// What parse_float accepts besides a plain float.
struct FloatSyntax {
  bool allow_imag = true;      ///< a trailing `j`/`J` makes an imaginary number (the parser's literals)
  bool force_complex = false;  ///< complex("1+2j") rules: a real part, then an optional imaginary part
};

/// A parsed number: a float, or a complex when the text had a `j` suffix or
/// the caller forced complex.
struct ParsedFloat {
  double real = 0;
  double imag = 0;
  bool is_complex = false;
};

/// Parses [text] as MicroPython's mp_parse_num_decimal does: leading and
/// trailing whitespace, an optional sign, "inf"/"infinity"/"nan" in any case,
/// digits with an optional fraction and exponent, underscores ignored, and
/// (per [syntax]) a `j` suffix. The value is the reference's, bit for bit,
/// including where it is not correctly rounded. Fails with kSyntaxError
/// ("invalid syntax for number") where the reference raises ValueError.
Result<ParsedFloat> parse_float(std::string_view text, FloatSyntax syntax = {});

/// Parses the unsigned decimal number at the start of [text] (digits, '.',
/// exponent, underscores) into [value]; returns how many characters it used.
/// Fails when an exponent marker has no digits after it. This is the routine
/// float formatting uses to check its own output.
Result<size_t> parse_unsigned_decimal(std::string_view text, double& value);

/// How format_float lays out a number.
struct FloatFormat {
  char fmt = 'g';               ///< 'e', 'f', 'g' or their upper-case forms
  int precision = -1;           ///< digits; -1 means 6; kReprPrecision means repr
  char sign = '\0';             ///< '\0', '+' or ' ': what to put before non-negative numbers
  bool always_decimal = false;  ///< append ".0" when the text has no '.', 'e' or 'n'
  bool add_percent = false;     ///< append '%'
};

/// The precision value that asks format_float for repr's shortest-that-reads-back digits.
inline constexpr int kReprPrecision = 99;

/// Formats [value] as MicroPython's mp_print_float does (without padding),
/// including its 33-character working buffer and the precision limits that
/// follow from it.
NumberText format_float(double value, FloatFormat format);

/// repr(float): "1.5", "1.0", "1e+100", "0.1", "inf", "-inf", "nan", "-0.0".
NumberText float_repr(double value);

/// repr(complex): "2j", "-0j", "(1+2j)", "(nan+infj)".
NumberText complex_repr(double real, double imag);

/// Exposes the emulated 80-bit extended arithmetic: [value] (not negative)
/// times 10**[exponent], computed by repeated squaring in long double
/// precision and rounded to a double. (For tests; the parser and formatter
/// use it internally.)
double decimal_scale(double value, int exponent);

}  // namespace cpy::mpy
