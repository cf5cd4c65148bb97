// SAM-BA over USB CDC, the protocol of bossac 1.9.1 and of the Arduino and
// Adafruit SAMD bootloaders: the command client (samba.cpp) and the flash
// operations on top of it (samba_flash.cpp).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cpy/uf2/serial_port.h"

namespace cpy::uf2 {

/// CRC-16/XMODEM (poly 0x1021, init 0, no reflection), what `Z` answers.
uint16_t crc16_xmodem(std::span<const uint8_t> data, uint16_t crc = 0);

/// Where the SAMD parts keep the registers the host reads and writes.
inline constexpr uint32_t kDsuDidAddress = 0x41002018;    ///< DSU device identification
inline constexpr uint32_t kCpuidAddress = 0xE000ED00;     ///< Cortex-M CPUID
inline constexpr uint32_t kAircrAddress = 0xE000ED0C;     ///< Cortex-M AIRCR
inline constexpr uint32_t kAircrResetValue = 0x05FA0004;  ///< VECTKEY | SYSRESETREQ
inline constexpr uint32_t kNvmctrlAddress = 0x41004000;   ///< NVM controller

/// A SAMD part as its DSU DID identifies it.
struct SamdChip {
  uint32_t did = 0;
  std::string name;          ///< e.g. "ATSAMD21G18A"
  std::string family;        ///< "samd21" or "samd51" (the board files' chip_family)
  uint32_t flash_size = 0;   ///< bytes of main flash at address 0
  uint32_t page_size = 0;    ///< write granularity
  uint32_t erase_size = 0;   ///< erase granularity (a SAMD21 row, a SAMD51 block)
  uint32_t sram_buffer = 0;  ///< SRAM the bootloader leaves free for `S` + `Y`
  uint32_t buffer_size = 0;  ///< how much of it one `Y` may copy
};

/// The part for a DSU DID value (revision bits ignored), or nullopt.
std::optional<SamdChip> identify_samd(uint32_t did);

/// How long to wait for each kind of answer.
struct SambaTimeouts {
  Millis quick{100};    ///< `N#`, `V#`, and the quiet gap that ends a reply
  Millis normal{1000};  ///< word reads and block transfers
  Millis erase{10000};  ///< `X` over the whole application area
};

/// The commands of a SAM-BA monitor on an open port. Every call waits with
/// a deadline; a silent or vanished device ends in a FlashError.
class SambaClient {
 public:
  explicit SambaClient(SerialPort& port, SambaTimeouts timeouts = {}) : port_(port), timeouts_(timeouts) {}

  /// Flushes stale input, sends `N#` (binary mode; the Arduino flavour
  /// answers "\n\r", the Adafruit one nothing) and `V#`, read until quiet,
  /// and notes the `[Arduino:XYZ]` extensions.
  Expected<void> connect();

  const std::string& version() const { return version_; }
  bool can_erase() const { return can_erase_; }
  bool can_write_buffer() const { return can_write_buffer_; }
  bool can_checksum() const { return can_checksum_; }
  const SambaTimeouts& timeouts() const { return timeouts_; }

  /// `w%08X,4#`: a little-endian word.
  Expected<uint32_t> read_word(uint32_t address);
  /// `W%08X,%08X#`.
  Expected<void> write_word(uint32_t address, uint32_t value);
  /// Several `W` commands sent in one go: they carry no binary data, so
  /// sharing a USB packet is harmless.
  Expected<void> write_words(std::span<const std::pair<uint32_t, uint32_t>> writes);
  /// `o%08X,4#`: one byte.
  Expected<uint8_t> read_byte(uint32_t address);
  /// `O%08X,%02X#`.
  Expected<void> write_byte(uint32_t address, uint8_t value);
  /// `R%08X,%08X#` in chunks of at most 63 bytes (the Arduino/Adafruit USB
  /// code corrupts longer reads).
  Expected<void> read(uint32_t address, std::span<uint8_t> out);
  /// `S%08X,%08X#` then the bytes, which must not share a USB packet with
  /// the command: the port is drained and the data sent a millisecond later.
  Expected<void> write(uint32_t address, std::span<const uint8_t> data);
  /// `X%08X#`: erase from [address] to the end of flash (answers "X\n\r").
  Expected<void> erase_from(uint32_t address);
  /// `Y%08X,0#` then `Y%08X,%08X#`: copy [size] bytes of SRAM at [source]
  /// into flash at [destination] (each answers "Y\n\r").
  Expected<void> copy_to_flash(uint32_t source, uint32_t destination, uint32_t size);
  /// `Z%08X,%08X#`: the CRC-16/XMODEM of memory (answers "Z%08X#\n\r").
  Expected<uint16_t> checksum(uint32_t address, uint32_t size);
  /// `G%08X#`.
  Expected<void> go(uint32_t address);
  /// Resets the chip by a word write to AIRCR; the port usually vanishes.
  Expected<void> reset();

 private:
  Expected<void> send(std::string_view command);
  Expected<void> expect_ack(char letter, Millis timeout);

  SerialPort& port_;
  SambaTimeouts timeouts_;
  std::string version_;
  bool can_erase_ = false;
  bool can_write_buffer_ = false;
  bool can_checksum_ = false;
};

/// Progress of a long operation: what is being done and how far along.
using SambaProgress = std::function<void(std::string_view phase, size_t done, size_t total)>;

/// Identifies the part behind [client]: CPUID (Cortex-M0+ or M4), then the
/// DSU DID. FlashErrc::kWrongChip for anything that is not a known SAMD.
Expected<SamdChip> identify_chip(SambaClient& client);

/// Where a verify found flash that differs from the image.
struct VerifyReport {
  size_t bytes_checked = 0;
  size_t bad_bytes = 0;
  uint32_t first_bad_address = 0;
  bool used_crc = false;  ///< the CRC command did the checking
};

/// Flash operations for one identified chip. Addresses are absolute;
/// nothing below [protected_end] is ever erased or written.
class SambaFlasher {
 public:
  SambaFlasher(SambaClient& client, SamdChip chip, uint32_t protected_end)
      : client_(client), chip_(std::move(chip)), protected_end_(protected_end) {}

  const SamdChip& chip() const { return chip_; }

  /// Erases from [address] (a multiple of the erase size) to the end of
  /// flash: `X` when offered, else NVMCTRL erase commands row by row.
  Expected<void> erase(uint32_t address, const SambaProgress& progress = {});
  /// Erases the rows or blocks that hold [address, address + size) with
  /// NVMCTRL commands (what bossac does when writing without -e).
  Expected<void> erase_range(uint32_t address, uint32_t size, const SambaProgress& progress = {});
  /// Writes [data] at [address] (a page boundary) to erased flash: through
  /// SRAM with `S` + `Y` in 4 KB pieces when offered, else page by page with
  /// `W` word writes into the NVM page buffer and a write-page command.
  Expected<void> write(uint32_t address, std::span<const uint8_t> data, const SambaProgress& progress = {});
  /// Compares flash with [data]: `Z` CRCs per 4 KB piece when offered (a
  /// fresh CRC each piece), reading back only the pieces that differ; else
  /// read-back. A mismatch is FlashErrc::kVerify naming the first bad address.
  Expected<VerifyReport> verify(uint32_t address, std::span<const uint8_t> data, const SambaProgress& progress = {});
  /// Reads [size] bytes of flash at [address].
  Expected<std::vector<uint8_t>> read(uint32_t address, uint32_t size, const SambaProgress& progress = {});

 private:
  Expected<void> check_range(uint32_t address, size_t size, std::string_view what) const;
  Expected<void> nvm_wait_ready();
  Expected<void> nvm_command(uint32_t command, std::string_view what);
  Expected<void> nvm_set_manual_write();
  Expected<void> write_page_plain(uint32_t address, std::span<const uint8_t> page);

  SambaClient& client_;
  SamdChip chip_;
  uint32_t protected_end_ = 0;
};

}  // namespace cpy::uf2
