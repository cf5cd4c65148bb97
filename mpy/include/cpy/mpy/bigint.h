// Arbitrary-precision signed integers for the portable core, with Python's
// semantics: floor division, modulo with the divisor's sign, bitwise
// operations on infinite two's complement, arithmetic right shifts.
//
// A BigInt is a small value that views its digits (little-endian 32-bit
// limbs); it owns nothing. BigMath does the arithmetic and takes every limb
// it writes from one Arena, so results live as long as that arena (or the
// caller's buffer an arena was made over). Nothing allocates behind the
// caller's back and every failure is a Result.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "cpy/mpy/arena.h"
#include "cpy/mpy/result.h"

namespace cpy::mpy {

/// A signed integer of any size: a view of its magnitude's limbs plus a sign.
/// Zero has no limbs and is never negative; the top limb is never zero.
class BigInt {
 public:
  using Limb = uint32_t;
  static constexpr unsigned kLimbBits = 32;

  /// Zero.
  constexpr BigInt() = default;

  /// Views [limbs] (least significant first) as a magnitude with a sign.
  /// High zero limbs are ignored; zero is never negative.
  static BigInt from_limbs(std::span<const Limb> limbs, bool negative);

  /// The magnitude's limbs, least significant first, without high zeros.
  std::span<const Limb> limbs() const { return {limbs_, size_}; }
  bool is_zero() const { return size_ == 0; }
  bool is_negative() const { return negative_; }
  /// -1, 0 or 1.
  int sign() const { return negative_ ? -1 : (size_ ? 1 : 0); }
  bool is_odd() const { return size_ && (limbs_[0] & 1); }

  /// Bits in the magnitude, Python's int.bit_length(): 0 for zero.
  size_t bit_length() const;

  /// The value when it fits in int64_t.
  std::optional<int64_t> to_int64() const;

  /// Whether the value fits a [bits]-wide signed small int (MicroPython's
  /// 31 on 32-bit targets and in .mpy files, 63 on 64-bit hosts), i.e. lies
  /// in [-2**(bits-1), 2**(bits-1) - 1]. [bits] is 2..64.
  bool fits_small_int(unsigned bits) const;

  /// float(x) as MicroPython's mpz converts it: digits of [digit_bits] (16 or
  /// 32) folded in from the top with double arithmetic, so very large values
  /// can differ from the correctly rounded result, and values past the double
  /// range give infinity. mpy-cross on x86-64 uses 32-bit digits, the
  /// CircuitPython VM on Cortex-M 16-bit ones; for values below 2**64 both are
  /// correctly rounded.
  double to_double(unsigned digit_bits = 32) const;

  /// -1, 0 or 1 as [a] is less than, equal to or greater than [b].
  friend int compare(const BigInt& a, const BigInt& b);
  friend bool operator==(const BigInt& a, const BigInt& b) { return compare(a, b) == 0; }

 private:
  const Limb* limbs_ = nullptr;
  uint32_t size_ = 0;
  bool negative_ = false;
};

/// What went wrong in a BigMath operation, for mapping to Python exceptions.
enum class BigIntFault : uint8_t {
  kNone,
  kOutOfMemory,     ///< the arena ran out (MemoryError)
  kDivisionByZero,  ///< x // 0, x % 0, pow(x, y, 0) (ZeroDivisionError / ValueError)
  kNegativeShift,   ///< x << -1, x >> -1 (ValueError)
  kNegativePower,   ///< x ** -1 as an int; the caller computes a float instead
  kTooBig,          ///< a result past the configured size limit (OverflowError / MemoryError)
  kNotFinite,       ///< int() of inf or nan (OverflowError / ValueError)
  kBadBase,         ///< a base outside 0 and 2..36 (ValueError)
  kBadSyntax,       ///< text that is not an integer in the base (ValueError, SyntaxError in source)
};

/// Classifies an error that came from BigMath; kNone for any other error.
BigIntFault bigint_fault(const Error& error);

/// Where the digits of an integer's text begin and the base they are read
/// in, after whitespace, sign and any 0x/0o/0b prefix: what MicroPython's
/// "invalid syntax for integer with base <base>: '<digits>'" reports, the
/// digits being quoted from [offset] to the end of the text. [base] is 0 for
/// a base-0 number with a leading zero, which may only be zeros.
struct IntDigits {
  unsigned base = 10;
  size_t offset = 0;
};

/// Finds the digits of [text] read with [base] (0 or 2..36) as
/// BigMath::parse does.
IntDigits locate_int_digits(std::string_view text, unsigned base);

/// A quotient and a remainder with Python's floor semantics.
struct BigDivMod {
  BigInt quotient;
  BigInt remainder;
};

/// Arithmetic on BigInts. Every result's limbs (and every temporary's) come
/// from the arena given at construction; a result wider than [max_bits] bits
/// fails with BigIntFault::kTooBig instead of being computed.
class BigMath {
 public:
  /// Large enough for any constant a program would fold, small enough that a
  /// runaway `2 ** 10 ** 12` fails quickly.
  static constexpr size_t kDefaultMaxBits = size_t(1) << 24;

  explicit BigMath(Arena& arena, size_t max_bits = kDefaultMaxBits) : arena_(arena), max_bits_(max_bits) {}

  Arena& arena() { return arena_; }
  size_t max_bits() const { return max_bits_; }

  /// Lets the next limb allocation use [buffer] (zeroed first) instead of
  /// the arena, when it needs at most [capacity] limbs; a larger one
  /// withdraws the offer. add, sub, mul, the shifts, floordiv and mod
  /// allocate their result first, so a caller that knows a bound can have the result written
  /// straight into the object that will hold it (and otherwise moves the
  /// result there, since nothing else lives in the buffer by then).
  void offer_result_buffer(BigInt::Limb* buffer, size_t capacity) {
    offer_ = buffer;
    offer_capacity_ = capacity;
  }

  Result<BigInt> from_int64(int64_t value);
  Result<BigInt> from_uint64(uint64_t value);
  /// int(x) for a float: truncates towards zero, exactly.
  Result<BigInt> from_double(double value);
  /// A copy of [value] whose limbs live in this arena.
  Result<BigInt> copy(BigInt value);

  /// int([text], [base]) with MicroPython's rules: surrounding whitespace
  /// (space, \t \n \v \f \r), one optional sign, a 0x/0o/0b prefix when
  /// [base] is 0 or matches it, underscores skipped anywhere among the digits,
  /// letters in either case. With base 0 a number that starts with 0 may
  /// only be zeros. [base] is 0 or 2..36. Text that is not a number fails
  /// with kBadSyntax and the offset locate_int_digits() gives.
  Result<BigInt> parse(std::string_view text, unsigned base = 10);

  /// [value] as text in [base] (2..36, lower-case letters). With [prefix],
  /// bases 16, 8 and 2 get "0x", "0o" and "0b" after any '-', like hex(),
  /// oct() and bin(). The text lives in the arena.
  Result<std::string_view> to_string(BigInt value, unsigned base = 10, bool prefix = false);
  /// to_string into [out], [capacity] bytes of at least text_capacity(),
  /// instead of the arena (temporaries still come from it); the text starts
  /// at [out].
  Result<std::string_view> to_string_into(char* out, size_t capacity, BigInt value, unsigned base = 10,
                                          bool prefix = false);
  /// An upper bound on the bytes to_string's text of [value] takes.
  static size_t text_capacity(BigInt value, unsigned base = 10, bool prefix = false);

  Result<BigInt> neg(BigInt a);
  Result<BigInt> abs(BigInt a);
  /// ~a, which is -a - 1.
  Result<BigInt> invert(BigInt a);
  Result<BigInt> add(BigInt a, BigInt b);
  Result<BigInt> sub(BigInt a, BigInt b);
  Result<BigInt> mul(BigInt a, BigInt b);
  /// a // b, rounding towards negative infinity.
  Result<BigInt> floordiv(BigInt a, BigInt b);
  /// a % b, with the sign of b.
  Result<BigInt> mod(BigInt a, BigInt b);
  /// divmod(a, b).
  Result<BigDivMod> divmod(BigInt a, BigInt b);
  /// a ** b for b >= 0 (0 ** 0 is 1); negative b fails with kNegativePower.
  Result<BigInt> pow(BigInt a, BigInt b);
  /// pow(a, b, m) as CPython computes it for b >= 0: the result has m's sign.
  Result<BigInt> pow_mod(BigInt a, BigInt b, BigInt m);
  Result<BigInt> bit_and(BigInt a, BigInt b);
  Result<BigInt> bit_or(BigInt a, BigInt b);
  Result<BigInt> bit_xor(BigInt a, BigInt b);
  /// a << n; a negative n fails with kNegativeShift, a result past the
  /// limit with kTooBig (0 << n is 0 for any n >= 0).
  Result<BigInt> lshift(BigInt a, BigInt n);
  Result<BigInt> lshift(BigInt a, uint64_t n);
  /// a >> n, rounding towards negative infinity; a negative n fails with
  /// kNegativeShift, and (as in MicroPython) an n past int64_t with kTooBig.
  Result<BigInt> rshift(BigInt a, BigInt n);
  Result<BigInt> rshift(BigInt a, uint64_t n);

 private:
  enum class BitOp : uint8_t { kAnd, kOr, kXor };
  Result<BigInt> bitwise(BigInt a, BigInt b, BitOp op);
  Result<BigInt> add_signed(BigInt a, BigInt b, bool negate_b);
  Result<BigDivMod> divide(BigInt a, BigInt b, bool want_quotient, bool want_remainder);
  Result<char*> put_digits(BigInt value, unsigned base, std::span<const BigInt> powers, char* end, size_t width);
  Result<BigInt::Limb*> allocate(size_t limbs);
  Result<void> check_bits(size_t bits);

  Arena& arena_;
  size_t max_bits_;
  BigInt::Limb* offer_ = nullptr;
  size_t offer_capacity_ = 0;
};

}  // namespace cpy::mpy
