#include "cpy/uf2/boards.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "cpy/uf2/error.h"
#include "cpy/uf2/families.h"
#include "cpy/uf2/number.h"

namespace cpy::uf2 {

namespace {

#include "spec_data.inc"

using nlohmann::json;

// Reads fields of one JSON object, naming the full path of any bad field.
class Fields {
 public:
  Fields(const json& object, std::string path) : object_(object), path_(std::move(path)) {
    if (!object_.is_object()) fail("", "must be an object");
  }

  [[noreturn]] void fail(std::string_view key, std::string_view what) const {
    std::string where = key.empty() ? path_ : path_.empty() ? std::string(key) : fmt::format("{}.{}", path_, key);
    throw Error(fmt::format("{}: {}", where.empty() ? "board" : where, what));
  }

  const json& need(std::string_view key) const {
    auto it = object_.find(key);
    if (it == object_.end()) fail(key, "missing");
    return *it;
  }

  bool has(std::string_view key) const {
    auto it = object_.find(key);
    return it != object_.end() && !it->is_null();
  }

  std::string string(std::string_view key) const {
    const json& v = need(key);
    if (!v.is_string() || v.get<std::string>().empty()) fail(key, "must be a non-empty string");
    return v.get<std::string>();
  }

  std::optional<std::string> optional_string(std::string_view key) const {
    if (!has(key)) return std::nullopt;
    return string(key);
  }

  // Addresses and sizes are hex strings ("0x2000"), so they read like datasheets.
  uint32_t number(std::string_view key) const {
    const json& v = need(key);
    if (!v.is_string()) fail(key, "must be a string holding a number, like \"0x2000\"");
    auto n = parse_u32(v.get<std::string>());
    if (!n) fail(key, fmt::format("\"{}\" is not a 32-bit number", v.get<std::string>()));
    return *n;
  }

  bool boolean(std::string_view key) const {
    const json& v = need(key);
    if (!v.is_boolean()) fail(key, "must be true or false");
    return v.get<bool>();
  }

  Fields object(std::string_view key) const {
    return Fields(need(key), path_.empty() ? std::string(key) : fmt::format("{}.{}", path_, key));
  }

  UsbId usb(std::string_view key) const {
    Fields f = object(key);
    uint32_t vid = f.number("vid");
    uint32_t pid = f.number("pid");
    if (vid > 0xFFFF) f.fail("vid", "must fit in 16 bits");
    if (pid > 0xFFFF) f.fail("pid", "must fit in 16 bits");
    return UsbId{uint16_t(vid), uint16_t(pid)};
  }

 private:
  const json& object_;
  std::string path_;
};

BootloaderKind parse_kind(const Fields& f, std::string_view key, const json& v) {
  if (v.is_string()) {
    std::string s = v.get<std::string>();
    if (s == "uf2") return BootloaderKind::kUf2;
    if (s == "samba") return BootloaderKind::kSamba;
    if (s == "nrf-dfu") return BootloaderKind::kNrfDfu;
  }
  f.fail(key, "must be one of \"uf2\", \"samba\", \"nrf-dfu\"");
}

std::vector<Board> load_boards() {
  std::vector<Board> out;
  for (std::string_view text : kBoardJsons) out.push_back(parse_board(json::parse(text)));
  std::sort(out.begin(), out.end(), [](const Board& a, const Board& b) { return a.id < b.id; });
  return out;
}

}  // namespace

std::string_view bootloader_kind_name(BootloaderKind kind) {
  switch (kind) {
    case BootloaderKind::kUf2:
      return "uf2";
    case BootloaderKind::kSamba:
      return "samba";
    case BootloaderKind::kNrfDfu:
      return "nrf-dfu";
  }
  return "?";
}

Board parse_board(const json& j) {
  Fields top(j, "");
  Board b;
  b.id = top.string("id");
  if (b.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos)
    top.fail("id", "must use only a-z, 0-9 and _");
  b.name = top.string("name");
  b.manufacturer = top.string("manufacturer");
  b.chip = top.string("chip");
  b.chip_family = top.string("chip_family");
  b.cpu = top.string("cpu");
  Fields flash = top.object("flash");
  b.flash_base = flash.number("base");
  b.flash_size = flash.number("size");
  if (b.flash_size == 0) flash.fail("size", "must not be zero");
  if (uint64_t(b.flash_base) + b.flash_size > 0x100000000) flash.fail("size", "runs past the 4 GB address space");
  Fields ram = top.object("ram");
  b.ram_base = ram.number("base");
  b.ram_size = ram.number("size");

  Fields uf2 = top.object("uf2");
  b.uf2_family = uf2.string("family");
  b.uf2_family_id = uf2.number("family_id");
  auto named = parse_family(b.uf2_family);
  if (!named || family_name(*named).empty())
    uf2.fail("family", fmt::format("\"{}\" is not in uf2-families.json", b.uf2_family));
  if (*named != b.uf2_family_id)
    uf2.fail("family_id",
             fmt::format("{:#010x} is not the id of {} ({:#010x})", b.uf2_family_id, b.uf2_family, *named));

  Fields bl = top.object("bootloader");
  Bootloader& boot = b.bootloader;
  boot.kind = parse_kind(bl, "kind", bl.need("kind"));
  const json& also = bl.need("also");
  if (!also.is_array()) bl.fail("also", "must be a list");
  for (const json& k : also) boot.also.push_back(parse_kind(bl, "also", k));
  boot.start = bl.number("start");
  boot.size = bl.number("size");
  boot.application_offset = bl.number("application_offset");
  boot.usb = bl.usb("usb");
  if (bl.has("dfu_usb")) boot.dfu_usb = bl.usb("dfu_usb");
  boot.drive = bl.optional_string("drive");
  boot.board_id = bl.optional_string("board_id");
  boot.touch_1200bps = bl.boolean("touch_1200bps");
  bool speaks_uf2 = boot.kind == BootloaderKind::kUf2;
  for (BootloaderKind k : boot.also) speaks_uf2 = speaks_uf2 || k == BootloaderKind::kUf2;
  if (speaks_uf2 && !boot.drive) bl.fail("drive", "a UF2 bootloader needs its BOOT drive name");
  if (speaks_uf2 && !boot.board_id) bl.fail("board_id", "a UF2 bootloader needs its INFO_UF2.TXT Board-ID");
  if (boot.application_offset >= b.flash_size) bl.fail("application_offset", "lies outside flash");
  uint64_t app = b.application_start();
  uint64_t boot_end = uint64_t(boot.start) + boot.size;
  if (boot.start < b.flash_base || boot_end > uint64_t(b.flash_base) + b.flash_size)
    bl.fail("start", "the bootloader lies outside flash");
  if (app >= boot.start && app < boot_end) bl.fail("application_offset", "points into the bootloader");

  Fields cp = top.object("circuitpython");
  b.circuitpython_usb = cp.usb("usb");
  b.raw = j;
  return b;
}

std::span<const Board> boards() {
  static const std::vector<Board> table = load_boards();
  return table;
}

const Board* find_board(std::string_view id) {
  for (const Board& b : boards())
    if (b.id == id) return &b;
  return nullptr;
}

std::string board_names() {
  std::string names;
  for (const Board& b : boards()) names += (names.empty() ? "" : ", ") + b.id;
  return names;
}

}  // namespace cpy::uf2
