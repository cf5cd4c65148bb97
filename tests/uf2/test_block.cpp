#include <doctest/doctest.h>

#include "cpy/uf2/block.h"
#include "helpers.h"

using namespace cpy::uf2;

TEST_CASE("a block is laid out as the specification says") {
  std::vector<uint8_t> payload = {1, 2, 3};
  auto b = test::block(0x2000, 0x12345678, 3, 7, 9, 0x68ED2B88, payload);
  REQUIRE(b.size() == 512);
  CHECK(load_le32(&b[0]) == 0x0A324655);
  CHECK(load_le32(&b[4]) == 0x9E5D5157);
  CHECK(load_le32(&b[8]) == 0x2000);
  CHECK(load_le32(&b[12]) == 0x12345678);
  CHECK(load_le32(&b[16]) == 3);
  CHECK(load_le32(&b[20]) == 7);
  CHECK(load_le32(&b[24]) == 9);
  CHECK(load_le32(&b[28]) == 0x68ED2B88);
  CHECK(b[32] == 1);
  CHECK(b[34] == 3);
  CHECK(b[35] == 0);
  CHECK(load_le32(&b[508]) == 0x0AB16F30);
  CHECK(b[0] == 0x55);  // little-endian "UF2\n"
  CHECK(b[3] == 0x0A);
}

TEST_CASE("parse_block reads back what encode_block wrote") {
  auto b = test::block(0x8001, 0xFFFFFF00, 256, 1, 2, 0);
  Block p = parse_block(std::span<const uint8_t, kBlockSize>(b.data(), kBlockSize), 4);
  CHECK(p.header.magic_start0 == kMagicStart0);
  CHECK(p.header.magic_start1 == kMagicStart1);
  CHECK(p.header.flags == 0x8001);
  CHECK(p.header.target_addr == 0xFFFFFF00);
  CHECK(p.header.payload_size == 256);
  CHECK(p.header.block_no == 1);
  CHECK(p.header.num_blocks == 2);
  CHECK(p.data.size() == kDataAreaSize);
  CHECK(p.payload().size() == 256);
  CHECK(p.magic_end == kMagicEnd);
  CHECK(p.index == 4);
  CHECK(!p.has_family());
}

TEST_CASE("the sizes add up") {
  CHECK(kHeaderSize + kDataAreaSize + 4 == kBlockSize);
  CHECK(kKnownFlags == 0xF001);
}
