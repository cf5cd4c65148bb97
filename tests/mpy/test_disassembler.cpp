#include <doctest/doctest.h>

#include "cpy/mpy/disassembler.h"
#include "cpy/mpy/reader.h"
#include "helpers.h"

using namespace cpy;
using namespace cpy::mpy;

TEST_CASE("listing shows header, tables and decoded instructions") {
  Arena arena(heap_block_source());
  auto m = read_module(test::kSmallModule, arena);
  REQUIRE(m.ok());
  test::VectorSink out;
  REQUIRE(disassemble(m.value(), out).ok());
  std::string text = out.text();
  CHECK(text.find("header: 43:06:00:1f (CircuitPython .mpy v6, arch none, small int bits 31)") != std::string::npos);
  CHECK(text.find("source file: t.py") != std::string::npos);
  CHECK(text.find("     1 <module>  (static 7)") != std::string::npos);
  CHECK(text.find("function <module> (depth 0)") != std::string::npos);
  // offset, line, bytes, mnemonic, operands
  CHECK(text.find("      0     1  81           LOAD_CONST_SMALL_INT 1\n") != std::string::npos);
  CHECK(text.find("      1     1  16:02        STORE_NAME x\n") != std::string::npos);
  CHECK(text.find("      8     2  f2           BINARY_OP 27 __add__\n") != std::string::npos);
  CHECK(text.find("     13     2  63           RETURN_VALUE\n") != std::string::npos);
}

TEST_CASE("constant reprs follow Python") {
  auto repr = [](const Const& c) {
    test::VectorSink out;
    write_const_repr(c, out);
    return out.text();
  };
  CHECK(repr({ConstKind::kStr, "it's", {}}) == "\"it's\"");
  CHECK(repr({ConstKind::kStr, "a\"b'c\n", {}}) == "'a\"b\\'c\\n'");
  CHECK(repr({ConstKind::kBytes, std::string_view("\x00\xe9", 2), {}}) == "b'\\x00\\xe9'");
  CHECK(repr({ConstKind::kStr, "\xc3\xa9", {}}) == "'\xc3\xa9'");
  const Const one[] = {{ConstKind::kInt, "1", {}}};
  CHECK(repr({ConstKind::kTuple, "", one}) == "(1,)");
}
