#include <doctest/doctest.h>

#include "cpy/uf2/number.h"

using cpy::uf2::parse_python_int;
using cpy::uf2::parse_u32;

TEST_CASE("numbers read like Python's int(text, 0)") {
  CHECK(parse_python_int("0x2000") == 0x2000);
  CHECK(parse_python_int("0X2000") == 0x2000);
  CHECK(parse_python_int("8192") == 8192);
  CHECK(parse_python_int("0o20000") == 8192);
  CHECK(parse_python_int("0b101") == 5);
  CHECK(parse_python_int("0x_2_000") == 0x2000);
  CHECK(parse_python_int("1_000") == 1000);
  CHECK(parse_python_int("  0x10 \n") == 16);
  CHECK(parse_python_int("-5") == -5);
  CHECK(parse_python_int("+5") == 5);
  CHECK(parse_python_int("0") == 0);
  CHECK(parse_python_int("000") == 0);
  CHECK(parse_python_int("0_0") == 0);
}

TEST_CASE("numbers Python refuses are refused") {
  for (const char* bad : {"", " ", "010", "0x", "0xg", "1__0", "_1", "1_", "0b2", "0o8", "12a", "0x-1", "--1", "1 2"})
    CHECK_MESSAGE(!parse_python_int(bad), bad);
  CHECK(!parse_python_int("0x10000000000000000"));  // past int64
}

TEST_CASE("parse_u32 keeps to 32 bits unsigned") {
  CHECK(parse_u32("0xffffffff") == 0xFFFFFFFFu);
  CHECK(!parse_u32("0x100000000"));
  CHECK(!parse_u32("-1"));
}
