#include "cpy/mpy/static_qstrs.h"

#include <array>

namespace cpy::mpy {

namespace {

using namespace std::string_view_literals;

// Index 0 is the null qstr, so that table[id] is static qstr [id].
constexpr std::string_view kStaticQstrs[] = {
    ""sv,
#define CPY_STATIC_QSTR(id, text) std::string_view(text, sizeof(text) - 1),
#include "static_qstrs.def"
#undef CPY_STATIC_QSTR
};

static_assert(std::size(kStaticQstrs) == kStaticQstrCount + 1, "spec/static_qstrs.def changed size");

// Ids 1..kStaticQstrCount ordered by their text.
constexpr std::array<uint8_t, kStaticQstrCount> kIdsByText = [] {
  std::array<uint8_t, kStaticQstrCount> ids{};
  for (size_t i = 0; i < kStaticQstrCount; ++i) ids[i] = uint8_t(i + 1);
  for (size_t i = 1; i < kStaticQstrCount; ++i) {
    for (size_t j = i; j > 0 && kStaticQstrs[ids[j]] < kStaticQstrs[ids[j - 1]]; --j) {
      uint8_t t = ids[j];
      ids[j] = ids[j - 1];
      ids[j - 1] = t;
    }
  }
  return ids;
}();
static_assert(kStaticQstrCount < 256, "ids must fit the index's bytes");
static_assert(
    [] {
      for (size_t i = 1; i < kStaticQstrCount; ++i) {
        if (!(kStaticQstrs[kIdsByText[i - 1]] < kStaticQstrs[kIdsByText[i]])) return false;
      }
      return true;
    }(),
    "static qstrs are distinct, so a search finds the one id");

}  // namespace

bool static_qstr_text(uint32_t id, std::string_view* text) {
  if (id == 0 || id > kStaticQstrCount) return false;
  *text = kStaticQstrs[id];
  return true;
}

uint16_t find_static_qstr(std::string_view text) {
  // Binary search over the ids in text order: a 165-byte table in flash,
  // no memory at start-up, and about 8 comparisons instead of 165.
  size_t low = 0;
  size_t high = kStaticQstrCount;
  while (low < high) {
    size_t mid = (low + high) / 2;
    int order = kStaticQstrs[kIdsByText[mid]].compare(text);
    if (order == 0) return kIdsByText[mid];
    if (order < 0) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return 0;
}

}  // namespace cpy::mpy
