#include <doctest/doctest.h>

#include <string>

#include "cpy/uf2/error.h"
#include "cpy/uf2/hex.h"

using namespace cpy::uf2;

namespace {

std::string error_of(const std::string& text, HexOptions options = {}) {
  try {
    read_hex(text, options);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

std::vector<uint8_t> bytes_of(std::string_view s) { return std::vector<uint8_t>(s.begin(), s.end()); }

}  // namespace

TEST_CASE("read_hex: data, linear and segment bases, start records, end of file") {
  std::string text =
      ":0400000001020304F2\n"
      ":020000040800F2\n"
      ":02001000AABB89\n"
      ":020000021000EC\n"
      ":01000500CC2E\n"
      ":0400000500000101F5\n"
      ":0400000300001234B3\n"
      ":00000001FF\n"
      ":01000000EE11\n";  // after the end: ignored
  HexImage img = read_hex(text);
  REQUIRE(img.segments.size() == 3);
  CHECK(img.segments[0].address == 0);
  CHECK(img.segments[0].bytes == std::vector<uint8_t>{1, 2, 3, 4});
  CHECK(img.segments[1].address == 0x08000010);
  CHECK(img.segments[1].bytes == std::vector<uint8_t>{0xAA, 0xBB});
  CHECK(img.segments[2].address == 0x10005);
  CHECK(img.first_data_address == 0u);
  CHECK(img.start_address == 0x1234u);  // the later start record wins
}

TEST_CASE("read_hex: CRLF, lowercase, blank lines; adjacent records merge") {
  HexImage img = read_hex(":0200000001FFFE\r\n\r\n:02000200aabb97\r\n:00000001ff\r\n");
  REQUIRE(img.segments.size() == 1);
  CHECK(img.segments[0].bytes == std::vector<uint8_t>{0x01, 0xFF, 0xAA, 0xBB});
}

TEST_CASE("read_hex: addresses run on past 64 KB like uf2conv.py") {
  HexImage img = read_hex(":02FFFF000102FD\n:00000001FF\n");
  REQUIRE(img.segments.size() == 1);
  CHECK(img.segments[0].address == 0xFFFF);
  CHECK(img.segments[0].bytes.size() == 2);
}

TEST_CASE("read_hex: a zero-length data record still sets the first data address") {
  HexImage img = read_hex(":00123400BA\n:0100000011EE\n:00000001FF\n");
  CHECK(img.first_data_address == 0x1234u);
}

TEST_CASE("read_hex: every malformed record is refused with its line number") {
  CHECK(error_of("\n:0100000011EE\nX\n") == "line 3: a record must start with ':', not 'X'");
  CHECK(error_of(":01000000G1EE\n") == "line 1: column 10: 'G' is not a hex digit");
  CHECK(error_of(":0100000011E\n") == "line 1: odd number of hex digits");
  CHECK(error_of(":00000001\n") == "line 1: record too short: 4 bytes, at least 5 needed");
  CHECK(error_of(":0200000011EF\n") == "line 1: byte count says 2 data bytes but the record holds 1");
  CHECK(error_of(":0100000011EF\n") == "line 1: checksum is 0xEF, expected 0xEE");
  CHECK(error_of(":00000006FA\n") == "line 1: unknown record type 06");
  CHECK(error_of(":0100000100FE\n") == "line 1: end-of-file record (type 01) must hold 0 data bytes, not 1");
  CHECK(error_of(":0100000200FD\n") ==
        "line 1: extended segment address record (type 02) must hold 2 data bytes, not 1");
  CHECK(error_of(":020000030000FB\n") ==
        "line 1: start segment address record (type 03) must hold 4 data bytes, not 2");
  CHECK(error_of(":03000004000000F9\n") ==
        "line 1: extended linear address record (type 04) must hold 2 data bytes, not 3");
  CHECK(error_of(":0100000500FA\n") == "line 1: start linear address record (type 05) must hold 4 data bytes, not 1");
  CHECK(error_of(":0100000011EE\n:0100010022DC\n") ==
        "line 2: the file ends without an end-of-file record (:00000001FF); truncated?");
  CHECK(error_of(":0100000011EE", HexOptions{.require_eof = false}).empty());
  CHECK(error_of(":0100000011EE\x01\n") == "line 1: column 14: byte 0x01 is not a hex digit");
}

TEST_CASE("looks_like_hex matches uf2conv.py's test") {
  CHECK(looks_like_hex(bytes_of(":0100000011EE\r\n:00000001FF\n")));
  CHECK(!looks_like_hex(bytes_of(":0100000011EE \n")));
  CHECK(!looks_like_hex(bytes_of(" :00000001FF\n")));
  CHECK(!looks_like_hex(bytes_of("")));
  CHECK(looks_like_hex(bytes_of(":")));
}

TEST_CASE("write_hex: 16-byte records, ELA records, no record across 64 KB, EOF") {
  std::vector<Segment> segs = {{0x0800FFF8, std::vector<uint8_t>(24, 0x11)}};
  std::string text = write_hex(segs);
  CHECK(text ==
        ":020000040800F2\n"
        ":08FFF800111111111111111179\n"
        ":020000040801F1\n"
        ":1000000011111111111111111111111111111111E0\n"
        ":00000001FF\n");
  HexImage back = read_hex(text);
  REQUIRE(back.segments.size() == 1);
  CHECK(back.segments[0].address == 0x0800FFF8);
  CHECK(back.segments[0].bytes == segs[0].bytes);
  CHECK(write_hex({}) == ":00000001FF\n");
  std::vector<Segment> high = {{0xFFFFFFFF, {1, 2}}};
  CHECK_THROWS_AS(write_hex(high), Error);
}
