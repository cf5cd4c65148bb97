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

}  // namespace

bool static_qstr_text(uint32_t id, std::string_view* text) {
  if (id == 0 || id > kStaticQstrCount) return false;
  *text = kStaticQstrs[id];
  return true;
}

uint16_t find_static_qstr(std::string_view text) {
  // 165 short strings: a linear scan is cheaper than building an index, and
  // needs no memory at start-up in the firmware.
  for (uint16_t id = 1; id <= kStaticQstrCount; ++id) {
    if (kStaticQstrs[id] == text) return id;
  }
  return 0;
}

}  // namespace cpy::mpy
