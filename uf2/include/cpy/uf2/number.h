// Numbers on the command line and in spec/*.json, read the way uf2conv.py
// reads them (Python's int(text, 0)).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace cpy::uf2 {

/// [text] as Python's `int(text, 0)` reads it: surrounding whitespace, a sign,
/// `0x`/`0o`/`0b` prefixes in either case, single underscores between digits,
/// no leading zeros on a non-zero decimal. nullopt when Python would raise
/// ValueError or the value does not fit in an int64_t.
std::optional<int64_t> parse_python_int(std::string_view text);

/// [text] read by parse_python_int() and required to fit in 32 bits unsigned.
std::optional<uint32_t> parse_u32(std::string_view text);

}  // namespace cpy::uf2
