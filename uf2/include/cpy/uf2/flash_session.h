// One flashing session, driven by a board file: read the firmware file
// (flash_session_image.cpp), choose the bootloader's method, find the port
// or drive, and erase, write, verify and reset (flash_session.cpp).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cpy/uf2/boards.h"
#include "cpy/uf2/deploy_drive.h"
#include "cpy/uf2/image.h"
#include "cpy/uf2/nrf_dfu.h"
#include "cpy/uf2/samba.h"
#include "cpy/uf2/serial_port.h"

namespace cpy::uf2 {

/// How firmware gets onto a board.
enum class FlashMethod {
  kUf2Drive,  ///< copy a .uf2 onto the bootloader's drive
  kSamba,     ///< SAM-BA over USB CDC (bossac's protocol)
  kNrfDfu,    ///< Nordic serial DFU (adafruit-nrfutil's protocol)
};

/// "uf2", "samba" or "nrf-dfu", as in the board files.
std::string_view flash_method_name(FlashMethod method);
/// The method for a board file's name for it.
std::optional<FlashMethod> parse_flash_method(std::string_view name);

/// What a firmware file is.
enum class ImageFormat { kUf2, kBin, kHex, kElf, kDfuPackage };

/// A firmware file, read and understood.
struct FirmwareFile {
  std::string name;  ///< the path it came from
  ImageFormat format = ImageFormat::kBin;
  std::vector<uint8_t> bytes;          ///< the file itself
  std::vector<Segment> segments;       ///< what it puts where (empty for a DFU package)
  std::vector<uint32_t> uf2_families;  ///< the family IDs a UF2 file's blocks carry
};

/// Reads a firmware file by its content (UF2, ELF, Intel HEX, zip), else as
/// a flat binary placed at [bin_base]. A UF2 file with several families is
/// narrowed to [family] when that is non-zero, and refused otherwise.
Expected<FirmwareFile> load_firmware(std::string name, std::vector<uint8_t> bytes, uint32_t bin_base, uint32_t family);

/// A contiguous image: [start] and the bytes from there, 0xFF (erased
/// flash) in the gaps.
struct FlatImage {
  uint32_t start = 0;
  std::vector<uint8_t> bytes;
};

/// [file]'s segments as one contiguous image.
Expected<FlatImage> flatten_for_flash(const FirmwareFile& file);

/// [file] as UF2 blocks for [family] (0: none): a UF2 file as it is, others
/// converted the way uf2conv.py converts them.
Expected<std::vector<uint8_t>> firmware_as_uf2(const FirmwareFile& file, uint32_t family);

/// [file] as an adafruit-nrfutil DFU package: a package as it is, others
/// turned into the flat binary nrfutil makes and packed with [options].
Expected<std::vector<uint8_t>> firmware_as_package(const FirmwareFile& file, const GenpkgOptions& options,
                                                   uint32_t dos_time);

/// Something that happened, for progress bars and --json.
struct FlashEvent {
  enum class Kind { kStep, kProgress, kNote };
  Kind kind = Kind::kStep;
  std::string phase;    ///< "port", "touch", "connect", "erase", "write", "verify", "reset", "copy", ...
  std::string message;  ///< for kStep and kNote
  size_t done = 0;      ///< for kProgress
  size_t total = 0;
};

/// Receives FlashEvents as the session goes.
using FlashObserver = std::function<void(const FlashEvent&)>;

/// Whether to touch the port at 1200 baud first.
enum class Touch {
  kAuto,    ///< when the board file says so and the port is not the bootloader's already
  kAlways,  ///< bossac -a
  kNever,
};

/// What CircuitPython's build passes to `dfu genpkg`: device type 0x0052
/// (the Adafruit bootloader refuses others), any SoftDevice.
GenpkgOptions default_package_options();

/// Everything a session is asked to do.
struct FlashRequest {
  const Board* board = nullptr;
  std::optional<FlashMethod> method;  ///< nullopt: from the file kind, --port/--drive and the board
  std::string port;                   ///< serial port; empty: found by USB id
  std::string drive;                  ///< boot drive folder; empty: searched for
  std::vector<std::string> drive_roots;
  Touch touch = Touch::kAuto;
  bool erase = true;  ///< SAM-BA: erase from the offset first
  bool write = true;
  bool verify = true;
  bool reset = true;
  bool info = false;                  ///< SAM-BA: report the device (bossac -i)
  std::optional<uint32_t> read_size;  ///< SAM-BA: read this much flash back (bossac -r; 0 = to the end)
  std::optional<uint32_t> offset;     ///< from the flash base; default: the board's application offset
  bool force = false;                 ///< allow the bootloader area, a family or board mismatch
  SambaTimeouts samba;
  DfuSerialOptions dfu;
  GenpkgOptions package = default_package_options();  ///< for firmware that is not a package yet
  DriveDeployOptions drive_deploy;
  PortEnvironment env;
  Millis vanish_timeout{1500};
  Millis appear_timeout{10000};
};

/// What a session did.
struct FlashReport {
  FlashMethod method = FlashMethod::kUf2Drive;
  std::string target;      ///< the port or drive used
  std::string device;      ///< chip name or drive Board-ID
  std::string bootloader;  ///< SAM-BA version string or INFO_UF2.TXT's first line
  uint32_t address = 0;
  size_t bytes = 0;
  bool erased = false;
  bool written = false;
  bool verified = false;
  bool reset = false;
  std::vector<std::pair<std::string, std::string>> info;  ///< device facts for -i
  std::vector<uint8_t> read_back;                         ///< for read_size
};

/// The method [request] calls for, given [file] (may be null).
Expected<FlashMethod> choose_method(const FlashRequest& request, const FirmwareFile* file);

/// Runs a session. [file] may be null when nothing is written (info, erase,
/// read). Every failure is a FlashError; success means the steps asked for
/// were done and, where asked, verified.
Expected<FlashReport> run_flash(const FlashRequest& request, const FirmwareFile* file, const FlashObserver& observer);

}  // namespace cpy::uf2
