#include <doctest/doctest.h>

#include <string>

#include "cpy/uf2/decode.h"
#include "cpy/uf2/error.h"
#include "helpers.h"

using namespace cpy::uf2;
using test::block;
using test::operator+;

namespace {

std::string strict_error(const std::vector<uint8_t>& bytes) {
  try {
    decode_uf2(bytes);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

constexpr uint32_t kSamd21 = 0x68ED2B88;
constexpr uint32_t kSamd51 = 0x55114460;

}  // namespace

TEST_CASE("a sound file decodes, and concatenated files are fine") {
  auto one = test::file(3, 0x2000, kSamd21);
  Uf2File f = decode_uf2(one);
  CHECK(f.blocks.size() == 3);
  CHECK(f.block_count == 3);
  CHECK(f.warnings.empty());
  auto two = one + test::file(2, 0x4000, kSamd51);
  CHECK(decode_uf2(two).blocks.size() == 5);
  CHECK(looks_like_uf2(one));
  CHECK(!looks_like_uf2(std::vector<uint8_t>(7, 0)));
}

TEST_CASE("strict decoding names the block and the fault, for every check") {
  auto f = test::file(3, 0x2000, kSamd21);
  SUBCASE("first magic") {
    test::poke(f, 512, 0x12345678);
    CHECK(strict_error(f) == "block 1 (offset 0x200): bad first magic 0x12345678 (expected 0x0a324655)");
  }
  SUBCASE("second magic") {
    test::poke(f, 512 + 4, 1);
    CHECK(strict_error(f) == "block 1 (offset 0x200): bad second magic 0x00000001 (expected 0x9e5d5157)");
  }
  SUBCASE("final magic") {
    test::poke(f, 1024 + 508, 0);
    CHECK(strict_error(f) == "block 2 (offset 0x400): bad final magic 0x00000000 (expected 0x0ab16f30)");
  }
  SUBCASE("payload size") {
    test::poke(f, 16, 477);
    CHECK(strict_error(f) == "block 0 (offset 0x0): payload size 477 exceeds the 476-byte data area");
  }
  SUBCASE("unknown flags") {
    test::poke(f, 8, 0x2000 | 0x10);
    CHECK(strict_error(f) == "block 0 (offset 0x0): unknown flag bits 0x00000010 in flags 0x00002010");
  }
  SUBCASE("file container and family together") {
    test::poke(f, 8, 0x3000);
    CHECK(strict_error(f) ==
          "block 0 (offset 0x0): flags 0x1000 (file container) and 0x2000 (family ID) both set; they share one field");
  }
  SUBCASE("payload over the MD5 area") {
    test::poke(f, 8, 0x6000);
    test::poke(f, 16, 460);
    CHECK(strict_error(f) == "block 0 (offset 0x0): payload size 460 overlaps the MD5 area (flag 0x4000; at most 452)");
  }
  SUBCASE("extension tag too small") {
    test::poke(f, 8, 0xA000);
    f[32 + 256] = 2;  // size 2 < 4
    f[32 + 257] = 0x42;
    CHECK(strict_error(f) == "block 0 (offset 0x0): extension tag 0x000042 at data offset 256 has size 2 (at least 4)");
  }
  SUBCASE("extension tag past the data area") {
    test::poke(f, 8, 0xA000);
    test::poke(f, 32 + 256, 0x00665544 << 8 | 250);
    CHECK(strict_error(f) == "block 0 (offset 0x0): extension tag 0x665544 at data offset 256 runs past the data area");
  }
  SUBCASE("payload past 4 GB") {
    test::poke(f, 12, 0xFFFFFF80);
    CHECK(strict_error(f) ==
          "block 0 (offset 0x0): payload of 256 bytes at 0xffffff80 runs past the 4 GB address space");
  }
  SUBCASE("block count zero") {
    test::poke(f, 24, 0);
    CHECK(strict_error(f) == "block 0 (offset 0x0): block count is 0");
  }
  SUBCASE("block number not below the count") {
    test::poke(f, 1024 + 20, 3);
    CHECK(strict_error(f) == "block 2 (offset 0x400): block number 3 is not below the block count 3");
  }
  SUBCASE("block number out of sequence") {
    test::poke(f, 512 + 20, 2);
    CHECK(strict_error(f) == "block 1 (offset 0x200): block number 2 out of sequence (expected 1)");
  }
  SUBCASE("block count changes") {
    test::poke(f, 512 + 24, 4);
    CHECK(strict_error(f) == "block 1 (offset 0x200): block count 4 differs from 3 in the blocks before");
  }
  SUBCASE("a file not starting at block 0") {
    test::poke(f, 20, 1);
    test::poke(f, 512 + 20, 2);
    CHECK(strict_error(f) == "block 0 (offset 0x0): block number 1 where a file starts (expected 0)");
  }
  SUBCASE("family flag differs within a file") {
    test::poke(f, 1024 + 8, 0);
    CHECK(strict_error(f) == "block 2 (offset 0x400): family ID flag clear here but set in block 0 of the same file");
  }
  SUBCASE("family id differs within a file") {
    test::poke(f, 512 + 28, kSamd51);
    CHECK(strict_error(f) ==
          "block 1 (offset 0x200): family 0x55114460 differs from 0x68ed2b88 in block 0 of the same file");
  }
  SUBCASE("a partial block at the end") {
    f.resize(f.size() + 100);
    CHECK(strict_error(f) == "truncated: 100 bytes after block 2 do not make a whole block");
  }
  SUBCASE("whole blocks missing at the end") {
    f.resize(2 * kBlockSize);
    CHECK(strict_error(f) == "truncated: the file ends after block number 1 of 3");
  }
  SUBCASE("less than one block") {
    f.resize(300);
    CHECK(strict_error(f) == "not a UF2 file: 300 bytes, less than one 512-byte block");
  }
}

TEST_CASE("not-main-flash and file-container blocks may differ in family") {
  auto f = test::file(2, 0x2000, kSamd21);
  auto extra = block(kFlagNotMainFlash, 0, 16, 2, 3, 0);
  test::poke(f, 24, 3);
  test::poke(f, 512 + 24, 3);
  CHECK(decode_uf2(f + extra).blocks.size() == 3);
}

TEST_CASE("lenient decoding skips bad start magics and sizes, tolerates the rest") {
  auto f = test::file(4, 0x2000, 0);
  test::poke(f, 512, 0);           // block 1: skipped
  test::poke(f, 1024 + 16, 1000);  // block 2: skipped
  test::poke(f, 1536 + 508, 0);    // block 3: kept
  f.resize(f.size() + 3);
  Uf2File d = decode_uf2(f, DecodeOptions{.lenient = true});
  REQUIRE(d.blocks.size() == 2);
  CHECK(d.blocks[0].index == 0);
  CHECK(d.blocks[1].index == 3);
  CHECK(d.trailing_bytes == 3);
  REQUIRE(d.warnings.size() >= 4);
  CHECK(d.warnings[0] == "block 1 (offset 0x200): bad first magic 0x00000000 (expected 0x0a324655); block skipped");
  CHECK(d.warnings[1] == "block 2 (offset 0x400): payload size 1000 exceeds the 476-byte data area; block skipped");
}

TEST_CASE("uf2_to_bin: gaps are zero-filled, not-main-flash blocks left out") {
  auto f = block(0, 0x2000, 4, 0, 3, 0, {1, 2, 3, 4}) + block(kFlagNotMainFlash, 0x9999, 4, 1, 3, 0, {9, 9, 9, 9}) +
           block(0, 0x2008, 2, 2, 3, 0, {5, 6});
  BinImage bin = uf2_to_bin(decode_uf2(f), 0, 0x2000);
  CHECK(bin.bytes == std::vector<uint8_t>{1, 2, 3, 4, 0, 0, 0, 0, 5, 6});
  CHECK(bin.start_address == 0x2000);
  CHECK(bin.header.reached_last_block);
  CHECK(format_header_info(bin.header) ==
        "--- UF2 File Header Info ---\nAll block flag values consistent, 0x0000\n----------------------------\n");
}

TEST_CASE("uf2_to_bin: refuses what uf2conv.py cannot convert") {
  auto back = block(0, 0x3000, 4, 0, 2, 0) + block(0, 0x2000, 4, 1, 2, 0);
  CHECK_THROWS_WITH_AS(
      uf2_to_bin(decode_uf2(back), 0, 0),
      "block 1 (offset 0x200): address 0x00002000 goes back below 0x3004, where the block before ended", Error);
  auto far = block(0, 0x0, 4, 0, 2, 0) + block(0, 0x0A00'0008, 4, 1, 2, 0);
  CHECK_THROWS_AS(uf2_to_bin(decode_uf2(far), 0, 0), Error);
  auto odd = block(0, 0x0, 3, 0, 2, 0) + block(0, 0x4, 4, 1, 2, 0);
  CHECK_THROWS_WITH_AS(
      uf2_to_bin(decode_uf2(odd), 0, 0),
      "block 1 (offset 0x200): a gap of 1 bytes before address 0x00000004 is not a whole number of words", Error);
}

TEST_CASE("uf2_to_bin: several families") {
  auto two = test::file(1, 0x2000, kSamd21) + test::file(1, 0x4000, kSamd51);
  BinImage all = uf2_to_bin(decode_uf2(two), 0, 0x2000);
  CHECK(all.bytes.empty());
  CHECK(all.dropped_for_families);
  CHECK(all.start_address == 0);
  CHECK(format_header_info(all.header) ==
        "--- UF2 File Header Info ---\n"
        "Family ID is SAMD21, hex value is 0x68ed2b88\nTarget Address is 0x00002000\n"
        "Family ID is SAMD51, hex value is 0x55114460\nTarget Address is 0x00004000\n"
        "All block flag values consistent, 0x2000\n----------------------------\n");
  BinImage second = uf2_to_bin(decode_uf2(two), kSamd51, 0x2000);
  CHECK(second.bytes.size() == 256);
  CHECK(second.start_address == 0x4000);
  // uf2_to_segments keeps addresses instead.
  auto segs = uf2_to_segments(decode_uf2(two), kSamd21);
  REQUIRE(segs.size() == 1);
  CHECK(segs[0].address == 0x2000);
  CHECK(uf2_to_segments(decode_uf2(two), 0).size() == 2);
}

TEST_CASE("uf2_to_bin: no header when the last block is not for main flash") {
  auto f = block(0, 0x2000, 4, 0, 2, 0) + block(kFlagNotMainFlash, 0, 4, 1, 2, 0);
  BinImage bin = uf2_to_bin(decode_uf2(f), 0, 0);
  CHECK(!bin.header.reached_last_block);
  CHECK(format_header_info(bin.header).empty());
  auto mixed = block(0, 0x2000, 4, 0, 2, 0) + block(kFlagExtensionTags, 0x2004, 4, 1, 2, 0);
  CHECK(format_header_info(uf2_to_bin(decode_uf2(mixed), 0, 0).header).find("Flags were not all the same") !=
        std::string::npos);
}
