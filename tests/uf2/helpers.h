// Small builders shared by the UF2 unit tests.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cpy/uf2/block.h"

namespace cpy::uf2::test {

/// One 512-byte block; [payload] is copied into the data area.
inline std::vector<uint8_t> block(uint32_t flags, uint32_t addr, uint32_t size, uint32_t no, uint32_t count,
                                  uint32_t family, const std::vector<uint8_t>& payload = {}) {
  std::vector<uint8_t> out(kBlockSize);
  BlockHeader h;
  h.flags = flags;
  h.target_addr = addr;
  h.payload_size = size;
  h.block_no = no;
  h.num_blocks = count;
  h.family_id = family;
  encode_block(h, payload, std::span<uint8_t, kBlockSize>(out.data(), kBlockSize));
  return out;
}

/// [n] blocks of 256 bytes from [base], numbered as one file; byte i of
/// block k is (k + i) & 0xFF.
inline std::vector<uint8_t> file(size_t n, uint32_t base, uint32_t family, uint32_t flags = 0) {
  std::vector<uint8_t> out;
  for (size_t k = 0; k < n; ++k) {
    std::vector<uint8_t> payload(256);
    for (size_t i = 0; i < 256; ++i) payload[i] = uint8_t(k + i);
    auto b = block(flags | (family ? kFlagFamilyIdPresent : 0), uint32_t(base + k * 256), 256, uint32_t(k), uint32_t(n),
                   family, payload);
    out.insert(out.end(), b.begin(), b.end());
  }
  return out;
}

/// Overwrites the little-endian word at [offset] of [bytes].
inline void poke(std::vector<uint8_t>& bytes, size_t offset, uint32_t value) {
  store_le32(bytes.data() + offset, value);
}

/// Concatenates two byte vectors.
inline std::vector<uint8_t> operator+(std::vector<uint8_t> a, const std::vector<uint8_t>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

}  // namespace cpy::uf2::test
