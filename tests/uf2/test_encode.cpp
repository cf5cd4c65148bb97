#include <doctest/doctest.h>

#include "cpy/uf2/encode.h"
#include "cpy/uf2/error.h"
#include "helpers.h"

using namespace cpy::uf2;

namespace {
Block at(const std::vector<uint8_t>& file, size_t i) {
  return parse_block(std::span<const uint8_t, kBlockSize>(file.data() + i * kBlockSize, kBlockSize), i);
}
}  // namespace

TEST_CASE("bin_to_uf2: one block per 256 bytes, the last padded with zeros") {
  std::vector<uint8_t> data(300, 0xAB);
  auto out = bin_to_uf2(data, 0x2000, 0);
  REQUIRE(out.size() == 2 * kBlockSize);
  Block b0 = at(out, 0), b1 = at(out, 1);
  CHECK(b0.header.target_addr == 0x2000);
  CHECK(b1.header.target_addr == 0x2100);
  CHECK(b0.header.flags == 0);
  CHECK(b0.header.family_id == 0);
  CHECK(b1.header.payload_size == 256);
  CHECK(b1.header.block_no == 1);
  CHECK(b1.header.num_blocks == 2);
  CHECK(b1.data[43] == 0xAB);
  CHECK(b1.data[44] == 0x00);
  CHECK(b1.data[475] == 0x00);
}

TEST_CASE("bin_to_uf2: a family sets flag 0x2000") {
  auto out = bin_to_uf2(std::vector<uint8_t>(10, 1), 0x4000, 0x55114460);
  Block b = at(out, 0);
  CHECK(b.header.flags == kFlagFamilyIdPresent);
  CHECK(b.header.family_id == 0x55114460);
}

TEST_CASE("bin_to_uf2: empty input, and images past 4 GB") {
  CHECK(bin_to_uf2({}, 0x2000, 0).empty());
  std::vector<uint8_t> kb(1024, 0);
  CHECK(bin_to_uf2(kb, 0xFFFFFC00, 0).size() == 4 * kBlockSize);
  CHECK_THROWS_AS(bin_to_uf2(kb, 0xFFFFFD00, 0), Error);
}

TEST_CASE("segments_to_uf2: pages in order of appearance, unwritten bytes 0xFF") {
  std::vector<Segment> segs = {{0x2010, {1, 2}}, {0x2300, {3}}, {0x2020, {4}}};
  auto out = segments_to_uf2(segs, 0);
  REQUIRE(out.size() == 3 * kBlockSize);
  Block b0 = at(out, 0), b1 = at(out, 1), b2 = at(out, 2);
  CHECK(b0.header.target_addr == 0x2000);
  CHECK(b0.data[0x0F] == 0xFF);
  CHECK(b0.data[0x10] == 1);
  CHECK(b0.data[0x11] == 2);
  CHECK(b0.data[0x20] == 0xFF);  // the later write to this page makes a new block
  CHECK(b1.header.target_addr == 0x2300);
  CHECK(b2.header.target_addr == 0x2000);
  CHECK(b2.data[0x20] == 4);
  CHECK(b2.data[0x10] == 0xFF);
  CHECK(b2.header.num_blocks == 3);
  CHECK(b2.data[256] == 0x00);  // after the payload: zeros
}

TEST_CASE("segments_to_uf2: a segment crossing pages splits; data past 4 GB is refused") {
  std::vector<Segment> segs = {{0x20FE, {1, 2, 3, 4}}};
  auto out = segments_to_uf2(segs, 0xADA52840);
  REQUIRE(out.size() == 2 * kBlockSize);
  CHECK(at(out, 1).data[1] == 4);
  CHECK(at(out, 1).header.flags == kFlagFamilyIdPresent);
  std::vector<Segment> high = {{0xFFFFFFFF, {1, 2}}};
  CHECK_THROWS_AS(segments_to_uf2(high, 0), Error);
  CHECK(segments_to_uf2({}, 0).empty());
}

TEST_CASE("to_c_array writes uf2conv.py's text") {
  std::vector<uint8_t> data(17);
  for (size_t i = 0; i < data.size(); ++i) data[i] = uint8_t(i * 15);
  std::string expected =
      "const unsigned long bindata_len = 17;\n"
      "const unsigned char bindata[] __attribute__((aligned(16))) = {\n"
      "0x00, 0x0f, 0x1e, 0x2d, 0x3c, 0x4b, 0x5a, 0x69, 0x78, 0x87, 0x96, 0xa5, 0xb4, 0xc3, 0xd2, 0xe1, \n"
      "0xf0, \n"
      "};\n";
  CHECK(to_c_array(data) == expected);
  CHECK(to_c_array({}) ==
        "const unsigned long bindata_len = 0;\nconst unsigned char bindata[] __attribute__((aligned(16))) = {\n};\n");
}

TEST_CASE("flatten: objcopy -O binary's layout") {
  std::vector<Segment> segs = {{0x1004, {1, 2}}, {0x1000, {3}}, {0x1005, {9}}};
  CHECK(flatten(segs) == std::vector<uint8_t>{3, 0, 0, 0, 1, 9});
  CHECK(flatten({}).empty());
  std::vector<Segment> far = {{0x0, {1}}, {0x10000000, {2}}};
  CHECK_THROWS_AS(flatten(far, 1 << 20), Error);
}
