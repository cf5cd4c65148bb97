#include <doctest/doctest.h>

#include "cpy/mpy/reader.h"
#include "cpy/mpy/static_qstrs.h"
#include "cpy/mpy/writer.h"
#include "helpers.h"

using namespace cpy;
using namespace cpy::mpy;

TEST_CASE("read then write reproduces the file") {
  Arena arena(heap_block_source());
  auto m = read_module(test::kSmallModule, arena);
  REQUIRE(m.ok());
  test::VectorSink out;
  REQUIRE(write_module(m.value(), out).ok());
  CHECK(out.data == test::kSmallModule);
  CHECK(module_size(m.value()).value() == test::kSmallModule.size());
}

TEST_CASE("a module built in memory serializes as mpy-cross lays it out") {
  // The same program as kSmallModule, built by hand the way a compiler would.
  const Qstr qstrs[] = {{"t.py", 0}, {"<module>", find_static_qstr("<module>")}, {"x", 0}, {"print", find_static_qstr("print")}};
  const uint8_t line_info[] = {0x23};
  const uint8_t code[] = {0x81, 0x16, 0x02, 0x11, 0x03, 0x11, 0x02, 0x82, 0xf2, 0x34, 0x01, 0x59, 0x51, 0x63};
  Module m;
  m.qstrs = qstrs;
  m.root.signature.n_state = 3;
  m.root.simple_name = 1;
  m.root.line_info = line_info;
  m.root.bytecode = code;
  test::VectorSink out;
  REQUIRE(write_module(m, out).ok());
  CHECK(out.data == test::kSmallModule);
}

TEST_CASE("constants of every kind round-trip") {
  const Const inner[] = {{ConstKind::kInt, "1", {}}, {ConstKind::kStr, "a", {}}};
  const Const consts[] = {
      {ConstKind::kStr, "hello\nworld", {}},
      {ConstKind::kBytes, std::string_view("\x00\xff", 2), {}},
      {ConstKind::kBytes, "", {}},
      {ConstKind::kInt, "-123456789012345678901234567890", {}},
      {ConstKind::kFloat, "1.5e+300", {}},
      {ConstKind::kComplex, "(1+2j)", {}},
      {ConstKind::kEllipsis, "", {}},
      {ConstKind::kNone, "", {}},
      {ConstKind::kTrue, "", {}},
      {ConstKind::kFalse, "", {}},
      {ConstKind::kTuple, "", inner},
  };
  const Qstr qstrs[] = {{"m.py", 0}, {"<module>", 7}};
  const uint8_t code[] = {0x23, 0x0a, 0x63};  // LOAD_CONST_OBJ 10; RETURN_VALUE
  Module m;
  m.qstrs = qstrs;
  m.consts = consts;
  m.root.signature.n_state = 1;
  m.root.simple_name = 1;
  m.root.bytecode = code;
  test::VectorSink out;
  REQUIRE(write_module(m, out).ok());
  Arena arena(heap_block_source());
  auto back = read_module(out.data, arena);
  REQUIRE(back.ok());
  REQUIRE(back.value().consts.size() == std::size(consts));
  for (size_t i = 0; i < std::size(consts); ++i) {
    CHECK(back.value().consts[i].kind == consts[i].kind);
    CHECK(back.value().consts[i].text == consts[i].text);
  }
  CHECK(back.value().consts[10].items.size() == 2);
  CHECK(back.value().consts[10].items[1].text == "a");
  test::VectorSink again;
  REQUIRE(write_module(back.value(), again).ok());
  CHECK(again.data == out.data);
}

TEST_CASE("the writer refuses models no file can hold") {
  const Qstr bad[] = {{"?", 999}};
  Module m;
  m.qstrs = bad;
  const uint8_t code[] = {0x63};
  m.root.bytecode = code;
  test::VectorSink out;
  CHECK(write_module(m, out).error().code == Errc::kBadArgument);
  Module n;
  n.root.kind = CodeKind::kNativePy;
  CHECK(write_module(n, out).error().code == Errc::kBadArgument);
  Module args;
  args.root.signature.n_pos_args = 2;  // but no names
  CHECK(write_module(args, out).error().code == Errc::kBadArgument);
}

TEST_CASE("static qstr table") {
  CHECK(find_static_qstr("<module>") == 7);
  CHECK(find_static_qstr("print") == 123);
  CHECK(find_static_qstr("") == 1);
  CHECK(find_static_qstr("not_static_at_all") == 0);
  std::string_view text;
  CHECK(static_qstr_text(165, &text));
  CHECK(text == "zip");
  CHECK_FALSE(static_qstr_text(0, &text));
  CHECK_FALSE(static_qstr_text(166, &text));
}
