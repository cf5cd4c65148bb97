// Reading UF2 files: a decoder that checks every block, and the conversions
// back to a flat binary (by uf2conv.py's rules) and to Intel HEX.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "cpy/uf2/block.h"
#include "cpy/uf2/image.h"

namespace cpy::uf2 {

/// How strictly to decode.
struct DecodeOptions {
  /// Strict (false): the first fault anywhere refuses the file. Lenient
  /// (true): like uf2conv.py, blocks with bad start magics or an impossible
  /// payload size are skipped; a partial last block, a bad final magic,
  /// unknown flags, broken numbering and mixed families are only warned about.
  bool lenient = false;
};

/// A decoded file: the blocks to use, in file order.
struct Uf2File {
  std::vector<Block> blocks;          ///< accepted blocks; they point into the input bytes
  size_t block_count = 0;             ///< whole 512-byte blocks in the input
  size_t trailing_bytes = 0;          ///< bytes after the last whole block
  std::vector<std::string> warnings;  ///< lenient mode: every fault tolerated or skipped
};

/// Whether [bytes] start with the two UF2 start magics (uf2conv.py's test).
bool looks_like_uf2(std::span<const uint8_t> bytes);

/// Decodes [bytes], checking each block: both start magics and the final
/// magic; flags (only defined bits, not both file-container and family);
/// payload size within the data area (and clear of the MD5 area or of the
/// extension tags that follow it); payload inside the 32-bit address space;
/// block numbers counting 0..N-1 with one N per run (several runs may be
/// concatenated, each complete); one family per run; no partial block.
/// Strict mode throws cpy::uf2::Error("block K (offset 0x...): ...").
/// [bytes] must outlive the result.
Uf2File decode_uf2(std::span<const uint8_t> bytes, const DecodeOptions& options = {});

/// What uf2conv.py prints after the last block ("--- UF2 File Header Info ---").
struct HeaderInfo {
  bool reached_last_block = false;  ///< uf2conv.py prints only when the file's last block is a flash block
  std::vector<std::pair<uint32_t, uint32_t>> families;  ///< (family id, lowest address), first seen first
  bool all_flags_same = true;
  uint32_t last_flags = 0;
};

/// A flat binary and how it was made.
struct BinImage {
  std::vector<uint8_t> bytes;
  uint32_t start_address = 0;  ///< what uf2conv.py reports as "start address"
  HeaderInfo header;
  bool dropped_for_families = false;  ///< several families and no -f: the output is empty, as with uf2conv.py
};

/// The flash contents of [file] as uf2conv.py makes them: blocks flagged
/// not-main-flash are left out; gaps between consecutive blocks are filled
/// with zeros; a change of family restarts the layout; with [family_id]
/// non-zero only that family's data is kept (the gap filling still follows
/// every block, as in uf2conv.py); a file with several families and no
/// [family_id] gives an empty image. [default_start] is reported as the
/// start address when no block sets it (uf2conv.py's -b value). Throws
/// cpy::uf2::Error for a block that goes backwards, a gap over 10 MB or not a
/// multiple of 4.
BinImage uf2_to_bin(const Uf2File& file, uint32_t family_id, uint32_t default_start);

/// The flash blocks of [file] (all families, or only [family_id] when
/// non-zero) as segments at their addresses, in file order, for HEX output.
std::vector<Segment> uf2_to_segments(const Uf2File& file, uint32_t family_id);

/// The family IDs that [file]'s main-flash blocks carry, each once, in the
/// order first met.
std::vector<uint32_t> main_flash_families(const Uf2File& file);

/// The header text uf2conv.py prints, with its line breaks; "" when it prints none.
std::string format_header_info(const HeaderInfo& header);

}  // namespace cpy::uf2
