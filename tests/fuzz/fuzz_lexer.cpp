// libFuzzer target: the lexer over arbitrary bytes, until END or an error
// token. A bounded arena turns the inputs that make the reference lexer feed
// its own f-string injection for ever into kOutOfMemory.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "cpy/compiler/lexer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  cpy::Arena arena(cpy::heap_block_source(), 16 * 1024, 8 * 1024 * 1024);
  std::string_view source(reinterpret_cast<const char*>(data), size);
  cpy::compiler::Lexer lexer(source, arena);
  for (;;) {
    const cpy::compiler::Token& token = lexer.current();
    if (token.kind == cpy::compiler::TokenKind::kEnd || cpy::compiler::is_error_token(token.kind)) {
      // Error tokens other than the two that halt the lexer are followed by
      // more tokens: keep going through them, as a tool dumping tokens would.
      if (token.kind == cpy::compiler::TokenKind::kEnd || token.kind == cpy::compiler::TokenKind::kUnicodeNameEscape ||
          token.kind == cpy::compiler::TokenKind::kOutOfMemory)
        break;
    }
    lexer.advance();
  }
  return 0;
}
