// The SAM-BA command client. Command texts, reply shapes and the work-arounds
// for the Arduino/Adafruit bootloaders follow bossac 1.9.1's Samba.cpp; the
// differences are that every wait has a deadline and every fault is a value.
#include "cpy/uf2/samba.h"

#include <fmt/format.h>

#include <cctype>
#include <thread>

#include "cpy/uf2/block.h"
#include "cpy/uf2/nrf_dfu.h"

namespace cpy::uf2 {

namespace {

// The Arduino/Adafruit USB code corrupts binary reads of 64 bytes or more,
// and older SAM-BA firmware garbles some long reads too; 63 is safe on all.
constexpr size_t kReadChunk = 63;

std::span<const uint8_t> as_bytes(std::string_view text) {
  return {reinterpret_cast<const uint8_t*>(text.data()), text.size()};
}

std::string printable(std::span<const uint8_t> bytes) {
  std::string out;
  for (uint8_t b : bytes) {
    if (b >= 0x20 && b < 0x7F)
      out += char(b);
    else
      out += fmt::format("\\x{:02x}", b);
  }
  return out;
}

}  // namespace

// CRC-16/XMODEM is CRC-16/CCITT-FALSE (nRF DFU's CRC) started from 0.
uint16_t crc16_xmodem(std::span<const uint8_t> data, uint16_t crc) { return crc16_ccitt(data, crc); }

Expected<void> SambaClient::send(std::string_view command) {
  return port_.write_all(as_bytes(command), timeouts_.normal);
}

Expected<void> SambaClient::connect() {
  // Whatever a previous session or the application left behind.
  port_.discard_input();
  CPY_UF2_TRY(port_.read_until_quiet(timeouts_.quick, timeouts_.quick, 4096));

  CPY_UF2_CHECK(send("N#"));
  // Arduino's bootloader answers "\n\r", Adafruit's nothing: read what comes.
  CPY_UF2_TRY(port_.read_until_quiet(timeouts_.quick, timeouts_.quick, 16));

  CPY_UF2_CHECK(send("V#"));
  // Adafruit's reply is "v1.1 [Arduino:XYZ] <date>\n\r" and a NUL: read
  // until the line goes quiet rather than stopping at the line end.
  std::vector<uint8_t> reply = CPY_UF2_TRY(port_.read_until_quiet(timeouts_.normal, timeouts_.quick, 256));
  size_t end = 0;
  while (end < reply.size() && std::isprint(reply[end])) ++end;
  version_.assign(reply.begin(), reply.begin() + long(end));
  if (version_.empty())
    return flash_fail(
        reply.empty() ? FlashErrc::kTimeout : FlashErrc::kProtocol,
        reply.empty()
            ? fmt::format("{}: no SAM-BA bootloader answered `V#` (is the board in its bootloader? "
                          "double-tap reset, or let cpy-flash touch the port at 1200 baud)",
                          port_.path())
            : fmt::format("{}: `V#` answered \"{}\", which is not a SAM-BA version", port_.path(), printable(reply)));
  bool samba_like = (version_.size() > 1 && (version_[0] == 'v' || version_[0] == 'V') && std::isdigit(version_[1])) ||
                    version_.find("Arduino") != std::string::npos || version_.find("SAM-BA") != std::string::npos;
  if (!samba_like) {
    std::string seen = version_;
    version_.clear();
    return flash_fail(FlashErrc::kProtocol, fmt::format("{}: `V#` answered \"{}\", which is not a SAM-BA version (is "
                                                        "the application running rather than the bootloader?)",
                                                        port_.path(), seen));
  }
  if (auto at = version_.find("[Arduino:"); at != std::string::npos) {
    for (size_t i = at + 9; i < version_.size() && version_[i] != ']'; ++i) {
      if (version_[i] == 'X') can_erase_ = true;
      if (version_[i] == 'Y') can_write_buffer_ = true;
      if (version_[i] == 'Z') can_checksum_ = true;
    }
  }
  return {};
}

Expected<uint32_t> SambaClient::read_word(uint32_t address) {
  CPY_UF2_CHECK(send(fmt::format("w{:08X},4#", address)));
  uint8_t b[4];
  CPY_UF2_CHECK(port_.read_exact(b, timeouts_.normal, fmt::format("the word at {:#010x}", address)));
  return load_le32(b);
}

Expected<void> SambaClient::write_word(uint32_t address, uint32_t value) {
  return send(fmt::format("W{:08X},{:08X}#", address, value));
}

Expected<void> SambaClient::write_words(std::span<const std::pair<uint32_t, uint32_t>> writes) {
  std::string commands;
  for (const auto& [address, value] : writes) commands += fmt::format("W{:08X},{:08X}#", address, value);
  return send(commands);
}

Expected<uint8_t> SambaClient::read_byte(uint32_t address) {
  CPY_UF2_CHECK(send(fmt::format("o{:08X},4#", address)));
  uint8_t b[1];
  CPY_UF2_CHECK(port_.read_exact(b, timeouts_.normal, fmt::format("the byte at {:#010x}", address)));
  return b[0];
}

Expected<void> SambaClient::write_byte(uint32_t address, uint8_t value) {
  return send(fmt::format("O{:08X},{:02X}#", address, value));
}

Expected<void> SambaClient::read(uint32_t address, std::span<uint8_t> out) {
  while (!out.empty()) {
    size_t chunk = std::min(out.size(), kReadChunk);
    CPY_UF2_CHECK(send(fmt::format("R{:08X},{:08X}#", address, chunk)));
    CPY_UF2_CHECK(port_.read_exact(out.first(chunk), timeouts_.normal,
                                   fmt::format("{} bytes read from {:#010x}", chunk, address)));
    out = out.subspan(chunk);
    address += uint32_t(chunk);
  }
  return {};
}

Expected<void> SambaClient::write(uint32_t address, std::span<const uint8_t> data) {
  CPY_UF2_CHECK(send(fmt::format("S{:08X},{:08X}#", address, data.size())));
  // The command and its data must not share a USB packet; draining and a
  // millisecond (one USB frame) keeps them apart, as bossac does.
  CPY_UF2_CHECK(port_.drain());
  std::this_thread::sleep_for(Millis(1));
  CPY_UF2_CHECK(port_.write_all(data, timeouts_.normal));
  return port_.drain();
}

Expected<void> SambaClient::expect_ack(char letter, Millis timeout) {
  uint8_t reply[3];
  CPY_UF2_CHECK(port_.read_exact(reply, timeout, fmt::format("the `{}` acknowledgement", letter)));
  if (reply[0] != uint8_t(letter))
    return flash_fail(FlashErrc::kProtocol, fmt::format("{}: `{}` was answered with \"{}\" instead of \"{}\\n\\r\"",
                                                        port_.path(), letter, printable(reply), letter));
  return {};
}

Expected<void> SambaClient::erase_from(uint32_t address) {
  if (!can_erase_) return flash_fail(FlashErrc::kProtocol, "this bootloader has no `X` (erase) command");
  CPY_UF2_CHECK(send(fmt::format("X{:08X}#", address)));
  return expect_ack('X', timeouts_.erase);
}

Expected<void> SambaClient::copy_to_flash(uint32_t source, uint32_t destination, uint32_t size) {
  if (!can_write_buffer_) return flash_fail(FlashErrc::kProtocol, "this bootloader has no `Y` (write buffer) command");
  CPY_UF2_CHECK(send(fmt::format("Y{:08X},0#", source)));
  CPY_UF2_CHECK(expect_ack('Y', timeouts_.normal));
  CPY_UF2_CHECK(send(fmt::format("Y{:08X},{:08X}#", destination, size)));
  return expect_ack('Y', timeouts_.erase);
}

Expected<uint16_t> SambaClient::checksum(uint32_t address, uint32_t size) {
  if (!can_checksum_) return flash_fail(FlashErrc::kProtocol, "this bootloader has no `Z` (CRC) command");
  CPY_UF2_CHECK(send(fmt::format("Z{:08X},{:08X}#", address, size)));
  uint8_t reply[12];
  CPY_UF2_CHECK(port_.read_exact(reply, timeouts_.erase, "the `Z` CRC"));
  uint32_t value = 0;
  bool good = reply[0] == 'Z' && reply[9] == '#';
  for (int i = 1; i <= 8 && good; ++i) {
    int c = reply[i];
    int digit = std::isdigit(c)          ? c - '0'
                : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                                         : -1;
    if (digit < 0) good = false;
    value = value << 4 | uint32_t(digit);
  }
  if (!good || value > 0xFFFF)
    return flash_fail(FlashErrc::kProtocol, fmt::format("{}: `Z` was answered with \"{}\" instead of \"Z%08X#\\n\\r\"",
                                                        port_.path(), printable(reply)));
  return uint16_t(value);
}

Expected<void> SambaClient::go(uint32_t address) {
  CPY_UF2_CHECK(send(fmt::format("G{:08X}#", address)));
  return port_.drain();
}

Expected<void> SambaClient::reset() {
  auto sent = write_word(kAircrAddress, kAircrResetValue);
  if (sent.ok()) sent = port_.drain();
  // The chip resets at once; a port that goes away now is the expected end.
  if (!sent.ok() && sent.error().code == FlashErrc::kPortGone) return {};
  return sent;
}

}  // namespace cpy::uf2
