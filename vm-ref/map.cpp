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
  for (uint32_t i = hash & mask;; i = (i + 1) & mask) {
    uint32_t n = slot(i);
    if (n == 0) return Status::kOk;
    const Entry& e = entries_[n - 1];
    if (e.key.is_null() || hashes_[n - 1] != hash) continue;
    if (e.key == key || (is_simple_key(key) && is_simple_key(e.key) && canonical(e.key) == canonical(key))) {
      *entry_index = n - 1;
      return Status::kOk;
    }
    if (is_simple_key(key) && is_simple_key(e.key)) continue;
    if (!ops.equal) continue;
    bool same = false;
    const Entry* table = entries_;
    uint32_t capacity = capacity_;
    Value was = e.key;
    CPY_VM_CHECK(ops.equal(was, key, &same, ops.context));
    // A user __eq__ may have changed this map: search again, as CPython does.
    if (entries_ != table || capacity_ != capacity || !(entries_[n - 1].key == was)) goto restart;
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

void Map::index_insert(uint32_t entry_index) {
  uint32_t mask = index_size_ - 1;
  uint32_t i = hashes_[entry_index] & mask;
  while (slot(i) != 0) i = (i + 1) & mask;
  if (narrow()) {
    static_cast<uint16_t*>(index())[i] = uint16_t(entry_index + 1);
  } else {
    static_cast<uint32_t*>(index())[i] = entry_index + 1;
  }
}

bool Map::resize_may_collect(Heap& heap, uint32_t capacity) {
  uint32_t index_size = 8;
  while (index_size <= capacity + capacity / 2) index_size *= 2;
  size_t slot_bytes = capacity <= kNarrowCapacity ? sizeof(uint16_t) : sizeof(uint32_t);
  size_t bytes = (sizeof(Entry) + sizeof(uint32_t)) * size_t(capacity) + slot_bytes * index_size;
  if (entries_ && used_ == live_ && heap.grow_in_place(entries_, bytes)) {
    // No holes and free heap after the block: the entries stay, the hashes
    // move up after the larger entry array.
    auto* hashes = reinterpret_cast<uint32_t*>(entries_ + capacity);
    std::memmove(hashes, hashes_, sizeof(uint32_t) * used_);
    hashes_ = hashes;
  } else {
    // A new block with the holes left out, order kept. The old one stays for
    // whoever still reads it, until the GC takes it.
    auto* entries = static_cast<Entry*>(heap.allocate_may_collect(bytes));
    if (!entries) return false;
    auto* hashes = reinterpret_cast<uint32_t*>(entries + capacity);
    uint32_t n = 0;
    for (uint32_t i = 0; i < used_; ++i) {
      if (entries_[i].key.is_null()) continue;
      entries[n] = entries_[i];
      hashes[n++] = hashes_[i];
    }
    entries_ = entries;
    hashes_ = hashes;
    used_ = live_ = n;
  }
  capacity_ = capacity;
  index_size_ = index_size;
  std::memset(index(), 0, slot_bytes * index_size);
  for (uint32_t i = 0; i < used_; ++i) index_insert(i);
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
    // Grow by half when mostly live; otherwise dropping the holes is enough.
    uint32_t want = live_ + 1 > capacity_ / 2 ? capacity_ + capacity_ / 2 : capacity_;
    // First fill what the present index can hold (at most 2/3 full), so the
    // index does not double for a few entries more.
    uint32_t fits = index_size_ ? uint32_t((uint64_t(index_size_) * 2 - 1) / 3) : 0;
    if (want > fits && capacity_ < fits) want = fits;
    if (want < 4) want = 4;
    if (!resize_may_collect(heap, want)) return Status::kOk;
  }
  entries_[used_] = Entry{key, value};
  hashes_[used_] = hash;
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
  hashes_ = nullptr;
  capacity_ = index_size_ = used_ = live_ = 0;
}

}  // namespace cpy::vm
