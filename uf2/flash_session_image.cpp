// Firmware files for a flashing session: telling UF2, ELF, HEX, DFU
// packages and flat binaries apart, and turning one into what a method needs.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "cpy/uf2/decode.h"
#include "cpy/uf2/elf.h"
#include "cpy/uf2/encode.h"
#include "cpy/uf2/error.h"
#include "cpy/uf2/families.h"
#include "cpy/uf2/flash_session.h"
#include "cpy/uf2/hex.h"

namespace cpy::uf2 {

namespace {

// The most a microcontroller image can reasonably span.
constexpr uint64_t kFlatLimit = 64 * 1024 * 1024;

bool looks_like_zip(std::span<const uint8_t> b) {
  return b.size() >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
}

std::string stem_hex_name(const std::string& name) {
  std::string base = name.substr(name.find_last_of('/') == std::string::npos ? 0 : name.find_last_of('/') + 1);
  auto dot = base.find_last_of('.');
  return (dot == std::string::npos || dot == 0 ? base : base.substr(0, dot)) + ".hex";
}

}  // namespace

std::string_view flash_method_name(FlashMethod method) {
  switch (method) {
    case FlashMethod::kUf2Drive:
      return "uf2";
    case FlashMethod::kSamba:
      return "samba";
    case FlashMethod::kNrfDfu:
      return "nrf-dfu";
  }
  return "?";
}

std::optional<FlashMethod> parse_flash_method(std::string_view name) {
  if (name == "uf2") return FlashMethod::kUf2Drive;
  if (name == "samba") return FlashMethod::kSamba;
  if (name == "nrf-dfu") return FlashMethod::kNrfDfu;
  return std::nullopt;
}

Expected<FirmwareFile> load_firmware(std::string name, std::vector<uint8_t> bytes, uint32_t bin_base, uint32_t family) {
  FirmwareFile f;
  f.name = std::move(name);
  f.bytes = std::move(bytes);
  if (f.bytes.empty()) return flash_fail(FlashErrc::kBadInput, fmt::format("{}: the file is empty", f.name));
  try {
    if (looks_like_uf2(f.bytes)) {
      f.format = ImageFormat::kUf2;
      Uf2File uf2 = decode_uf2(f.bytes);
      f.uf2_families = main_flash_families(uf2);
      uint32_t pick = 0;
      if (f.uf2_families.size() > 1) {
        if (!family || std::find(f.uf2_families.begin(), f.uf2_families.end(), family) == f.uf2_families.end()) {
          std::string names;
          for (uint32_t id : f.uf2_families) names += (names.empty() ? "" : ", ") + family_name(id);
          return flash_fail(
              FlashErrc::kBadInput,
              fmt::format("{}: the UF2 file holds several families ({}); name the board with --board", f.name, names));
        }
        pick = family;
      }
      f.segments = uf2_to_segments(uf2, pick);
      if (f.segments.empty()) return flash_fail(FlashErrc::kBadInput, fmt::format("{}: no flash blocks", f.name));
    } else if (looks_like_zip(f.bytes)) {
      f.format = ImageFormat::kDfuPackage;
    } else if (looks_like_elf(f.bytes)) {
      f.format = ImageFormat::kElf;
      f.segments = read_elf(f.bytes);
    } else if (looks_like_hex(f.bytes)) {
      f.format = ImageFormat::kHex;
      std::string_view text(reinterpret_cast<const char*>(f.bytes.data()), f.bytes.size());
      f.segments = read_hex(text).segments;
      if (f.segments.empty()) return flash_fail(FlashErrc::kBadInput, fmt::format("{}: no data records", f.name));
    } else {
      f.format = ImageFormat::kBin;
      f.segments.push_back(Segment{bin_base, f.bytes});
    }
  } catch (const Error& e) {
    return flash_fail(FlashErrc::kBadInput, fmt::format("{}: {}", f.name, e.what()));
  }
  return f;
}

Expected<FlatImage> flatten_for_flash(const FirmwareFile& file) {
  if (file.segments.empty())
    return flash_fail(FlashErrc::kBadInput, fmt::format("{}: a DFU package holds no addresses to flash", file.name));
  uint64_t low = UINT64_MAX, high = 0;
  for (const Segment& s : file.segments) {
    if (s.bytes.empty()) continue;
    low = std::min(low, s.address);
    high = std::max(high, s.address + s.bytes.size());
  }
  if (low == UINT64_MAX) return flash_fail(FlashErrc::kBadInput, fmt::format("{}: holds no bytes", file.name));
  if (high > 0x100000000ull)
    return flash_fail(FlashErrc::kBadInput, fmt::format("{}: data reaches past 4 GB ({:#x})", file.name, high));
  if (high - low > kFlatLimit)
    return flash_fail(FlashErrc::kBadInput,
                      fmt::format("{}: spans {:#x}..{:#x}, more than any board's flash (is UICR or RAM data in it?)",
                                  file.name, low, high));
  FlatImage flat;
  flat.start = uint32_t(low);
  flat.bytes.assign(size_t(high - low), 0xFF);
  for (const Segment& s : file.segments)
    std::copy(s.bytes.begin(), s.bytes.end(), flat.bytes.begin() + long(s.address - low));
  return flat;
}

Expected<std::vector<uint8_t>> firmware_as_uf2(const FirmwareFile& file, uint32_t family) {
  try {
    switch (file.format) {
      case ImageFormat::kUf2:
        return file.bytes;
      case ImageFormat::kBin:
        return bin_to_uf2(file.bytes, uint32_t(file.segments.front().address), family);
      case ImageFormat::kHex:
      case ImageFormat::kElf:
        return segments_to_uf2(file.segments, family);
      case ImageFormat::kDfuPackage:
        break;
    }
  } catch (const Error& e) {
    return flash_fail(FlashErrc::kBadInput, fmt::format("{}: {}", file.name, e.what()));
  }
  return flash_fail(FlashErrc::kBadInput, fmt::format("{}: a DFU package cannot go onto a UF2 drive", file.name));
}

Expected<std::vector<uint8_t>> firmware_as_package(const FirmwareFile& file, const GenpkgOptions& options,
                                                   uint32_t dos_time) {
  switch (file.format) {
    case ImageFormat::kDfuPackage:
      return file.bytes;
    case ImageFormat::kBin: {
      // nrfutil reads a .bin from address 0 and pads it to whole words.
      std::vector<uint8_t> padded = file.bytes;
      padded.resize((padded.size() + 3) / 4 * 4, 0xFF);
      std::string name = file.name.size() >= 4 && file.name.substr(file.name.size() - 4) == ".bin"
                             ? file.name
                             : stem_hex_name(file.name);
      return make_package(options, name, padded, dos_time);
    }
    case ImageFormat::kHex:
    case ImageFormat::kElf:
    case ImageFormat::kUf2: {
      std::vector<uint8_t> bin = CPY_UF2_TRY(nrf_hex_to_bin(file.segments));
      std::string name = file.format == ImageFormat::kHex ? file.name : stem_hex_name(file.name);
      return make_package(options, name, bin, dos_time);
    }
  }
  return flash_fail(FlashErrc::kBadInput, "unknown firmware format");
}

}  // namespace cpy::uf2
