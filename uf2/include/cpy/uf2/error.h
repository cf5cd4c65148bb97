// The one exception type the UF2 library throws: readers and converters stop
// at the first fault and say where it is.
#pragma once

#include <stdexcept>
#include <string>

namespace cpy::uf2 {

/// A malformed input or an impossible conversion; what() is the full message,
/// already naming the line, block or offset at fault.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace cpy::uf2
