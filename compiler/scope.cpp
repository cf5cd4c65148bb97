#include "scope.h"

#include <cstring>

namespace cpy::compiler {

IdInfo* Scope::find(const Qstr* name) {
  for (uint16_t i = 0; i < id_count; ++i) {
    if (ids[i].name == name) return &ids[i];
  }
  return nullptr;
}

IdInfo* Scope::find_or_add(Arena& arena, const Qstr* name, IdKind kind) {
  if (IdInfo* id = find(name)) return id;
  if (id_count == id_capacity) {
    // Ids are appended in first-seen order: parameters are added before the
    // body is compiled, so they come first and get the low local numbers.
    uint16_t capacity = id_capacity ? uint16_t(id_capacity * 2) : 8;
    if (capacity <= id_capacity) return nullptr;
    IdInfo* grown = arena.make_array<IdInfo>(capacity);
    if (!grown) return nullptr;
    if (id_count) std::memcpy(grown, ids, sizeof(IdInfo) * id_count);
    ids = grown;
    id_capacity = capacity;
  }
  IdInfo* id = &ids[id_count++];
  *id = IdInfo{kind, 0, 0, name};
  return id;
}

IdInfo* Scope::find_global(const Qstr* name) {
  Scope* scope = this;
  while (scope->parent) scope = scope->parent;
  return scope->find(name);
}

const Qstr* Scope::param_name(uint32_t slot) const {
  for (uint16_t i = 0; i < id_count; ++i) {
    if ((ids[i].flags & kIdParam) && ids[i].local_num == slot) return ids[i].name;
  }
  return nullptr;
}

uint32_t Scope::cell_count() const {
  uint32_t n = 0;
  for (uint16_t i = 0; i < id_count; ++i) n += ids[i].kind == IdKind::kCell;
  return n;
}

mpy::Signature Scope::signature(uint16_t flag_mask) const {
  mpy::Signature sig;
  uint32_t n_state = uint32_t(num_locals) + stack_size;
  sig.n_state = n_state ? n_state : 1;
  sig.n_exc_stack = exc_stack_size;
  sig.scope_flags = scope_flags & flag_mask;
  sig.n_pos_args = num_pos_args;
  sig.n_kwonly_args = num_kwonly_args;
  sig.n_def_pos_args = num_def_pos_args;
  return sig;
}

namespace {

// Declares [name] free in every scope between [scope] and the function that
// binds it, and makes it a cell there.
bool close_over_in_parents(Arena& arena, Scope* scope, const Qstr* name) {
  for (Scope* s = scope->parent; s; s = s->parent) {
    IdInfo* id = s->find_or_add(arena, name, IdKind::kUndecided);
    if (!id) return false;
    if (id->kind == IdKind::kUndecided) {
      id->kind = IdKind::kFree;  // not declared here: pass it through
    } else {
      if (id->kind == IdKind::kLocal) id->kind = IdKind::kCell;
      return true;
    }
  }
  return true;
}

}  // namespace

bool check_to_close_over(Arena& arena, Scope* scope, IdInfo* id) {
  if (!scope->parent) return true;
  for (Scope* s = scope->parent; s->parent; s = s->parent) {
    IdInfo* outer = s->find(id->name);
    if (outer) {
      if (outer->kind == IdKind::kLocal || outer->kind == IdKind::kCell || outer->kind == IdKind::kFree) {
        id->kind = IdKind::kFree;
        return close_over_in_parents(arena, scope, id->name);
      }
      break;
    }
  }
  return true;
}

}  // namespace cpy::compiler
