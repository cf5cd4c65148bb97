// The parser: tokens to a parse tree, as CircuitPython 10's py/parse.c builds
// it (same rule ids, node shapes, constant folding, const() handling and
// syntax errors), without recursion on the C stack.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "cpy/compiler/lexer.h"
#include "cpy/compiler/parse_node.h"
#include "cpy/compiler/target.h"
#include "cpy/mpy/arena.h"
#include "cpy/mpy/bigint.h"
#include "cpy/mpy/result.h"

namespace cpy::compiler {

/// What the source is: a module, one interactive statement, or an
/// expression for eval().
enum class InputKind : uint8_t {
  kFile,
  kSingle,
  kEval,
};

/// Which reference compiler's behaviour to reproduce where the two differ
/// in the parser: the set of strings its binary has already interned.
using ParserTarget = Target;

/// Settings of one parse.
struct ParseOptions {
  InputKind input = InputKind::kFile;
  ParserTarget target = ParserTarget::kCircuitPython;
  /// The target's small-int width (mpy-cross -msmall-int-bits); ints that do
  /// not fit become constant objects.
  unsigned small_int_bits = 31;
  /// Keep lonely constant expressions (doc strings) instead of replacing them
  /// with `pass`. Off for both mpy-cross builds.
  bool keep_doc_strings = false;
  /// Strings the reference interns before it parses (the input file name and
  /// the -s name): a long string literal equal to one becomes a string leaf.
  std::span<const std::string_view> preinterned = {};
  /// The reference's GC heap size (mpy-cross -X heapsize; 2 MiB by default
  /// on 64-bit hosts). Nesting so deep that the reference's rule stack would
  /// not fit in that heap fails with the MemoryError it reports. 0: no limit
  /// besides the arena.
  size_t reference_heap_size = size_t(2) * 1024 * 1024;
  /// Where the parser's stacks and folding temporaries go; nullptr means the
  /// tree's arena. A separate arena can be freed right after parsing.
  Arena* scratch = nullptr;
};

/// Parses the tokens of [lexer] into a tree allocated from [arena], interning
/// names and short strings in [qstrs] (which copies them). String and bytes
/// constants refer to token text, so the source and the lexer's arena must
/// outlive the tree.
///
/// On failure returns the reference's error: Errc::kSyntaxError or
/// kIndentationError with the line in `offset` (printed as a traceback), or
/// one the reference prints as a bare line: kNotImplemented
/// (NotImplementedError), kOutOfMemory (MemoryError) or kTooDeep (its
/// RuntimeError "name too long"). Messages that carry values (e.g.
/// "invalid syntax for integer with base 2: '12'") live in [arena].
Result<ParseTree> parse(Lexer& lexer, Arena& arena, QstrTable& qstrs, const ParseOptions& options = {});

/// Lexes and parses [source] in one call (see parse()).
Result<ParseTree> parse_source(std::string_view source, Arena& arena, QstrTable& qstrs,
                               const ParseOptions& options = {}, LexerOptions lexer_options = {});

/// Whether the reference reports [error] in its traceback form with a file
/// and line (SyntaxError, IndentationError) or as one bare line
/// (MemoryError, RuntimeError, NotImplementedError).
bool parse_error_has_line(const Error& error);

/// Receives dump text, piece by piece.
struct DumpSink {
  void (*write)(void* context, std::string_view text) = nullptr;
  void* context = nullptr;
};

/// Writes the tree under [node] to [sink] in the reference's debug print
/// layout (mp_parse_node_print with rule names), one node per line, [indent]
/// spaces deep. Constant objects print as `literal const()=<repr>` since the
/// reference's object address carries no meaning; strings in them print as
/// [target]'s repr() prints them. Walks the tree with an explicit stack taken
/// from [scratch]; fails only when that runs out.
Result<void> dump_parse_tree(Node node, Arena& scratch, DumpSink sink,
                             ParserTarget target = ParserTarget::kCircuitPython, size_t indent = 0);

// --- Internals shared by the parser's source files ------------------------------

namespace parse_detail {

/// A number being folded: an int (in [small] or, when it does not fit an
/// int64, in [big]) or a float.
struct Number {
  bool is_float = false;
  bool is_big = false;
  /// The reference holds this int as a big (mpz) object although its value
  /// fits its 63-bit small ints: only -(2**62) made by negation, which then
  /// stays a constant object even where small ints have 63 bits or more.
  bool boxed = false;
  int64_t small = 0;
  mpy::BigInt big;
  double value = 0;
};

/// The binary operators that folding evaluates, in the order of the
/// operator tokens from `<<` on (kOpDblLess .. kOpDblStar), then `|^&`.
enum class BinaryOp : uint8_t {
  kLeftShift,
  kRightShift,
  kAdd,
  kSubtract,
  kMultiply,
  kMatMultiply,
  kFloorDivide,
  kTrueDivide,
  kModulo,
  kPower,
  kOr,
  kXor,
  kAnd,
};

enum class UnaryOp : uint8_t { kPositive, kNegative, kInvert };

/// Computes [lhs] [op] [rhs] as the reference's mp_binary_op does, into
/// [out]. False where the reference raises (so does not fold): division by
/// zero, negative shifts, unsupported operand types, results too large,
/// and results that would be complex.
bool fold_binary(mpy::BigMath& math, BinaryOp op, const Number& lhs, const Number& rhs, Number& out);

/// Computes [op] [operand] into [out]; false for `~` on a float.
bool fold_unary(mpy::BigMath& math, UnaryOp op, const Number& operand, Number& out);

/// The value of an INTEGER token's text, as mp_parse_num_integer reads it.
/// Errors are SyntaxErrors at [line] with the reference's message (built in
/// the BigMath's arena).
Result<Number> parse_integer_literal(std::string_view text, mpy::BigMath& math, uint32_t line);

/// Whether [value] fits a small int of [bits] bits (2..64).
bool fits_small_int(int64_t value, unsigned bits);

/// The long (> 10 byte) strings the reference mpy-cross has interned before
/// it starts: the qstrs built into its binary.
std::span<const std::string_view> builtin_long_qstrs(ParserTarget target);

}  // namespace parse_detail

}  // namespace cpy::compiler
