// A simulated Adafruit nRF52840 bootloader in serial DFU mode, following
// hci_transport.c and dfu_transport_serial.c of the SDK 11 code it uses:
// SLIP frames, HCI packets checked (reliable, integrity, type 14, header
// checksum, CRC16) and acknowledged with the next expected sequence number
// (a repeat is acknowledged again and dropped, a damaged packet is dropped
// silently), START / INIT / DATA / STOP handled, the init packet checked
// (device type 0x0052, a matching SoftDevice), the image checked against
// its CRC16 before it is activated. Flash only clears bits.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sim_link.h"

namespace cpy::uf2::sim {

/// What the simulated board is and how it misbehaves.
struct NrfConfig {
  uint32_t app_start = 0x26000;  ///< after the S140 6.1.1 SoftDevice
  uint32_t bootloader_start = 0xF4000;
  uint16_t softdevice_fwid = 0x00B6;  ///< S140 6.1.1
  bool start_in_app = false;          ///< start as the application: deaf until touched at 1200 baud
  // Faults.
  std::optional<size_t> drop_packet;     ///< lose this reliable packet once (no acknowledgement)
  std::optional<size_t> corrupt_packet;  ///< garble this packet on every try (its CRC fails)
  std::optional<size_t> silent_after;    ///< stop answering after this many packets
  std::optional<size_t> vanish_after;    ///< drop off the bus after this many packets
  std::optional<uint32_t> stuck_offset;  ///< this application byte ignores programming
};

/// The simulated board.
class NrfTarget : public Target {
 public:
  explicit NrfTarget(NrfConfig config);

  void receive(std::span<const uint8_t> packet, std::vector<uint8_t>& reply) override;
  bool touched() override;
  bool reset_requested() override;
  void reset() override;
  bool vanish_requested() override { return vanish_pending_; }

  /// Flash from 0 to the bootloader.
  const std::vector<uint8_t>& flash() const { return flash_; }
  /// Whether the last DFU ended with a valid, activated application.
  bool app_valid() const { return app_valid_; }
  bool in_app() const { return in_app_; }
  /// Size of the last image received.
  uint32_t image_size() const { return image_size_; }
  /// Reliable packets accepted / repeats acknowledged again / frames dropped.
  size_t accepted() const { return accepted_; }
  size_t repeats() const { return repeats_; }
  size_t dropped() const { return dropped_; }
  /// Why the last DFU was refused, "" when it was not.
  const std::string& refusal() const { return refusal_; }

 private:
  void frame(std::vector<uint8_t> bytes, std::vector<uint8_t>& reply);
  void ack(std::vector<uint8_t>& reply);
  void process(const std::vector<uint8_t>& payload);

  NrfConfig config_;
  std::vector<uint8_t> flash_;
  std::vector<uint8_t> rx_;  // bytes of the frame being received
  bool in_frame_ = false;
  uint8_t expected_seq_ = 1;
  size_t packets_seen_ = 0;  // valid or not, for fault positions
  bool dropped_once_ = false;
  enum class State { kIdle, kWaitInit, kReceiving, kRefused } state_ = State::kIdle;
  uint32_t image_size_ = 0;
  uint32_t received_ = 0;
  uint16_t expected_crc_ = 0;
  bool app_valid_ = false;
  bool in_app_ = false;
  bool to_bootloader_ = false;
  bool silent_ = false;
  bool reset_pending_ = false;
  std::chrono::steady_clock::time_point reset_at_;  // activation takes a moment before the reset
  bool vanish_pending_ = false;
  size_t accepted_ = 0, repeats_ = 0, dropped_ = 0;
  std::string refusal_;
};

}  // namespace cpy::uf2::sim
