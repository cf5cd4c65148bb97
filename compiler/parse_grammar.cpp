// The grammar tables, built at compile time from grammar.def.
#include <array>
#include <initializer_list>

#include "cpy/compiler/grammar.h"

namespace cpy::compiler {

namespace {

// Shape markers as grammar.def spells them.
struct Shape {
  RuleShape shape;
  uint8_t count;
  bool allow_ident;
  bool add_blank;
};

constexpr Shape OR(uint8_t n) { return {RuleShape::kOr, n, false, false}; }
constexpr Shape AND(uint8_t n) { return {RuleShape::kAnd, n, false, false}; }
constexpr Shape AND_IDENT(uint8_t n) { return {RuleShape::kAnd, n, true, false}; }
constexpr Shape AND_BLANK(uint8_t n) { return {RuleShape::kAnd, n, false, true}; }
constexpr Shape ONE_OR_MORE = {RuleShape::kList, uint8_t(ListForm::kOneOrMore), false, false};
constexpr Shape LIST = {RuleShape::kList, uint8_t(ListForm::kSeparated), false, false};
constexpr Shape LIST_WITH_END = {RuleShape::kList, uint8_t(ListForm::kSeparatedEnd), false, false};

#define TOK(kind) \
  RuleArg { ArgKind::kToken, uint8_t(TokenKind::kind) }
#define RULE(name) \
  RuleArg { ArgKind::kRule, uint8_t(Rule::name) }
#define OPT(name) \
  RuleArg { ArgKind::kOptionalRule, uint8_t(Rule::name) }

// Every rule's arguments, in rule-id order, in one array.
constexpr RuleArg kArgs[] = {
#define CPY_GRAMMAR_RULE(group, name, compile, shape, ...) CPY_GRAMMAR_RULE_##group(__VA_ARGS__)
#define CPY_GRAMMAR_RULE_compiled(...) __VA_ARGS__,
#define CPY_GRAMMAR_RULE_plain(...)
#include "grammar.def"
#undef CPY_GRAMMAR_RULE_compiled
#undef CPY_GRAMMAR_RULE_plain
#define CPY_GRAMMAR_RULE_compiled(...)
#define CPY_GRAMMAR_RULE_plain(...) __VA_ARGS__,
#include "grammar.def"
#undef CPY_GRAMMAR_RULE_compiled
#undef CPY_GRAMMAR_RULE_plain
#undef CPY_GRAMMAR_RULE
};

struct RuleRow {
  Shape shape;
  CompileTag compile;
  uint8_t arg_count;
  std::string_view name;
};

constexpr RuleRow kRows[] = {
#define CPY_GRAMMAR_RULE(group, name, compile, shape, ...) CPY_GRAMMAR_RULE_##group(name, compile, shape, __VA_ARGS__)
#define CPY_GRAMMAR_ROW(name, compile, shape, ...) \
  RuleRow{shape, CompileTag::compile, uint8_t(std::initializer_list<RuleArg>{__VA_ARGS__}.size()), #name},
#define CPY_GRAMMAR_RULE_compiled(...) CPY_GRAMMAR_ROW(__VA_ARGS__)
#define CPY_GRAMMAR_RULE_plain(...)
#include "grammar.def"
#undef CPY_GRAMMAR_RULE_compiled
#undef CPY_GRAMMAR_RULE_plain
    RuleRow{Shape{RuleShape::kAnd, 0, false, false}, CompileTag::none, 0, ""},  // const_object
#define CPY_GRAMMAR_RULE_compiled(...)
#define CPY_GRAMMAR_RULE_plain(...) CPY_GRAMMAR_ROW(__VA_ARGS__)
#include "grammar.def"
#undef CPY_GRAMMAR_RULE_compiled
#undef CPY_GRAMMAR_RULE_plain
#undef CPY_GRAMMAR_ROW
#undef CPY_GRAMMAR_RULE
};

#undef TOK
#undef RULE
#undef OPT

static_assert(std::size(kRows) == kRuleCount, "one row per rule id");

constexpr std::array<RuleInfo, kRuleCount> make_infos() {
  std::array<RuleInfo, kRuleCount> infos{};
  uint16_t offset = 0;
  for (size_t i = 0; i < kRuleCount; ++i) {
    const RuleRow& row = kRows[i];
    infos[i] = RuleInfo{row.shape.shape, row.shape.count, row.shape.allow_ident, row.shape.add_blank, row.compile,
                        row.arg_count,   offset};
    offset = uint16_t(offset + row.arg_count);
  }
  return infos;
}

constexpr std::array<RuleInfo, kRuleCount> kInfos = make_infos();

// All rule names in one block, NUL-separated, and where each starts: smaller
// than a table of string_views.
constexpr size_t kNameBytes = [] {
  size_t total = 0;
  for (const RuleRow& row : kRows) total += row.name.size() + 1;
  return total;
}();

struct NameTable {
  std::array<char, kNameBytes> text{};
  std::array<uint16_t, kRuleCount + 1> start{};
};

constexpr NameTable make_names() {
  NameTable table{};
  size_t at = 0;
  for (size_t i = 0; i < kRuleCount; ++i) {
    table.start[i] = uint16_t(at);
    for (char c : kRows[i].name) table.text[at++] = c;
    table.text[at++] = '\0';
  }
  table.start[kRuleCount] = uint16_t(at);
  return table;
}

constexpr NameTable kNames = make_names();

// Checks that the table is consistent: or/and rules hold `count` arguments,
// list rules one item (one-or-more) or an item and a separator, every
// argument names a real rule, and no OR holds an optional rule.
constexpr bool table_is_consistent() {
  size_t total = 0;
  for (size_t i = 0; i < kRuleCount; ++i) {
    const RuleRow& row = kRows[i];
    total += row.arg_count;
    if (row.shape.shape == RuleShape::kList) {
      size_t want = row.shape.count == uint8_t(ListForm::kOneOrMore) ? 1 : 2;
      if (row.arg_count != want) return false;
    } else if (i != size_t(Rule::const_object) && row.arg_count != row.shape.count) {
      return false;
    }
    for (size_t a = 0; a < row.arg_count; ++a) {
      const RuleArg& arg = kArgs[kInfos[i].arg_offset + a];
      if (arg.kind != ArgKind::kToken && (arg.value >= kRuleCount || arg.value == uint8_t(Rule::const_object))) {
        return false;
      }
      if (row.shape.shape == RuleShape::kOr && arg.kind == ArgKind::kOptionalRule) return false;
    }
  }
  return total == std::size(kArgs);
}
static_assert(table_is_consistent(), "grammar.def is inconsistent");

// ---- probes that fail without consuming a token ----------------------------
//
// The parse machine tries a rule by pushing it; when the current token cannot
// start it, the attempt ends in a backtrack with no token consumed, no result
// pushed, and the rule stack back where it was. For each rule and token kind
// this table says whether that happens, so the parser can skip the attempt,
// and how many frames the attempt stacks at most (the reference's rule stack
// grows while it tries, and its heap model must see the same growth).

// Token kinds as a bit set.
struct TokenSet {
  uint64_t bits[2] = {0, 0};
  static constexpr TokenSet all() {
    TokenSet s;
    for (size_t t = 0; t < kTokenKindCount; ++t) s.bits[t / 64] |= uint64_t(1) << (t % 64);
    return s;
  }
  constexpr TokenSet without(size_t t) const {
    TokenSet s = *this;
    s.bits[t / 64] &= ~(uint64_t(1) << (t % 64));
    return s;
  }
  constexpr TokenSet operator&(const TokenSet& o) const {
    TokenSet s;
    s.bits[0] = bits[0] & o.bits[0];
    s.bits[1] = bits[1] & o.bits[1];
    return s;
  }
  constexpr bool has(size_t t) const { return (bits[t / 64] >> (t % 64)) & 1; }
};
static_assert(kTokenKindCount <= 128, "token kinds fit a TokenSet");

struct Probe {
  TokenSet fails;    // tokens on which the rule fails cleanly
  unsigned peak = 1; // frames stacked at most by such a failure (an upper bound)
};

struct ProbeMemo {
  std::array<Probe, kRuleCount> probes{};
  std::array<bool, kRuleCount> done{};
};

constexpr Probe probe_rule(size_t rule, ProbeMemo& memo) {
  if (memo.done[rule]) return memo.probes[rule];
  const RuleInfo& info = kInfos[rule];
  const RuleArg* args = kArgs + info.arg_offset;
  Probe result{TokenSet::all(), 1};
  // The tokens on which argument [arg] fails cleanly, with [extra] frames of
  // this rule stacked beneath it while it is tried.
  auto fails_on = [&](const RuleArg& arg, unsigned extra) {
    if (arg.kind == ArgKind::kToken) return TokenSet::all().without(arg.value);
    if (arg.kind == ArgKind::kOptionalRule) return TokenSet{};  // what follows it decides
    Probe sub = probe_rule(arg.value, memo);
    if (extra + sub.peak > result.peak) result.peak = extra + sub.peak;
    return sub.fails;
  };
  if (rule == size_t(Rule::const_object)) {
    result.fails = TokenSet{};
  } else if (info.shape == RuleShape::kOr) {
    // Every alternative must fail in turn; the rest of the rule stays stacked
    // beneath each one but the last.
    for (size_t i = 0; i < info.count; ++i) result.fails = result.fails & fails_on(args[i], i + 1 < info.count ? 1 : 0);
  } else {
    // And and list rules fail cleanly only through their first argument.
    result.fails = fails_on(args[0], 1);
  }
  memo.done[rule] = true;
  memo.probes[rule] = result;
  return result;
}

constexpr ProbeTable make_probe_table() {
  ProbeTable table{};
  ProbeMemo memo{};
  for (size_t rule = 0; rule < kRuleCount; ++rule) {
    Probe p = probe_rule(rule, memo);
    for (size_t token = 0; token < kTokenKindCount; ++token) {
      if (p.fails.has(token)) table.fails[rule][token / 8] = uint8_t(table.fails[rule][token / 8] | (1u << (token % 8)));
    }
    table.peak[rule] = uint8_t(p.peak > 255 ? 255 : p.peak);
  }
  return table;
}

constexpr ProbeTable kProbes = make_probe_table();

}  // namespace

const RuleInfo* const kRuleInfoTable = kInfos.data();
const RuleArg* const kRuleArgTable = kArgs;
const ProbeTable& kProbeTable = kProbes;

std::string_view rule_name(Rule rule) {
  size_t index = size_t(rule);
  if (index >= kRuleCount) return {};
  return {kNames.text.data() + kNames.start[index], size_t(kNames.start[index + 1] - kNames.start[index] - 1)};
}

}  // namespace cpy::compiler
