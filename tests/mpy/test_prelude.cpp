#include <doctest/doctest.h>

#include "cpy/mpy/prelude.h"
#include "helpers.h"

using namespace cpy;
using namespace cpy::mpy;

TEST_CASE("signature round-trips and uses the shortest form") {
  for (uint32_t s : {1u, 2u, 16u, 17u, 100u, 300u, 5000u})
    for (uint32_t e : {0u, 1u, 2u, 7u})
      for (uint32_t f : {0u, 1u, 0x0fu, 0x1fu})
        for (uint32_t a : {0u, 3u, 4u, 40u})
          for (uint32_t k : {0u, 1u, 5u})
            for (uint32_t d : {0u, 1u, 3u}) {
              Signature sig{s, e, f, a, k, d};
              test::VectorSink out;
              encode_signature(sig, out);
              ByteCursor in(out.data);
              auto back = decode_signature(in);
              REQUIRE(back.ok());
              CHECK(back.value() == sig);
              CHECK(in.at_end());
            }
  // n_state 3 and nothing else fits one byte: 0b0_0010_0_00.
  test::VectorSink one;
  encode_signature(Signature{3, 0, 0, 0, 0, 0}, one);
  CHECK(one.data == std::vector<uint8_t>{0x10});
}

TEST_CASE("prelude size round-trips") {
  for (uint32_t i : {0u, 1u, 63u, 64u, 4095u, 100000u})
    for (uint32_t c : {0u, 1u, 2u, 3u, 9u}) {
      test::VectorSink out;
      encode_prelude_size({i, c}, out);
      ByteCursor in(out.data);
      auto back = decode_prelude_size(in);
      REQUIRE(back.ok());
      CHECK(back.value().n_info == i);
      CHECK(back.value().n_cells == c);
      CHECK(in.at_end());
    }
}

TEST_CASE("line steps encode and decode to the same positions") {
  // A sequence of (bytes, lines) steps with small, large and line-only jumps.
  const LineStep steps[] = {{3, 1}, {0, 7}, {40, 2}, {2, 3000}, {17, 0}, {1, 6}, {0, 2047}, {5, 2048}};
  test::VectorSink out;
  for (auto s : steps) encode_line_step(s, out);
  CHECK(line_info_is_valid(out.data));
  uint32_t bc = 0, line = 1;
  for (auto s : steps) {
    bc += s.bc_delta;
    line += s.line_delta;
  }
  // The line of the last instruction boundary is the sum of all deltas.
  CHECK(source_line_at(out.data, bc) == line);
  CHECK(source_line_at(out.data, 0) == 1);
  CHECK(source_line_at(out.data, 3) == 2 + 7);  // after the first step and the line-only one
  // A small step is one byte; a medium line jump uses the two-byte form.
  test::VectorSink small;
  encode_line_step({3, 1}, small);
  CHECK(small.data == std::vector<uint8_t>{0x23});
  test::VectorSink medium;
  encode_line_step({2, 100}, medium);
  CHECK(medium.data == std::vector<uint8_t>{0x82, 100});
}

TEST_CASE("a cut-short two-byte line entry is invalid") {
  const uint8_t info[] = {0x23, 0x82};
  CHECK_FALSE(line_info_is_valid(info));
}
