// The static qstr table of .mpy v6 (spec/static_qstrs.def).
#pragma once

#include <cstdint>
#include <string_view>

namespace cpy::mpy {

/// Number of static qstrs; valid ids are 1..kStaticQstrCount.
inline constexpr uint16_t kStaticQstrCount = 165;

/// The text of static qstr [id], or nothing when [id] is out of range.
bool static_qstr_text(uint32_t id, std::string_view* text);

/// The static id of [text], or 0 when it is not in the static table.
uint16_t find_static_qstr(std::string_view text);

}  // namespace cpy::mpy
