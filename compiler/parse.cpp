// The parse machine: a table-driven parser over grammar.def with an explicit
// rule stack and result stack (so nesting depth never grows the C stack),
// building the tree exactly as CircuitPython 10's py/parse.c does, including
// the rewrites and constant folding it does while building nodes.
#include <cstring>

#include "cpy/compiler/parser.h"
#include "cpy/mpy/float_text.h"

// The parser's innermost steps: forced inline on the host (a fifth of the
// compile time), left to the compiler where code size comes first.
#if defined(__OPTIMIZE_SIZE__)
#define CPY_PARSER_HOT
#else
#define CPY_PARSER_HOT [[gnu::always_inline]]
#endif

namespace cpy::compiler {

namespace {

using namespace parse_detail;

constexpr char kOutOfMemory[] = "memory allocation failed";

// Struct nodes need their children aligned, and two free low bits for the
// leaf tags.
constexpr size_t kStructAlign = alignof(StructNode) > alignof(Node) ? alignof(StructNode) : alignof(Node);
static_assert(kStructAlign >= 4, "struct node pointers must leave the tag bits free");

Error out_of_memory() { return fail(Errc::kOutOfMemory, 0, kOutOfMemory); }

// --- Stacks ---------------------------------------------------------------------

// A stack in fixed-size segments taken from an arena. Segments are kept when
// the stack shrinks and reused when it grows again, so memory use follows
// the deepest point reached, never a sum of reallocations.
template <class T>
class SegmentStack {
 public:
  explicit SegmentStack(Arena& arena) : arena_(arena) {}

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  CPY_PARSER_HOT bool push(const T& value) {
    if (!top_ || used_ == kPerSegment) {
      Segment* next = top_ ? top_->next : first_;
      if (!next) {
        next = static_cast<Segment*>(arena_.allocate(sizeof(Segment), alignof(Segment)));
        if (!next) return false;
        next->prev = top_;
        next->next = nullptr;
        if (top_) {
          top_->next = next;
        } else {
          first_ = next;
        }
      }
      top_ = next;
      used_ = 0;
    }
    top_->items[used_++] = value;
    ++size_;
    return true;
  }

  T pop() {
    T value = top_->items[--used_];
    --size_;
    if (used_ == 0 && top_->prev) {
      top_ = top_->prev;
      used_ = kPerSegment;
    } else if (used_ == 0) {
      top_ = nullptr;
    }
    return value;
  }

  // The entry [depth] below the top (0 is the top).
  T& from_top(size_t depth) {
    Segment* segment = top_;
    size_t index = used_ - 1;
    while (depth > index) {
      depth -= index + 1;
      segment = segment->prev;
      index = kPerSegment - 1;
    }
    return segment->items[index - depth];
  }

 private:
  static constexpr size_t kPerSegment = 128;
  struct Segment {
    Segment* prev;
    Segment* next;
    T items[kPerSegment];
  };

  Arena& arena_;
  Segment* first_ = nullptr;
  Segment* top_ = nullptr;  // holds the top entry; nullptr when empty
  size_t used_ = 0;         // entries in top_
  size_t size_ = 0;
};

// A rule in progress: which argument comes next and the line it started on.
struct RuleFrame {
  uint32_t line;
  uint32_t arg;
  Rule rule;
};

// --- const() names -----------------------------------------------------------------

// The values of the names assigned with `NAME = const(value)` so far.
class ConstMap {
 public:
  explicit ConstMap(Arena& arena) : arena_(arena) {}

  const ConstObject* find(const Qstr* name) const {
    if (count_ == 0) return nullptr;
    size_t mask = capacity_ - 1;
    for (size_t at = name->hash & mask;; at = (at + 1) & mask) {
      if (!slots_[at].name) return nullptr;
      if (slots_[at].name == name) return slots_[at].value;
    }
  }

  bool set(const Qstr* name, const ConstObject* value) {
    if ((count_ + 1) * 2 > capacity_) {
      size_t capacity = capacity_ ? capacity_ * 2 : 16;
      auto* slots = arena_.make_array<Slot>(capacity);
      if (!slots) return false;
      for (size_t i = 0; i < capacity_; ++i) {
        if (slots_[i].name) place(slots, capacity, slots_[i]);
      }
      slots_ = slots;
      capacity_ = capacity;
    }
    size_t mask = capacity_ - 1;
    for (size_t at = name->hash & mask;; at = (at + 1) & mask) {
      if (slots_[at].name == name) {
        slots_[at].value = value;
        return true;
      }
      if (!slots_[at].name) break;
    }
    place(slots_, capacity_, Slot{name, value});
    ++count_;
    return true;
  }

 private:
  struct Slot {
    const Qstr* name = nullptr;
    const ConstObject* value = nullptr;
  };
  static void place(Slot* slots, size_t capacity, Slot slot) {
    size_t at = slot.name->hash & (capacity - 1);
    while (slots[at].name) at = (at + 1) & (capacity - 1);
    slots[at] = slot;
  }

  Arena& arena_;
  Slot* slots_ = nullptr;
  size_t capacity_ = 0;
  size_t count_ = 0;
};

// Constants every tuple or const() value may share.
constexpr ConstObject singleton(ConstKind kind) {
  ConstObject object;
  object.kind = kind;
  return object;
}
constexpr ConstObject kNoneObject = singleton(ConstKind::kNone);
constexpr ConstObject kFalseObject = singleton(ConstKind::kFalse);
constexpr ConstObject kTrueObject = singleton(ConstKind::kTrue);
constexpr ConstObject kEllipsisObject = singleton(ConstKind::kEllipsis);
constexpr ConstObject kEmptyTupleObject = singleton(ConstKind::kTuple);

// --- The reference's memory limit ---------------------------------------------------

// A model of where mpy-cross's parser runs out of memory on deep nesting.
// The reference keeps its rule stack (16-byte entries, 64 at first, 16 more
// at a time) and result stack (8-byte entries, 32 at first, 16 more at a
// time) in a GC heap of 32-byte blocks, reallocated in place when the
// blocks after them are free and moved to the first free gap otherwise.
// Deep nesting grows these two arrays and nothing else, so modelling them
// (after the few blocks the rest of mpy-cross holds by then) reproduces the
// point at which the reference fails and the size it reports.
class ReferenceHeap {
 public:
  enum Array : uint8_t { kRuleStack, kResultStack };

  explicit ReferenceHeap(size_t heap_bytes) {
    // The GC's table takes 2 bits per block, in whole bytes of 4 blocks.
    size_t blocks = heap_bytes > 1 ? (heap_bytes - 1) * 8 / (kBlockBytes * 8 + 2) : 0;
    pool_blocks_ = blocks / 4 * 4;
    spans_[kRuleStack] = Span{kHeldBlocks, blocks_for(64 * 16)};
    spans_[kResultStack] = Span{kHeldBlocks + spans_[kRuleStack].blocks, blocks_for(32 * 8)};
  }

  // Whether the reference's first stacks fit beside what it already holds.
  // A heap too small for them is too small for the error message as well:
  // the reference then reports a MemoryError with an empty message.
  bool initial_stacks_fit() const {
    return spans_[kResultStack].start + spans_[kResultStack].blocks <= pool_blocks_;
  }

  // Grows [array] to [bytes]; false when the reference would fail.
  bool grow(Array array, size_t bytes) {
    size_t need = blocks_for(bytes);
    Span& span = spans_[array];
    if (need <= span.blocks) return true;
    const Span& other = spans_[array == kRuleStack ? kResultStack : kRuleStack];
    // In place, when the blocks after it are free.
    size_t next = pool_blocks_;
    if (other.start >= span.start + span.blocks && other.start < next) next = other.start;
    if (next - span.start >= need) {
      span.blocks = need;
      return true;
    }
    // Otherwise the first gap that fits, while the old copy is still held.
    const Span* order[3] = {&held_, &span, &other};
    if (order[1]->start > order[2]->start) {
      const Span* swap = order[1];
      order[1] = order[2];
      order[2] = swap;
    }
    for (size_t i = 0; i < 3; ++i) {
      size_t gap_start = order[i]->start + order[i]->blocks;
      size_t gap_end = i + 1 < 3 ? order[i + 1]->start : pool_blocks_;
      if (gap_end > gap_start && gap_end - gap_start >= need) {
        span = Span{gap_start, need};
        return true;
      }
    }
    return false;
  }

 private:
  static constexpr size_t kBlockBytes = 32;
  // Blocks the rest of mpy-cross holds below the parser's stacks when it
  // starts parsing (lexer, reader, qstr pool, module context).
  static constexpr size_t kHeldBlocks = 28;

  struct Span {
    size_t start = 0;
    size_t blocks = 0;
  };
  static size_t blocks_for(size_t bytes) { return (bytes + kBlockBytes - 1) / kBlockBytes; }

  size_t pool_blocks_ = 0;
  Span held_{0, kHeldBlocks};
  Span spans_[2];
};

// The widest int folding may produce. The reference's folding fails (and so
// does not fold) when a result and its temporaries no longer fit its heap;
// a quarter of the heap in bits keeps every result it folds and bounds the
// time spent on absurd ones like 9 ** 9 ** 9.
size_t big_int_limit(size_t reference_heap_size) {
  if (reference_heap_size == 0) return mpy::BigMath::kDefaultMaxBits;
  return reference_heap_size * 8 / 4;
}

// --- The parser ---------------------------------------------------------------------

class Parser {
 public:
  Parser(Lexer& lexer, Arena& arena, QstrTable& qstrs, const ParseOptions& options)
      : lexer_(lexer),
        arena_(arena),
        scratch_(options.scratch ? *options.scratch : arena),
        qstrs_(qstrs),
        options_(options),
        math_(arena, big_int_limit(options.reference_heap_size)),
        rules_(scratch_),
        results_(scratch_),
        consts_(scratch_),
        heap_(options.reference_heap_size) {
    small_int_bits_ = options.small_int_bits;
    if (small_int_bits_ > 64) small_int_bits_ = 64;
  }

  Result<ParseTree> run();

 private:
  static constexpr size_t kInternLimit = 10;  // strings up to this long are always interned
  static constexpr size_t kNameLimit = 256;   // names this long cannot be interned

  const Token& token() const { return lexer_.current(); }
  Result<void> check_token();
  Result<void> advance();

  // Inlined: every rule the parser tries goes through these two.
  CPY_PARSER_HOT inline Result<void> push_rule(uint32_t line, Rule rule, size_t arg);
  Rule peek_rule(size_t depth) { return rules_.from_top(depth).rule; }
  CPY_PARSER_HOT inline bool skip_try(Rule rule, size_t beneath) const;
  CPY_PARSER_HOT inline Result<void> push_result(Node node);
  Error reference_memory_error(size_t bytes);
  Node pop_result() { return results_.pop(); }
  Node peek_result(size_t depth) { return results_.from_top(depth); }

  Result<Node> make_struct(uint32_t line, Rule rule, size_t count);
  Result<Node> make_const_node(uint32_t line, const ConstObject* object);
  Result<Node> make_optimised(uint32_t line, const ConstObject* object);
  Result<Node> make_number(uint32_t line, const Number& number);
  Result<ConstObject*> new_object(ConstKind kind);
  Result<const ConstObject*> node_to_object(Node node);
  bool node_number(Node node, Number& number);
  bool fits_leaf(int64_t value) const;

  Result<void> push_token(Rule rule);
  Result<void> push_string(const Token& token);
  Result<void> reduce(uint32_t line, Rule rule, size_t count);
  Result<bool> fold_logical(Rule rule, size_t& count);
  Result<bool> fold_constants(Rule rule, size_t count);
  Result<void> fold_const_assignment(bool& folded);
  Result<bool> build_tuple(uint32_t line, Rule rule, size_t count);
  Result<bool> build_tuple_from_stack(uint32_t line, size_t count);

  Result<void> step_or(const RuleFrame& frame, bool& backtrack);
  Result<void> step_and(const RuleFrame& frame, bool& backtrack);
  Result<void> step_list(const RuleFrame& frame, bool& backtrack);
  Error syntax_error() const { return token_error(token()); }

  Lexer& lexer_;
  Arena& arena_;
  Arena& scratch_;
  QstrTable& qstrs_;
  const ParseOptions& options_;
  mpy::BigMath math_;
  SegmentStack<RuleFrame> rules_;
  SegmentStack<Node> results_;
  ConstMap consts_;
  unsigned small_int_bits_ = 31;
  ReferenceHeap heap_;
  size_t reference_rules_ = 64;    // the reference's rule stack capacity
  size_t reference_results_ = 32;  // the reference's result stack capacity
};

Result<void> Parser::check_token() {
  // The reference raises these while lexing, before the parser sees them.
  TokenKind kind = token().kind;
  if (kind == TokenKind::kUnicodeNameEscape || kind == TokenKind::kOutOfMemory) return token_error(token());
  return {};
}

Result<void> Parser::advance() {
  lexer_.advance();
  return check_token();
}

inline Result<void> Parser::push_rule(uint32_t line, Rule rule, size_t arg) {
  if (options_.reference_heap_size && rules_.size() >= reference_rules_) {
    reference_rules_ += 16;
    if (!heap_.grow(ReferenceHeap::kRuleStack, reference_rules_ * 16))
      return reference_memory_error(reference_rules_ * 16);
  }
  if (!rules_.push(RuleFrame{line, uint32_t(arg), rule})) return out_of_memory();
  return {};
}

// Whether trying [rule] now, with [beneath] frames of the current rule
// stacked under it, can be skipped: it would fail on this token without
// consuming it, and without growing the reference's rule stack (whose
// allocations the heap model must see).
inline bool Parser::skip_try(Rule rule, size_t beneath) const {
  if (!probe_fails(rule, token().kind)) return false;
  return !options_.reference_heap_size || rules_.size() + beneath + kProbeTable.peak[size_t(rule)] <= reference_rules_;
}

inline Result<void> Parser::push_result(Node node) {
  if (options_.reference_heap_size && results_.size() >= reference_results_) {
    reference_results_ += 16;
    if (!heap_.grow(ReferenceHeap::kResultStack, reference_results_ * 8)) {
      return reference_memory_error(reference_results_ * 8);
    }
  }
  if (!results_.push(node)) return out_of_memory();
  return {};
}

// "memory allocation failed, allocating N bytes", as the reference's GC reports it.
Error Parser::reference_memory_error(size_t bytes) {
  static const char kPrefix[] = "memory allocation failed, allocating ";
  char digits[24];
  size_t n = 0;
  do {
    digits[n++] = char('0' + bytes % 10);
    bytes /= 10;
  } while (bytes);
  auto* text = static_cast<char*>(arena_.allocate(sizeof(kPrefix) + n + 6, 1));
  if (!text) return out_of_memory();
  std::memcpy(text, kPrefix, sizeof(kPrefix) - 1);
  char* at = text + sizeof(kPrefix) - 1;
  while (n) *at++ = digits[--n];
  std::memcpy(at, " bytes", 7);
  return fail(Errc::kOutOfMemory, 0, text);
}

// --- Nodes --------------------------------------------------------------------------

Result<Node> Parser::make_struct(uint32_t line, Rule rule, size_t count) {
  void* memory = arena_.allocate(sizeof(StructNode) + count * sizeof(Node), kStructAlign);
  if (!memory) return out_of_memory();
  auto* node = new (memory) StructNode;
  node->source_line = line;
  node->rule_and_count = uint32_t(uint8_t(rule)) | uint32_t(count << 8);
  for (size_t i = count; i > 0; --i) node->nodes()[i - 1] = pop_result();
  return Node::from_struct(node);
}

Result<Node> Parser::make_const_node(uint32_t line, const ConstObject* object) {
  void* memory = arena_.allocate(sizeof(StructNode) + sizeof(Node), kStructAlign);
  if (!memory) return out_of_memory();
  auto* node = new (memory) StructNode;
  node->source_line = line;
  node->rule_and_count = uint32_t(uint8_t(Rule::const_object)) | (1u << 8);
  std::memcpy(static_cast<void*>(node->nodes()), &object, sizeof(object));
  return Node::from_struct(node);
}

bool Parser::fits_leaf(int64_t value) const {
  return fits_small_int(value, small_int_bits_) && value >= Node::kSmallIntMin && value <= Node::kSmallIntMax;
}

// A constant as a node: a small-int leaf when it is an int that fits the
// target's small ints, else a const_object node.
Result<Node> Parser::make_optimised(uint32_t line, const ConstObject* object) {
  if (object->kind == ConstKind::kInt && !object->is_big && !object->boxed && fits_leaf(object->small)) {
    return Node::small_int(intptr_t(object->small));
  }
  return make_const_node(line, object);
}

Result<ConstObject*> Parser::new_object(ConstKind kind) {
  void* memory = arena_.allocate(sizeof(ConstObject), alignof(ConstObject));
  if (!memory) return out_of_memory();
  auto* object = new (memory) ConstObject;
  object->kind = kind;
  return object;
}

Result<Node> Parser::make_number(uint32_t line, const Number& number) {
  if (!number.is_float && !number.is_big && !number.boxed && fits_leaf(number.small)) {
    return Node::small_int(intptr_t(number.small));
  }
  ConstObject* object = CPY_TRY(new_object(number.is_float ? ConstKind::kFloat : ConstKind::kInt));
  object->is_big = number.is_big;
  object->boxed = number.boxed;
  object->small = number.small;
  object->big = number.big;
  object->real = number.value;
  return make_const_node(line, object);
}

// The object a constant node stands for (is_const_node() must hold).
Result<const ConstObject*> Parser::node_to_object(Node node) {
  if (node.is_small_int()) {
    ConstObject* object = CPY_TRY(new_object(ConstKind::kInt));
    object->small = node.small_int_value();
    return static_cast<const ConstObject*>(object);
  }
  if (node.is_string()) {
    ConstObject* object = CPY_TRY(new_object(ConstKind::kStr));
    object->text = node.qstr()->text();
    return static_cast<const ConstObject*>(object);
  }
  if (node.is_token()) {
    switch (node.token_kind()) {
      case TokenKind::kKwNone:
        return &kNoneObject;
      case TokenKind::kKwFalse:
        return &kFalseObject;
      case TokenKind::kKwTrue:
        return &kTrueObject;
      default:
        return &kEllipsisObject;
    }
  }
  if (node.is_const_object()) return node.const_object();
  return &kEmptyTupleObject;  // ()
}

// The number a node holds, if it is an int or float constant.
bool Parser::node_number(Node node, Number& number) {
  number = Number{};
  if (node.is_small_int()) {
    number.small = node.small_int_value();
    return true;
  }
  if (!node.is_const_object()) return false;
  const ConstObject* object = node.const_object();
  if (object->kind == ConstKind::kInt) {
    number.is_big = object->is_big;
    number.small = object->small;
    number.big = object->big;
    // An int object that would fit a leaf can only be one the reference
    // holds as a big int.
    number.boxed = !object->is_big && fits_leaf(object->small);
    return true;
  }
  if (object->kind == ConstKind::kFloat) {
    number.is_float = true;
    number.value = object->real;
    return true;
  }
  return false;
}

// --- Tokens -----------------------------------------------------------------------------

Result<void> Parser::push_token(Rule rule) {
  const Token& t = token();
  switch (t.kind) {
    case TokenKind::kName: {
      if (t.text.size() >= kNameLimit && !qstrs_.find(t.text)) return fail(Errc::kTooDeep, 0, "name too long");
      const Qstr* name = CPY_TRY(qstrs_.intern(t.text));
      // A bare name assigned with const() before stands for its value.
      if (rule == Rule::atom) {
        if (const ConstObject* value = consts_.find(name)) return push_result(CPY_TRY(make_optimised(t.line, value)));
      }
      return push_result(Node::id(name));
    }
    case TokenKind::kInteger: {
      Number number = CPY_TRY(parse_integer_literal(t.text, math_, t.line));
      return push_result(CPY_TRY(make_number(t.line, number)));
    }
    case TokenKind::kFloatOrImag: {
      auto parsed = mpy::parse_float(t.text, mpy::FloatSyntax{true, false});
      if (!parsed.ok()) {
        if (parsed.error().code == Errc::kOutOfMemory) return out_of_memory();
        return fail(Errc::kSyntaxError, t.line, "invalid syntax for number");
      }
      ConstObject* object = CPY_TRY(new_object(parsed.value().is_complex ? ConstKind::kComplex : ConstKind::kFloat));
      object->real = parsed.value().real;
      object->imag = parsed.value().imag;
      return push_result(CPY_TRY(make_const_node(t.line, object)));
    }
    case TokenKind::kString:
      return push_string(t);
    case TokenKind::kBytes: {
      ConstObject* object = CPY_TRY(new_object(ConstKind::kBytes));
      object->text = t.text;
      return push_result(CPY_TRY(make_const_node(t.line, object)));
    }
    default:
      return push_result(Node::token(t.kind));
  }
}

// Short strings are interned; longer ones become string leaves only when the
// reference already has them interned, else str constant objects.
Result<void> Parser::push_string(const Token& t) {
  const Qstr* interned = nullptr;
  if (t.text.size() <= kInternLimit) {
    interned = CPY_TRY(qstrs_.intern(t.text));
  } else {
    interned = qstrs_.find(t.text);
    if (!interned) {
      bool known = false;
      for (std::string_view s : builtin_long_qstrs(options_.target)) known = known || s == t.text;
      for (std::string_view s : options_.preinterned) known = known || s == t.text;
      if (known) interned = CPY_TRY(qstrs_.intern(t.text));
    }
  }
  if (interned) return push_result(Node::string(interned));
  ConstObject* object = CPY_TRY(new_object(ConstKind::kStr));
  object->text = t.text;
  return push_result(CPY_TRY(make_const_node(t.line, object)));
}

// --- Building nodes -------------------------------------------------------------------

// Makes the node of a rule that matched with [count] results on the stack,
// with the reference's simplifications and folding.
Result<void> Parser::reduce(uint32_t line, Rule rule, size_t count) {
  if (rule == Rule::atom_paren) {
    // Parentheses around one expression are just the expression; `()` and
    // tuples keep them.
    Node inner = peek_result(0);
    if (!inner.is_null() && !inner.is_struct_kind(Rule::testlist_comp)) return {};
  } else if (rule == Rule::testlist_comp) {
    Node tail = peek_result(0);
    if (tail.is_struct()) {
      StructNode* s = tail.as_mutable_struct();
      if (s->rule() == Rule::testlist_comp_3b) {
        // One item and a trailing comma.
        pop_result();
        --count;
      } else if (s->rule() == Rule::testlist_comp_3c) {
        // Many items: the list node (which took the first item) becomes
        // the testlist_comp node.
        pop_result();
        s->set_rule(Rule::testlist_comp);
        return {};
      }
    }
  } else if (rule == Rule::testlist_comp_3c) {
    // Take the first item of the enclosing testlist_comp too.
    ++count;
  }

  if (CPY_TRY(fold_logical(rule, count))) return {};
  if (CPY_TRY(fold_constants(rule, count))) return {};
  if (CPY_TRY(build_tuple(line, rule, count))) return {};

  Node node = CPY_TRY(make_struct(line, rule, count));
  if (rule == Rule::testlist_comp_3c) CPY_CHECK(push_result(node));  // in place of the item it took
  return push_result(node);
}

// `or` / `and` with constant operands, and `not` of a constant.
Result<bool> Parser::fold_logical(Rule rule, size_t& count) {
  if (rule == Rule::or_test || rule == Rule::and_test) {
    bool is_or = rule == Rule::or_test;
    size_t keep_from = count;  // operands are copied down to depth keep_from - 1
    for (size_t i = count; i > 0;) {
      Node operand = peek_result(--i);
      results_.from_top(keep_from - 1) = operand;
      if (i == 0) break;  // the last operand is always kept
      // An operand that decides the result ends the expression; one that
      // cannot affect it is dropped; anything else is kept.
      if (is_or ? is_const_true(operand) : is_const_false(operand)) break;
      if (!(is_or ? is_const_false(operand) : is_const_true(operand))) --keep_from;
    }
    size_t drop = keep_from - 1;
    for (size_t i = 0; i < drop; ++i) pop_result();
    count -= drop;
    return count == 1;
  }
  if (rule == Rule::not_test_2) {
    Node operand = peek_result(0);
    Node folded;
    if (is_const_false(operand)) {
      folded = Node::token(TokenKind::kKwTrue);
    } else if (is_const_true(operand)) {
      folded = Node::token(TokenKind::kKwFalse);
    } else {
      return false;
    }
    pop_result();
    CPY_CHECK(push_result(folded));
    return true;
  }
  return false;
}

// Numeric expressions of constants, `NAME = const(value)`, and math.<const>.
Result<bool> Parser::fold_constants(Rule rule, size_t count) {
  Number value;
  bool shared = false;  // the result is one of the reference's static objects
  switch (rule) {
    case Rule::expr:
    case Rule::xor_expr:
    case Rule::and_expr:
    case Rule::power: {
      BinaryOp op = rule == Rule::expr       ? BinaryOp::kOr
                    : rule == Rule::xor_expr ? BinaryOp::kXor
                    : rule == Rule::and_expr ? BinaryOp::kAnd
                                             : BinaryOp::kPower;
      if (!node_number(peek_result(count - 1), value)) return false;
      for (size_t i = count - 1; i-- > 0;) {
        Number rhs;
        if (!node_number(peek_result(i), rhs)) return false;
        if (!fold_binary(math_, op, value, rhs, value)) return false;
      }
      break;
    }
    case Rule::shift_expr:
    case Rule::arith_expr:
    case Rule::term: {
      // Operands and operator tokens alternate.
      if (!node_number(peek_result(count - 1), value)) return false;
      for (size_t i = count - 1; i >= 2; i -= 2) {
        Number rhs;
        if (!node_number(peek_result(i - 2), rhs)) return false;
        TokenKind op_token = peek_result(i - 1).token_kind();
        auto op = BinaryOp(uint8_t(op_token) - uint8_t(TokenKind::kOpDblLess));
        if (!fold_binary(math_, op, value, rhs, value)) return false;
      }
      break;
    }
    case Rule::factor_2: {
      Number operand;
      if (!node_number(peek_result(0), operand)) return false;
      TokenKind op_token = peek_result(1).token_kind();
      UnaryOp op = op_token == TokenKind::kOpTilde  ? UnaryOp::kInvert
                   : op_token == TokenKind::kOpPlus ? UnaryOp::kPositive
                                                    : UnaryOp::kNegative;
      if (op == UnaryOp::kInvert && operand.is_float) return false;
      if (!fold_unary(math_, op, operand, value)) return false;
      break;
    }
    case Rule::expr_stmt: {
      bool folded = false;
      CPY_CHECK(fold_const_assignment(folded));
      return folded;
    }
    case Rule::atom_expr_normal: {
      // math.e, math.pi, math.tau, math.inf, math.nan
      Node base = peek_result(1);
      Node trailer = peek_result(0);
      if (!base.is_id() || !trailer.is_struct_kind(Rule::trailer_period)) return false;
      if (base.qstr()->text() != "math") return false;
      std::string_view attr = trailer.as_struct()->node(0).qstr()->text();
      value.is_float = true;
      if (attr == "e") {
        value.value = 2.718281828459045;
      } else if (attr == "pi") {
        value.value = 3.141592653589793;
      } else if (attr == "tau") {
        value.value = 6.283185307179586;
      } else if (attr == "inf") {
        value.value = __builtin_inf();
      } else if (attr == "nan") {
        value.value = __builtin_nan("");
        shared = true;
      } else {
        return false;
      }
      break;
    }
    default:
      return false;
  }
  for (size_t i = count; i > 0; --i) pop_result();
  Node folded = CPY_TRY(make_number(0, value));
  if (shared) const_cast<ConstObject*>(folded.const_object())->shared = true;
  CPY_CHECK(push_result(folded));
  return true;
}

// `NAME = const(value)`: records the value for later uses of NAME. A name
// starting with `_` takes no code at all ([folded] is set and the statement
// becomes `pass`); otherwise the statement stays as `NAME = value`.
Result<void> Parser::fold_const_assignment(bool& folded) {
  Node rhs = peek_result(0);
  if (rhs.is_null() || rhs.is_struct_kind(Rule::expr_stmt_augassign) ||
      rhs.is_struct_kind(Rule::expr_stmt_assign_list)) {
    return {};
  }
  Node target = peek_result(1);
  if (!target.is_id() || !rhs.is_struct_kind(Rule::atom_expr_normal)) return {};
  const StructNode* call = rhs.as_struct();
  if (!call->node(0).is_id() || call->node(0).qstr()->text() != "const") return {};
  if (!call->node(1).is_struct_kind(Rule::trailer_paren)) return {};

  Node argument = call->node(1).as_struct()->node(0);
  if (!is_const_node(argument)) return fail(Errc::kSyntaxError, call->source_line, "not a constant");
  const ConstObject* value = CPY_TRY(node_to_object(argument));
  const Qstr* name = target.qstr();
  if (!consts_.set(name, value)) return out_of_memory();

  if (name->size > 0 && name->data[0] == '_') {
    pop_result();
    pop_result();
    CPY_CHECK(reduce(0, Rule::pass_stmt, 0));
    folded = true;
    return {};
  }
  pop_result();
  return push_result(argument);
}

// Tuples of constants become one constant object.
Result<bool> Parser::build_tuple(uint32_t line, Rule rule, size_t count) {
  if (rule == Rule::testlist_comp) {
    // (a,)
    if (peek_rule(0) == Rule::atom_paren) return build_tuple_from_stack(line, count);
  }
  if (rule == Rule::testlist_comp_3c) {
    // (a, b): the pending testlist_comp_3b and testlist_comp rules are done too.
    if (peek_rule(2) == Rule::atom_paren) {
      if (CPY_TRY(build_tuple_from_stack(line, count))) {
        rules_.pop();
        rules_.pop();
        return true;
      }
    }
  }
  if (rule == Rule::testlist_star_expr || rule == Rule::testlist || rule == Rule::subscriptlist) {
    // x = a, b / return a, b / for x in a, b / x[a, b]
    return build_tuple_from_stack(line, count);
  }
  return false;
}

Result<bool> Parser::build_tuple_from_stack(uint32_t line, size_t count) {
  for (size_t i = 0; i < count; ++i) {
    if (!is_const_node(peek_result(i))) return false;
  }
  auto** items = arena_.make_array<const ConstObject*>(count);
  if (!items && count) return out_of_memory();
  for (size_t i = count; i > 0; --i) items[i - 1] = CPY_TRY(node_to_object(pop_result()));
  ConstObject* tuple = CPY_TRY(new_object(ConstKind::kTuple));
  tuple->items = {items, count};
  CPY_CHECK(push_result(CPY_TRY(make_const_node(line, tuple))));
  return true;
}

// --- The machine ------------------------------------------------------------------------

// An OR rule: tries its alternatives in turn.
Result<void> Parser::step_or(const RuleFrame& frame, bool& backtrack) {
  const RuleInfo& info = rule_info(frame.rule);
  auto args = rule_args(frame.rule);
  size_t i = frame.arg;
  if (i > 0 && !backtrack) return {};  // an alternative matched
  backtrack = false;
  for (; i < info.count; ++i) {
    const RuleArg& arg = args[i];
    if (arg.kind == ArgKind::kToken) {
      if (token().kind == arg.token()) {
        CPY_CHECK(push_token(frame.rule));
        return advance();
      }
    } else {
      size_t rest = i + 1 < info.count ? 1 : 0;
      if (skip_try(arg.rule(), rest)) continue;
      if (rest) CPY_CHECK(push_rule(frame.line, frame.rule, i + 1));
      return push_rule(token().line, arg.rule(), 0);
    }
  }
  backtrack = true;
  return {};
}

Result<void> Parser::step_and(const RuleFrame& frame, bool& backtrack) {
  const RuleInfo& info = rule_info(frame.rule);
  auto args = rule_args(frame.rule);
  size_t n = info.count;
  size_t i = frame.arg;

  if (backtrack) {
    if (args[i - 1].kind == ArgKind::kOptionalRule) {
      // An optional part is absent: an empty slot, and carry on.
      CPY_CHECK(push_result(Node()));
      backtrack = false;
    } else if (i > 1) {
      return syntax_error();  // tokens were consumed; no way back
    } else {
      return {};  // the first part failed: this rule fails too
    }
  }

  for (; i < n; ++i) {
    const RuleArg& arg = args[i];
    if (arg.kind == ArgKind::kToken) {
      if (token().kind != arg.token()) {
        if (i > 0) return syntax_error();
        backtrack = true;
        return {};
      }
      if (arg.token() == TokenKind::kName) CPY_CHECK(push_token(frame.rule));
      CPY_CHECK(advance());
    } else {
      if (skip_try(arg.rule(), 1)) {
        // What the failed try would come back to: an absent optional part,
        // else a failure (a syntax error once tokens were consumed).
        if (arg.kind == ArgKind::kOptionalRule) {
          CPY_CHECK(push_result(Node()));
          continue;
        }
        if (i > 0) return syntax_error();
        backtrack = true;
        return {};
      }
      CPY_CHECK(push_rule(frame.line, frame.rule, i + 1));
      CPY_CHECK(push_rule(token().line, arg.rule(), 0));
      return {};
    }
  }

  // Matched. A lonely constant expression (a doc string, say) is dropped.
  if (!options_.keep_doc_strings && options_.input != InputKind::kSingle && frame.rule == Rule::expr_stmt &&
      peek_result(0).is_null()) {
    Node value = peek_result(1);
    if ((value.is_leaf() && !value.is_id()) || value.is_const_object()) {
      pop_result();
      pop_result();
      return reduce(frame.line, Rule::pass_stmt, 0);
    }
  }

  // Count the results: names among the tokens, and every rule.
  size_t count = 0;
  size_t present = 0;
  for (size_t x = n; x > 0;) {
    const RuleArg& arg = args[--x];
    if (arg.kind == ArgKind::kToken) {
      if (arg.token() == TokenKind::kName) {
        ++count;
        ++present;
      }
    } else {
      if (!peek_result(count).is_null()) ++present;
      ++count;
    }
  }

  if (present == 1 && info.allow_ident) {
    // A single result stands for the whole rule.
    Node only;
    for (size_t x = 0; x < count; ++x) {
      Node node = pop_result();
      if (!node.is_null()) only = node;
    }
    return push_result(only);
  }
  if (info.add_blank) {
    CPY_CHECK(push_result(Node()));
    ++count;
  }
  return reduce(frame.line, frame.rule, count);
}

Result<void> Parser::step_list(const RuleFrame& frame, bool& backtrack) {
  auto args = rule_args(frame.rule);
  ListForm form = rule_info(frame.rule).list_form();
  unsigned n = unsigned(form);
  size_t i = frame.arg;
  bool trailing_separator = false;

  if (!backtrack) {
    for (;;) {
      // Items at even positions, separators at odd ones (one-or-more lists
      // have only items).
      const RuleArg& arg = args[i & 1 & n];
      if (arg.kind != ArgKind::kToken) {
        if (skip_try(arg.rule(), 1)) {
          ++i;
          backtrack = true;
          break;
        }
        CPY_CHECK(push_rule(frame.line, frame.rule, i + 1));
        CPY_CHECK(push_rule(token().line, arg.rule(), 0));
        return {};
      }
      if (token().kind != arg.token()) {
        ++i;
        backtrack = true;
        break;
      }
      if (!(i & 1 & n)) CPY_CHECK(push_token(frame.rule));  // separators are not kept
      CPY_CHECK(advance());
      ++i;
    }
  }

  // Something failed at position i - 1.
  if (form == ListForm::kOneOrMore) {
    if (i == 1) return {};  // no items: the rule fails
    backtrack = false;
  } else if (i == 1) {
    return {};  // no first item: the rule fails
  } else if (i & 1) {
    // An item failed after a separator.
    if (form != ListForm::kSeparatedEnd) return syntax_error();
    trailing_separator = true;
    backtrack = false;
  } else {
    backtrack = false;  // no separator: the list ends
  }

  size_t count = i - 1;
  if ((n & 1) && args[1].kind == ArgKind::kToken) count = (count + 1) / 2;  // token separators were not kept
  if (count == 1 && !trailing_separator) return {};                         // a lone item stands for the list
  return reduce(frame.line, frame.rule, count);
}

Result<ParseTree> Parser::run() {
  if (options_.reference_heap_size && !heap_.initial_stacks_fit()) return fail(Errc::kOutOfMemory, 0, "");
  CPY_CHECK(check_token());
  Rule top = options_.input == InputKind::kSingle ? Rule::single_input
             : options_.input == InputKind::kEval ? Rule::eval_input
                                                  : Rule::file_input;
  CPY_CHECK(push_rule(token().line, top, 0));

  bool backtrack = false;
  while (!rules_.empty()) {
    RuleFrame frame = rules_.pop();
    switch (rule_info(frame.rule).shape) {
      case RuleShape::kOr:
        CPY_CHECK(step_or(frame, backtrack));
        break;
      case RuleShape::kAnd:
        CPY_CHECK(step_and(frame, backtrack));
        break;
      case RuleShape::kList:
        CPY_CHECK(step_list(frame, backtrack));
        break;
    }
  }

  if (token().kind != TokenKind::kEnd || results_.empty()) return syntax_error();
  return ParseTree{results_.from_top(results_.size() - 1)};
}

}  // namespace

Result<ParseTree> parse(Lexer& lexer, Arena& arena, QstrTable& qstrs, const ParseOptions& options) {
  Parser parser(lexer, arena, qstrs, options);
  return parser.run();
}

Result<ParseTree> parse_source(std::string_view source, Arena& arena, QstrTable& qstrs, const ParseOptions& options,
                               LexerOptions lexer_options) {
  Lexer lexer(source, arena, lexer_options);
  return parse(lexer, arena, qstrs, options);
}

bool parse_error_has_line(const Error& error) {
  return error.code == Errc::kSyntaxError || error.code == Errc::kIndentationError;
}

}  // namespace cpy::compiler
