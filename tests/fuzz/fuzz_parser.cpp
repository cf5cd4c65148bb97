// Fuzzes the lexer and parser: any input must give a well-formed tree or an
// error of a kind the reference can raise, never a crash or a hang, however
// deep the nesting. The first byte picks the input kind and a few options.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "cpy/compiler/parser.h"
#include "reference_errors.h"

namespace {

using namespace cpy::compiler;

bool quick_to_print(const ConstObject& object, int depth) {
  if (object.kind == ConstKind::kInt) return !object.is_big || object.big.bit_length() <= 65536;
  if (object.kind != ConstKind::kTuple) return true;
  if (depth > 100) return false;
  for (const ConstObject* item : object.items) {
    if (!quick_to_print(*item, depth + 1)) return false;
  }
  return true;
}

// Checks every node of the tree (with an explicit stack, as trees can be
// deep) and dumps it to nowhere, unless it holds an int so large that
// printing it in decimal would take the fuzzer's time (the parser folds
// `2 ** 4000000`; the dump is quadratic in the digits).
void check_tree(Node root, cpy::Arena& scratch) {
  bool printable = true;
  size_t capacity = 1024;
  size_t size = 0;
  Node* stack = scratch.make_array<Node>(capacity);
  if (!stack) return;
  stack[size++] = root;
  while (size) {
    Node node = stack[--size];
    if (node.is_null() || node.is_leaf()) {
      if (node.is_token() && size_t(node.token_kind()) >= kTokenKindCount) std::abort();
      if ((node.is_id() || node.is_string()) && !node.qstr()) std::abort();
      continue;
    }
    const StructNode* s = node.as_struct();
    if (size_t(s->rule()) >= kRuleCount) std::abort();
    if (node.is_const_object()) {
      const ConstObject* object = node.const_object();
      if (s->count() != 1 || !object) std::abort();
      if (!quick_to_print(*object, 0)) printable = false;
      continue;
    }
    for (Node child : s->children()) {
      if (size == capacity) {
        Node* bigger = scratch.make_array<Node>(capacity * 2);
        if (!bigger) return;
        for (size_t i = 0; i < size; ++i) bigger[i] = stack[i];
        stack = bigger;
        capacity *= 2;
      }
      stack[size++] = child;
    }
  }
  if (!printable) return;
  DumpSink discard{[](void*, std::string_view) {}, nullptr};
  (void)dump_parse_tree(root, scratch, discard);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  uint8_t flags = data[0];
  std::string_view source(reinterpret_cast<const char*>(data + 1), size - 1);

  cpy::Arena arena(cpy::heap_block_source(), 16 * 1024, 256 * 1024 * 1024);
  cpy::Arena scratch(cpy::heap_block_source(), 16 * 1024, 256 * 1024 * 1024);
  QstrTable qstrs(arena);
  ParseOptions options;
  options.input = (flags & 3) == 1 ? InputKind::kSingle : (flags & 3) == 2 ? InputKind::kEval : InputKind::kFile;
  options.target = (flags & 4) ? ParserTarget::kMicroPython : ParserTarget::kCircuitPython;
  options.small_int_bits = (flags & 8) ? 63 : 31;
  // Without the reference's limit only the arena bounds the depth.
  options.reference_heap_size = (flags & 16) ? 0 : size_t(2) * 1024 * 1024;
  options.keep_doc_strings = (flags & 32) != 0;
  options.scratch = &scratch;
  LexerOptions lexer_options;
  lexer_options.optimise_level = (flags & 64) ? 1 : 0;
  lexer_options.target = options.target;

  auto tree = parse_source(source, arena, qstrs, options, lexer_options);
  if (!tree.ok()) {
    if (!cpy::fuzz::is_reference_error(tree.error())) std::abort();
    return 0;
  }
  check_tree(tree.value().root, scratch);
  return 0;
}
