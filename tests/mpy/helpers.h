// Shared test helpers for the mpy/ unit tests.
#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "cpy/mpy/bytes.h"

namespace cpy::test {

/// A ByteSink into a vector.
class VectorSink final : public mpy::ByteSink {
 public:
  void put(std::span<const uint8_t> bytes) override { data.insert(data.end(), bytes.begin(), bytes.end()); }
  std::string text() const { return std::string(data.begin(), data.end()); }
  std::vector<uint8_t> data;
};

inline std::vector<uint8_t> read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), {});
}

/// Reference output of CircuitPython 10.3.0-alpha.4 mpy-cross for the source
/// "x = 1\nprint(x + 2)\n" compiled as t.py.
inline const std::vector<uint8_t> kSmallModule = {
    0x43, 0x06, 0x00, 0x1f, 0x04, 0x00, 0x08, 't',  '.',  'p',  'y',  0x00, 0x0f, 0x02, 'x',
    0x00, 0x81, 0x77, 0x81, 0x10, 0x10, 0x04, 0x01, 0x23, 0x81, 0x16, 0x02, 0x11, 0x03, 0x11,
    0x02, 0x82, 0xf2, 0x34, 0x01, 0x59, 0x51, 0x63};

}  // namespace cpy::test
