// A simulated SAMD bootloader speaking SAM-BA the way adafruit/uf2-samdx1's
// sam_ba_monitor.c does (and, with flavour "arduino", Arduino's): a command
// parser fed one USB packet at a time, a fake flash that only ever clears
// bits, BOOTPROT over the bootloader, the NVM controller registers bossac
// drives, the DSU and CPUID registers, bossac's word-copy applet, AIRCR
// reset, the 64-byte read bug, and faults on request.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sim_link.h"

namespace cpy::uf2::sim {

/// What the simulated board is and how it misbehaves.
struct SambaConfig {
  std::string chip = "samd21";        ///< "samd21" (ATSAMD21G18A) or "samd51" (ATSAMD51J19A)
  std::string flavour = "adafruit";   ///< "adafruit", "arduino", or "plain" (no [Arduino:XYZ])
  uint32_t bootloader_size = 0x2000;  ///< protected by BOOTPROT
  bool read_bug = true;               ///< corrupt binary reads of 64 bytes or more (Arduino/Adafruit USB code)
  bool start_in_app = false;          ///< start as the application: deaf until touched at 1200 baud
  // Faults.
  std::optional<size_t> silent_after_writes;  ///< stop answering after this many flash page writes
  std::optional<uint32_t> stuck_address;      ///< this flash byte ignores programming (stays erased)
  std::optional<size_t> vanish_after_writes;  ///< drop off the bus after this many flash page writes
};

/// The simulated board.
class SambaTarget : public Target {
 public:
  explicit SambaTarget(SambaConfig config);

  void receive(std::span<const uint8_t> packet, std::vector<uint8_t>& reply) override;
  bool touched() override;
  bool reset_requested() override { return reset_pending_; }
  void reset() override;
  bool vanish_requested() override { return vanish_pending_; }

  /// The whole flash.
  const std::vector<uint8_t>& flash() const { return flash_; }
  /// Loads [bytes] at [address] as if programmed earlier (no checks).
  void preload(uint32_t address, const std::vector<uint8_t>& bytes);
  /// Whether the board runs its application (after a reset with valid flash).
  bool in_app() const { return in_app_; }
  /// Flash page writes so far (Y, or NVM write-page commands).
  size_t page_writes() const { return page_writes_; }
  /// How many times the board reset.
  int reset_count() const { return reset_count_; }
  /// Whether a host ever sent S data in the same packet as its command.
  bool saw_mixed_packet() const { return saw_mixed_; }
  uint32_t flash_size() const { return uint32_t(flash_.size()); }

 private:
  uint8_t read8(uint32_t address) const;
  void write8(uint32_t address, uint8_t value);
  uint32_t read32(uint32_t address) const;
  void write32(uint32_t address, uint32_t value);
  void execute(uint8_t command, std::vector<uint8_t>& reply);
  void program(uint32_t address, uint8_t value);
  void erase_unit(uint32_t address);
  void nvm_command(uint32_t command);
  void run_applet(uint32_t vector_address);
  bool protected_address(uint32_t address) const { return address < config_.bootloader_size; }
  void count_page_write();

  SambaConfig config_;
  bool d21_;
  uint32_t erase_size_, page_size_;
  std::vector<uint8_t> flash_;
  std::vector<uint8_t> sram_;
  std::vector<uint8_t> user_row_;
  std::vector<uint8_t> page_buffer_;
  uint32_t page_buffer_address_ = 0;
  uint8_t nvm_[0x40] = {};
  // Monitor state, as in sam_ba_monitor.c.
  uint8_t command_ = 'z';
  uint32_t number_ = 0;
  uint32_t pointer_ = 0;
  uint32_t y_source_ = 0;
  size_t data_left_ = 0;  // bytes of S data still to come
  bool terminal_ = false;
  bool in_app_ = false;
  bool to_bootloader_ = false;  // the next reset stays in the bootloader
  bool silent_ = false;
  bool reset_pending_ = false;
  bool vanish_pending_ = false;
  bool saw_mixed_ = false;
  size_t page_writes_ = 0;
  int reset_count_ = 0;
};

}  // namespace cpy::uf2::sim
