// compile_module(): lex, parse, then the compile stage (scope analysis and
// the emitter's passes) into an mpy::Module.
#include "cpy/compiler/compile.h"

#include "cpy/compiler/lexer.h"

namespace cpy::compiler {

Result<mpy::Module> compile_module(std::string_view source, Arena& arena, const CompileOptions& options) {
  QstrTable qstrs(arena);
  const std::string_view preinterned[] = {options.input_path, options.source_name};
  ParseOptions parse_options;
  parse_options.target = options.target;
  parse_options.small_int_bits = options.small_int_bits;
  parse_options.preinterned = preinterned;
  parse_options.reference_heap_size = options.reference_heap_size;
  LexerOptions lexer_options;
  lexer_options.optimise_level = options.optimise_level;
  ParseTree tree = CPY_TRY(parse_source(source, arena, qstrs, parse_options, lexer_options));
  (void)tree;
  return fail(Errc::kNotImplemented, 0, "code generation is not available yet");
}

std::string_view error_exception_name(const Error& error) {
  switch (error.code) {
    case Errc::kSyntaxError:
      return "SyntaxError";
    case Errc::kIndentationError:
      return "IndentationError";
    case Errc::kNotImplemented:
      return "NotImplementedError";
    case Errc::kTooDeep:
      return "RuntimeError";
    default:
      return "MemoryError";
  }
}

}  // namespace cpy::compiler
