// Reading the loadable contents of an ELF executable (LLVM Object).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "cpy/uf2/image.h"

namespace cpy::uf2 {

/// Whether [bytes] start with the ELF magic.
bool looks_like_elf(std::span<const uint8_t> bytes);

/// The bytes an ELF file loads into memory, at their physical (load)
/// addresses: the allocated, non-empty sections that have file contents and
/// lie inside a PT_LOAD segment, each at the segment's p_paddr plus its
/// offset in the segment, sorted by that address (what `objcopy -O ihex`
/// writes). A file without section headers gives its PT_LOAD segments' file
/// bytes at p_paddr instead. 32- and 64-bit, either byte order. Throws
/// cpy::uf2::Error when the file is malformed or loads nothing.
std::vector<Segment> read_elf(std::span<const uint8_t> bytes);

}  // namespace cpy::uf2
