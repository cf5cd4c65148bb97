#include "cpy/uf2/decode.h"

#include <fmt/format.h>

#include <algorithm>

#include "cpy/uf2/error.h"
#include "cpy/uf2/families.h"

namespace cpy::uf2 {

namespace {

constexpr size_t kMd5AreaSize = 24;  // address, length, MD5 digest at the end of the data area
constexpr int64_t kMaxPadding = 10 * 1024 * 1024;

size_t align4(size_t n) { return (n + 3) & ~size_t(3); }

// Collects faults: throws the first one in strict mode, keeps them as
// warnings in lenient mode.
class Faults {
 public:
  Faults(bool lenient, Uf2File& file) : lenient_(lenient), file_(file) {}

  // A fault the lenient decoder survives by dropping the block.
  void block_fatal(const Block& b, const std::string& what) { report(b, what + "; block skipped"); }
  // A fault the lenient decoder survives by keeping the block.
  void block_tolerated(const Block& b, const std::string& what) { report(b, what); }
  void file_level(const std::string& what) {
    if (!lenient_) throw Error(what);
    file_.warnings.push_back(what);
  }

 private:
  void report(const Block& b, const std::string& what) {
    std::string text = fmt::format("block {} (offset 0x{:x}): {}", b.index, b.index * kBlockSize, what);
    if (!lenient_) {
      // In strict mode "; block skipped" would be misleading.
      auto cut = text.rfind("; block skipped");
      if (cut != std::string::npos) text.resize(cut);
      throw Error(text);
    }
    file_.warnings.push_back(text);
  }
  bool lenient_;
  Uf2File& file_;
};

// Checks the extension tags that follow the payload; "" when they are sound.
std::string check_tags(const Block& b, size_t limit) {
  size_t pos = align4(b.header.payload_size);
  while (pos + 4 <= limit) {
    size_t size = b.data[pos];
    if (size == 0) return "";
    uint32_t type = uint32_t(b.data[pos + 1]) | uint32_t(b.data[pos + 2]) << 8 | uint32_t(b.data[pos + 3]) << 16;
    if (size < 4)
      return fmt::format("extension tag 0x{:06x} at data offset {} has size {} (at least 4)", type, pos, size);
    if (pos + size > limit)
      return fmt::format("extension tag 0x{:06x} at data offset {} runs past the data area", type, pos);
    pos += align4(size);
  }
  if (pos < limit) return fmt::format("extension tags run past the data area at data offset {}", pos);
  return "";
}

// Returns false when the block must be skipped.
bool check_block(const Block& b, Faults& faults) {
  const BlockHeader& h = b.header;
  if (h.magic_start0 != kMagicStart0) {
    faults.block_fatal(b, fmt::format("bad first magic 0x{:08x} (expected 0x{:08x})", h.magic_start0, kMagicStart0));
    return false;
  }
  if (h.magic_start1 != kMagicStart1) {
    faults.block_fatal(b, fmt::format("bad second magic 0x{:08x} (expected 0x{:08x})", h.magic_start1, kMagicStart1));
    return false;
  }
  if (h.payload_size > kDataAreaSize) {
    faults.block_fatal(b, fmt::format("payload size {} exceeds the {}-byte data area", h.payload_size, kDataAreaSize));
    return false;
  }
  if (b.magic_end != kMagicEnd)
    faults.block_tolerated(b, fmt::format("bad final magic 0x{:08x} (expected 0x{:08x})", b.magic_end, kMagicEnd));
  if (h.flags & ~kKnownFlags)
    faults.block_tolerated(
        b, fmt::format("unknown flag bits 0x{:08x} in flags 0x{:08x}", h.flags & ~kKnownFlags, h.flags));
  if ((h.flags & kFlagFileContainer) && (h.flags & kFlagFamilyIdPresent))
    faults.block_tolerated(b, "flags 0x1000 (file container) and 0x2000 (family ID) both set; they share one field");
  size_t limit = kDataAreaSize;
  if (h.flags & kFlagMd5Present) {
    limit -= kMd5AreaSize;
    if (h.payload_size > limit)
      faults.block_tolerated(
          b, fmt::format("payload size {} overlaps the MD5 area (flag 0x4000; at most {})", h.payload_size, limit));
  }
  if ((h.flags & kFlagExtensionTags) && h.payload_size <= limit) {
    std::string bad = check_tags(b, limit);
    if (!bad.empty()) faults.block_tolerated(b, bad);
  }
  if (uint64_t(h.target_addr) + h.payload_size > 0x100000000)
    faults.block_tolerated(b, fmt::format("payload of {} bytes at 0x{:08x} runs past the 4 GB address space",
                                          h.payload_size, h.target_addr));
  if (h.num_blocks == 0)
    faults.block_tolerated(b, "block count is 0");
  else if (h.block_no >= h.num_blocks)
    faults.block_tolerated(b, fmt::format("block number {} is not below the block count {}", h.block_no, h.num_blocks));
  return true;
}

bool family_checked(const Block& b) { return !(b.header.flags & (kFlagNotMainFlash | kFlagFileContainer)); }

}  // namespace

bool looks_like_uf2(std::span<const uint8_t> bytes) {
  return bytes.size() >= 8 && load_le32(bytes.data()) == kMagicStart0 && load_le32(bytes.data() + 4) == kMagicStart1;
}

Uf2File decode_uf2(std::span<const uint8_t> bytes, const DecodeOptions& options) {
  Uf2File file;
  Faults faults(options.lenient, file);
  file.block_count = bytes.size() / kBlockSize;
  file.trailing_bytes = bytes.size() % kBlockSize;
  if (file.block_count == 0)
    faults.file_level(fmt::format("not a UF2 file: {} bytes, less than one {}-byte block", bytes.size(), kBlockSize));
  file.blocks.reserve(file.block_count);

  // A run is one UF2 file's worth of blocks, numbered 0..N-1; files may be
  // concatenated, so a complete run may be followed by a new one.
  bool in_run = false;
  uint32_t run_total = 0;
  uint32_t expected_no = 0;
  const Block* run_family_block = nullptr;
  for (size_t i = 0; i < file.block_count; ++i) {
    Block b = parse_block(std::span<const uint8_t, kBlockSize>(bytes.data() + i * kBlockSize, kBlockSize), i);
    if (!check_block(b, faults)) continue;
    file.blocks.push_back(b);
    const Block& kept = file.blocks.back();
    const BlockHeader& h = kept.header;
    if (!in_run) {
      if (h.block_no != 0)
        faults.block_tolerated(kept, fmt::format("block number {} where a file starts (expected 0)", h.block_no));
      in_run = true;
      run_total = h.num_blocks;
      run_family_block = nullptr;
    } else if (h.block_no != expected_no || h.num_blocks != run_total) {
      if (h.num_blocks != run_total)
        faults.block_tolerated(
            kept, fmt::format("block count {} differs from {} in the blocks before", h.num_blocks, run_total));
      else
        faults.block_tolerated(kept,
                               fmt::format("block number {} out of sequence (expected {})", h.block_no, expected_no));
      run_total = h.num_blocks;
    }
    if (family_checked(kept)) {
      if (!run_family_block) {
        run_family_block = &kept;
      } else {
        const BlockHeader& first = run_family_block->header;
        bool had = first.flags & kFlagFamilyIdPresent;
        bool has = h.flags & kFlagFamilyIdPresent;
        if (had != has)
          faults.block_tolerated(
              kept, fmt::format("family ID flag {} here but {} in block {} of the same file", has ? "set" : "clear",
                                had ? "set" : "clear", run_family_block->index));
        else if (has && first.family_id != h.family_id)
          faults.block_tolerated(kept, fmt::format("family 0x{:08x} differs from 0x{:08x} in block {} of the same file",
                                                   h.family_id, first.family_id, run_family_block->index));
      }
    }
    expected_no = h.block_no + 1;
    if (h.num_blocks == 0 || expected_no >= h.num_blocks) in_run = false;
  }
  if (file.trailing_bytes != 0)
    faults.file_level(fmt::format("truncated: {} bytes after block {} do not make a whole block", file.trailing_bytes,
                                  file.block_count == 0 ? 0 : file.block_count - 1));
  else if (in_run)
    faults.file_level(fmt::format("truncated: the file ends after block number {} of {}", expected_no - 1, run_total));
  // The kept blocks moved while the vector grew only if reserve() was short;
  // it is not, so run_family_block stayed valid.
  return file;
}

BinImage uf2_to_bin(const Uf2File& file, uint32_t family_id, uint32_t default_start) {
  BinImage out;
  out.start_address = default_start;
  size_t payload = 0;
  for (const Block& b : file.blocks) payload += b.header.payload_size;
  out.bytes.reserve(payload);
  std::optional<int64_t> curr_addr;
  std::optional<uint32_t> curr_family;
  std::optional<uint32_t> first_flags;
  HeaderInfo& info = out.header;
  auto note_family = [&info](uint32_t id, uint32_t addr) {
    for (auto& [fid, lowest] : info.families)
      if (fid == id) {
        if (lowest > addr) lowest = addr;
        return;
      }
    info.families.emplace_back(id, addr);
  };
  for (const Block& b : file.blocks) {
    const BlockHeader& h = b.header;
    if (h.flags & kFlagNotMainFlash) continue;
    auto where = [&b] { return fmt::format("block {} (offset 0x{:x})", b.index, b.index * kBlockSize); };
    bool has_family = h.flags & kFlagFamilyIdPresent;
    if (has_family && !curr_family) curr_family = h.family_id;
    if (!curr_addr || (has_family && h.family_id != *curr_family)) {
      curr_family = h.family_id;
      curr_addr = h.target_addr;
      if (family_id == 0 || family_id == h.family_id) out.start_address = h.target_addr;
    }
    int64_t padding = int64_t(h.target_addr) - *curr_addr;
    if (padding < 0)
      throw Error(fmt::format("{}: address 0x{:08x} goes back below 0x{:x}, where the block before ended", where(),
                              h.target_addr, *curr_addr));
    if (padding > kMaxPadding)
      throw Error(
          fmt::format("{}: a gap of {} bytes before address 0x{:08x} is over 10 MB", where(), padding, h.target_addr));
    if (padding % 4 != 0)
      throw Error(fmt::format("{}: a gap of {} bytes before address 0x{:08x} is not a whole number of words", where(),
                              padding, h.target_addr));
    out.bytes.insert(out.bytes.end(), size_t(padding), uint8_t(0));
    if (family_id == 0 || (has_family && family_id == h.family_id))
      out.bytes.insert(out.bytes.end(), b.data.begin(), b.data.begin() + h.payload_size);
    curr_addr = int64_t(h.target_addr) + h.payload_size;
    if (has_family) note_family(h.family_id, h.target_addr);
    if (!first_flags) first_flags = h.flags;
    if (*first_flags != h.flags) info.all_flags_same = false;
    if (b.index + 1 == file.block_count) {
      info.reached_last_block = true;
      info.last_flags = h.flags;
      if (info.families.size() > 1 && family_id == 0) {
        out.bytes.clear();
        out.start_address = 0;
        out.dropped_for_families = true;
      }
    }
  }
  return out;
}

std::vector<Segment> uf2_to_segments(const Uf2File& file, uint32_t family_id) {
  std::vector<Segment> out;
  for (const Block& b : file.blocks) {
    const BlockHeader& h = b.header;
    if (h.flags & kFlagNotMainFlash) continue;
    if (family_id != 0 && !(b.has_family() && h.family_id == family_id)) continue;
    append_bytes(out, h.target_addr, b.data.data(), h.payload_size);
  }
  return out;
}

std::vector<uint32_t> main_flash_families(const Uf2File& file) {
  std::vector<uint32_t> out;
  for (const Block& b : file.blocks)
    if (b.has_family() && !(b.header.flags & kFlagNotMainFlash) &&
        std::find(out.begin(), out.end(), b.header.family_id) == out.end())
      out.push_back(b.header.family_id);
  return out;
}

std::string format_header_info(const HeaderInfo& header) {
  if (!header.reached_last_block) return "";
  std::string out = "--- UF2 File Header Info ---\n";
  for (const auto& [id, lowest] : header.families) {
    out += fmt::format("Family ID is {}, hex value is 0x{:08x}\n", family_name(id), id);
    out += fmt::format("Target Address is 0x{:08x}\n", lowest);
  }
  if (header.all_flags_same)
    out += fmt::format("All block flag values consistent, 0x{:04x}\n", header.last_flags);
  else
    out += "Flags were not all the same\n";
  out += "----------------------------\n";
  return out;
}

}  // namespace cpy::uf2
