// Parse-tree nodes, interned names and constant objects: the tree the parser
// builds and the compiler walks, shaped exactly as CircuitPython 10's parser
// shapes it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "cpy/compiler/grammar.h"
#include "cpy/compiler/token.h"
#include "cpy/mpy/arena.h"
#include "cpy/mpy/bigint.h"
#include "cpy/mpy/result.h"

namespace cpy::compiler {

// --- Interned strings --------------------------------------------------------

/// An interned string (the reference's qstr): every name, and the short or
/// already-interned strings that the parser keeps as string leaves. Two
/// Qstrs of one QstrTable are equal exactly when their pointers are.
struct alignas(16) Qstr {
  const char* data = nullptr;
  uint32_t size = 0;
  uint32_t hash = 0;
  /// Position in interning order, from 0: a stable key for maps.
  uint32_t index = 0;

  std::string_view text() const { return {data, size}; }
};

/// The set of interned strings of one compilation (or of a whole REPL
/// session). Keeps copies of the strings in its Arena; never frees.
class QstrTable {
 public:
  explicit QstrTable(Arena& arena) : arena_(arena) {}
  QstrTable(const QstrTable&) = delete;
  QstrTable& operator=(const QstrTable&) = delete;

  /// The Qstr for [text], interning (copying) it when it is new. Fails only
  /// when the arena runs out.
  Result<const Qstr*> intern(std::string_view text);

  /// The Qstr for [text] if it has been interned, else nullptr.
  const Qstr* find(std::string_view text) const;

  /// How many strings have been interned.
  size_t size() const { return count_; }

  Arena& arena() { return arena_; }

 private:
  Arena& arena_;
  const Qstr** slots_ = nullptr;  // open addressing, power-of-two size
  size_t capacity_ = 0;
  size_t count_ = 0;
};

// --- Constant objects ---------------------------------------------------------

/// The type of a constant the parser made into an object.
enum class ConstKind : uint8_t {
  kNone,
  kFalse,
  kTrue,
  kEllipsis,
  kInt,
  kFloat,
  kComplex,
  kStr,
  kBytes,
  kTuple,
};

/// A constant object: what the reference's parser keeps as a Python object
/// (in a `const_object` node, or as the value of a `const()` name): floats,
/// complex numbers, ints that are not small, long strings, bytes, tuples of
/// constants, and `const()` values of any of these kinds.
struct ConstObject {
  ConstKind kind = ConstKind::kNone;
  /// kInt: the value is [big] rather than [small].
  bool is_big = false;
  /// kInt: the reference holds this value as a big int object although it
  /// would fit a small int (only -(2**62) made by negation), so it stays a
  /// constant object wherever it goes.
  bool boxed = false;
  /// The reference uses one static object for every occurrence of this
  /// constant (only `math.nan`), so all of them are the same object even
  /// though NaN never equals NaN.
  bool shared = false;
  int64_t small = 0;
  mpy::BigInt big;
  /// kFloat: [real]; kComplex: [real] + [imag]j.
  double real = 0;
  double imag = 0;
  /// kStr, kBytes: the contents (any bytes for kBytes, UTF-8 for kStr).
  std::string_view text;
  /// kTuple: the items.
  std::span<const ConstObject* const> items;
};

/// Python's truth value of [object] (bool(x)).
bool const_truth(const ConstObject& object);

// --- Nodes ----------------------------------------------------------------------

struct StructNode;

/// One node of the parse tree, in one machine word as in the reference:
/// null, a leaf (small int, name, string or token) or a pointer to a
/// StructNode (a rule with children, or a constant object).
class Node {
 public:
  /// The null node: an absent optional part.
  constexpr Node() = default;

  /// The smallest and largest values a small-int leaf can hold here (the
  /// reference's host word minus its tag bit). The parser also keeps to the
  /// target's small-int width.
  static constexpr intptr_t kSmallIntMin = INTPTR_MIN / 2;
  static constexpr intptr_t kSmallIntMax = INTPTR_MAX / 2;

  static Node small_int(intptr_t value) { return Node((uintptr_t(value) << 1) | kTagSmallInt); }
  static Node id(const Qstr* name) { return Node(reinterpret_cast<uintptr_t>(name) | kTagId); }
  static Node string(const Qstr* text) { return Node(reinterpret_cast<uintptr_t>(text) | kTagString); }
  static Node token(TokenKind kind) { return Node((uintptr_t(kind) << 4) | kTagToken); }
  static Node from_struct(const StructNode* node) { return Node(reinterpret_cast<uintptr_t>(node)); }
  /// A node from raw bits: for the compiler, which keeps its own data (a
  /// scope) in the empty slot that AND_BLANK rules leave at their end, as
  /// the reference does.
  static Node from_bits(uintptr_t bits) { return Node(bits); }

  bool is_null() const { return bits_ == 0; }
  bool is_leaf() const { return (bits_ & 3) != 0; }
  bool is_struct() const { return bits_ != 0 && (bits_ & 3) == 0; }
  inline bool is_struct_kind(Rule rule) const;
  bool is_small_int() const { return (bits_ & 1) != 0; }
  bool is_id() const { return (bits_ & 15) == kTagId; }
  bool is_string() const { return (bits_ & 15) == kTagString; }
  bool is_token() const { return (bits_ & 15) == kTagToken; }
  bool is_token_kind(TokenKind kind) const { return bits_ == ((uintptr_t(kind) << 4) | kTagToken); }
  inline bool is_const_object() const;

  /// The value of a small-int leaf.
  intptr_t small_int_value() const { return intptr_t(bits_) >> 1; }
  /// The interned text of an id or string leaf.
  const Qstr* qstr() const { return reinterpret_cast<const Qstr*>(bits_ & ~uintptr_t(15)); }
  /// The kind of a token leaf.
  TokenKind token_kind() const { return static_cast<TokenKind>(bits_ >> 4); }
  /// The struct of a struct node.
  const StructNode* as_struct() const { return reinterpret_cast<const StructNode*>(bits_); }
  StructNode* as_mutable_struct() const { return reinterpret_cast<StructNode*>(bits_); }
  /// The constant of a const_object node.
  inline const ConstObject* const_object() const;

  uintptr_t bits() const { return bits_; }
  friend bool operator==(Node a, Node b) { return a.bits_ == b.bits_; }

 private:
  static constexpr uintptr_t kTagSmallInt = 0x1;
  static constexpr uintptr_t kTagId = 0x2;
  static constexpr uintptr_t kTagString = 0x6;
  static constexpr uintptr_t kTagToken = 0xa;

  explicit constexpr Node(uintptr_t bits) : bits_(bits) {}
  uintptr_t bits_ = 0;
};

/// A node with children: a rule that matched, or (rule const_object) a
/// constant. Its children follow it in memory.
struct StructNode {
  /// The line of the first token the rule matched; 0 for nodes the folding
  /// made, as in the reference.
  uint32_t source_line = 0;
  /// The Rule in the low 8 bits, the number of children above.
  uint32_t rule_and_count = 0;

  Rule rule() const { return static_cast<Rule>(rule_and_count & 0xff); }
  size_t count() const { return rule_and_count >> 8; }
  void set_rule(Rule rule) { rule_and_count = (rule_and_count & ~uint32_t(0xff)) | uint8_t(rule); }

  Node* nodes() { return reinterpret_cast<Node*>(this + 1); }
  const Node* nodes() const { return reinterpret_cast<const Node*>(this + 1); }
  std::span<const Node> children() const { return {nodes(), count()}; }
  Node node(size_t i) const { return nodes()[i]; }
};
static_assert(sizeof(StructNode) % alignof(Node) == 0, "children follow the header");

inline bool Node::is_struct_kind(Rule rule) const { return is_struct() && as_struct()->rule() == rule; }
inline bool Node::is_const_object() const { return is_struct_kind(Rule::const_object); }
inline const ConstObject* Node::const_object() const {
  return reinterpret_cast<const ConstObject*>(as_struct()->nodes()[0].bits());
}

/// A parsed module, statement or expression.
struct ParseTree {
  Node root;
};

// --- Tree helpers the compiler uses --------------------------------------------

/// True when [node] is a constant whose truth value is false (the reference's
/// mp_parse_node_is_const_false): False, None, 0, "", (), a false constant object.
bool is_const_false(Node node);

/// True when [node] is a constant whose truth value is true.
bool is_const_true(Node node);

/// The items of [node] seen as a list of rule [rule]: none for null, the
/// node's children when it is a struct of that rule, else the node alone
/// (the reference's mp_parse_node_extract_list). [node] must stay in place.
std::span<const Node> extract_list(const Node& node, Rule rule);

/// True when [node] is a constant leaf or object the parser may fold into a
/// tuple or a `const()` value: a small int, a string leaf, None, True, False,
/// `...`, a constant object, or `()`.
bool is_const_node(Node node);

}  // namespace cpy::compiler
