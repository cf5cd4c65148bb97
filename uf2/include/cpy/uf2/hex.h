// Intel HEX: reading (record types 00-05, checksums verified) and writing.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cpy/uf2/image.h"

namespace cpy::uf2 {

/// What a HEX file holds.
struct HexImage {
  std::vector<Segment> segments;               ///< data in file order
  std::optional<uint64_t> first_data_address;  ///< address of the first data record
  std::optional<uint32_t> start_address;       ///< from a type 03 (CS:IP) or 05 (EIP) record
};

/// How strictly to read.
struct HexOptions {
  bool require_eof = true;  ///< refuse a file without an end-of-file record (a truncated file)
};

/// Whether uf2conv.py would take [bytes] for Intel HEX: it starts with ':'
/// and holds nothing but hex digits, ':', CR and LF.
bool looks_like_hex(std::span<const uint8_t> bytes);

/// Reads Intel HEX [text]. Addresses follow uf2conv.py: a data byte lands at
/// base + offset + index, where base comes from the last type 02 (segment
/// << 4) or type 04 (upper << 16) record, without 64 KB wrap-around. Reading
/// stops at the end-of-file record. Blank lines are skipped. Throws
/// cpy::uf2::Error("line N: ...") at the first malformed record.
HexImage read_hex(std::string_view text, const HexOptions& options = {});

/// Writes [segments] as Intel HEX: 16 data bytes a record, a type 04 record
/// whenever the upper 16 address bits change, records never crossing a 64 KB
/// boundary, uppercase digits, LF line ends, a final end-of-file record.
/// Addresses must be below 4 GB.
std::string write_hex(std::span<const Segment> segments);

}  // namespace cpy::uf2
