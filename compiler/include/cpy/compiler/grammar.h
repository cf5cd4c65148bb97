// The grammar as tables (compiler/grammar.def): rule ids, shapes, arguments
// and compile-function tags, numbered as CircuitPython 10's parser numbers them.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "cpy/compiler/token.h"

namespace cpy::compiler {

/// A grammar rule, and the kind of a parse-tree struct node. The compiled
/// rules come first, then `const_object` (a node holding a constant), then
/// the plain rules: the same numbers as the reference's, which dumps print.
enum class Rule : uint8_t {
#define CPY_GRAMMAR_RULE(group, name, compile, shape, ...) CPY_GRAMMAR_RULE_##group(name)
#define CPY_GRAMMAR_RULE_compiled(name) name,
#define CPY_GRAMMAR_RULE_plain(name)
#include "../../../grammar.def"
#undef CPY_GRAMMAR_RULE_compiled
#undef CPY_GRAMMAR_RULE_plain
  const_object,
#define CPY_GRAMMAR_RULE_compiled(name)
#define CPY_GRAMMAR_RULE_plain(name) name,
#include "../../../grammar.def"
#undef CPY_GRAMMAR_RULE_compiled
#undef CPY_GRAMMAR_RULE_plain
#undef CPY_GRAMMAR_RULE
};

/// How many rule ids there are, const_object included.
inline constexpr size_t kRuleCount = size_t(Rule::yield_arg_from) + 1;

/// The compile function a rule's nodes go to. `none` for plain rules, which
/// the compiler only meets inside the nodes of compiled ones.
enum class CompileTag : uint8_t {
  none,
  generic_all_nodes,
  decorated,
  funcdef,
  expr_stmt,
  generic_tuple,
  del_stmt,
  break_cont_stmt,
  return_stmt,
  yield_stmt,
  raise_stmt,
  import_name,
  import_from,
  global_nonlocal_stmt,
  assert_stmt,
  async_stmt,
  if_stmt,
  while_stmt,
  for_stmt,
  try_stmt,
  with_stmt,
  namedexpr,
  test_if_expr,
  lambdef,
  or_and_test,
  not_test_2,
  comparison,
  star_expr,
  binary_op,
  term,
  factor_2,
  power,
  atom_expr_await,
  atom_expr_normal,
  atom_paren,
  atom_bracket,
  atom_brace,
  trailer_paren,
  trailer_bracket,
  trailer_period,
  subscript,
  dictorsetmaker_item,
  classdef,
  yield_expr,
};

/// The shape of a rule: how its arguments combine.
enum class RuleShape : uint8_t {
  kOr,    ///< the first argument that matches
  kAnd,   ///< every argument in turn
  kList,  ///< repeated arguments; see RuleInfo::list_form
};

/// What one argument of a rule asks for.
enum class ArgKind : uint8_t {
  kToken,        ///< a token of kind `value`
  kRule,         ///< rule `value`
  kOptionalRule  ///< rule `value`, or an empty slot when it does not match
};

/// One argument of a rule.
struct RuleArg {
  ArgKind kind;
  uint8_t value;  ///< a TokenKind or a Rule, by [kind]

  constexpr TokenKind token() const { return static_cast<TokenKind>(value); }
  constexpr Rule rule() const { return static_cast<Rule>(value); }
};

/// Forms of a list rule, numbered as the reference numbers them.
enum class ListForm : uint8_t {
  kSeparated = 1,     ///< item (sep item)*
  kOneOrMore = 2,     ///< item item*
  kSeparatedEnd = 3,  ///< item (sep item)* [sep]
};

/// Everything the parse machine needs to know about one rule.
struct RuleInfo {
  RuleShape shape;
  /// For kOr and kAnd rules the argument count; for kList rules the ListForm.
  uint8_t count;
  /// kAnd only: a node with a single non-empty argument is replaced by it.
  bool allow_ident;
  /// kAnd only: the node gets an extra empty slot at the end for the compiler.
  bool add_blank;
  CompileTag compile;
  /// How many arguments the rule has (see rule_args()).
  uint8_t arg_count;
  /// Where this rule's arguments start in the shared argument table.
  uint16_t arg_offset;

  constexpr ListForm list_form() const { return static_cast<ListForm>(count); }
};

/// The grammar tables (parse_grammar.cpp); use rule_info() and rule_args().
extern const RuleInfo* const kRuleInfoTable;
extern const RuleArg* const kRuleArgTable;

/// The table entry of [rule]. Inline: the parser asks for every rule it tries.
inline const RuleInfo& rule_info(Rule rule) { return kRuleInfoTable[size_t(rule)]; }

/// The arguments of [rule]: `count` of them for or/and rules, item then
/// separator for list rules (one item for kOneOrMore).
inline std::span<const RuleArg> rule_args(Rule rule) {
  const RuleInfo& info = rule_info(rule);
  return {kRuleArgTable + info.arg_offset, info.arg_count};
}

/// Which token kinds each rule fails on at once (see parse_grammar.cpp): a
/// try that consumes nothing, pushes no result and leaves the rule stack as
/// it was, so the parser may skip it.
struct ProbeTable {
  /// Bit t of fails[r]: rule r fails cleanly on a token of kind t.
  std::array<std::array<uint8_t, (kTokenKindCount + 7) / 8>, kRuleCount> fails{};
  /// The most rule frames such a failing try of r stacks, its own included.
  std::array<uint8_t, kRuleCount> peak{};
};
extern const ProbeTable& kProbeTable;

/// Whether trying [rule] at a token of kind [token] fails cleanly.
inline bool probe_fails(Rule rule, TokenKind token) {
  size_t t = size_t(token);
  return (kProbeTable.fails[size_t(rule)][t / 8] >> (t % 8)) & 1;
}

/// The rule's name as the reference spells it ("expr_stmt"); "" for const_object.
std::string_view rule_name(Rule rule);

/// The compile-function tag of [rule].
inline CompileTag rule_compile_tag(Rule rule) { return rule_info(rule).compile; }

}  // namespace cpy::compiler
