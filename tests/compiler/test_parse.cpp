// Unit tests of the parser's pieces: grammar tables, nodes, interning,
// folding arithmetic, options and errors. Whole trees are checked against
// the reference's dumps by the parse/ golden tests.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <tuple>

#include "cpy/compiler/parser.h"

namespace {

using namespace cpy::compiler;
using cpy::Errc;
using parse_detail::BinaryOp;
using parse_detail::Number;
using parse_detail::UnaryOp;

struct Parsed {
  cpy::Arena arena;
  QstrTable qstrs;
  cpy::Result<ParseTree> tree;

  explicit Parsed(std::string_view source, const ParseOptions& options = {}, LexerOptions lexer = {})
      : arena(cpy::heap_block_source(), 64 * 1024, size_t(1) << 30),
        qstrs(arena),
        tree(parse_source(source, arena, qstrs, options, lexer)) {}
  Node root() const { return tree.value().root; }
  std::string dump() {
    std::string out;
    DumpSink sink{[](void* context, std::string_view text) { static_cast<std::string*>(context)->append(text); }, &out};
    REQUIRE(dump_parse_tree(root(), arena, sink).ok());
    return out;
  }
};

Number int_number(int64_t value) {
  Number n;
  n.small = value;
  return n;
}

Number float_number(double value) {
  Number n;
  n.is_float = true;
  n.value = value;
  return n;
}

}  // namespace

TEST_CASE("grammar: rule ids and shapes follow the reference") {
  CHECK(int(Rule::file_input) == 0);
  CHECK(int(Rule::file_input_2) == 1);
  CHECK(int(Rule::funcdef) == 3);
  CHECK(int(Rule::expr_stmt) == 5);
  CHECK(int(Rule::pass_stmt) == 8);
  CHECK(int(Rule::import_name) == 14);
  CHECK(int(Rule::atom_expr_normal) == 44);
  CHECK(int(Rule::typedargslist) == 70);
  CHECK(int(Rule::import_as_name) == 103);
  CHECK(int(Rule::testlist_comp) == 146);
  CHECK(int(Rule::arglist) == 164);
  CHECK(int(Rule::comp_for) == 172);
  CHECK(kRuleCount == 176);
  CHECK(int(Rule::const_object) == int(Rule::yield_expr) + 1);

  CHECK(rule_name(Rule::expr_stmt) == "expr_stmt");
  CHECK(rule_name(Rule::const_object).empty());
  CHECK(rule_compile_tag(Rule::shift_expr) == CompileTag::term);
  CHECK(rule_compile_tag(Rule::lambdef_nocond) == CompileTag::lambdef);
  CHECK(rule_compile_tag(Rule::atom) == CompileTag::none);

  const RuleInfo& funcdef = rule_info(Rule::funcdef);
  CHECK(funcdef.shape == RuleShape::kAnd);
  CHECK(funcdef.count == 8);
  CHECK(funcdef.add_blank);
  CHECK_FALSE(funcdef.allow_ident);
  auto args = rule_args(Rule::funcdef);
  REQUIRE(args.size() == 8);
  CHECK(args[1].kind == ArgKind::kToken);
  CHECK(args[1].token() == TokenKind::kName);
  CHECK(args[3].kind == ArgKind::kOptionalRule);
  CHECK(args[3].rule() == Rule::typedargslist);

  const RuleInfo& dotted = rule_info(Rule::dotted_name);
  CHECK(dotted.shape == RuleShape::kList);
  CHECK(dotted.list_form() == ListForm::kSeparated);
  CHECK(rule_args(Rule::dotted_name).size() == 2);
  CHECK(rule_info(Rule::decorators).list_form() == ListForm::kOneOrMore);
  CHECK(rule_args(Rule::decorators).size() == 1);
  CHECK(rule_info(Rule::atom).count == 12);
}

TEST_CASE("nodes: leaves round-trip") {
  CHECK(Node().is_null());
  for (intptr_t v : {intptr_t(0), intptr_t(1), intptr_t(-1), Node::kSmallIntMax, Node::kSmallIntMin}) {
    Node n = Node::small_int(v);
    CHECK(n.is_small_int());
    CHECK(n.is_leaf());
    CHECK_FALSE(n.is_struct());
    CHECK(n.small_int_value() == v);
  }
  Node t = Node::token(TokenKind::kKwNone);
  CHECK(t.is_token());
  CHECK(t.is_token_kind(TokenKind::kKwNone));
  CHECK_FALSE(t.is_token_kind(TokenKind::kKwTrue));

  cpy::Arena arena(cpy::heap_block_source());
  QstrTable qstrs(arena);
  const Qstr* q = qstrs.intern("name").value();
  CHECK(Node::id(q).is_id());
  CHECK(Node::id(q).qstr() == q);
  CHECK(Node::string(q).is_string());
  CHECK_FALSE(Node::string(q).is_id());
}

TEST_CASE("qstrs: interning gives one entry per text") {
  cpy::Arena arena(cpy::heap_block_source());
  QstrTable qstrs(arena);
  CHECK(qstrs.find("a") == nullptr);
  const Qstr* a = qstrs.intern("a").value();
  CHECK(qstrs.intern("a").value() == a);
  CHECK(qstrs.find("a") == a);
  std::string names[1000];
  for (int i = 0; i < 1000; ++i) {
    names[i] = "name" + std::to_string(i);
    REQUIRE(qstrs.intern(names[i]).ok());
  }
  CHECK(qstrs.size() == 1001);
  for (int i = 0; i < 1000; ++i) {
    const Qstr* q = qstrs.find(names[i]);
    REQUIRE(q != nullptr);
    CHECK(q->text() == names[i]);
    CHECK(q->index == uint32_t(i + 1));
  }
  CHECK(qstrs.intern("").ok());
}

TEST_CASE("parse: a simple module") {
  Parsed p("x = 1\ny = x\n");
  REQUIRE(p.tree.ok());
  Node root = p.root();
  REQUIRE(root.is_struct_kind(Rule::file_input_2));
  REQUIRE(root.as_struct()->count() == 2);
  Node first = root.as_struct()->node(0);
  REQUIRE(first.is_struct_kind(Rule::expr_stmt));
  CHECK(first.as_struct()->source_line == 1);
  CHECK(first.as_struct()->node(0).is_id());
  CHECK(first.as_struct()->node(0).qstr()->text() == "x");
  CHECK(first.as_struct()->node(1).small_int_value() == 1);
  CHECK(root.as_struct()->node(1).as_struct()->source_line == 2);
}

TEST_CASE("parse: input kinds") {
  ParseOptions single;
  single.input = InputKind::kSingle;
  Parsed s("1 + 2\n", single);
  REQUIRE(s.tree.ok());
  // A lonely expression is kept at the prompt, so it can be printed.
  CHECK(s.root().is_struct_kind(Rule::expr_stmt));
  Parsed f("1 + 2\n");
  REQUIRE(f.tree.ok());
  CHECK(f.root().is_struct_kind(Rule::pass_stmt));

  ParseOptions eval;
  eval.input = InputKind::kEval;
  Parsed e("x\n", eval);
  REQUIRE(e.tree.ok());
  CHECK(e.root().is_struct_kind(Rule::eval_input));
  Parsed bad("x = 1\n", eval);
  REQUIRE_FALSE(bad.tree.ok());
  CHECK(bad.tree.error().code == Errc::kSyntaxError);

  ParseOptions keep;
  keep.keep_doc_strings = true;
  Parsed d("'doc'\n", keep);
  REQUIRE(d.tree.ok());
  CHECK(d.root().is_struct_kind(Rule::expr_stmt));
}

TEST_CASE("parse: errors carry the reference's kind, message and line") {
  auto error_of = [](std::string_view source) {
    Parsed p(source);
    REQUIRE_FALSE(p.tree.ok());
    cpy::Error e = p.tree.error();
    // Messages may live in the arena; copy before it goes.
    return std::make_tuple(e.code, e.offset, std::string(e.message));
  };
  CHECK(error_of("x = 1\ny = = 2\n") == std::make_tuple(Errc::kSyntaxError, size_t(2), std::string("invalid syntax")));
  CHECK(error_of("x = 1\n  y = 2\n") ==
        std::make_tuple(Errc::kIndentationError, size_t(2), std::string("unexpected indent")));
  CHECK(error_of("if x:\n    a\n  b\n") ==
        std::make_tuple(Errc::kIndentationError, size_t(2),
                        std::string("unindent doesn't match any outer indent level")));
  CHECK(error_of("x = 0b12\n") ==
        std::make_tuple(Errc::kSyntaxError, size_t(1), std::string("invalid syntax for integer with base 2: '12'")));
  CHECK(error_of("\nx = 09\n") ==
        std::make_tuple(Errc::kSyntaxError, size_t(2), std::string("invalid syntax for integer with base 0: '09'")));
  CHECK(error_of("x = 1e\n") ==
        std::make_tuple(Errc::kSyntaxError, size_t(1), std::string("invalid syntax for number")));
  CHECK(error_of("X = const(y)\n") == std::make_tuple(Errc::kSyntaxError, size_t(1), std::string("not a constant")));
  CHECK(error_of(std::string(300, 'n') + " = 1\n") ==
        std::make_tuple(Errc::kTooDeep, size_t(0), std::string("name too long")));
  CHECK(error_of("x = '\\N{DASH}'\n") ==
        std::make_tuple(Errc::kNotImplemented, size_t(1), std::string("unicode name escapes")));
  CHECK(error_of("if x:\n") == std::make_tuple(Errc::kSyntaxError, size_t(2), std::string("invalid syntax")));

  CHECK(parse_error_has_line(cpy::fail(Errc::kSyntaxError, 1, "")));
  CHECK(parse_error_has_line(cpy::fail(Errc::kIndentationError, 1, "")));
  CHECK_FALSE(parse_error_has_line(cpy::fail(Errc::kOutOfMemory, 0, "")));
  CHECK_FALSE(parse_error_has_line(cpy::fail(Errc::kNotImplemented, 0, "")));
}

TEST_CASE("parse: deep nesting never recurses on the C stack") {
  std::string deep = "x = " + std::string(10000, '(') + "1" + std::string(10000, ')') + "\n";
  {
    // As mpy-cross with its 2 MiB heap: the MemoryError it reports.
    Parsed p(deep);
    REQUIRE_FALSE(p.tree.ok());
    CHECK(p.tree.error().code == Errc::kOutOfMemory);
    CHECK(std::string(p.tree.error().message) == "memory allocation failed, allocating 2078720 bytes");
  }
  {
    // Without the reference's limit the parse succeeds: the parentheses vanish.
    ParseOptions unlimited;
    unlimited.reference_heap_size = 0;
    std::string deeper = "x = " + std::string(100000, '(') + "1" + std::string(100000, ')') + "\n";
    Parsed p(deeper, unlimited);
    REQUIRE(p.tree.ok());
    CHECK(p.root().is_struct_kind(Rule::expr_stmt));
    CHECK(p.root().as_struct()->node(1).small_int_value() == 1);
  }
  {
    // A small arena runs out cleanly.
    ParseOptions unlimited;
    unlimited.reference_heap_size = 0;
    char buffer[64 * 1024];
    cpy::Arena arena(buffer, sizeof buffer);
    QstrTable qstrs(arena);
    auto tree = parse_source(deep, arena, qstrs, unlimited);
    REQUIRE_FALSE(tree.ok());
    CHECK(tree.error().code == Errc::kOutOfMemory);
  }
}

TEST_CASE("parse: long strings are string leaves only when already interned") {
  std::string_view names[] = {"the_file_name.py"};
  ParseOptions options;
  options.preinterned = names;
  Parsed p(
      "a = 'the_file_name.py'\nb = 'other_file_name.py'\nc = 'BrokenPipeError'\n"
      "long_identifier_x = 1\nd = 'long_identifier_x'\n",
      options);
  REQUIRE(p.tree.ok());
  auto value = [&](size_t i) { return p.root().as_struct()->node(i).as_struct()->node(1); };
  CHECK(value(0).is_string());
  CHECK(value(1).is_const_object());
  CHECK(value(2).is_string());  // built into CircuitPython's mpy-cross
  CHECK(value(4).is_string());  // a name seen earlier

  ParseOptions micropython;
  micropython.target = ParserTarget::kMicroPython;
  Parsed m("c = 'BrokenPipeError'\nd = '__template__'\n", micropython);
  REQUIRE(m.tree.ok());
  CHECK(m.root().as_struct()->node(0).as_struct()->node(1).is_const_object());
  CHECK(m.root().as_struct()->node(1).as_struct()->node(1).is_string());
}

TEST_CASE("parse: the qstr table persists across parses, const() names do not") {
  cpy::Arena arena(cpy::heap_block_source());
  QstrTable qstrs(arena);
  ParseOptions single;
  single.input = InputKind::kSingle;
  auto first = parse_source("X = const(5)\n", arena, qstrs, single);
  REQUIRE(first.ok());
  auto second = parse_source("another_long_name = X\n", arena, qstrs, single);
  REQUIRE(second.ok());
  // X is an ordinary name again in a new parse.
  CHECK(second.value().root.as_struct()->node(1).is_id());
  auto third = parse_source("y = 'another_long_name'\n", arena, qstrs, single);
  REQUIRE(third.ok());
  CHECK(third.value().root.as_struct()->node(1).is_string());
}

TEST_CASE("parse: small-int width decides leaves and constant objects") {
  ParseOptions narrow;
  narrow.small_int_bits = 8;
  Parsed n("a = 127\nb = 128\nc = -128\nd = -129\n", narrow);
  REQUIRE(n.tree.ok());
  auto value = [&](size_t i) { return n.root().as_struct()->node(i).as_struct()->node(1); };
  CHECK(value(0).is_small_int());
  CHECK(value(1).is_const_object());
  CHECK(value(2).is_small_int());
  CHECK(value(3).is_const_object());
  CHECK(value(3).const_object()->kind == ConstKind::kInt);
  CHECK(value(3).const_object()->small == -129);
}

TEST_CASE("parse: constant helpers") {
  Parsed p("a = 0\nb = ''\nc = ()\nd = (1,)\ne = 1.5\nf = None\ng = x\n");
  REQUIRE(p.tree.ok());
  auto value = [&](size_t i) { return p.root().as_struct()->node(i).as_struct()->node(1); };
  CHECK(is_const_false(value(0)));
  CHECK(is_const_false(value(1)));
  CHECK(is_const_false(value(2)));
  CHECK(is_const_true(value(3)));
  CHECK(is_const_true(value(4)));
  CHECK(is_const_false(value(5)));
  CHECK_FALSE(is_const_true(value(6)));
  CHECK_FALSE(is_const_false(value(6)));

  auto stmts = extract_list(p.root(), Rule::file_input_2);
  CHECK(stmts.size() == 7);
  Node single = value(6);
  CHECK(extract_list(single, Rule::file_input_2).size() == 1);
  CHECK(extract_list(Node(), Rule::file_input_2).empty());
}

TEST_CASE("parse: dump layout") {
  Parsed p("x = (1, 'a')\n");
  REQUIRE(p.tree.ok());
  CHECK(p.dump() ==
        "[   1] expr_stmt(5) (n=2)\n"
        "         id(x)\n"
        "[   1]   literal const()=(1, 'a')\n");
}

TEST_CASE("folding: integer arithmetic as the reference computes it") {
  cpy::Arena arena(cpy::heap_block_source());
  cpy::mpy::BigMath math(arena);
  auto fold = [&](BinaryOp op, Number a, Number b, Number& out) { return fold_binary(math, op, a, b, out); };
  Number out;
  REQUIRE(fold(BinaryOp::kFloorDivide, int_number(7), int_number(-2), out));
  CHECK(out.small == -4);
  REQUIRE(fold(BinaryOp::kModulo, int_number(-7), int_number(2), out));
  CHECK(out.small == 1);
  CHECK_FALSE(fold(BinaryOp::kFloorDivide, int_number(1), int_number(0), out));
  CHECK_FALSE(fold(BinaryOp::kModulo, int_number(1), int_number(0), out));
  CHECK_FALSE(fold(BinaryOp::kTrueDivide, int_number(1), int_number(0), out));
  CHECK_FALSE(fold(BinaryOp::kLeftShift, int_number(1), int_number(-1), out));
  CHECK_FALSE(fold(BinaryOp::kRightShift, int_number(1), int_number(-1), out));
  CHECK_FALSE(fold(BinaryOp::kMatMultiply, int_number(1), int_number(2), out));
  CHECK_FALSE(fold(BinaryOp::kPower, int_number(0), int_number(-1), out));
  REQUIRE(fold(BinaryOp::kTrueDivide, int_number(1), int_number(2), out));
  CHECK(out.is_float);
  CHECK(out.value == 0.5);
  REQUIRE(fold(BinaryOp::kPower, int_number(2), int_number(-2), out));
  CHECK(out.is_float);
  CHECK(out.value == 0.25);
  REQUIRE(fold(BinaryOp::kRightShift, int_number(-1), int_number(1000), out));
  CHECK(out.small == -1);
  REQUIRE(fold(BinaryOp::kLeftShift, int_number(1), int_number(100), out));
  CHECK(out.is_big);
  CHECK(out.big.bit_length() == 101);
  REQUIRE(fold(BinaryOp::kMultiply, int_number(INT64_MAX), int_number(2), out));
  CHECK(out.is_big);
  Number big = out;
  REQUIRE(fold(BinaryOp::kSubtract, big, big, out));
  CHECK_FALSE(out.is_big);
  CHECK(out.small == 0);
  REQUIRE(fold(BinaryOp::kPower, int_number(3), int_number(40), out));
  CHECK(out.is_big);
  REQUIRE(fold(BinaryOp::kOr, int_number(5), int_number(2), out));
  CHECK(out.small == 7);
}

TEST_CASE("folding: floats as the reference computes them") {
  cpy::Arena arena(cpy::heap_block_source());
  cpy::mpy::BigMath math(arena);
  Number out;
  REQUIRE(fold_binary(math, BinaryOp::kFloorDivide, float_number(-7.5), int_number(2), out));
  CHECK(out.value == -4.0);
  REQUIRE(fold_binary(math, BinaryOp::kModulo, float_number(-7.5), int_number(2), out));
  CHECK(out.value == 0.5);
  REQUIRE(fold_binary(math, BinaryOp::kModulo, float_number(0.0), float_number(-2), out));
  CHECK(std::signbit(out.value));
  CHECK_FALSE(fold_binary(math, BinaryOp::kModulo, float_number(1), float_number(0), out));
  CHECK_FALSE(fold_binary(math, BinaryOp::kPower, float_number(-8), float_number(0.5), out));  // complex
  CHECK_FALSE(fold_binary(math, BinaryOp::kOr, float_number(1), int_number(1), out));
  CHECK_FALSE(fold_binary(math, BinaryOp::kLeftShift, int_number(1), float_number(2), out));
  REQUIRE(fold_binary(math, BinaryOp::kPower, float_number(0), float_number(-INFINITY), out));
  CHECK(std::isinf(out.value));

  CHECK_FALSE(fold_unary(math, UnaryOp::kInvert, float_number(1.5), out));
  REQUIRE(fold_unary(math, UnaryOp::kNegative, int_number(INT64_MIN), out));
  CHECK(out.is_big);
  REQUIRE(fold_unary(math, UnaryOp::kInvert, int_number(0), out));
  CHECK(out.small == -1);
}

TEST_CASE("folding: integer literals") {
  cpy::Arena arena(cpy::heap_block_source());
  cpy::mpy::BigMath math(arena);
  CHECK(parse_detail::parse_integer_literal("0x1f", math, 1).value().small == 31);
  CHECK(parse_detail::parse_integer_literal("0o17", math, 1).value().small == 15);
  CHECK(parse_detail::parse_integer_literal("0B101", math, 1).value().small == 5);
  CHECK(parse_detail::parse_integer_literal("000", math, 1).value().small == 0);
  CHECK(parse_detail::parse_integer_literal("9223372036854775807", math, 1).value().small == INT64_MAX);
  CHECK(parse_detail::parse_integer_literal("9223372036854775808", math, 1).value().is_big);
  auto bad = parse_detail::parse_integer_literal("99999999999999999999z", math, 7);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().offset == 7);
  CHECK(std::string(bad.error().message) == "invalid syntax for integer with base 10: '99999999999999999999z'");

  CHECK(parse_detail::fits_small_int(1073741823, 31));
  CHECK_FALSE(parse_detail::fits_small_int(1073741824, 31));
  CHECK(parse_detail::fits_small_int(-1073741824, 31));
  CHECK_FALSE(parse_detail::fits_small_int(-1073741825, 31));
  CHECK(parse_detail::fits_small_int(INT64_MIN, 64));
}
