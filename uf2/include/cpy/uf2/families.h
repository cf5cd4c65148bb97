// UF2 family IDs, compiled in from spec/uf2-families.json.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace cpy::uf2 {

/// One entry of spec/uf2-families.json.
struct Family {
  uint32_t id = 0;
  std::string short_name;   ///< e.g. "SAMD21"; the name -f accepts
  std::string description;  ///< e.g. "Microchip (Atmel) SAMD21"
};

/// Every known family, in the order of spec/uf2-families.json.
std::span<const Family> families();

/// The family for -f [text]: a short name (any case) or a number in Python's
/// `int(text, 0)` syntax. nullopt when it is neither, or the number does not
/// fit in 32 bits.
std::optional<uint32_t> parse_family(std::string_view text);

/// The short name of [id] as uf2conv.py prints it (the last entry with that
/// id), or "" when the id is unknown.
std::string family_name(uint32_t id);

/// The short names joined with ", ", for error messages.
std::string family_names_list();

}  // namespace cpy::uf2
