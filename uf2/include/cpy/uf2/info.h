// A summary of a decoded UF2 file for `cpy-uf2 -i`: families, address
// ranges and the gaps between them, block counts, flags.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cpy/uf2/decode.h"

namespace cpy::uf2 {

/// Contiguous flash written by consecutive-address blocks of one family.
struct AddressRange {
  uint32_t start = 0;
  uint64_t end = 0;  ///< one past the last byte
  size_t blocks = 0;
};

/// Unwritten flash between two ranges of one family.
struct Gap {
  uint64_t start = 0;
  uint64_t end = 0;
};

/// The flash blocks of one family (or of blocks without a family ID).
struct FamilySummary {
  std::optional<uint32_t> id;  ///< nullopt for blocks without flag 0x2000
  std::string name;            ///< short name, "" when unknown or absent
  size_t blocks = 0;
  uint64_t payload_bytes = 0;
  std::vector<AddressRange> ranges;  ///< sorted by address
  std::vector<Gap> gaps;             ///< between consecutive ranges
  size_t overlapping_blocks = 0;     ///< blocks that rewrite bytes an earlier block wrote
};

/// The whole file.
struct Uf2Info {
  size_t block_count = 0;     ///< whole 512-byte blocks in the file
  size_t used_blocks = 0;     ///< blocks the decoder accepted
  size_t not_main_flash = 0;  ///< blocks flagged 0x1
  size_t file_container = 0;  ///< blocks flagged 0x1000
  size_t trailing_bytes = 0;
  std::vector<std::pair<uint32_t, size_t>> flags;          ///< each distinct flags value and how many blocks carry it
  std::vector<std::pair<uint32_t, size_t>> payload_sizes;  ///< each distinct payload size and its count
  std::vector<FamilySummary> families;                     ///< in order of first appearance
  std::vector<std::string> warnings;                       ///< from a lenient decode
};

/// Summarizes [file].
Uf2Info summarize(const Uf2File& file);

/// Human-readable lines for [info].
std::string format_info(const Uf2Info& info);

/// [info] as JSON (addresses as numbers, plus "0x..." strings for reading).
nlohmann::json info_to_json(const Uf2Info& info);

}  // namespace cpy::uf2
