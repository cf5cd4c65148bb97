#include "sim_nrf.h"

#include <algorithm>

namespace cpy::uf2::sim {

namespace {

// crc16_compute() of the nRF5 SDK (CRC-16/CCITT-FALSE).
uint16_t crc16(const uint8_t* p, size_t n, uint16_t crc = 0xFFFF) {
  for (size_t i = 0; i < n; ++i) {
    crc = uint16_t((crc >> 8) | (crc << 8));
    crc ^= p[i];
    crc ^= uint16_t((crc & 0xFF) >> 4);
    crc ^= uint16_t(crc << 12);
    crc ^= uint16_t((crc & 0xFF) << 5);
  }
  return crc;
}

uint32_t le32(const std::vector<uint8_t>& b, size_t at) {
  return uint32_t(b[at]) | uint32_t(b[at + 1]) << 8 | uint32_t(b[at + 2]) << 16 | uint32_t(b[at + 3]) << 24;
}

uint16_t le16(const std::vector<uint8_t>& b, size_t at) { return uint16_t(b[at] | b[at + 1] << 8); }

constexpr size_t kPage = 4096;

}  // namespace

NrfTarget::NrfTarget(NrfConfig config) : config_(config) {
  flash_.assign(config_.bootloader_start, 0xFF);
  // The SoftDevice (with the MBR) sits below the application.
  for (uint32_t i = 0; i < config_.app_start; ++i) flash_[i] = uint8_t(i * 13 + 5);
  in_app_ = config_.start_in_app;
}

bool NrfTarget::touched() {
  to_bootloader_ = true;
  return true;
}

void NrfTarget::reset() {
  reset_pending_ = false;
  in_app_ = app_valid_ && !to_bootloader_;
  to_bootloader_ = false;
  rx_.clear();
  in_frame_ = false;
  expected_seq_ = 1;
  state_ = State::kIdle;
}

bool NrfTarget::reset_requested() { return reset_pending_ && std::chrono::steady_clock::now() >= reset_at_; }

void NrfTarget::ack(std::vector<uint8_t>& reply) {
  // hci_transport.c ack_transmit(): an unreliable header with the next
  // expected sequence number, SLIP framed.
  uint8_t h[4] = {uint8_t(expected_seq_ << 3), 0, 0, 0};
  h[3] = uint8_t(-(h[0] + h[1] + h[2]));
  reply.push_back(0xC0);
  for (uint8_t b : h) {
    if (b == 0xC0) {
      reply.push_back(0xDB), reply.push_back(0xDC);
    } else if (b == 0xDB) {
      reply.push_back(0xDB), reply.push_back(0xDD);
    } else {
      reply.push_back(b);
    }
  }
  reply.push_back(0xC0);
}

void NrfTarget::frame(std::vector<uint8_t> raw, std::vector<uint8_t>& reply) {
  ++packets_seen_;
  if (config_.silent_after && packets_seen_ > *config_.silent_after) {
    silent_ = true;
    return;
  }
  if (config_.vanish_after && packets_seen_ > *config_.vanish_after) {
    vanish_pending_ = true;
    return;
  }
  std::vector<uint8_t> p;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != 0xDB) {
      p.push_back(raw[i]);
    } else if (i + 1 < raw.size() && (raw[i + 1] == 0xDC || raw[i + 1] == 0xDD)) {
      p.push_back(raw[++i] == 0xDC ? 0xC0 : 0xDB);
    } else {
      ++dropped_;
      return;
    }
  }
  if (config_.corrupt_packet && accepted_ + 1 == *config_.corrupt_packet && p.size() > 6) p[p.size() / 2] ^= 0x10;
  if (config_.drop_packet && accepted_ + 1 == *config_.drop_packet && !dropped_once_) {
    dropped_once_ = true;
    ++dropped_;
    return;
  }
  // is_rx_pkt_valid(): length, integrity and reliable bits, type, header
  // checksum, CRC. Anything wrong: dropped without a word.
  bool valid = p.size() > 4 + 2 && (p[0] & 0x40) && (p[0] & 0x80) && (p[1] & 0x0F) == 14 &&
               uint8_t(p[0] + p[1] + p[2] + p[3]) == 0 && crc16(p.data(), p.size() - 2) == le16(p, p.size() - 2) &&
               size_t((p[1] >> 4) | (p[2] << 4)) == p.size() - 6;
  if (!valid) {
    ++dropped_;
    return;
  }
  uint8_t seq = p[0] & 0x07;
  if (seq != expected_seq_) {
    ++repeats_;
    ack(reply);
    return;
  }
  expected_seq_ = uint8_t((expected_seq_ + 1) & 0x07);
  ++accepted_;
  ack(reply);
  process(std::vector<uint8_t>(p.begin() + 4, p.end() - 2));
}

void NrfTarget::process(const std::vector<uint8_t>& payload) {
  if (payload.size() < 4) return;
  uint32_t type = le32(payload, 0);
  auto refuse = [&](std::string why) {
    refusal_ = std::move(why);
    state_ = State::kRefused;
  };
  switch (type) {
    case 3: {  // START
      if (payload.size() < 20) return refuse("short START packet");
      uint32_t mode = le32(payload, 4), sd = le32(payload, 8), bl = le32(payload, 12), app = le32(payload, 16);
      if (mode != 4 || sd || bl) return refuse("only application updates are simulated");
      if (app == 0 || config_.app_start + app > config_.bootloader_start) return refuse("application too large");
      image_size_ = app;
      received_ = 0;
      refusal_.clear();
      app_valid_ = false;
      // Erase the pages the image needs.
      uint32_t end = config_.app_start + uint32_t((app + kPage - 1) / kPage * kPage);
      std::fill(flash_.begin() + config_.app_start, flash_.begin() + std::min<uint32_t>(end, config_.bootloader_start),
                0xFF);
      state_ = State::kWaitInit;
      break;
    }
    case 1: {  // INIT: device type, revision, app version, SoftDevices, CRC16 (+ padding)
      if (state_ != State::kWaitInit) return;
      const size_t n = payload.size() - 4;
      if (n < 12) return refuse("init packet too short");
      std::vector<uint8_t> init(payload.begin() + 4, payload.end());
      uint16_t device_type = le16(init, 0);
      uint16_t sd_count = le16(init, 8);
      if (10 + 2 * size_t(sd_count) + 2 > n) return refuse("init packet too short");
      if (device_type != 0x0052) return refuse("device type is not 0x0052");
      bool sd_ok = false;
      for (uint16_t i = 0; i < sd_count; ++i) {
        uint16_t sd = le16(init, 10 + 2 * i);
        sd_ok = sd_ok || sd == 0xFFFE || sd == config_.softdevice_fwid;
      }
      if (!sd_ok) return refuse("no matching SoftDevice");
      expected_crc_ = le16(init, 10 + 2 * sd_count);
      state_ = State::kReceiving;
      break;
    }
    case 4: {  // DATA
      if (state_ != State::kReceiving) return;
      for (size_t i = 4; i < payload.size() && received_ < image_size_; ++i, ++received_) {
        uint32_t at = config_.app_start + received_;
        if (config_.stuck_offset && received_ == *config_.stuck_offset) continue;
        flash_[at] &= payload[i];
      }
      break;
    }
    case 5: {  // STOP: dfu_image_validate(), then activate only a valid image
      if (state_ != State::kReceiving) return;
      if (received_ != image_size_) return refuse("image incomplete");
      uint16_t crc = crc16(flash_.data() + config_.app_start, image_size_);
      if (crc != expected_crc_) return refuse("CRC mismatch");
      app_valid_ = true;
      reset_pending_ = true;
      reset_at_ = std::chrono::steady_clock::now() + std::chrono::milliseconds(100);
      state_ = State::kIdle;
      break;
    }
    default:
      break;
  }
}

void NrfTarget::receive(std::span<const uint8_t> packet, std::vector<uint8_t>& reply) {
  if (in_app_ || silent_ || vanish_pending_) return;
  for (uint8_t b : packet) {
    if (b == 0xC0) {
      if (in_frame_ && !rx_.empty()) {
        frame(std::move(rx_), reply);
        rx_.clear();
        in_frame_ = false;
        if (silent_ || vanish_pending_) return;
      } else {
        in_frame_ = true;
        rx_.clear();
      }
      continue;
    }
    if (in_frame_) rx_.push_back(b);
  }
}

}  // namespace cpy::uf2::sim
