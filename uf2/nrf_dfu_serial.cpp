// `adafruit-nrfutil dfu serial`: SLIP framed HCI packets to the Adafruit
// nRF52 bootloader (nordicsemi/dfu/dfu_transport_serial.py), with the
// acknowledgement numbers checked and silent packets sent again.
#include <fmt/format.h>

#include <algorithm>
#include <thread>

#include "cpy/uf2/block.h"
#include "cpy/uf2/nrf_dfu.h"

namespace cpy::uf2 {

namespace {

using Clock = std::chrono::steady_clock;

constexpr uint8_t kSlipEnd = 0xC0;
constexpr uint8_t kSlipEsc = 0xDB;
constexpr uint8_t kSlipEscEnd = 0xDC;
constexpr uint8_t kSlipEscEsc = 0xDD;
constexpr uint8_t kHciVendorPacket = 14;
constexpr uint32_t kDfuInit = 1, kDfuStart = 3, kDfuData = 4, kDfuStop = 5;
constexpr size_t kDataChunk = 512;
constexpr size_t kFlashPage = 4096;

void sleep_seconds(double s) { std::this_thread::sleep_for(std::chrono::duration<double>(s)); }

std::string_view kind_name(DfuImageKind kind) {
  switch (kind) {
    case DfuImageKind::kSoftDevice:
      return "SoftDevice";
    case DfuImageKind::kBootloader:
      return "bootloader";
    case DfuImageKind::kSoftDeviceBootloader:
      return "SoftDevice and bootloader";
    case DfuImageKind::kApplication:
      return "application";
  }
  return "image";
}

}  // namespace

std::vector<uint8_t> slip_encode(std::span<const uint8_t> bytes) {
  std::vector<uint8_t> out;
  out.reserve(bytes.size() + 8);
  out.push_back(kSlipEnd);
  for (uint8_t b : bytes) {
    if (b == kSlipEnd) {
      out.push_back(kSlipEsc);
      out.push_back(kSlipEscEnd);
    } else if (b == kSlipEsc) {
      out.push_back(kSlipEsc);
      out.push_back(kSlipEscEsc);
    } else {
      out.push_back(b);
    }
  }
  out.push_back(kSlipEnd);
  return out;
}

std::optional<std::vector<uint8_t>> slip_decode(std::span<const uint8_t> bytes) {
  std::vector<uint8_t> out;
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] != kSlipEsc) {
      out.push_back(bytes[i]);
      continue;
    }
    if (++i == bytes.size()) return std::nullopt;
    if (bytes[i] == kSlipEscEnd)
      out.push_back(kSlipEnd);
    else if (bytes[i] == kSlipEscEsc)
      out.push_back(kSlipEsc);
    else
      return std::nullopt;
  }
  return out;
}

std::vector<uint8_t> hci_packet(uint8_t seq, std::span<const uint8_t> payload) {
  size_t len = payload.size();
  std::vector<uint8_t> p(4 + len + 2);
  p[0] = uint8_t(seq | (((seq + 1) % 8) << 3) | (1 << 6) | (1 << 7));
  p[1] = uint8_t(kHciVendorPacket | ((len & 0x0F) << 4));
  p[2] = uint8_t((len & 0xFF0) >> 4);
  p[3] = uint8_t(-(p[0] + p[1] + p[2]));
  std::copy(payload.begin(), payload.end(), p.begin() + 4);
  uint16_t crc = crc16_ccitt(std::span(p).first(4 + len));
  p[4 + len] = uint8_t(crc);
  p[5 + len] = uint8_t(crc >> 8);
  return slip_encode(p);
}

Expected<std::optional<uint8_t>> NrfDfuSerial::read_ack(Millis timeout) {
  auto deadline = Clock::now() + timeout;
  uint8_t buf[64];
  for (;;) {
    // A frame is 0xC0, at least the 4-byte header, 0xC0.
    auto start = std::find(pending_.begin(), pending_.end(), kSlipEnd);
    pending_.erase(pending_.begin(), start);
    if (!pending_.empty()) {
      auto end = std::find(pending_.begin() + 1, pending_.end(), kSlipEnd);
      if (end != pending_.end()) {
        std::vector<uint8_t> inside(pending_.begin() + 1, end);
        if (inside.empty()) {
          // Two delimiters in a row: the second starts the frame.
          pending_.erase(pending_.begin());
          continue;
        }
        pending_.erase(pending_.begin(), end + 1);
        auto decoded = slip_decode(inside);
        if (decoded && decoded->size() >= 4 &&
            uint8_t((*decoded)[0] + (*decoded)[1] + (*decoded)[2] + (*decoded)[3]) == 0)
          return std::optional<uint8_t>(uint8_t(((*decoded)[0] >> 3) & 0x07));
        continue;  // a damaged frame counts as no answer
      }
    }
    auto left = std::chrono::duration_cast<Millis>(deadline - Clock::now());
    if (left.count() <= 0) return std::optional<uint8_t>();
    size_t n = CPY_UF2_TRY(port_.read_some(buf, left));
    pending_.insert(pending_.end(), buf, buf + n);
  }
}

Expected<void> NrfDfuSerial::send_packet(std::span<const uint8_t> payload, std::string_view what) {
  seq_ = uint8_t((seq_ + 1) % 8);
  uint8_t expected = uint8_t((seq_ + 1) % 8);
  std::vector<uint8_t> frame = hci_packet(seq_, payload);
  std::optional<uint8_t> last;
  for (int attempt = 1; attempt <= options_.attempts; ++attempt) {
    CPY_UF2_CHECK(port_.write_all(frame, options_.ack_timeout));
    last = CPY_UF2_TRY(read_ack(options_.ack_timeout));
    // The bootloader acknowledges with the next sequence number it expects;
    // a packet it already had is acknowledged again without being reused.
    if (last && *last == expected) return {};
  }
  if (last)
    return flash_fail(FlashErrc::kProtocol,
                      fmt::format("{}: the bootloader acknowledged {} with sequence number {} instead of {} after {} "
                                  "tries (is another program using the port?)",
                                  port_.path(), what, *last, expected, options_.attempts));
  return flash_fail(FlashErrc::kTimeout,
                    fmt::format("{}: timed out waiting for acknowledgement of {} ({} tries of {} ms; is the board in "
                                "its DFU bootloader?)",
                                port_.path(), what, options_.attempts, options_.ack_timeout.count()));
}

Expected<void> NrfDfuSerial::send_image(const DfuImage& image, const DfuProgress& progress) {
  seq_ = 0;
  pending_.clear();
  port_.discard_input();
  uint32_t sd = 0, bl = 0, app = 0;
  uint32_t size = uint32_t(image.firmware.size());
  switch (image.kind) {
    case DfuImageKind::kSoftDevice:
      sd = size;
      break;
    case DfuImageKind::kBootloader:
      bl = size;
      break;
    case DfuImageKind::kSoftDeviceBootloader:
      sd = image.softdevice_size, bl = image.bootloader_size;
      break;
    case DfuImageKind::kApplication:
      app = size;
      break;
  }
  uint32_t total = sd + bl + app;

  std::vector<uint8_t> start;
  append_le32(start, kDfuStart);
  append_le32(start, uint32_t(image.kind));
  append_le32(start, sd);
  append_le32(start, bl);
  append_le32(start, app);
  if (progress) progress("start", 0, size);
  CPY_UF2_CHECK(send_packet(start, "the START packet"));
  // The bootloader erases as many pages as the image needs, with the CPU
  // stalled; nothing sent meanwhile would be heard.
  double erase_wait = std::max(0.5, double(total / kFlashPage + 1) * options_.page_erase_seconds);
  sleep_seconds(erase_wait);

  std::vector<uint8_t> init;
  append_le32(init, kDfuInit);
  init.insert(init.end(), image.init_packet.begin(), image.init_packet.end());
  init.push_back(0);  // two bytes of padding, as nrfutil sends
  init.push_back(0);
  CPY_UF2_CHECK(send_packet(init, "the INIT packet"));

  size_t count = 0;
  for (size_t at = 0; at < image.firmware.size(); at += kDataChunk, ++count) {
    std::vector<uint8_t> data;
    append_le32(data, kDfuData);
    size_t n = std::min(kDataChunk, image.firmware.size() - at);
    data.insert(data.end(), image.firmware.begin() + long(at), image.firmware.begin() + long(at + n));
    CPY_UF2_CHECK(
        send_packet(data, fmt::format("the DATA packet at offset {:#x} of the {}", at, kind_name(image.kind))));
    if (progress) progress("write", at + n, size);
    // Every 4 KB the bootloader writes a page with the CPU stalled.
    if (count % 8 == 0) sleep_seconds(options_.page_write_seconds);
  }
  sleep_seconds(options_.page_write_seconds);
  std::vector<uint8_t> stop;
  append_le32(stop, kDfuStop);
  CPY_UF2_CHECK(send_packet(stop, "the STOP packet"));
  if (progress) progress("activate", size, size);

  // Only an image that matches its init packet is activated, and only then
  // does the board reset; a bootloader that stays has refused the image.
  double activate = options_.single_bank && sd == 0
                        ? options_.page_erase_seconds + options_.page_write_seconds
                        : erase_wait + double(total / kFlashPage + 1) * options_.page_write_seconds;
  auto deadline = Clock::now() + std::chrono::duration_cast<Millis>(std::chrono::duration<double>(activate)) +
                  options_.activation_margin;
  uint8_t buf[64];
  for (;;) {
    auto left = std::chrono::duration_cast<Millis>(deadline - Clock::now());
    if (left.count() <= 0) break;
    auto n = port_.read_some(buf, left);
    if (!n.ok()) {
      if (n.error().code == FlashErrc::kPortGone) return {};
      return n.error();
    }
  }
  return flash_fail(FlashErrc::kVerify,
                    fmt::format("{}: the bootloader did not start the new {} (it is still in DFU mode after STOP): it "
                                "refused the image, whose CRC or init packet did not match what it received",
                                port_.path(), kind_name(image.kind)));
}

}  // namespace cpy::uf2
