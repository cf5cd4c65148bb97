#include "cpy/uf2/encode.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "cpy/uf2/block.h"
#include "cpy/uf2/error.h"

namespace cpy::uf2 {

namespace {

BlockHeader header_for(uint32_t address, uint32_t block_no, uint32_t num_blocks, uint32_t family_id) {
  BlockHeader h;
  h.flags = family_id != 0 ? kFlagFamilyIdPresent : 0;
  h.target_addr = address;
  h.payload_size = kPayloadSize;
  h.block_no = block_no;
  h.num_blocks = num_blocks;
  h.family_id = family_id;
  return h;
}

std::span<uint8_t, kBlockSize> block_at(std::vector<uint8_t>& out, size_t index) {
  return std::span<uint8_t, kBlockSize>(out.data() + index * kBlockSize, kBlockSize);
}

}  // namespace

void bin_to_uf2(std::span<const uint8_t> data, uint32_t base, uint32_t family_id, const ByteSink& sink) {
  size_t num_blocks = (data.size() + kPayloadSize - 1) / kPayloadSize;
  if (num_blocks > 0 && uint64_t(base) + uint64_t(num_blocks - 1) * kPayloadSize > 0xFFFFFFFF)
    throw Error(fmt::format("{} bytes at base 0x{:x} reach past the 4 GB address space", data.size(), base));
  constexpr size_t kChunkBlocks = 128;
  std::vector<uint8_t> chunk(std::min(num_blocks, kChunkBlocks) * kBlockSize);
  std::array<uint8_t, kPayloadSize> last{};
  size_t filled = 0;
  for (size_t i = 0; i < num_blocks; ++i) {
    size_t offset = i * kPayloadSize;
    std::span<const uint8_t> page = data.subspan(offset, std::min<size_t>(kPayloadSize, data.size() - offset));
    if (page.size() < kPayloadSize) {
      std::copy(page.begin(), page.end(), last.begin());
      page = last;
    }
    encode_block(header_for(uint32_t(base + offset), uint32_t(i), uint32_t(num_blocks), family_id), page,
                 std::span<uint8_t, kBlockSize>(chunk.data() + filled, kBlockSize));
    filled += kBlockSize;
    if (filled == chunk.size() || i + 1 == num_blocks) {
      sink(std::span<const uint8_t>(chunk.data(), filled));
      filled = 0;
    }
  }
}

std::vector<uint8_t> bin_to_uf2(std::span<const uint8_t> data, uint32_t base, uint32_t family_id) {
  std::vector<uint8_t> out;
  out.reserve(uf2_size_for_bin(data.size()));
  bin_to_uf2(data, base, family_id,
             [&out](std::span<const uint8_t> piece) { out.insert(out.end(), piece.begin(), piece.end()); });
  return out;
}

std::vector<uint8_t> segments_to_uf2(std::span<const Segment> segments, uint32_t family_id) {
  struct Page {
    uint32_t address;
    std::array<uint8_t, kPayloadSize> bytes;
  };
  std::vector<Page> pages;
  bool have_page = false;
  uint64_t current = 0;
  for (const Segment& s : segments) {
    size_t i = 0;
    while (i < s.bytes.size()) {
      uint64_t addr = s.address + i;
      uint64_t page_addr = addr & ~uint64_t(0xFF);
      if (page_addr > 0xFFFFFFFF) throw Error(fmt::format("data at address 0x{:x} lies beyond 4 GB", addr));
      if (!have_page || page_addr != current) {
        Page p;
        p.address = uint32_t(page_addr);
        p.bytes.fill(0xFF);
        pages.push_back(p);
        current = page_addr;
        have_page = true;
      }
      size_t at = size_t(addr & 0xFF);
      size_t n = std::min(kPayloadSize - at, s.bytes.size() - i);
      std::copy_n(s.bytes.data() + i, n, pages.back().bytes.begin() + at);
      i += n;
    }
  }
  std::vector<uint8_t> out(pages.size() * kBlockSize);
  for (size_t i = 0; i < pages.size(); ++i)
    encode_block(header_for(pages[i].address, uint32_t(i), uint32_t(pages.size()), family_id), pages[i].bytes,
                 block_at(out, i));
  return out;
}

}  // namespace cpy::uf2
