// Scopes and the names in them: what the compiler's first pass learns about
// every function, class, lambda and comprehension, and how names resolve
// (local, cell, free, global), as the reference's scope.c decides it.
#pragma once

#include <cstdint>

#include "cpy/compiler/parse_node.h"
#include "cpy/mpy/arena.h"
#include "cpy/mpy/model.h"

namespace cpy::compiler {

/// The kind of a scope, ordered as the reference orders them: function-like
/// kinds from kLambda on, comprehension kinds kListComp..kGenExpr.
enum class ScopeKind : uint8_t {
  kModule,
  kClass,
  kLambda,
  kListComp,
  kDictComp,
  kSetComp,
  kGenExpr,
  kFunction,
};

inline bool is_function_like(ScopeKind kind) { return kind >= ScopeKind::kLambda; }
inline bool is_comprehension_like(ScopeKind kind) { return kind >= ScopeKind::kListComp && kind <= ScopeKind::kGenExpr; }

/// How a name is bound in a scope.
enum class IdKind : uint8_t {
  kUndecided,
  kGlobalImplicit,
  kGlobalImplicitAssigned,
  kGlobalExplicit,
  kLocal,  ///< written and only used by this function
  kCell,   ///< a local of this function that inner functions use
  kFree,   ///< a local of an enclosing function
};

enum IdFlag : uint8_t {
  kIdParam = 0x01,
  kIdStarParam = 0x02,
  kIdDoubleStarParam = 0x04,
};

/// One name of a scope.
struct IdInfo {
  IdKind kind = IdKind::kUndecided;
  uint8_t flags = 0;
  /// The local slot (locals and params), or the cell/free slot.
  uint16_t local_num = 0;
  const Qstr* name = nullptr;
};

/// Scope flags kept beside the signature's (which are mpy::ScopeFlag).
inline constexpr uint16_t kScopeFlagGenerator = 0x01;
inline constexpr uint16_t kScopeFlagVarKeywords = 0x02;
inline constexpr uint16_t kScopeFlagVarArgs = 0x04;
inline constexpr uint16_t kScopeFlagDefKwArgs = 0x08;
inline constexpr uint16_t kScopeFlagAsync = 0x10;  ///< CircuitPython only

struct RawCodeSlot;

/// A block of code that becomes one raw code: the module, a class body, a
/// function, a lambda or a comprehension.
struct Scope {
  ScopeKind kind = ScopeKind::kModule;
  Scope* parent = nullptr;
  Scope* next = nullptr;  ///< the next scope in creation order
  Node pn;                ///< the node the scope compiles
  const Qstr* simple_name = nullptr;
  uint16_t scope_flags = 0;
  uint16_t num_pos_args = 0;
  uint16_t num_kwonly_args = 0;
  uint16_t num_def_pos_args = 0;
  uint16_t num_locals = 0;
  uint16_t stack_size = 0;
  uint16_t exc_stack_size = 0;
  uint16_t id_count = 0;
  uint16_t id_capacity = 0;
  IdInfo* ids = nullptr;
  /// Where the emitter leaves this scope's raw code.
  RawCodeSlot* raw_code = nullptr;

  IdInfo* find(const Qstr* name);
  /// The id of [name], added with [kind] when absent; nullptr when out of memory.
  IdInfo* find_or_add(Arena& arena, const Qstr* name, IdKind kind);
  /// The id of [name] in the outermost scope, or nullptr.
  IdInfo* find_global(const Qstr* name);

  /// The parameter in local slot [slot], or nullptr for a slot without a
  /// name (a free variable passed in like an argument).
  const Qstr* param_name(uint32_t slot) const;
  /// How many locals become cells.
  uint32_t cell_count() const;
  /// The prelude's signature, with the scope flags that [flag_mask] keeps.
  mpy::Signature signature(uint16_t flag_mask) const;
};

/// When [id] (an implicit global of [scope]) is a local of an enclosing
/// function, makes it free here and a cell there. False when out of memory.
bool check_to_close_over(Arena& arena, Scope* scope, IdInfo* id);

}  // namespace cpy::compiler
