// The list-like mutators of bytearray: insert, pop, remove, reverse, clear, copy
// (append and extend live with the constructors in str_methods.cpp).
#include <algorithm>
#include <cstring>

#include "buffer.h"
#include "str_methods.h"

namespace cpy::vm {

namespace {

Status byte_arg(Vm& vm, Value v, uint8_t* out) {
  intptr_t b = 0;
  CPY_VM_CHECK(get_int(vm, v, &b));
  if (b < 0 || b > 255) return raise(vm, Exc::ValueError, "byte must be in range(0, 256)");
  *out = uint8_t(b);
  return Status::kOk;
}

// Room for one more byte.
bool grow_one(Vm& vm, Bytearray* b) {
  if (b->size < b->capacity) return true;
  size_t cap = b->capacity ? b->capacity * 2 : 16;
  auto* grown = static_cast<uint8_t*>(alloc_raw(vm, cap));
  if (!grown) return false;
  if (b->size) std::memcpy(grown, b->items, b->size);
  b->items = grown;
  b->capacity = cap;
  return true;
}

}  // namespace

Status bytearray_store_subscr(Vm& vm, Value ba, Value index, Value value) {
  Bytearray* b = ba.as<Bytearray>();
  if (!is_obj_of(index, vm.t_slice)) {
    size_t i;
    CPY_VM_CHECK(seq_index(vm, index, b->size, "bytearray", &i));
    if (value.is_null()) {
      std::memmove(b->items + i, b->items + i + 1, b->size - i - 1);
      --b->size;
      return Status::kOk;
    }
    return byte_arg(vm, value, &b->items[i]);
  }
  intptr_t start, stop, step, count;
  CPY_VM_CHECK(slice_indices(vm, index, intptr_t(b->size), &start, &stop, &step, &count));
  if (value.is_null()) {
    size_t w = 0;
    for (size_t r = 0; r < b->size; ++r) {
      intptr_t at = intptr_t(r);
      bool selected = step > 0 ? at >= start && at < stop && (at - start) % step == 0
                               : at <= start && at > stop && (start - at) % -step == 0;
      if (!selected) b->items[w++] = b->items[r];
    }
    b->size = w;
    return Status::kOk;
  }
  // The new bytes: a bytes-like object, or an iterable of ints in range(256).
  if (is_int(vm, value) || is_str(vm, value))
    return raise(vm, Exc::TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  Buf src(vm);
  bool found = false;
  if (is_bytes(vm, value)) {
    src.add(bytes_view(vm, value));
  } else {
    CPY_VM_CHECK(buffer_copy(vm, value, src, &found));
    if (!found) {
      Value it;
      CPY_VM_CHECK(get_iter(vm, value, &it));
      for (;;) {
        Value item;
        CPY_VM_CHECK(iter_next(vm, it, &item));
        if (item.is_null()) break;
        uint8_t v = 0;
        CPY_VM_CHECK(byte_arg(vm, item, &v));
        src.add_char(char(v));
      }
    }
  }
  if (src.failed) return Status::kRaised;
  if (step != 1) {
    if (intptr_t(src.size) != count)
      return raise(vm, Exc::ValueError, "attempt to assign bytes of size %d to extended slice of size %d", int(src.size),
                   int(count));
    for (intptr_t i = 0, at = start; i < count; ++i, at += step) b->items[at] = uint8_t(src.data[i]);
    return Status::kOk;
  }
  if (stop < start) stop = start;
  size_t new_size = b->size - size_t(stop - start) + src.size;
  if (new_size > b->capacity) {
    auto* grown = static_cast<uint8_t*>(alloc_raw(vm, new_size));
    if (!grown) return Status::kRaised;
    std::memcpy(grown, b->items, b->size);
    b->items = grown;
    b->capacity = new_size;
  }
  std::memmove(b->items + start + src.size, b->items + stop, b->size - size_t(stop));
  if (src.size) std::memcpy(b->items + start, src.data, src.size);
  b->size = new_size;
  return Status::kOk;
}

Status ba_insert(Vm& vm, const Args& args, Value* out) {
  Bytearray* b = args[0].as<Bytearray>();
  intptr_t i = 0;
  CPY_VM_CHECK(get_int(vm, args[1], &i));
  uint8_t v = 0;
  CPY_VM_CHECK(byte_arg(vm, args[2], &v));
  if (i < 0) i += intptr_t(b->size);
  i = std::clamp<intptr_t>(i, 0, intptr_t(b->size));
  if (!grow_one(vm, b)) return Status::kRaised;
  std::memmove(b->items + i + 1, b->items + i, b->size - size_t(i));
  b->items[i] = v;
  ++b->size;
  *out = Value::none();
  return Status::kOk;
}

Status ba_pop(Vm& vm, const Args& args, Value* out) {
  Bytearray* b = args[0].as<Bytearray>();
  if (b->size == 0) return raise(vm, Exc::IndexError, "pop from empty bytearray");
  size_t i = b->size - 1;
  if (args.n > 1) CPY_VM_CHECK(seq_index(vm, args[1], b->size, "pop", &i));
  *out = Value::small_int(b->items[i]);
  std::memmove(b->items + i, b->items + i + 1, b->size - i - 1);
  --b->size;
  return Status::kOk;
}

Status ba_remove(Vm& vm, const Args& args, Value* out) {
  Bytearray* b = args[0].as<Bytearray>();
  uint8_t v = 0;
  CPY_VM_CHECK(byte_arg(vm, args[1], &v));
  auto* at = static_cast<uint8_t*>(std::memchr(b->items, v, b->size));
  if (!b->size || !at) return raise(vm, Exc::ValueError, "value not found in bytearray");
  std::memmove(at, at + 1, b->size - size_t(at - b->items) - 1);
  --b->size;
  *out = Value::none();
  return Status::kOk;
}

Status ba_reverse(Vm&, const Args& args, Value* out) {
  Bytearray* b = args[0].as<Bytearray>();
  std::reverse(b->items, b->items + b->size);
  *out = Value::none();
  return Status::kOk;
}

Status ba_clear(Vm&, const Args& args, Value* out) {
  args[0].as<Bytearray>()->size = 0;
  *out = Value::none();
  return Status::kOk;
}

Status ba_copy(Vm& vm, const Args& args, Value* out) {
  Bytearray* b = args[0].as<Bytearray>();
  *out = CPY_VM_TRY(new_bytearray(vm, std::string_view(reinterpret_cast<const char*>(b->items), b->size)));
  return Status::kOk;
}

}  // namespace cpy::vm
