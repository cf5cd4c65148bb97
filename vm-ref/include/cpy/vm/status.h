// How VM operations report a Python exception: the exception object is
// stored in the VM as pending, and the operation returns kRaised (or a null
// Value). The interpreter then unwinds to the nearest handler.
#pragma once

#include <cstdint>

namespace cpy::vm {

/// Outcome of an operation that may raise.
enum class [[nodiscard]] Status : uint8_t {
  kOk,
  kRaised,  ///< an exception is pending in the VM
};

}  // namespace cpy::vm

/// Returns kRaised from the enclosing function when [expr] raised.
#define CPY_VM_CHECK(expr)                                       \
  do {                                                           \
    if ((expr) == ::cpy::vm::Status::kRaised) return ::cpy::vm::Status::kRaised; \
  } while (0)
