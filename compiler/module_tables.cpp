#include "module_tables.h"

#include <cmath>
#include <cstring>

#include "cpy/mpy/bigint.h"
#include "cpy/mpy/bytes.h"
#include "cpy/mpy/float_text.h"
#include "cpy/mpy/static_qstrs.h"

namespace cpy::compiler {

namespace {

// The reference's strictly_equal(): same type and equal value, with 0.0 and
// -0.0 told apart (but not inside complex numbers), and NaN never equal to
// another NaN object.
bool strictly_equal(const ConstObject* a, const ConstObject* b) {
  if (a == b) return true;
  if (a->kind != b->kind) return false;
  if (a->shared && b->shared) return a->real == b->real || (a->real != a->real && b->real != b->real);
  switch (a->kind) {
    case ConstKind::kNone:
    case ConstKind::kFalse:
    case ConstKind::kTrue:
    case ConstKind::kEllipsis:
      return true;
    case ConstKind::kInt:
      if (a->is_big != b->is_big) return false;
      return a->is_big ? a->big == b->big : a->small == b->small;
    case ConstKind::kFloat:
      if (!(a->real == b->real)) return false;
      return a->real != 0 || std::signbit(a->real) == std::signbit(b->real);
    case ConstKind::kComplex:
      return a->real == b->real && a->imag == b->imag;
    case ConstKind::kStr:
    case ConstKind::kBytes:
      return a->text == b->text;
    case ConstKind::kTuple:
      if (a->items.size() != b->items.size()) return false;
      for (size_t i = 0; i < a->items.size(); ++i) {
        if (!strictly_equal(a->items[i], b->items[i])) return false;
      }
      return true;
  }
  return false;
}

std::string_view copy_text(Arena& arena, std::string_view text) {
  if (text.empty()) return {};
  uint8_t* copy = arena.copy_bytes({reinterpret_cast<const uint8_t*>(text.data()), text.size()});
  return copy ? std::string_view(reinterpret_cast<const char*>(copy), text.size()) : std::string_view();
}

Result<mpy::Const> to_model(Arena& arena, mpy::BigMath& math, const ConstObject& object) {
  mpy::Const out;
  switch (object.kind) {
    case ConstKind::kNone:
      out.kind = mpy::ConstKind::kNone;
      break;
    case ConstKind::kFalse:
      out.kind = mpy::ConstKind::kFalse;
      break;
    case ConstKind::kTrue:
      out.kind = mpy::ConstKind::kTrue;
      break;
    case ConstKind::kEllipsis:
      out.kind = mpy::ConstKind::kEllipsis;
      break;
    case ConstKind::kStr:
    case ConstKind::kBytes:
      // Copied: the text may live in the lexer's arena, which the module outlives.
      out.kind = object.kind == ConstKind::kStr ? mpy::ConstKind::kStr : mpy::ConstKind::kBytes;
      out.text = copy_text(arena, object.text);
      if (out.text.size() != object.text.size()) return fail(Errc::kOutOfMemory, 0, "memory allocation failed");
      break;
    case ConstKind::kInt: {
      out.kind = mpy::ConstKind::kInt;
      if (object.is_big) {
        out.text = CPY_TRY(math.to_string(object.big));
      } else {
        uint8_t digits[24];
        mpy::BufferSink sink(digits);
        sink.put_decimal(object.small);
        out.text = copy_text(arena, {reinterpret_cast<const char*>(digits), sink.size()});
      }
      break;
    }
    case ConstKind::kFloat: {
      out.kind = mpy::ConstKind::kFloat;
      mpy::NumberText text = mpy::float_repr(object.real);
      out.text = copy_text(arena, text.view());
      break;
    }
    case ConstKind::kComplex: {
      out.kind = mpy::ConstKind::kComplex;
      mpy::NumberText text = mpy::complex_repr(object.real, object.imag);
      out.text = copy_text(arena, text.view());
      break;
    }
    case ConstKind::kTuple: {
      out.kind = mpy::ConstKind::kTuple;
      mpy::Const* items = arena.make_array<mpy::Const>(object.items.size());
      if (!items && !object.items.empty()) return fail(Errc::kOutOfMemory, 0, "memory allocation failed");
      for (size_t i = 0; i < object.items.size(); ++i) items[i] = CPY_TRY(to_model(arena, math, *object.items[i]));
      out.items = {items, object.items.size()};
      break;
    }
  }
  if ((out.kind == mpy::ConstKind::kInt || out.kind == mpy::ConstKind::kFloat || out.kind == mpy::ConstKind::kComplex) &&
      out.text.empty()) {
    return fail(Errc::kOutOfMemory, 0, "memory allocation failed");
  }
  return out;
}

}  // namespace

template <class T>
bool ModuleTables::grow(T*& items, uint32_t& capacity, uint32_t needed) {
  if (needed <= capacity) return true;
  uint32_t next = capacity ? capacity : 16;
  while (next < needed) next *= 2;
  T* grown = arena_.make_array<T>(next);
  if (!grown) {
    out_of_memory_ = true;
    return false;
  }
  if (capacity) std::memcpy(grown, items, sizeof(T) * capacity);
  items = grown;
  capacity = next;
  return true;
}

uint32_t ModuleTables::use_qstr(const Qstr* name) {
  if (!grow(qstr_slots_, qstr_slot_capacity_, name->index + 1)) return 0;
  uint32_t& slot = qstr_slots_[name->index];
  if (slot) return slot - 1;
  if (!grow(qstrs_, qstr_capacity_, qstr_count_ + 1)) return 0;
  qstrs_[qstr_count_++] = name;
  slot = qstr_count_;
  return qstr_count_ - 1;
}

uint32_t ModuleTables::use_const(const ConstObject* object) {
  static constexpr ConstObject kEllipsis = [] {
    ConstObject ellipsis;
    ellipsis.kind = ConstKind::kEllipsis;
    return ellipsis;
  }();
  if (!object) object = &kEllipsis;
  for (uint32_t i = 0; i < const_count_; ++i) {
    if (strictly_equal(consts_[i], object)) return i;
  }
  if (!grow(consts_, const_capacity_, const_count_ + 1)) return 0;
  consts_[const_count_++] = object;
  return const_count_ - 1;
}

Result<std::span<const mpy::Qstr>> ModuleTables::qstr_table() {
  mpy::Qstr* table = arena_.make_array<mpy::Qstr>(qstr_count_);
  if (!table && qstr_count_) return fail(Errc::kOutOfMemory, 0, "memory allocation failed");
  for (uint32_t i = 0; i < qstr_count_; ++i) {
    table[i].text = qstrs_[i]->text();
    table[i].static_id = mpy::find_static_qstr(table[i].text);
  }
  return std::span<const mpy::Qstr>(table, qstr_count_);
}

Result<std::span<const mpy::Const>> ModuleTables::const_table() {
  mpy::Const* table = arena_.make_array<mpy::Const>(const_count_);
  if (!table && const_count_) return fail(Errc::kOutOfMemory, 0, "memory allocation failed");
  mpy::BigMath math(arena_);
  for (uint32_t i = 0; i < const_count_; ++i) table[i] = CPY_TRY(to_model(arena_, math, *consts_[i]));
  return std::span<const mpy::Const>(table, const_count_);
}

}  // namespace cpy::compiler
