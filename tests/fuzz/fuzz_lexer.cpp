// libFuzzer target: the lexer over arbitrary bytes, for both targets, until
// END or a token that halts it. A bounded arena turns the inputs that make
// CircuitPython's lexer feed its own f-string injection for ever into
// kOutOfMemory.
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "cpy/compiler/lexer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view source(reinterpret_cast<const char*>(data), size);
  // Every input is lexed as each target's reference would lex it.
  for (auto target : {cpy::compiler::Target::kCircuitPython, cpy::compiler::Target::kMicroPython}) {
    cpy::Arena arena(cpy::heap_block_source(), 16 * 1024, 8 * 1024 * 1024);
    cpy::compiler::LexerOptions options;
    options.target = target;
    cpy::compiler::Lexer lexer(source, arena, options);
    for (;;) {
      const cpy::compiler::Token& token = lexer.current();
      // Error tokens other than the two that halt the lexer are followed by
      // more tokens: keep going through them, as a tool dumping tokens would.
      if (token.kind == cpy::compiler::TokenKind::kEnd || token.kind == cpy::compiler::TokenKind::kUnicodeNameEscape ||
          token.kind == cpy::compiler::TokenKind::kOutOfMemory)
        break;
      lexer.advance();
    }
  }
  return 0;
}
