// Number literals and the arithmetic of constant folding, with the results
// and the refusals of the reference's runtime (mp_binary_op on small ints,
// mpz ints and floats, as mpy-cross runs it on a 64-bit host).
#include <cmath>
#include <cstring>

#include "cpy/compiler/parser.h"

namespace cpy::compiler::parse_detail {

namespace {

using mpy::BigInt;
using mpy::BigMath;

// The reference host's small ints: 63 bits. Literal parsing switches to a
// big int when a value leaves this range (see parse_integer_literal).
constexpr int64_t kHostSmallMax = (int64_t(1) << 62) - 1;
constexpr int64_t kHostSmallMin = -(int64_t(1) << 62);

void set_int(Number& out, int64_t value) {
  out = Number{};
  out.small = value;
}

void set_int(Number& out, BigInt value) {
  out = Number{};
  if (auto fits = value.to_int64()) {
    out.small = *fits;
  } else {
    out.is_big = true;
    out.big = value;
  }
}

void set_float(Number& out, double value) {
  out = Number{};
  out.is_float = true;
  out.value = value;
}

Result<BigInt> as_big(BigMath& math, const Number& n) {
  return n.is_big ? Result<BigInt>(n.big) : math.from_int64(n.small);
}

bool is_negative(const Number& n) { return n.is_big ? n.big.is_negative() : n.small < 0; }
bool is_zero(const Number& n) { return n.is_big ? n.big.is_zero() : n.small == 0; }

// float(n) as the reference converts an int operand.
double to_double(const Number& n) {
  if (n.is_float) return n.value;
  if (n.is_big) return n.big.to_double(32);
  return double(n.small);
}

// Stores the result of a BigMath call; false (not folded) when it failed.
bool take(Result<BigInt> result, Number& out) {
  if (!result.ok()) return false;
  set_int(out, result.value());
  return true;
}

// Python's floor division and modulo on int64, for b != 0 and not (MIN, -1).
int64_t floor_divide(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

int64_t floor_modulo(int64_t a, int64_t b) {
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

// Floor division of floats as the reference computes it (mp_obj_float_divmod).
double float_floor_divide(double x, double y) {
  double mod = std::fmod(x, y);
  double div = (x - mod) / y;
  if (mod == 0.0) {
    // mod takes the divisor's sign; div is unchanged
  } else if ((mod < 0.0) != (y < 0.0)) {
    div -= 1.0;
  }
  if (div == 0.0) return std::copysign(0.0, x / y);
  double floored = std::floor(div);
  if (div - floored > 0.5) floored += 1.0;
  return floored;
}

double float_modulo(double x, double y) {
  double mod = std::fmod(x, y);
  if (mod == 0.0) return std::copysign(0.0, y);
  if ((mod < 0.0) != (y < 0.0)) mod += y;
  return mod;
}

// The reference's float operator (mp_obj_float_binary_op); false where it
// raises, returns "unsupported", or would produce a complex number.
bool fold_float(BinaryOp op, double lhs, double rhs, Number& out) {
  double result = 0;
  switch (op) {
    case BinaryOp::kAdd:
      result = lhs + rhs;
      break;
    case BinaryOp::kSubtract:
      result = lhs - rhs;
      break;
    case BinaryOp::kMultiply:
      result = lhs * rhs;
      break;
    case BinaryOp::kFloorDivide:
      if (rhs == 0.0) return false;
      result = float_floor_divide(lhs, rhs);
      break;
    case BinaryOp::kTrueDivide:
      if (rhs == 0.0) return false;
      result = lhs / rhs;
      break;
    case BinaryOp::kModulo:
      if (rhs == 0.0) return false;
      result = float_modulo(lhs, rhs);
      break;
    case BinaryOp::kPower:
      if (lhs == 0.0 && rhs < 0.0 && !std::isinf(rhs)) return false;
      if (lhs < 0.0 && rhs != std::floor(rhs) && !std::isnan(rhs)) return false;  // complex
      result = std::pow(lhs, rhs);
      break;
    default:
      return false;  // bitwise, shifts and @ are not defined on floats
  }
  set_float(out, result);
  return true;
}

// What the int64 fast path made of an operation.
enum class Small : uint8_t { kDone, kRefused, kNeedsBig };

Small fold_small(BinaryOp op, int64_t x, int64_t y, Number& out) {
  int64_t r = 0;
  switch (op) {
    case BinaryOp::kOr:
      r = x | y;
      break;
    case BinaryOp::kXor:
      r = x ^ y;
      break;
    case BinaryOp::kAnd:
      r = x & y;
      break;
    case BinaryOp::kLeftShift:
      if (y < 0) return Small::kRefused;
      if (x == 0) {
        r = 0;
        break;
      }
      if (y >= 62 || x > (INT64_MAX >> y) || x < (INT64_MIN >> y)) return Small::kNeedsBig;
      r = int64_t(uint64_t(x) << y);
      break;
    case BinaryOp::kRightShift:
      if (y < 0) return Small::kRefused;
      r = x >> (y > 63 ? 63 : y);
      break;
    case BinaryOp::kAdd:
      if (__builtin_add_overflow(x, y, &r)) return Small::kNeedsBig;
      break;
    case BinaryOp::kSubtract:
      if (__builtin_sub_overflow(x, y, &r)) return Small::kNeedsBig;
      break;
    case BinaryOp::kMultiply:
      if (__builtin_mul_overflow(x, y, &r)) return Small::kNeedsBig;
      break;
    case BinaryOp::kFloorDivide:
    case BinaryOp::kModulo:
      if (y == 0) return Small::kRefused;
      if (x == INT64_MIN && y == -1) return Small::kNeedsBig;
      r = op == BinaryOp::kFloorDivide ? floor_divide(x, y) : floor_modulo(x, y);
      break;
    case BinaryOp::kPower: {
      if (y < 0) return Small::kNeedsBig;  // handled as a float power by the caller
      int64_t result = 1;
      int64_t base = x;
      for (int64_t e = y; e > 0; e >>= 1) {
        if ((e & 1) && __builtin_mul_overflow(result, base, &result)) return Small::kNeedsBig;
        if (e > 1 && __builtin_mul_overflow(base, base, &base)) return Small::kNeedsBig;
      }
      r = result;
      break;
    }
    default:
      return Small::kNeedsBig;
  }
  set_int(out, r);
  return Small::kDone;
}

bool fold_int(BigMath& math, BinaryOp op, const Number& a, const Number& b, Number& out) {
  if (op == BinaryOp::kMatMultiply) return false;  // ints have no @
  if (op == BinaryOp::kTrueDivide) {
    if (is_zero(b)) return false;
    set_float(out, to_double(a) / to_double(b));
    return true;
  }
  if (op == BinaryOp::kPower && is_negative(b)) {
    // An int to a negative power is a float power.
    return fold_float(op, to_double(a), to_double(b), out);
  }
  if (!a.is_big && !b.is_big) {
    switch (fold_small(op, a.small, b.small, out)) {
      case Small::kDone:
        return true;
      case Small::kRefused:
        return false;
      case Small::kNeedsBig:
        break;
    }
  }
  auto left = as_big(math, a);
  auto right = as_big(math, b);
  if (!left.ok() || !right.ok()) return false;
  BigInt x = left.value();
  BigInt y = right.value();
  switch (op) {
    case BinaryOp::kOr:
      return take(math.bit_or(x, y), out);
    case BinaryOp::kXor:
      return take(math.bit_xor(x, y), out);
    case BinaryOp::kAnd:
      return take(math.bit_and(x, y), out);
    case BinaryOp::kLeftShift:
    case BinaryOp::kRightShift: {
      // The count must be a machine word (OverflowError otherwise) and not
      // negative (ValueError).
      if (b.is_big || b.small < 0) return false;
      uint64_t count = uint64_t(b.small);
      return take(op == BinaryOp::kLeftShift ? math.lshift(x, count) : math.rshift(x, count), out);
    }
    case BinaryOp::kAdd:
      return take(math.add(x, y), out);
    case BinaryOp::kSubtract:
      return take(math.sub(x, y), out);
    case BinaryOp::kMultiply:
      return take(math.mul(x, y), out);
    case BinaryOp::kFloorDivide:
      if (y.is_zero()) return false;
      return take(math.floordiv(x, y), out);
    case BinaryOp::kModulo:
      if (y.is_zero()) return false;
      return take(math.mod(x, y), out);
    case BinaryOp::kPower:
      return take(math.pow(x, y), out);
    default:
      return false;
  }
}

// Appends [text] to [out] quoted as the reference quotes bytes in messages.
char* append_quoted(char* out, std::string_view text) {
  bool has_single = false;
  bool has_double = false;
  for (char c : text) {
    if (c == '\'') has_single = true;
    if (c == '"') has_double = true;
  }
  char quote = has_single && !has_double ? '"' : '\'';
  *out++ = quote;
  static const char kHex[] = "0123456789abcdef";
  for (unsigned char c : text) {
    if (c == quote || c == '\\') {
      *out++ = '\\';
      *out++ = char(c);
    } else if (c >= 0x20 && c < 0x7f) {
      *out++ = char(c);
    } else if (c == '\n' || c == '\r' || c == '\t') {
      *out++ = '\\';
      *out++ = c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
    } else {
      *out++ = '\\';
      *out++ = 'x';
      *out++ = kHex[c >> 4];
      *out++ = kHex[c & 15];
    }
  }
  *out++ = quote;
  return out;
}

// "invalid syntax for integer with base N: '...'", built in [arena].
Error integer_syntax_error(Arena& arena, int base, std::string_view digits, uint32_t line) {
  static const char kFallback[] = "invalid syntax for integer";
  char head[48];
  int head_size = 0;
  {
    const char prefix[] = "invalid syntax for integer with base ";
    std::memcpy(head, prefix, sizeof(prefix) - 1);
    head_size = int(sizeof(prefix) - 1);
    if (base >= 10) head[head_size++] = char('0' + base / 10);
    head[head_size++] = char('0' + base % 10);
    head[head_size++] = ':';
    head[head_size++] = ' ';
  }
  size_t room = size_t(head_size) + digits.size() * 4 + 3;
  auto* text = static_cast<char*>(arena.allocate(room, 1));
  if (!text) return fail(Errc::kSyntaxError, line, kFallback);
  std::memcpy(text, head, size_t(head_size));
  char* end = append_quoted(text + head_size, digits);
  *end = '\0';
  return fail(Errc::kSyntaxError, line, text);
}

// The value of a digit character in bases up to 36, or 99 for anything else.
unsigned digit_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c |= 0x20;
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  return 99;
}

}  // namespace

bool fits_small_int(int64_t value, unsigned bits) {
  if (bits >= 64) return true;
  if (bits < 2) bits = 2;
  int64_t high = int64_t(uint64_t(-1) << (bits - 1));
  int64_t masked = value & high;
  return masked == 0 || masked == high;
}

bool fold_binary(BigMath& math, BinaryOp op, const Number& lhs, const Number& rhs, Number& out) {
  if (lhs.is_float || rhs.is_float) return fold_float(op, to_double(lhs), to_double(rhs), out);
  return fold_int(math, op, lhs, rhs, out);
}

bool fold_unary(BigMath& math, UnaryOp op, const Number& operand, Number& out) {
  if (op == UnaryOp::kPositive) {
    out = operand;  // the same object
    return true;
  }
  if (operand.is_float) {
    if (op == UnaryOp::kInvert) return false;
    set_float(out, -operand.value);
    return true;
  }
  // The reference's big ints stay big under - and ~ even when the result
  // would fit a small int (as for -(2**62)); small ints give small results
  // where they fit.
  bool was_big = operand.is_big || operand.boxed || operand.small > kHostSmallMax || operand.small < kHostSmallMin;
  if (op == UnaryOp::kInvert) {
    if (operand.is_big) {
      if (!take(math.invert(operand.big), out)) return false;
    } else {
      set_int(out, ~operand.small);
    }
  } else if (!operand.is_big && operand.small != INT64_MIN) {
    set_int(out, -operand.small);
  } else {
    auto big = as_big(math, operand);
    if (!big.ok() || !take(math.neg(big.value()), out)) return false;
  }
  out.boxed = was_big && !out.is_big && out.small >= kHostSmallMin && out.small <= kHostSmallMax;
  return true;
}

Result<Number> parse_integer_literal(std::string_view text, BigMath& math, uint32_t line) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t size = text.size();
  size_t at = 0;
  // The base prefix. With no prefix a leading 0 means "base 1": only zeros
  // may follow, and the message then says base 0.
  unsigned base = 10;
  if (size > 1 && s[0] == '0') {
    unsigned char c = s[1] | 0x20;
    if (c == 'x') {
      base = 16;
      at = 2;
    } else if (c == 'o') {
      base = 8;
      at = 2;
    } else if (c == 'b') {
      base = 2;
      at = 2;
    } else {
      base = 1;
    }
  }
  size_t start = at;
  Number result;
  int64_t value = 0;
  bool overflow = false;
  for (; at < size; ++at) {
    if (s[at] == '_') continue;
    unsigned digit = digit_value(s[at]);
    if (digit >= base) break;
    if (__builtin_mul_overflow(value, int64_t(base), &value) || __builtin_add_overflow(value, int64_t(digit), &value) ||
        value > kHostSmallMax || value < kHostSmallMin) {
      overflow = true;
      break;
    }
  }
  if (overflow) {
    // Read again as a big int, which stops at the first non-digit
    // (underscores included).
    at = start;
    while (at < size && digit_value(s[at]) < base) ++at;
    auto big = math.parse(text.substr(start, at - start), base);
    if (!big.ok()) return fail(Errc::kOutOfMemory, 0, "memory allocation failed");
    set_int(result, big.value());
  } else {
    set_int(result, value);
  }
  if (at == start || at != size) {
    return integer_syntax_error(math.arena(), base == 1 ? 0 : int(base), text.substr(start), line);
  }
  return result;
}

}  // namespace cpy::compiler::parse_detail
