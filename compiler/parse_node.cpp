// Interned strings, constant objects and the tree helpers the compiler uses.
#include "cpy/compiler/parse_node.h"

#include <cstring>

namespace cpy::compiler {

namespace {

constexpr size_t kInitialQstrSlots = 64;

uint32_t hash_text(std::string_view text) {
  // FNV-1a: only used to place entries in the table.
  uint32_t hash = 2166136261u;
  for (unsigned char c : text) hash = (hash ^ c) * 16777619u;
  return hash;
}

}  // namespace

// --- QstrTable -----------------------------------------------------------------

const Qstr* QstrTable::find(std::string_view text) const {
  if (count_ == 0) return nullptr;
  uint32_t hash = hash_text(text);
  size_t mask = capacity_ - 1;
  for (size_t at = hash & mask;; at = (at + 1) & mask) {
    const Qstr* entry = slots_[at];
    if (!entry) return nullptr;
    if (entry->hash == hash && entry->text() == text) return entry;
  }
}

Result<const Qstr*> QstrTable::intern(std::string_view text) {
  if (const Qstr* existing = find(text)) return existing;
  // Keep the table at most half full.
  if ((count_ + 1) * 2 > capacity_) {
    size_t capacity = capacity_ ? capacity_ * 2 : kInitialQstrSlots;
    auto** slots = arena_.make_array<const Qstr*>(capacity);
    if (!slots) return fail(Errc::kOutOfMemory, 0, "memory allocation failed");
    for (size_t i = 0; i < capacity_; ++i) {
      const Qstr* entry = slots_[i];
      if (!entry) continue;
      size_t at = entry->hash & (capacity - 1);
      while (slots[at]) at = (at + 1) & (capacity - 1);
      slots[at] = entry;
    }
    slots_ = slots;
    capacity_ = capacity;
  }
  auto* entry = static_cast<Qstr*>(arena_.allocate(sizeof(Qstr), alignof(Qstr)));
  if (!entry) return fail(Errc::kOutOfMemory, 0, "memory allocation failed");
  // The table keeps its own copy, so it can outlive the sources (a REPL
  // keeps one table for every line it reads).
  const char* copy = "";
  if (!text.empty()) {
    copy =
        reinterpret_cast<const char*>(arena_.copy_bytes({reinterpret_cast<const uint8_t*>(text.data()), text.size()}));
    if (!copy) return fail(Errc::kOutOfMemory, 0, "memory allocation failed");
  }
  entry->data = copy;
  entry->size = uint32_t(text.size());
  entry->hash = hash_text(text);
  entry->index = uint32_t(count_);
  size_t at = entry->hash & (capacity_ - 1);
  while (slots_[at]) at = (at + 1) & (capacity_ - 1);
  slots_[at] = entry;
  ++count_;
  return static_cast<const Qstr*>(entry);
}

// --- Constants --------------------------------------------------------------------

bool const_truth(const ConstObject& object) {
  switch (object.kind) {
    case ConstKind::kNone:
    case ConstKind::kFalse:
      return false;
    case ConstKind::kTrue:
    case ConstKind::kEllipsis:
      return true;
    case ConstKind::kInt:
      return object.is_big ? !object.big.is_zero() : object.small != 0;
    case ConstKind::kFloat:
      return object.real != 0;  // nan is true
    case ConstKind::kComplex:
      return object.real != 0 || object.imag != 0;
    case ConstKind::kStr:
    case ConstKind::kBytes:
      return !object.text.empty();
    case ConstKind::kTuple:
      return !object.items.empty();
  }
  return true;
}

bool is_const_node(Node node) {
  if (node.is_small_int() || node.is_string()) return true;
  if (node.is_token()) {
    TokenKind kind = node.token_kind();
    return kind == TokenKind::kKwNone || kind == TokenKind::kKwFalse || kind == TokenKind::kKwTrue ||
           kind == TokenKind::kEllipsis;
  }
  if (node.is_const_object()) return true;
  // `()`: a parenthesis node with nothing inside.
  return node.is_struct_kind(Rule::atom_paren) && node.as_struct()->node(0).is_null();
}

namespace {

// The truth value of a node for which is_const_node() holds.
bool const_node_truth(Node node) {
  if (node.is_small_int()) return node.small_int_value() != 0;
  if (node.is_string()) return node.qstr()->size != 0;
  if (node.is_token()) {
    TokenKind kind = node.token_kind();
    return kind == TokenKind::kKwTrue || kind == TokenKind::kEllipsis;
  }
  if (node.is_const_object()) return const_truth(*node.const_object());
  return false;  // ()
}

}  // namespace

bool is_const_false(Node node) { return is_const_node(node) && !const_node_truth(node); }

bool is_const_true(Node node) { return is_const_node(node) && const_node_truth(node); }

std::span<const Node> extract_list(const Node& node, Rule rule) {
  if (node.is_null()) return {};
  if (node.is_struct_kind(rule)) return node.as_struct()->children();
  return {&node, 1};
}

}  // namespace cpy::compiler
