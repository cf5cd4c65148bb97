// Board descriptions, compiled in from spec/boards/*.json. The firmware build,
// cpy-uf2 and cpy-flash all read the same files.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cpy::uf2 {

/// A USB vendor/product pair.
struct UsbId {
  uint16_t vid = 0;
  uint16_t pid = 0;
  friend bool operator==(const UsbId&, const UsbId&) = default;
};

/// How a board's bootloader takes new firmware.
enum class BootloaderKind {
  kUf2,     ///< a UF2 mass-storage drive (copy a .uf2 file onto it)
  kSamba,   ///< SAM-BA over USB CDC (bossac)
  kNrfDfu,  ///< Nordic serial DFU (adafruit-nrfutil)
};

/// The bootloader part of a board file.
struct Bootloader {
  BootloaderKind kind = BootloaderKind::kUf2;  ///< the method to prefer
  std::vector<BootloaderKind> also;            ///< other methods the same bootloader speaks
  uint32_t start = 0;                          ///< where the bootloader itself lives
  uint32_t size = 0;                           ///< how much flash it occupies there
  uint32_t application_offset = 0;             ///< where applications start, from the flash base
  UsbId usb;                                   ///< USB ids while the bootloader runs
  std::optional<UsbId> dfu_usb;                ///< the ids during nRF serial DFU, when they differ
  std::optional<std::string> drive;            ///< BOOT drive volume label (UF2 bootloaders)
  std::optional<std::string> board_id;         ///< Board-ID line of INFO_UF2.TXT
  bool touch_1200bps = false;                  ///< opening the CDC port at 1200 baud enters the bootloader
};

/// One spec/boards/<id>.json file.
struct Board {
  std::string id;    ///< the file name without .json, e.g. "feather_m4_express"
  std::string name;  ///< e.g. "Adafruit Feather M4 Express"
  std::string manufacturer;
  std::string chip;         ///< the part, e.g. "ATSAMD51J19A"
  std::string chip_family;  ///< "samd21", "samd51", "nrf52840"
  std::string cpu;          ///< "cortex-m0plus", "cortex-m4f"
  uint32_t flash_base = 0;
  uint32_t flash_size = 0;
  uint32_t ram_base = 0;
  uint32_t ram_size = 0;
  std::string uf2_family;  ///< a short name from spec/uf2-families.json
  uint32_t uf2_family_id = 0;
  Bootloader bootloader;
  UsbId circuitpython_usb;  ///< USB ids while CircuitPython runs
  nlohmann::json raw;       ///< the whole file, for fields not modelled here

  /// The absolute address where an application image starts.
  uint64_t application_start() const { return uint64_t(flash_base) + bootloader.application_offset; }
};

/// Reads and checks one board file's JSON: every required field present with
/// the right type, numbers in range, the UF2 family known and matching its
/// id, the application inside flash. Throws cpy::uf2::Error naming the field.
Board parse_board(const nlohmann::json& json);

/// The name used in board files for [kind]: "uf2", "samba", "nrf-dfu".
std::string_view bootloader_kind_name(BootloaderKind kind);

/// Every board compiled in, sorted by id.
std::span<const Board> boards();

/// The board called [id], or nullptr.
const Board* find_board(std::string_view id);

/// Every board id, comma-separated, for "unknown board" messages.
std::string board_names();

}  // namespace cpy::uf2
