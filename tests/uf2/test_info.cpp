#include <doctest/doctest.h>

#include "cpy/uf2/info.h"
#include "helpers.h"

using namespace cpy::uf2;
using test::block;
using test::operator+;

TEST_CASE("summarize: ranges, gaps, overlaps per family") {
  auto f = block(0x2000, 0x2000, 256, 0, 5, 0x68ED2B88) + block(0x2000, 0x2100, 256, 1, 5, 0x68ED2B88) +
           block(0x2000, 0x3000, 256, 2, 5, 0x68ED2B88) + block(0x2000, 0x2080, 16, 3, 5, 0x68ED2B88) +
           block(0x1, 0, 10, 4, 5, 0);
  Uf2Info info = summarize(decode_uf2(f));
  CHECK(info.block_count == 5);
  CHECK(info.not_main_flash == 1);
  REQUIRE(info.families.size() == 1);
  const FamilySummary& s = info.families[0];
  CHECK(s.name == "SAMD21");
  CHECK(s.blocks == 4);
  REQUIRE(s.ranges.size() == 2);
  CHECK(s.ranges[0].start == 0x2000);
  CHECK(s.ranges[0].end == 0x2200);
  CHECK(s.ranges[1].start == 0x3000);
  REQUIRE(s.gaps.size() == 1);
  CHECK(s.gaps[0].start == 0x2200);
  CHECK(s.gaps[0].end == 0x3000);
  CHECK(s.overlapping_blocks == 1);
  std::string text = format_info(info);
  CHECK(text.find("range 0x00002000-0x00002200 (512 bytes, 3 blocks)") != std::string::npos);
  CHECK(text.find("gap   0x00002200-0x00003000 (3584 bytes)") != std::string::npos);
  auto j = info_to_json(info);
  CHECK(j["families"][0]["gaps"][0]["size"] == 0xE00);
  CHECK(j["flags"].size() == 2);
}

TEST_CASE("summarize: blocks without a family") {
  Uf2Info info = summarize(decode_uf2(test::file(2, 0x0, 0)));
  REQUIRE(info.families.size() == 1);
  CHECK(!info.families[0].id);
  CHECK(format_info(info).find("No family ID: 2 blocks, 512 bytes") != std::string::npos);
}
