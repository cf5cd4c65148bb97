// libFuzzer target: the Intel HEX reader, and the UF2 encoder and HEX
// writer fed with what it reads. Only cpy::uf2::Error may escape.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "cpy/uf2/encode.h"
#include "cpy/uf2/error.h"
#include "cpy/uf2/hex.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  (void)cpy::uf2::looks_like_hex(std::span<const uint8_t>(data, size));
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (bool require_eof : {true, false}) {
    try {
      cpy::uf2::HexImage image = cpy::uf2::read_hex(text, cpy::uf2::HexOptions{.require_eof = require_eof});
      (void)cpy::uf2::segments_to_uf2(image.segments, 0x68ED2B88);
      (void)cpy::uf2::write_hex(image.segments);
    } catch (const cpy::uf2::Error&) {
    }
  }
  return 0;
}
