#include "cpy/compiler/token.h"

#include <array>

namespace cpy::compiler {

namespace {

constexpr std::array<std::string_view, kTokenKindCount> kTokenKindNames = {
#define CPY_TOKEN(name, reference_name) reference_name,
#include "cpy/compiler/token.def"
#undef CPY_TOKEN
};

}  // namespace

std::string_view token_kind_name(TokenKind kind) {
  size_t index = static_cast<size_t>(kind);
  return index < kTokenKindNames.size() ? kTokenKindNames[index] : std::string_view("?");
}

Error token_error(const Token& token) {
  size_t line = token.line;
  switch (token.kind) {
    case TokenKind::kDedentMismatch:
      return fail(Errc::kIndentationError, line, "unindent doesn't match any outer indent level");
    case TokenKind::kIndent:
      return fail(Errc::kIndentationError, line, "unexpected indent");
    case TokenKind::kMalformedFString:
      return fail(Errc::kSyntaxError, line, "malformed f-string");
    case TokenKind::kUnicodeNameEscape:
      return fail(Errc::kNotImplemented, line, "unicode name escapes");
    case TokenKind::kOutOfMemory:
      return fail(Errc::kOutOfMemory, line, "memory allocation failed");
    default:
      return fail(Errc::kSyntaxError, line, "invalid syntax");
  }
}

}  // namespace cpy::compiler
