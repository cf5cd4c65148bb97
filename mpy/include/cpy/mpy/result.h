// Errors as values for the portable core: no exceptions, no allocation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <type_traits>
#include <utility>

namespace cpy {

/// What went wrong, as a number a driver can switch on.
enum class Errc : uint16_t {
  kOk = 0,
  kTruncated,          ///< the input ends inside a field
  kBadMagic,           ///< not a .mpy file at all
  kWrongFlavour,       ///< a MicroPython file where CircuitPython's is expected, or back
  kWrongVersion,       ///< a .mpy version other than 6
  kBadHeader,          ///< an impossible architecture or feature byte
  kVarintOverflow,     ///< a varint wider than 32 bits
  kBadQstr,            ///< a malformed qstr table entry, or a qstr index out of range
  kBadConst,           ///< a malformed constant, or a constant index out of range
  kUnsupportedNative,  ///< native (machine) code, which this reader does not load
  kBadPrelude,         ///< a function prelude that does not fit its data
  kBadOpcode,          ///< an opcode byte that is not in the table
  kBadOperand,         ///< an operand out of range for its function
  kBadJump,            ///< a jump to the middle of an instruction or outside the code
  kTooDeep,            ///< nesting past the configured limit
  kTrailingBytes,      ///< bytes left over after the module
  kOutOfMemory,        ///< the arena could not supply memory
  kBadArgument,        ///< the caller passed a model that cannot be written
  kSyntaxError,        ///< Python source the compiler rejects (SyntaxError)
  kIndentationError,   ///< Python source with inconsistent indentation (IndentationError)
  kNotImplemented,     ///< Python source using a feature the reference refuses (NotImplementedError)
};

/// An error with where it happened: a byte offset for binary input.
struct Error {
  Errc code = Errc::kOk;
  size_t offset = 0;
  const char* message = "";  ///< static text; never owned
};

/// Either a [T] or an [Error]. Check with `ok()` / `operator bool` before `value()`.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(const T& v) : ok_(true) { new (&value_) T(v); }
  Result(T&& v) : ok_(true) { new (&value_) T(std::move(v)); }
  Result(Error e) : error_(e), ok_(false) {}
  Result(const Result& o) : error_(o.error_), ok_(o.ok_) {
    if (ok_) new (&value_) T(o.value_);
  }
  Result(Result&& o) : error_(o.error_), ok_(o.ok_) {
    if (ok_) new (&value_) T(std::move(o.value_));
  }
  Result& operator=(const Result&) = delete;
  ~Result() {
    if (ok_) value_.~T();
  }

  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const { return error_; }
  T& value() & { return value_; }
  const T& value() const& { return value_; }
  T&& value() && { return std::move(value_); }

 private:
  union {
    T value_;
  };
  Error error_;
  bool ok_;
};

/// A Result with no value: success or an error.
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error e) : error_(e), ok_(false) {}
  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const { return error_; }

 private:
  Error error_;
  bool ok_ = true;
};

/// Builds an Error value: `return fail(Errc::kTruncated, at, "file ends early");`
inline Error fail(Errc code, size_t offset, const char* message) { return Error{code, offset, message}; }

}  // namespace cpy

/// Evaluates [expr] (a Result); on error returns the error from the enclosing
/// function, otherwise yields the value. A GNU statement expression, which
/// both g++ and clang accept.
#define CPY_TRY(expr)                                       \
  ({                                                        \
    auto cpy_try_result_ = (expr);                          \
    if (!cpy_try_result_.ok()) return cpy_try_result_.error(); \
    std::move(cpy_try_result_).value();                     \
  })

/// Like CPY_TRY for a Result<void>.
#define CPY_CHECK(expr)                                     \
  do {                                                      \
    auto cpy_check_result_ = (expr);                        \
    if (!cpy_check_result_.ok()) return cpy_check_result_.error(); \
  } while (0)
