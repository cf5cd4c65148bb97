// Nordic serial DFU as adafruit-nrfutil speaks it to the Adafruit nRF52
// bootloader: `dfu genpkg` packages (zip with manifest.json, <name>.bin,
// <name>.dat; nrf_dfu_package.cpp, nrf_dfu_zip.cpp) and `dfu serial`, SLIP
// framed HCI packets with CRC16 and acknowledgements (nrf_dfu_serial.cpp).
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cpy/uf2/image.h"
#include "cpy/uf2/serial_port.h"

namespace cpy::uf2 {

/// CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF), Nordic's crc16_compute
/// and nrfutil's calc_crc16: the HCI packet CRC and the image CRC.
uint16_t crc16_ccitt(std::span<const uint8_t> data, uint16_t crc = 0xFFFF);

/// The zip CRC-32 (poly 0xEDB88320, reflected).
uint32_t crc32_zip(std::span<const uint8_t> data);

/// SHA-256 of [data] (init packets of DFU version 0.7).
std::array<uint8_t, 32> sha256(std::span<const uint8_t> data);

/// One member of a zip archive.
struct ZipEntry {
  std::string name;
  std::vector<uint8_t> data;
};

/// A zip archive of stored (uncompressed) members, as Python's ZipFile
/// writes by default; [dos_time] is the modification time of every member
/// (MS-DOS date << 16 | time).
std::vector<uint8_t> write_zip(std::span<const ZipEntry> entries, uint32_t dos_time);

/// The local time now as a zip member's MS-DOS date and time, what Python's
/// ZipFile stamps on members it writes.
uint32_t dos_time_now();

/// The members of a zip archive. Stored members only (deflated ones are
/// refused with a clear message); every CRC-32 is checked.
Expected<std::vector<ZipEntry>> read_zip(std::span<const uint8_t> bytes);

/// The init packet fields of `dfu genpkg`; nullopt leaves a field out
/// (nrfutil's "none"). The defaults are nrfutil's.
struct InitPacketFields {
  std::optional<uint16_t> device_type = 0xFFFF;
  std::optional<uint16_t> device_revision = 0xFFFF;
  std::optional<uint32_t> application_version = 0xFFFFFFFF;
  std::optional<std::vector<uint16_t>> softdevice_req = std::vector<uint16_t>{0xFFFE};
};

/// The device type the Adafruit nRF52 bootloader insists on.
inline constexpr uint16_t kAdafruitDeviceType = 0x0052;
/// "Any SoftDevice" in softdevice_req.
inline constexpr uint16_t kSoftDeviceAny = 0xFFFE;

/// What `dfu genpkg` is asked for.
struct GenpkgOptions {
  InitPacketFields fields;
  std::string dfu_version = "0.5";  ///< "0.5" (CRC16), "0.6" (ext id + CRC16) or "0.7" (length + SHA-256)
};

/// Image kinds of a package, with the START packet's mode bits.
enum class DfuImageKind : uint32_t {
  kSoftDevice = 1,
  kBootloader = 2,
  kSoftDeviceBootloader = 3,
  kApplication = 4,
};

/// One image of a package: its firmware and init packet.
struct DfuImage {
  DfuImageKind kind = DfuImageKind::kApplication;
  std::string bin_name;
  std::string dat_name;
  std::vector<uint8_t> firmware;
  std::vector<uint8_t> init_packet;
  uint32_t softdevice_size = 0;  ///< for kSoftDeviceBootloader: the split
  uint32_t bootloader_size = 0;
};

/// A parsed package: images in the order nrfutil sends them (SoftDevice +
/// bootloader, SoftDevice, bootloader, application).
struct DfuPackage {
  std::string dfu_version;
  std::vector<DfuImage> images;
};

/// The init packet bytes for [firmware] (little-endian: device type,
/// revision, application version, SoftDevice count and list, then by DFU
/// version the CRC16, extension id + CRC16, or extension id + length +
/// SHA-256).
Expected<std::vector<uint8_t>> make_init_packet(const GenpkgOptions& options, std::span<const uint8_t> firmware);

/// manifest.json for one application image, byte for byte as nrfutil's
/// json.dumps(sort_keys=True, indent=4) writes it.
Expected<std::string> make_manifest(const GenpkgOptions& options, std::string_view bin_name, std::string_view dat_name,
                                    std::span<const uint8_t> firmware);

/// The flat binary nrfutil makes of a HEX file's data: from the lowest
/// address (but not below the MBR, 0x1000, or 0x3000 for an S132-style
/// SoftDevice) to the highest, 0xFF in gaps, rounded up to whole words,
/// UICR (0x10000000 and up) dropped.
Expected<std::vector<uint8_t>> nrf_hex_to_bin(std::span<const Segment> segments);

/// The names nrfutil gives the members for an application file called
/// [input_name]: ".hex" becomes ".bin", then ".bin" becomes ".dat".
std::pair<std::string, std::string> package_member_names(std::string_view input_name);

/// A whole `dfu genpkg --application` package for [firmware] (already the
/// flat binary), with members named after [input_name].
Expected<std::vector<uint8_t>> make_package(const GenpkgOptions& options, std::string_view input_name,
                                            std::span<const uint8_t> firmware, uint32_t dos_time);

/// Reads a package: manifest.json and the members it names.
Expected<DfuPackage> read_package(std::span<const uint8_t> zip);

/// SLIP (RFC 1055 with nrfutil's framing): 0xC0, the bytes with 0xC0 and
/// 0xDB escaped, 0xC0.
std::vector<uint8_t> slip_encode(std::span<const uint8_t> bytes);

/// The inverse of slip_encode() for one frame's inside (no 0xC0 bytes);
/// nullopt for a bad escape.
std::optional<std::vector<uint8_t>> slip_decode(std::span<const uint8_t> bytes);

/// An HCI reliable packet as nrfutil builds it: the 4-byte header (sequence
/// [seq], acknowledgement seq + 1, data integrity and reliable bits, type
/// 14, 12-bit length, header checksum), [payload], CRC16 of both, SLIP framed.
std::vector<uint8_t> hci_packet(uint8_t seq, std::span<const uint8_t> payload);

/// Timings of `dfu serial`; the defaults are adafruit-nrfutil's.
struct DfuSerialOptions {
  Millis ack_timeout{1000};            ///< per packet, before a retry
  int attempts = 3;                    ///< sends of one packet before giving up
  double page_erase_seconds = 0.0897;  ///< the wait after START is per 4 KB page of the image
  double page_write_seconds = 0.1024;  ///< the pause after every 8 data packets
  bool single_bank = false;            ///< skip the bank copy time after STOP
  Millis activation_margin{3000};      ///< extra time for the board to reset after STOP
};

/// Progress of a transfer: bytes of the current image sent so far.
using DfuProgress = std::function<void(std::string_view phase, size_t done, size_t total)>;

/// `dfu serial` over an open port: START (mode and sizes), INIT (the init
/// packet), DATA in 512-byte pieces, STOP; every packet waits for its
/// acknowledgement and is sent again on silence. After STOP the bootloader
/// checks the image against the init packet and, only if it matches,
/// resets into it: the port then vanishes. A port that stays is reported as
/// FlashErrc::kVerify: the bootloader refused the image.
class NrfDfuSerial {
 public:
  NrfDfuSerial(SerialPort& port, DfuSerialOptions options = {}) : port_(port), options_(options) {}

  /// Sends one image and waits for the bootloader to take it.
  Expected<void> send_image(const DfuImage& image, const DfuProgress& progress = {});

 private:
  Expected<void> send_packet(std::span<const uint8_t> payload, std::string_view what);
  Expected<std::optional<uint8_t>> read_ack(Millis timeout);

  SerialPort& port_;
  DfuSerialOptions options_;
  uint8_t seq_ = 0;
  std::vector<uint8_t> pending_;  // received bytes not yet part of a frame
};

}  // namespace cpy::uf2
