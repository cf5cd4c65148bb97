#include <doctest/doctest.h>

#include "cpy/mpy/bytes.h"
#include "helpers.h"

using namespace cpy;
using namespace cpy::mpy;

TEST_CASE("varints encode big-endian 7-bit groups and decode back") {
  const uint32_t values[] = {0, 1, 0x7f, 0x80, 0x3fff, 0x4000, 123456, 0x0fffffff, UINT32_MAX};
  for (uint32_t v : values) {
    test::VectorSink sink;
    sink.put_varint(v);
    CHECK(sink.data.size() == varint_size(v));
    ByteCursor in(sink.data);
    auto back = in.varint("v");
    REQUIRE(back.ok());
    CHECK(back.value() == v);
    CHECK(in.at_end());
  }
  test::VectorSink sink;
  sink.put_varint(247);
  CHECK(sink.data == std::vector<uint8_t>{0x81, 0x77});
}

TEST_CASE("cursor reports truncation and overflow with offsets") {
  const uint8_t cut[] = {0x81, 0x82};
  ByteCursor in(cut, 100);
  auto r = in.varint("thing");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == Errc::kTruncated);
  CHECK(r.error().offset == 102);

  const uint8_t wide[] = {0xff, 0xff, 0xff, 0xff, 0xff, 0x7f};
  ByteCursor in2(wide);
  auto w = in2.varint("wide");
  REQUIRE_FALSE(w.ok());
  CHECK(w.error().code == Errc::kVarintOverflow);

  const uint8_t three[] = {1, 2, 3};
  ByteCursor in3(three);
  CHECK_FALSE(in3.take(4, "x").ok());
  CHECK(in3.take(3, "x").ok());
  CHECK_FALSE(in3.byte("x").ok());
}

TEST_CASE("buffer sink keeps counting after it fills") {
  uint8_t buf[4];
  BufferSink sink(buf);
  sink.put_text("abc");
  CHECK_FALSE(sink.overflowed());
  sink.put_text("de");
  CHECK(sink.overflowed());
  CHECK(sink.size() == 5);
  CHECK(std::string(reinterpret_cast<const char*>(buf), 4) == "abcd");
}

TEST_CASE("decimal and hex formatting") {
  test::VectorSink sink;
  sink.put_decimal(-42, 5);
  sink.put_byte('|');
  sink.put_decimal(INT64_MIN);
  sink.put_byte('|');
  sink.put_hex(0xab, 4);
  CHECK(sink.text() == "  -42|-9223372036854775808|00ab");
}
