// What the compiler's fuzz targets accept as a failure: an error of a kind
// the reference compiler can raise, with a line where it reports one.
#pragma once

#include "cpy/mpy/result.h"

namespace cpy::fuzz {

inline bool is_reference_error(const Error& error) {
  switch (error.code) {
    case Errc::kSyntaxError:
    case Errc::kIndentationError:
      return error.offset >= 1;
    case Errc::kNotImplemented:
    case Errc::kOutOfMemory:
    case Errc::kTooDeep:
      return true;
    default:
      return false;
  }
}

}  // namespace cpy::fuzz
