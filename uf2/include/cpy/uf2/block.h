// The UF2 block: 512 bytes, a 32-byte header, up to 476 bytes of data, and a
// final magic. Layout per the Microsoft UF2 specification.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace cpy::uf2 {

/// Size of every block in a UF2 file.
inline constexpr size_t kBlockSize = 512;
/// Size of the header that starts each block.
inline constexpr size_t kHeaderSize = 32;
/// Size of the data area between the header and the final magic.
inline constexpr size_t kDataAreaSize = 476;
/// Payload size the converters write (one flash page on most targets).
inline constexpr uint32_t kPayloadSize = 256;

/// First magic word ("UF2\n").
inline constexpr uint32_t kMagicStart0 = 0x0A324655;
/// Second magic word.
inline constexpr uint32_t kMagicStart1 = 0x9E5D5157;
/// Magic word in the last four bytes of a block.
inline constexpr uint32_t kMagicEnd = 0x0AB16F30;

/// The block is not to be written to main flash (e.g. comments, debug info).
inline constexpr uint32_t kFlagNotMainFlash = 0x00000001;
/// The block is part of a file container; the last header word is the file size.
inline constexpr uint32_t kFlagFileContainer = 0x00001000;
/// The last header word is a family ID.
inline constexpr uint32_t kFlagFamilyIdPresent = 0x00002000;
/// The last 24 bytes of the data area hold an address, a length and an MD5.
inline constexpr uint32_t kFlagMd5Present = 0x00004000;
/// Extension tags follow the payload.
inline constexpr uint32_t kFlagExtensionTags = 0x00008000;
/// Every flag bit the specification defines.
inline constexpr uint32_t kKnownFlags =
    kFlagNotMainFlash | kFlagFileContainer | kFlagFamilyIdPresent | kFlagMd5Present | kFlagExtensionTags;

/// The eight little-endian words at the start of a block.
struct BlockHeader {
  uint32_t magic_start0 = kMagicStart0;
  uint32_t magic_start1 = kMagicStart1;
  uint32_t flags = 0;
  uint32_t target_addr = 0;
  uint32_t payload_size = 0;
  uint32_t block_no = 0;
  uint32_t num_blocks = 0;
  uint32_t family_id = 0;  ///< or the file size when kFlagFileContainer is set
};

/// One block as read from a file: its header, its whole data area and its
/// final magic, plus where it was found.
struct Block {
  BlockHeader header;
  std::span<const uint8_t> data;  ///< all kDataAreaSize bytes; the payload is the first payload_size
  uint32_t magic_end = kMagicEnd;
  size_t index = 0;  ///< position in the file (byte offset is index * kBlockSize)

  /// The payload bytes; payload_size must already be known to fit the data area.
  std::span<const uint8_t> payload() const { return data.first(header.payload_size); }
  /// Whether the family ID field is meaningful.
  bool has_family() const { return (header.flags & kFlagFamilyIdPresent) != 0; }
};

/// Little-endian 32-bit read from [p].
inline uint32_t load_le32(const uint8_t* p) {
  return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}

/// Little-endian 32-bit write of [v] to [p].
inline void store_le32(uint8_t* p, uint32_t v) {
  p[0] = uint8_t(v);
  p[1] = uint8_t(v >> 8);
  p[2] = uint8_t(v >> 16);
  p[3] = uint8_t(v >> 24);
}

/// Appends [v] to [out], little-endian.
inline void append_le16(std::vector<uint8_t>& out, uint16_t v) {
  out.push_back(uint8_t(v));
  out.push_back(uint8_t(v >> 8));
}

/// Appends [v] to [out], little-endian.
inline void append_le32(std::vector<uint8_t>& out, uint32_t v) {
  append_le16(out, uint16_t(v));
  append_le16(out, uint16_t(v >> 16));
}

/// Splits the 512 bytes at [bytes] into header, data area and final magic,
/// without judging them. [index] is recorded in the result.
Block parse_block(std::span<const uint8_t, kBlockSize> bytes, size_t index);

/// Writes a whole block for [header] to [out]: the header words, [payload]
/// (at most kDataAreaSize bytes), zeros up to the final magic, the final magic.
void encode_block(const BlockHeader& header, std::span<const uint8_t> payload, std::span<uint8_t, kBlockSize> out);

}  // namespace cpy::uf2
