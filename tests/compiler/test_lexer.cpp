#include <doctest/doctest.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "cpy/compiler/lexer.h"
#include "lex_dump.h"

using namespace cpy;
using namespace cpy::compiler;

namespace {

std::vector<TokenKind> kinds_of(std::string_view source, uint8_t optimise_level = 0) {
  Arena arena(heap_block_source());
  Lexer lexer(source, arena, LexerOptions{optimise_level});
  std::vector<TokenKind> kinds;
  for (;;) {
    kinds.push_back(lexer.current().kind);
    if (lexer.current().kind == TokenKind::kEnd || is_error_token(lexer.current().kind)) break;
    lexer.advance();
  }
  return kinds;
}

bool points_into(std::string_view text, std::string_view source) {
  return text.data() >= source.data() && text.data() + text.size() <= source.data() + source.size();
}

}  // namespace

TEST_CASE("the first token is ready on construction and END repeats") {
  Arena arena(heap_block_source());
  Lexer lexer("x\n", arena);
  CHECK(lexer.current().kind == TokenKind::kName);
  CHECK(lexer.current().text == "x");
  CHECK(lexer.current().line == 1);
  CHECK(lexer.current().column == 1);
  lexer.advance();
  CHECK(lexer.current().kind == TokenKind::kNewline);
  lexer.advance();
  CHECK(lexer.current().kind == TokenKind::kEnd);
  CHECK(lexer.current().line == 2);
  lexer.advance();
  CHECK(lexer.current().kind == TokenKind::kEnd);
}

TEST_CASE("an empty source is one NEWLINE then END") {
  using K = TokenKind;
  CHECK(kinds_of("") == std::vector<K>{K::kNewline, K::kEnd});
  CHECK(kinds_of("   ") == std::vector<K>{K::kNewline, K::kEnd});
}

TEST_CASE("indentation produces INDENT and DEDENT after NEWLINE") {
  using K = TokenKind;
  CHECK(kinds_of("if a:\n    b\nc\n") == std::vector<K>{K::kKwIf, K::kName, K::kDelColon, K::kNewline, K::kIndent,
                                                        K::kName, K::kNewline, K::kDedent, K::kName, K::kNewline,
                                                        K::kEnd});
  CHECK(kinds_of("if a:\n    b\n  c\n").back() == K::kDedentMismatch);
  CHECK(kinds_of("  x\n").front() == K::kIndent);  // the parser's "unexpected indent"
}

TEST_CASE("names, numbers and plain strings are slices of the source") {
  std::string_view source = "name = 12 + 'plain text'\n";
  Arena arena(heap_block_source());
  Lexer lexer(source, arena);
  std::vector<Token> tokens;
  while (lexer.current().kind != TokenKind::kEnd) {
    tokens.push_back(lexer.current());
    lexer.advance();
  }
  REQUIRE(tokens.size() == 6);
  CHECK(tokens[0].text == "name");
  CHECK(points_into(tokens[0].text, source));
  CHECK(tokens[2].text == "12");
  CHECK(points_into(tokens[2].text, source));
  CHECK(tokens[4].kind == TokenKind::kString);
  CHECK(tokens[4].text == "plain text");
  CHECK(points_into(tokens[4].text, source));
  CHECK(arena.bytes_used() < 100);  // only the indent stack
}

TEST_CASE("processed text lives in the arena and outlives later tokens") {
  std::string_view source = "'a\\tb' 'c'\n1_000 1E5\n";
  Arena arena(heap_block_source());
  Lexer lexer(source, arena);
  Token joined = lexer.current();
  CHECK(joined.kind == TokenKind::kString);
  CHECK(joined.text == "a\tbc");
  CHECK(!points_into(joined.text, source));
  lexer.advance();  // NEWLINE
  lexer.advance();
  Token integer = lexer.current();
  CHECK(integer.text == "1000");
  lexer.advance();
  CHECK(lexer.current().kind == TokenKind::kFloatOrImag);
  CHECK(lexer.current().text == "1e5");
  CHECK(joined.text == "a\tbc");
  CHECK(integer.text == "1000");
}

TEST_CASE("the lexer reads only the bytes of its source view") {
  // The bytes after the view would open a string if they were read.
  std::string buffer = "x = 1'''never\n";
  std::string_view source(buffer.data(), 5);
  CHECK(test::dump_tokens(source) ==
        "NAME 1 1 \"x\"\nDEL_EQUAL 1 3 \"\"\nINTEGER 1 5 \"1\"\nNEWLINE 1 6 \"\"\nEND 2 1 \"\"\n");
}

TEST_CASE("__debug__ follows the optimisation level") {
  CHECK(kinds_of("__debug__\n", 0).front() == TokenKind::kKwTrue);
  CHECK(kinds_of("__debug__\n", 1).front() == TokenKind::kKwFalse);
  CHECK(kinds_of("__debug__\n", 3).front() == TokenKind::kKwFalse);
}

TEST_CASE("an f-string becomes a format string and injected .format(...) tokens") {
  CHECK(test::dump_tokens("f'{a!r:>{w}} {b=}'\n") ==
        "STRING 1 1 \"{!r:>{}} b={}\"\n"
        "DEL_PERIOD 1 19 \"\"\nNAME 1 20 \"format\"\nDEL_PAREN_OPEN 1 26 \"\"\n"
        "DEL_PAREN_OPEN 1 27 \"\"\nNAME 1 28 \"a\"\nDEL_PAREN_CLOSE 1 29 \"\"\nDEL_COMMA 1 30 \"\"\n"
        "DEL_PAREN_OPEN 1 31 \"\"\nNAME 1 32 \"w\"\nDEL_PAREN_CLOSE 1 33 \"\"\nDEL_COMMA 1 34 \"\"\n"
        "DEL_PAREN_OPEN 1 35 \"\"\nNAME 1 36 \"b\"\nDEL_PAREN_CLOSE 1 37 \"\"\nDEL_COMMA 1 38 \"\"\n"
        "DEL_PAREN_CLOSE 1 39 \"\"\nNEWLINE 1 40 \"\"\nEND 2 1 \"\"\n");
}

TEST_CASE("a \\N escape stops the lexer with kUnicodeNameEscape") {
  Arena arena(heap_block_source());
  Lexer lexer("a\n'\\N{DIGIT ONE}'\nb\n", arena);
  lexer.advance();
  lexer.advance();
  CHECK(lexer.current().kind == TokenKind::kUnicodeNameEscape);
  lexer.advance();
  CHECK(lexer.current().kind == TokenKind::kUnicodeNameEscape);
  Error error = token_error(lexer.current());
  CHECK(error.code == Errc::kNotImplemented);
  CHECK(std::strcmp(error.message, "unicode name escapes") == 0);
}

TEST_CASE("running out of arena memory gives kOutOfMemory, for good") {
  // Enough for the indent stack, not for a processed string of 300 bytes.
  alignas(8) uint8_t buffer[256];
  Arena arena(buffer, sizeof buffer);
  std::string source = "x = '" + std::string(300, 'a') + "\\n'\ny\n";
  Lexer lexer(source, arena);
  lexer.advance();
  lexer.advance();
  CHECK(lexer.current().kind == TokenKind::kOutOfMemory);
  lexer.advance();
  CHECK(lexer.current().kind == TokenKind::kOutOfMemory);
  CHECK(token_error(lexer.current()).code == Errc::kOutOfMemory);

  uint8_t tiny[4];
  Arena none(tiny, sizeof tiny);
  Lexer starved("x\n", none);
  CHECK(starved.current().kind == TokenKind::kOutOfMemory);
}

TEST_CASE("error tokens map to the reference's parser messages") {
  Token token{TokenKind::kDedentMismatch, 7, 3, {}};
  Error error = token_error(token);
  CHECK(error.code == Errc::kIndentationError);
  CHECK(error.offset == 7);
  CHECK(std::strcmp(error.message, "unindent doesn't match any outer indent level") == 0);
  token.kind = TokenKind::kLonelyStringOpen;
  CHECK(std::strcmp(token_error(token).message, "invalid syntax") == 0);
  token.kind = TokenKind::kIndent;
  CHECK(std::strcmp(token_error(token).message, "unexpected indent") == 0);
  CHECK(is_error_token(TokenKind::kInvalid));
  CHECK(is_error_token(TokenKind::kOutOfMemory));
  CHECK(!is_error_token(TokenKind::kNewline));
  CHECK(is_keyword_token(TokenKind::kKwYield));
  CHECK(!is_keyword_token(TokenKind::kName));
}

TEST_CASE("token kind names are the reference's") {
  CHECK(token_kind_name(TokenKind::kEnd) == "END");
  CHECK(token_kind_name(TokenKind::kKwDebug) == "KW___DEBUG__");
  CHECK(token_kind_name(TokenKind::kDelMinusMore) == "DEL_MINUS_MORE");
  CHECK(kTokenKindCount == 96 + 2);  // the reference's kinds and our two
}

TEST_CASE("indent levels are kept in 16 bits, as in the reference") {
  // Expected dumps: the reference lexer's output for the same inputs.
  std::string source = "if a:\n" + std::string(65536, ' ') + "b = 1\nc = 2\n";
  CHECK(test::dump_tokens(source) ==
        "KW_IF 1 1 \"if\"\nNAME 1 4 \"a\"\nDEL_COLON 1 5 \"\"\nNEWLINE 1 6 \"\"\n"
        "INDENT 2 65537 \"\"\nNAME 2 65537 \"b\"\nDEL_EQUAL 2 65539 \"\"\nINTEGER 2 65541 \"1\"\n"
        "NEWLINE 2 65542 \"\"\nNAME 3 1 \"c\"\nDEL_EQUAL 3 3 \"\"\nINTEGER 3 5 \"2\"\nNEWLINE 3 6 \"\"\n"
        "END 4 1 \"\"\n");
  std::string pad(65537, ' ');
  source = "if a:\n" + pad + "b = 1\n" + pad + "c\n d\n";
  CHECK(test::dump_tokens(source) ==
        "KW_IF 1 1 \"if\"\nNAME 1 4 \"a\"\nDEL_COLON 1 5 \"\"\nNEWLINE 1 6 \"\"\n"
        "INDENT 2 65538 \"\"\nNAME 2 65538 \"b\"\nDEL_EQUAL 2 65540 \"\"\nINTEGER 2 65542 \"1\"\n"
        "NEWLINE 2 65543 \"\"\nINDENT 3 65538 \"\"\nNAME 3 65538 \"c\"\nNEWLINE 3 65539 \"\"\n"
        "NAME 4 2 \"d\"\nNEWLINE 4 3 \"\"\nDEDENT 5 1 \"\"\nDEDENT 5 1 \"\"\nEND 5 1 \"\"\n");
}

TEST_CASE("long literals and deep nesting grow their buffers") {
  std::string body(100000, 'x');
  std::string source = "s = '" + body + "\\n'\n";
  Arena arena(heap_block_source());
  Lexer lexer(source, arena);
  lexer.advance();
  lexer.advance();
  CHECK(lexer.current().kind == TokenKind::kString);
  CHECK(lexer.current().text == body + "\n");

  std::string nested;
  for (int i = 0; i < 200; ++i) nested += std::string(i, ' ') + "if x:\n";
  nested += std::string(200, ' ') + "pass\n";
  auto kinds = kinds_of(nested);
  CHECK(std::count(kinds.begin(), kinds.end(), TokenKind::kIndent) == 200);
  CHECK(std::count(kinds.begin(), kinds.end(), TokenKind::kDedent) == 200);
}

TEST_CASE("CR LF and lone CR read as line breaks") {
  CHECK(test::dump_tokens("a\r\nb\rc") == test::dump_tokens("a\nb\nc"));
  CHECK(test::dump_tokens("'''x\r\ny'''\r\n") == test::dump_tokens("'''x\ny'''\n"));
}

TEST_CASE("an f-string that feeds its own injection ends in kOutOfMemory") {
  // The nested f-string's field never closes ("]" wraps the bracket depth),
  // and every character it reads from the injected arguments is appended to
  // them again. The reference loops until its heap is full (MemoryError in
  // mpy-cross); the tokens before are the reference's.
  CHECK(test::dump_tokens("x = 1\nf'{f\"{]}'\n", {}, nullptr, 1 << 20) ==
        "NAME 1 1 \"x\"\nDEL_EQUAL 1 3 \"\"\nINTEGER 1 5 \"1\"\nNEWLINE 1 6 \"\"\nSTRING 2 1 \"{}\"\n"
        "DEL_PERIOD 2 10 \"\"\nNAME 2 11 \"format\"\nDEL_PAREN_OPEN 2 17 \"\"\nDEL_PAREN_OPEN 2 18 \"\"\n"
        "EXCEPTION MemoryError\n");
}

namespace {

LexerOptions micropython() {
  LexerOptions options;
  options.target = Target::kMicroPython;
  return options;
}

}  // namespace

TEST_CASE("MicroPython: a NUL byte reads as 0x01, from a copy of the source") {
  std::string_view source("x = 'a\0b'\n", 11);
  Arena arena(heap_block_source());
  Lexer lexer(source, arena, micropython());
  CHECK(lexer.current().text == "x");
  CHECK(!points_into(lexer.current().text, source));
  lexer.advance();
  lexer.advance();
  CHECK(lexer.current().kind == TokenKind::kString);
  CHECK(lexer.current().text == std::string_view("a\1b", 3));
  // CircuitPython keeps it, and slices the source.
  Lexer circuitpython(source, arena);
  circuitpython.advance();
  circuitpython.advance();
  CHECK(circuitpython.current().text == std::string_view("a\0b", 3));
  CHECK(points_into(circuitpython.current().text, source));
}

TEST_CASE("MicroPython: an empty source is END alone") {
  CHECK(test::dump_tokens("", micropython()) == "END 1 1 \"\"\n");
  CHECK(test::dump_tokens("   ", micropython()) == "NEWLINE 1 4 \"\"\nEND 2 1 \"\"\n");
}

TEST_CASE("MicroPython: a nested f-string's arguments are injected where it ends") {
  // The reference's dump: `"{}".format((("{}".format((x),))),)`.
  CHECK(test::dump_tokens("f\"{f'{x}'}\"\n", micropython()) ==
        "STRING 1 1 \"{}\"\nDEL_PERIOD 1 12 \"\"\nNAME 1 13 \"format\"\nDEL_PAREN_OPEN 1 19 \"\"\n"
        "DEL_PAREN_OPEN 1 20 \"\"\nSTRING 1 21 \"{}\"\nDEL_PERIOD 1 27 \"\"\nNAME 1 28 \"format\"\n"
        "DEL_PAREN_OPEN 1 34 \"\"\nDEL_PAREN_OPEN 1 35 \"\"\nNAME 1 36 \"x\"\nDEL_PAREN_CLOSE 1 37 \"\"\n"
        "DEL_COMMA 1 38 \"\"\nDEL_PAREN_CLOSE 1 39 \"\"\nDEL_PAREN_CLOSE 1 40 \"\"\nDEL_COMMA 1 41 \"\"\n"
        "DEL_PAREN_CLOSE 1 42 \"\"\nNEWLINE 1 43 \"\"\nEND 2 1 \"\"\n");
}

TEST_CASE("MicroPython: a t-string is a call of __template__") {
  // The reference's dump: `__template__(("a","b",),(x),"x",None,"",)`.
  CHECK(test::dump_tokens("t\"a{x}b\"\n", micropython()) ==
        "NAME 1 1 \"__template__\"\nDEL_PAREN_OPEN 1 9 \"\"\nDEL_PAREN_OPEN 1 10 \"\"\n"
        "STRING 1 11 \"a\"\nDEL_COMMA 1 14 \"\"\nSTRING 1 15 \"b\"\nDEL_COMMA 1 18 \"\"\n"
        "DEL_PAREN_CLOSE 1 19 \"\"\nDEL_COMMA 1 20 \"\"\nDEL_PAREN_OPEN 1 21 \"\"\nNAME 1 22 \"x\"\n"
        "DEL_PAREN_CLOSE 1 23 \"\"\nDEL_COMMA 1 24 \"\"\nSTRING 1 25 \"x\"\nDEL_COMMA 1 28 \"\"\n"
        "KW_NONE 1 29 \"None\"\nDEL_COMMA 1 33 \"\"\nSTRING 1 34 \"\"\nDEL_COMMA 1 36 \"\"\n"
        "DEL_PAREN_CLOSE 1 37 \"\"\nNEWLINE 1 38 \"\"\nEND 2 1 \"\"\n");
  // CircuitPython has no t-strings: a name, then a string.
  CHECK(kinds_of("t\"a\"\n") ==
        std::vector<TokenKind>{TokenKind::kName, TokenKind::kString, TokenKind::kNewline, TokenKind::kEnd});
}
