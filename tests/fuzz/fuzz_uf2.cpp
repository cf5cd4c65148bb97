// libFuzzer target: the UF2 decoder (strict and lenient) and everything
// that consumes its result. Only cpy::uf2::Error may escape the library.
#include <cstddef>
#include <cstdint>
#include <span>

#include "cpy/uf2/decode.h"
#include "cpy/uf2/error.h"
#include "cpy/uf2/hex.h"
#include "cpy/uf2/info.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::span<const uint8_t> bytes(data, size);
  (void)cpy::uf2::looks_like_uf2(bytes);
  try {
    (void)cpy::uf2::decode_uf2(bytes);
  } catch (const cpy::uf2::Error&) {
  }
  try {
    cpy::uf2::Uf2File file = cpy::uf2::decode_uf2(bytes, cpy::uf2::DecodeOptions{.lenient = true});
    cpy::uf2::Uf2Info info = cpy::uf2::summarize(file);
    (void)cpy::uf2::format_info(info);
    (void)cpy::uf2::info_to_json(info).dump();
    (void)cpy::uf2::write_hex(cpy::uf2::uf2_to_segments(file, 0));
    cpy::uf2::BinImage bin = cpy::uf2::uf2_to_bin(file, 0, 0x2000);
    (void)cpy::uf2::format_header_info(bin.header);
  } catch (const cpy::uf2::Error&) {
  }
  return 0;
}
