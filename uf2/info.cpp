#include "cpy/uf2/info.h"

#include <fmt/format.h>

#include <algorithm>

#include "cpy/uf2/families.h"

namespace cpy::uf2 {

namespace {

void count(std::vector<std::pair<uint32_t, size_t>>& tally, uint32_t value) {
  for (auto& [v, n] : tally)
    if (v == value) {
      ++n;
      return;
    }
  tally.emplace_back(value, 1);
}

std::string hex32(uint64_t v) { return fmt::format("0x{:08x}", v); }

std::string blocks(size_t n) { return fmt::format("{} block{}", n, n == 1 ? "" : "s"); }

}  // namespace

Uf2Info summarize(const Uf2File& file) {
  Uf2Info info;
  info.block_count = file.block_count;
  info.used_blocks = file.blocks.size();
  info.trailing_bytes = file.trailing_bytes;
  info.warnings = file.warnings;
  struct Span {
    uint32_t start;
    uint64_t end;
  };
  std::vector<std::vector<Span>> spans;
  for (const Block& b : file.blocks) {
    const BlockHeader& h = b.header;
    count(info.flags, h.flags);
    count(info.payload_sizes, h.payload_size);
    if (h.flags & kFlagNotMainFlash) ++info.not_main_flash;
    if (h.flags & kFlagFileContainer) ++info.file_container;
    if (h.flags & (kFlagNotMainFlash | kFlagFileContainer)) continue;
    std::optional<uint32_t> id;
    if (b.has_family()) id = h.family_id;
    auto it =
        std::find_if(info.families.begin(), info.families.end(), [&](const FamilySummary& f) { return f.id == id; });
    if (it == info.families.end()) {
      FamilySummary f;
      f.id = id;
      if (id) f.name = family_name(*id);
      info.families.push_back(f);
      spans.emplace_back();
      it = info.families.end() - 1;
    }
    it->blocks++;
    it->payload_bytes += h.payload_size;
    spans[size_t(it - info.families.begin())].push_back(Span{h.target_addr, uint64_t(h.target_addr) + h.payload_size});
  }
  for (size_t i = 0; i < info.families.size(); ++i) {
    FamilySummary& f = info.families[i];
    std::vector<Span>& s = spans[i];
    std::stable_sort(s.begin(), s.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
    for (const Span& sp : s) {
      if (!f.ranges.empty() && sp.start <= f.ranges.back().end) {
        AddressRange& r = f.ranges.back();
        if (sp.start < r.end) ++f.overlapping_blocks;
        r.end = std::max(r.end, sp.end);
        r.blocks++;
        continue;
      }
      f.ranges.push_back(AddressRange{sp.start, sp.end, 1});
    }
    for (size_t r = 1; r < f.ranges.size(); ++r) f.gaps.push_back(Gap{f.ranges[r - 1].end, f.ranges[r].start});
  }
  return info;
}

std::string format_info(const Uf2Info& info) {
  std::string out;
  auto line = [&out](std::string s) {
    out += s;
    out += '\n';
  };
  line(fmt::format("Blocks: {} ({} used, {} not for main flash, {} file container)", info.block_count, info.used_blocks,
                   info.not_main_flash, info.file_container));
  if (info.trailing_bytes) line(fmt::format("Trailing bytes: {}", info.trailing_bytes));
  std::string flags;
  for (auto [v, n] : info.flags) flags += fmt::format("{}0x{:04x} x{}", flags.empty() ? "" : ", ", v, n);
  line("Flags: " + (flags.empty() ? std::string("none") : flags));
  std::string sizes;
  for (auto [v, n] : info.payload_sizes) sizes += fmt::format("{}{} x{}", sizes.empty() ? "" : ", ", v, n);
  line("Payload sizes: " + (sizes.empty() ? std::string("none") : sizes));
  for (const FamilySummary& f : info.families) {
    if (f.id)
      line(fmt::format("Family {} ({}): {}, {} bytes", f.name.empty() ? "unknown" : f.name, hex32(*f.id),
                       blocks(f.blocks), f.payload_bytes));
    else
      line(fmt::format("No family ID: {}, {} bytes", blocks(f.blocks), f.payload_bytes));
    for (const AddressRange& r : f.ranges)
      line(
          fmt::format("  range {}-{} ({} bytes, {})", hex32(r.start), hex32(r.end), r.end - r.start, blocks(r.blocks)));
    for (const Gap& g : f.gaps)
      line(fmt::format("  gap   {}-{} ({} bytes)", hex32(g.start), hex32(g.end), g.end - g.start));
    if (f.overlapping_blocks) line(fmt::format("  {} overlapping earlier ones", blocks(f.overlapping_blocks)));
  }
  for (const std::string& w : info.warnings) line("Warning: " + w);
  return out;
}

nlohmann::json info_to_json(const Uf2Info& info) {
  using nlohmann::json;
  json j;
  j["block_count"] = info.block_count;
  j["used_blocks"] = info.used_blocks;
  j["not_main_flash_blocks"] = info.not_main_flash;
  j["file_container_blocks"] = info.file_container;
  j["trailing_bytes"] = info.trailing_bytes;
  j["flags"] = json::array();
  for (auto [v, n] : info.flags)
    j["flags"].push_back({{"value", v}, {"hex", fmt::format("0x{:04x}", v)}, {"blocks", n}});
  j["payload_sizes"] = json::array();
  for (auto [v, n] : info.payload_sizes) j["payload_sizes"].push_back({{"size", v}, {"blocks", n}});
  j["families"] = json::array();
  for (const FamilySummary& f : info.families) {
    json fj;
    fj["id"] = f.id ? json(*f.id) : json(nullptr);
    fj["id_hex"] = f.id ? json(hex32(*f.id)) : json(nullptr);
    fj["name"] = f.name;
    fj["blocks"] = f.blocks;
    fj["payload_bytes"] = f.payload_bytes;
    fj["overlapping_blocks"] = f.overlapping_blocks;
    fj["ranges"] = json::array();
    for (const AddressRange& r : f.ranges)
      fj["ranges"].push_back({{"start", r.start},
                              {"end", r.end},
                              {"start_hex", hex32(r.start)},
                              {"end_hex", hex32(r.end)},
                              {"size", r.end - r.start},
                              {"blocks", r.blocks}});
    fj["gaps"] = json::array();
    for (const Gap& g : f.gaps)
      fj["gaps"].push_back({{"start", g.start},
                            {"end", g.end},
                            {"start_hex", hex32(g.start)},
                            {"end_hex", hex32(g.end)},
                            {"size", g.end - g.start}});
    j["families"].push_back(fj);
  }
  j["warnings"] = info.warnings;
  return j;
}

}  // namespace cpy::uf2
