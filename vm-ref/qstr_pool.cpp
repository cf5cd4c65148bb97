#include "cpy/vm/qstr_pool.h"

#include <cstring>

#include "cpy/mpy/static_qstrs.h"
#include "cpy/vm/object.h"
#include "cpy/vm/vm.h"

namespace cpy::vm {

namespace {
// Small first sizes: a program's own names are few, and MicroPython's
// pools start as small.
constexpr size_t kChunkBytes = 120;
constexpr uint32_t kFirstCapacity = 8;
constexpr uint32_t kFirstIndexSize = 16;

// The constant qstrs: the .mpy format's static ones (ids 1..kStaticQstrCount,
// fixed by the format), then the names the VM itself uses, minus any text
// already present. Text, hashes and an open-addressing index of them are all
// computed at compile time: constant data (flash on the device), no heap.
constexpr const char* kStaticText[] = {
    "",
#define CPY_STATIC_QSTR(id, text) text,
#include "static_qstrs.def"
#undef CPY_STATIC_QSTR
};
static_assert(sizeof kStaticText / sizeof kStaticText[0] == mpy::kStaticQstrCount + 1);

constexpr const char* kVmNames[] = {
#define CPY_NAME(field, text) text,
#include "cpy/vm/names.def"
#undef CPY_NAME
#define CPY_UNARY_OP(name, method) method,
#define CPY_BINARY_OP(name, method) method,
#define CPY_OPCODE(name, code, operand, extra)
#define CPY_OPCODE_RANGE(name, first, count)
#include "opcodes.def"
#undef CPY_UNARY_OP
#undef CPY_BINARY_OP
#undef CPY_OPCODE
#undef CPY_OPCODE_RANGE
    "BaseException",
#define CPY_EXC_NAME(name, parent) #name,
    CPY_VM_EXCEPTIONS(CPY_EXC_NAME)
#undef CPY_EXC_NAME
#define CPY_BUILTIN_TYPE(slot, name, kind) name,
#include "builtin_types.def"
#undef CPY_BUILTIN_TYPE
#define CPY_CONST_QSTR(text) text,
#include "const_qstrs.def"
#undef CPY_CONST_QSTR
};

constexpr bool same_text(const char* a, const char* b) {
  while (*a && *a == *b) ++a, ++b;
  return *a == *b;
}

constexpr bool is_new_vm_name(size_t i) {
  for (const char* s : kStaticText) {
    if (same_text(s, kVmNames[i])) return false;
  }
  for (size_t j = 0; j < i; ++j) {
    if (same_text(kVmNames[j], kVmNames[i])) return false;
  }
  return true;
}

constexpr uint32_t count_constants() {
  uint32_t n = mpy::kStaticQstrCount;
  for (size_t i = 0; i < std::size(kVmNames); ++i) n += is_new_vm_name(i);
  return n;
}
constexpr uint32_t kConstCount = count_constants();
constexpr uint32_t kIndexSlots = 1024;
static_assert(kConstCount * 2 <= kIndexSlots, "grow kIndexSlots");

struct ConstTable {
  const char* text[kConstCount + 1];
  uint32_t hash[kConstCount + 1];
  uint16_t index[kIndexSlots];  // ids; 0 = empty
};

constexpr ConstTable make_const_table() {
  ConstTable t{};
  uint32_t id = 0;
  for (const char* s : kStaticText) t.text[id++] = s;
  for (size_t i = 0; i < std::size(kVmNames); ++i) {
    if (is_new_vm_name(i)) t.text[id++] = kVmNames[i];
  }
  for (id = 1; id <= kConstCount; ++id) {
    t.hash[id] = text_hash(t.text[id]);
    for (uint32_t slot = t.hash[id] & (kIndexSlots - 1);; slot = (slot + 1) & (kIndexSlots - 1)) {
      if (t.index[slot] == 0) {
        t.index[slot] = uint16_t(id);
        break;
      }
    }
  }
  return t;
}
constexpr ConstTable kConst = make_const_table();

constexpr size_t text_length(const char* s) {
  size_t n = 0;
  while (s[n]) ++n;
  return n;
}

Error out_of_memory() { return fail(Errc::kOutOfMemory, 0, "out of memory interning a string"); }
}  // namespace

uint32_t QstrPool::constant_count() { return kConstCount; }

uint32_t QstrPool::hash_text(std::string_view text) {
  uint32_t h = 2166136261u;
  for (unsigned char c : text) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

QstrPool::QstrPool(Heap& heap) : heap_(heap) {
  // The constant qstrs need no heap: see kConst.
  count_ = kConstCount;
  registered_ = heap_.add_root_source(RootSource{&QstrPool::scan_roots, this});
}

void QstrPool::scan_roots(Heap& heap, void* self_ptr) {
  auto* self = static_cast<QstrPool*>(self_ptr);
  heap.mark_pointer(self->entries_);
  heap.mark_pointer(self->index_);
  // Chunks form a list through their first word; marking the newest chunk
  // marks the rest, since the heap scans each marked object's words.
  heap.mark_pointer(self->chunk_);
}

bool QstrPool::grow_entries() {
  uint32_t new_capacity = capacity_ ? capacity_ * 2 : kFirstCapacity;
  auto* grown = static_cast<Entry*>(heap_.allocate_may_collect(sizeof(Entry) * new_capacity));
  if (!grown) return false;
  if (capacity_) std::memcpy(grown, entries_, sizeof(Entry) * capacity_);
  entries_ = grown;
  capacity_ = new_capacity;
  return true;
}

bool QstrPool::grow_index() {
  uint32_t new_size = index_size_ ? index_size_ * 2 : kFirstIndexSize;
  auto* grown = static_cast<uint32_t*>(heap_.allocate_may_collect(sizeof(uint32_t) * new_size));
  if (!grown) return false;
  index_ = grown;
  index_size_ = new_size;
  for (uint32_t id = kConstCount + 1; id <= count_; ++id) index_insert(id);
  return true;
}

void QstrPool::index_insert(uint32_t id) {
  uint32_t mask = index_size_ - 1;
  for (uint32_t slot = entries_[id - kConstCount - 1].hash & mask;; slot = (slot + 1) & mask) {
    if (index_[slot] == 0) {
      index_[slot] = id;
      return;
    }
  }
}

uint32_t QstrPool::find(std::string_view text) const {
  uint32_t h = hash_text(text);
  for (uint32_t slot = h & (kIndexSlots - 1);; slot = (slot + 1) & (kIndexSlots - 1)) {
    uint32_t id = kConst.index[slot];
    if (id == 0) break;
    if (kConst.hash[id] == h && text == kConst.text[id]) return id;
  }
  if (!index_size_) return 0;
  uint32_t mask = index_size_ - 1;
  for (uint32_t slot = h & mask;; slot = (slot + 1) & mask) {
    uint32_t id = index_[slot];
    if (id == 0) return 0;
    const Entry& e = entries_[id - kConstCount - 1];
    if (e.hash == h && e.size == text.size() && std::memcmp(e.data, text.data(), text.size()) == 0) return id;
  }
}

Result<uint32_t> QstrPool::intern_may_collect(std::string_view text) {
  if (uint32_t id = find(text)) return id;
  if (text.size() > UINT32_MAX / 2) return fail(Errc::kBadArgument, 0, "string too long to intern");
  // Make room first, so that nothing is half-added if memory runs out.
  uint32_t dynamic = count_ - kConstCount;
  if (dynamic == capacity_ && !grow_entries()) return out_of_memory();
  if ((dynamic + 1) * 2 > index_size_ && !grow_index()) return out_of_memory();
  size_t need = text.size() + 1;
  if (!chunk_ || chunk_used_ + need > chunk_size_) {
    size_t size = sizeof(void*) + (need > kChunkBytes ? need : kChunkBytes);
    void* chunk = heap_.allocate_may_collect(size);
    if (!chunk) return out_of_memory();
    std::memcpy(chunk, &chunk_, sizeof(void*));  // link to the previous chunk
    chunk_ = chunk;
    chunk_used_ = sizeof(void*);
    chunk_size_ = size;
  }
  char* data = static_cast<char*>(chunk_) + chunk_used_;
  if (!text.empty()) std::memcpy(data, text.data(), text.size());
  data[text.size()] = '\0';
  chunk_used_ += need;
  entries_[count_ - kConstCount] = Entry{data, uint32_t(text.size()), hash_text(text)};
  ++count_;
  index_insert(count_);
  return count_;
}

std::string_view QstrPool::text(uint32_t id) const {
  if (id == 0 || id > count_) return {};
  if (id <= kConstCount) return std::string_view(kConst.text[id], text_length(kConst.text[id]));
  const Entry& e = entries_[id - kConstCount - 1];
  return std::string_view(e.data, e.size);
}

uint32_t QstrPool::hash(uint32_t id) const {
  if (id == 0 || id > count_) return 0;
  return id <= kConstCount ? kConst.hash[id] : entries_[id - kConstCount - 1].hash;
}

}  // namespace cpy::vm
