#include "cpy/vm/map.h"

#include <cstring>

namespace cpy::vm {

namespace {
// False and True are the numbers 0 and 1 as dictionary keys.
Value canonical(Value v) {
  if (v == Value::false_value()) return Value::small_int(0);
  if (v == Value::true_value()) return Value::small_int(1);
  return v;
}
}  // namespace

uint32_t Map::simple_hash(Value v) {
  uint64_t x = canonical(v).bits();
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  return uint32_t(x);
}

Status Map::hash_key(Value key, const KeyOps& ops, uint32_t* out) {
  if (key.is_qstr() && ops.qstr_hash) {
    *out = ops.qstr_hash(key.qstr_id(), ops.context);
    return Status::kOk;
  }
  if (is_simple_key(key) || !ops.hash) {
    *out = simple_hash(key);
    return Status::kOk;
  }
  return ops.hash(key, out, ops.context);
}

Status Map::find(Value key, uint32_t hash, const KeyOps& ops, size_t* entry_index) const {
restart:
  *entry_index = SIZE_MAX;
  if (!index_size_) return Status::kOk;
  uint32_t mask = index_size_ - 1;
  for (uint32_t slot = hash & mask;; slot = (slot + 1) & mask) {
    uint32_t n = index_[slot];
    if (n == 0) return Status::kOk;
    const Entry& e = entries_[n - 1];
    if (e.key.is_null() || e.hash != hash) continue;
    if (e.key == key || (is_simple_key(key) && is_simple_key(e.key) && canonical(e.key) == canonical(key))) {
      *entry_index = n - 1;
      return Status::kOk;
    }
    if (is_simple_key(key) && is_simple_key(e.key)) continue;
    if (!ops.equal) continue;
    bool same = false;
    const Entry* table = entries_;
    Value was = e.key;
    CPY_VM_CHECK(ops.equal(was, key, &same, ops.context));
    // A user __eq__ may have changed this map: search again, as CPython does.
    if (entries_ != table || !(entries_[n - 1].key == was)) goto restart;
    if (same) {
      *entry_index = n - 1;
      return Status::kOk;
    }
  }
}

Status Map::lookup(Value key, const KeyOps& ops, Value* out) const {
  *out = Value::null();
  uint32_t hash;
  CPY_VM_CHECK(hash_key(key, ops, &hash));
  size_t at;
  CPY_VM_CHECK(find(key, hash, ops, &at));
  if (at != SIZE_MAX) *out = entries_[at].value;
  return Status::kOk;
}

void Map::index_insert(size_t entry_index) {
  uint32_t mask = index_size_ - 1;
  for (uint32_t slot = entries_[entry_index].hash & mask;; slot = (slot + 1) & mask) {
    if (index_[slot] == 0) {
      index_[slot] = uint32_t(entry_index + 1);
      return;
    }
  }
}

bool Map::resize_may_collect(Heap& heap, size_t min_entries) {
  uint32_t capacity = 4;
  while (capacity < min_entries) capacity *= 2;
  auto* entries = static_cast<Entry*>(heap.allocate_may_collect(sizeof(Entry) * capacity));
  if (!entries) return false;
  auto* index = static_cast<uint32_t*>(heap.allocate_may_collect(sizeof(uint32_t) * capacity * 2));
  if (!index) return false;
  // Compact: drop holes, keep order.
  uint32_t n = 0;
  for (uint32_t i = 0; i < used_; ++i) {
    if (!entries_[i].key.is_null()) entries[n++] = entries_[i];
  }
  entries_ = entries;
  index_ = index;
  capacity_ = capacity;
  index_size_ = capacity * 2;
  used_ = n;
  live_ = n;
  for (uint32_t i = 0; i < n; ++i) index_insert(i);
  return true;
}

Status Map::store_may_collect(Heap& heap, Value key, Value value, const KeyOps& ops, bool* stored) {
  *stored = false;
  uint32_t hash;
  CPY_VM_CHECK(hash_key(key, ops, &hash));
  size_t at;
  CPY_VM_CHECK(find(key, hash, ops, &at));
  if (at != SIZE_MAX) {
    entries_[at].value = value;
    *stored = true;
    return Status::kOk;
  }
  if (used_ == capacity_) {
    // Grow when mostly live; otherwise compacting the holes is enough.
    size_t want = live_ + 1 > capacity_ / 2 ? size_t(capacity_) * 2 : capacity_;
    if (!resize_may_collect(heap, want < 4 ? 4 : want)) return Status::kOk;
  }
  entries_[used_] = Entry{key, value, hash};
  index_insert(used_);
  ++used_;
  ++live_;
  *stored = true;
  return Status::kOk;
}

Status Map::remove(Value key, const KeyOps& ops, Value* removed) {
  *removed = Value::null();
  uint32_t hash;
  CPY_VM_CHECK(hash_key(key, ops, &hash));
  size_t at;
  CPY_VM_CHECK(find(key, hash, ops, &at));
  if (at == SIZE_MAX) return Status::kOk;
  *removed = entries_[at].value;
  // The index slot keeps pointing at the hole so that probe chains stay intact.
  entries_[at].key = Value::null();
  entries_[at].value = Value::null();
  --live_;
  return Status::kOk;
}

void Map::clear() {
  entries_ = nullptr;
  index_ = nullptr;
  capacity_ = index_size_ = used_ = live_ = 0;
}

}  // namespace cpy::vm
