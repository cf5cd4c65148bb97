#include "cpy/uf2/block.h"

#include <algorithm>
#include <cassert>

namespace cpy::uf2 {

Block parse_block(std::span<const uint8_t, kBlockSize> bytes, size_t index) {
  Block block;
  const uint8_t* p = bytes.data();
  BlockHeader& h = block.header;
  h.magic_start0 = load_le32(p + 0);
  h.magic_start1 = load_le32(p + 4);
  h.flags = load_le32(p + 8);
  h.target_addr = load_le32(p + 12);
  h.payload_size = load_le32(p + 16);
  h.block_no = load_le32(p + 20);
  h.num_blocks = load_le32(p + 24);
  h.family_id = load_le32(p + 28);
  block.data = bytes.subspan(kHeaderSize, kDataAreaSize);
  block.magic_end = load_le32(p + kBlockSize - 4);
  block.index = index;
  return block;
}

void encode_block(const BlockHeader& header, std::span<const uint8_t> payload, std::span<uint8_t, kBlockSize> out) {
  assert(payload.size() <= kDataAreaSize);
  uint8_t* p = out.data();
  store_le32(p + 0, header.magic_start0);
  store_le32(p + 4, header.magic_start1);
  store_le32(p + 8, header.flags);
  store_le32(p + 12, header.target_addr);
  store_le32(p + 16, header.payload_size);
  store_le32(p + 20, header.block_no);
  store_le32(p + 24, header.num_blocks);
  store_le32(p + 28, header.family_id);
  std::copy(payload.begin(), payload.end(), p + kHeaderSize);
  std::fill(p + kHeaderSize + payload.size(), p + kBlockSize - 4, uint8_t(0));
  store_le32(p + kBlockSize - 4, kMagicEnd);
}

}  // namespace cpy::uf2
