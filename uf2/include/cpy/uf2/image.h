// A firmware image as runs of bytes at addresses, in the order the input
// listed them (HEX records, ELF sections). Order matters: uf2conv.py builds
// its UF2 blocks in that order.
#pragma once

#include <cstdint>
#include <vector>

namespace cpy::uf2 {

/// Bytes to be placed at [address]. Addresses are 64-bit because a HEX file
/// can describe bytes past 4 GB; the UF2 encoder refuses those.
struct Segment {
  uint64_t address = 0;
  std::vector<uint8_t> bytes;
};

/// Appends [bytes] at [address] to [image], extending the last segment when
/// the new bytes follow it directly.
void append_bytes(std::vector<Segment>& image, uint64_t address, const uint8_t* bytes, size_t size);

/// [image] as one flat binary, the way `objcopy -O binary` writes it: from
/// the lowest address to the highest end, gaps filled with zeros, later
/// segments written over earlier ones. Throws cpy::uf2::Error when that
/// would take more than [limit] bytes.
std::vector<uint8_t> flatten(const std::vector<Segment>& image, uint64_t limit = uint64_t(1) << 30);

}  // namespace cpy::uf2
