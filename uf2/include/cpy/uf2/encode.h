// Building UF2 files, by the rules of uf2conv.py so the bytes are identical.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "cpy/uf2/image.h"

namespace cpy::uf2 {

/// The size of the UF2 file bin_to_uf2() makes from [data_size] bytes.
inline size_t uf2_size_for_bin(size_t data_size) { return (data_size + 255) / 256 * 512; }

/// A flat binary [data] placed at [base]: one block per 256 bytes, the last
/// one padded with zeros; flags 0x2000 when [family_id] is non-zero. Empty
/// data gives an empty file. Throws cpy::uf2::Error when the image would
/// reach past 4 GB.
std::vector<uint8_t> bin_to_uf2(std::span<const uint8_t> data, uint32_t base, uint32_t family_id);

/// Receives output a piece at a time.
using ByteSink = std::function<void(std::span<const uint8_t>)>;

/// bin_to_uf2() handing the file to [sink] in pieces of at most 64 KB, so a
/// large image is never held in memory twice.
void bin_to_uf2(std::span<const uint8_t> data, uint32_t base, uint32_t family_id, const ByteSink& sink);

/// A sparse image (HEX records, ELF sections): a block for each 256-byte
/// page in the order the bytes come, a new block every time the page
/// changes (even back to an earlier page), unwritten bytes 0xFF. Throws
/// cpy::uf2::Error for a byte at or past 4 GB.
std::vector<uint8_t> segments_to_uf2(std::span<const Segment> segments, uint32_t family_id);

/// [data] as the C source uf2conv.py -C writes: `bindata_len` and a
/// 16-byte-aligned `bindata` array, sixteen `0xNN, ` items a line.
std::string to_c_array(std::span<const uint8_t> data);

}  // namespace cpy::uf2
