#include "sim_samba.h"

#include <cstdio>
#include <cstring>

namespace cpy::uf2::sim {

namespace {

constexpr uint32_t kSramBase = 0x20000000;
constexpr uint32_t kUserRow = 0x804000;
constexpr uint32_t kNvm = 0x41004000;
constexpr uint32_t kDsuDid = 0x41002018;
constexpr uint32_t kCpuid = 0xE000ED00;
constexpr uint32_t kAircr = 0xE000ED0C;

// The start of bossac's WordCopy applet (WordCopyArm.cpp): running a copy
// of it is emulated, since the simulator executes no Arm code.
constexpr uint8_t kWordCopyCode[] = {0x09, 0x48, 0x0a, 0x49, 0x0a, 0x4a, 0x02, 0xe0, 0x08, 0xc9, 0x08, 0xc0};

int hex_digit(uint8_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

void append(std::vector<uint8_t>& out, const char* text) { out.insert(out.end(), text, text + std::strlen(text)); }

}  // namespace

SambaTarget::SambaTarget(SambaConfig config) : config_(std::move(config)) {
  d21_ = config_.chip == "samd21";
  page_size_ = d21_ ? 64 : 512;
  erase_size_ = d21_ ? 256 : 8192;
  flash_.assign(d21_ ? 256 * 1024 : 512 * 1024, 0xFF);
  sram_.assign(d21_ ? 32 * 1024 : 192 * 1024, 0);
  user_row_.assign(d21_ ? 256 : 512, 0xFF);
  page_buffer_.assign(page_size_, 0xFF);
  // Factory-like fuses: BOOTPROT set for the bootloader, BOD33 on.
  const uint8_t d21_fuses[] = {0xFA, 0xC7, 0xE0, 0xD8, 0x5D, 0xFC, 0xFF, 0xFF};
  const uint8_t d51_fuses[] = {0x39, 0x92, 0x9A, 0xFE, 0x80, 0xFF, 0xEC, 0xAE, 0xFF, 0xFF, 0xFF, 0xFF};
  if (d21_)
    std::memcpy(user_row_.data(), d21_fuses, sizeof d21_fuses);
  else
    std::memcpy(user_row_.data(), d51_fuses, sizeof d51_fuses);
  // A recognisable bootloader: a vector table, then a pattern.
  for (uint32_t i = 0; i < config_.bootloader_size; ++i) flash_[i] = uint8_t(i * 7 + 3);
  uint32_t sp = kSramBase + uint32_t(sram_.size());
  for (int k = 0; k < 4; ++k) flash_[size_t(k)] = uint8_t(sp >> (8 * k));
  const uint32_t reset_handler = 0x000004D1;
  for (int k = 0; k < 4; ++k) flash_[size_t(4 + k)] = uint8_t(reset_handler >> (8 * k));
  in_app_ = config_.start_in_app;
  if (d21_) {
    nvm_[0x08] = 0x00, nvm_[0x09] = 0x10, nvm_[0x0A] = 0x03;  // PARAM: 4096 pages of 64 bytes
  } else {
    nvm_[0x08] = 0x00, nvm_[0x09] = 0x04, nvm_[0x0A] = 0x06;  // PARAM: 1024 pages of 512 bytes
    nvm_[0x00] = 0x04;                                        // CTRLA: AUTOWS, WMODE = MAN
  }
}

void SambaTarget::preload(uint32_t address, const std::vector<uint8_t>& bytes) {
  for (size_t i = 0; i < bytes.size() && address + i < flash_.size(); ++i) flash_[address + i] = bytes[i];
}

bool SambaTarget::touched() {
  to_bootloader_ = true;
  return true;
}

void SambaTarget::reset() {
  reset_pending_ = false;
  reset_count_++;
  command_ = 'z';
  number_ = pointer_ = 0;
  data_left_ = 0;
  terminal_ = false;
  // The bootloader starts the application when its stack pointer is sane;
  // a touch (or a double-tap) keeps it in the bootloader.
  uint32_t app = config_.bootloader_size;
  uint32_t sp = uint32_t(flash_[app]) | uint32_t(flash_[app + 1]) << 8 | uint32_t(flash_[app + 2]) << 16 |
                uint32_t(flash_[app + 3]) << 24;
  bool valid = sp >= kSramBase && sp <= kSramBase + sram_.size();
  in_app_ = valid && !to_bootloader_;
  to_bootloader_ = false;
}

uint8_t SambaTarget::read8(uint32_t a) const {
  if (a < flash_.size()) return flash_[a];
  if (a >= kSramBase && a - kSramBase < sram_.size()) return sram_[a - kSramBase];
  if (a >= kUserRow && a - kUserRow < user_row_.size()) return user_row_[a - kUserRow];
  if (a >= kNvm && a < kNvm + sizeof nvm_) {
    uint32_t r = a - kNvm;
    if (d21_ && r == 0x14) return nvm_[r] | 0x01;    // INTFLAG.READY
    if (!d21_ && r == 0x12) return nvm_[r] | 0x01;   // STATUS.READY
    if (!d21_ && r >= 0x04 && r < 0x08) return 0;    // CTRLB is write-only
    if (d21_ && r >= 0x20 && r < 0x22) return 0xFF;  // LOCK: all unlocked
    return nvm_[r];
  }
  if (a >= kDsuDid && a < kDsuDid + 4) return uint8_t((d21_ ? 0x10010305u : 0x60060305u) >> (8 * (a - kDsuDid)));
  if (a >= kCpuid && a < kCpuid + 4) return uint8_t((d21_ ? 0x410CC601u : 0x410FC241u) >> (8 * (a - kCpuid)));
  return 0;
}

uint32_t SambaTarget::read32(uint32_t a) const {
  return uint32_t(read8(a)) | uint32_t(read8(a + 1)) << 8 | uint32_t(read8(a + 2)) << 16 | uint32_t(read8(a + 3)) << 24;
}

void SambaTarget::write8(uint32_t a, uint8_t v) {
  if (a < flash_.size() || (a >= kUserRow && a - kUserRow < user_row_.size())) {
    // Stores into flash land in the NVM page buffer.
    uint32_t page = a / page_size_ * page_size_;
    page_buffer_address_ = page;
    page_buffer_[a - page] = v;
    bool manual = d21_ ? (nvm_[0x04] & 0x80) != 0 : ((nvm_[0x00] >> 4) & 3) == 0;
    // Automatic page write once the last byte of the page is loaded.
    if (!manual && a - page == page_size_ - 1) {
      for (uint32_t i = 0; i < page_size_; ++i) program(page + i, page_buffer_[i]);
      std::fill(page_buffer_.begin(), page_buffer_.end(), 0xFF);
      count_page_write();
    }
    return;
  }
  if (a >= kSramBase && a - kSramBase < sram_.size()) {
    sram_[a - kSramBase] = v;
    return;
  }
  if (a >= kNvm && a < kNvm + sizeof nvm_) {
    uint32_t r = a - kNvm;
    if (d21_ && (r == 0x14 || r == 0x18 || r == 0x19)) {
      nvm_[r] &= uint8_t(~v);  // write one to clear
      return;
    }
    if (!d21_ && (r == 0x10 || r == 0x11)) {
      nvm_[r] &= uint8_t(~v);
      return;
    }
    if (!d21_ && (r == 0x12 || r == 0x13)) return;  // STATUS is read-only
    nvm_[r] = v;
    return;
  }
}

void SambaTarget::write32(uint32_t a, uint32_t v) {
  if (a == kAircr) {
    if (v == 0x05FA0004) reset_pending_ = true;
    return;
  }
  for (int k = 0; k < 4; ++k) write8(a + uint32_t(k), uint8_t(v >> (8 * k)));
  // A command register written with the key runs the command.
  if (d21_ && a == kNvm && (v & 0xFF00) == 0xA500) nvm_command(v & 0x7F);
  if (!d21_ && a == kNvm + 0x04 && (v & 0xFF00) == 0xA500) nvm_command(v & 0x7F);
}

void SambaTarget::program(uint32_t a, uint8_t v) {
  if (a >= kUserRow && a - kUserRow < user_row_.size()) {
    user_row_[a - kUserRow] &= v;
    return;
  }
  if (a >= flash_.size() || protected_address(a)) return;
  if (config_.stuck_address && a == *config_.stuck_address) return;
  flash_[a] &= v;  // programming only clears bits
}

void SambaTarget::erase_unit(uint32_t a) {
  uint32_t start = a / erase_size_ * erase_size_;
  for (uint32_t i = start; i < start + erase_size_ && i < flash_.size(); ++i)
    if (!protected_address(i)) flash_[i] = 0xFF;
}

void SambaTarget::count_page_write() {
  ++page_writes_;
  if (config_.silent_after_writes && page_writes_ >= *config_.silent_after_writes) silent_ = true;
  if (config_.vanish_after_writes && page_writes_ >= *config_.vanish_after_writes) vanish_pending_ = true;
}

void SambaTarget::nvm_command(uint32_t command) {
  uint32_t addr =
      d21_ ? (uint32_t(nvm_[0x1C]) | uint32_t(nvm_[0x1D]) << 8 | uint32_t(nvm_[0x1E]) << 16) * 2
           : uint32_t(nvm_[0x14]) | uint32_t(nvm_[0x15]) << 8 | uint32_t(nvm_[0x16]) << 16 | uint32_t(nvm_[0x17]) << 24;
  auto locked = [&] {
    if (d21_) {
      nvm_[0x14] |= 0x02;  // INTFLAG.ERROR
      nvm_[0x18] |= 0x08;  // STATUS.LOCKE
    } else {
      nvm_[0x10] |= 0x08;  // INTFLAG.LOCKE
    }
  };
  auto write_page = [&](uint32_t size) {
    uint32_t page = addr / size * size;
    if (page < flash_.size() && protected_address(page)) return locked();
    uint32_t base = addr / page_size_ * page_size_;
    for (uint32_t i = 0; i < size; ++i) program(page + i, page_buffer_[(page - base) + i]);
    std::fill(page_buffer_.begin(), page_buffer_.end(), 0xFF);
    if (size == page_size_) count_page_write();
  };
  if (!d21_) nvm_[0x10] |= 0x01;  // INTFLAG.DONE
  switch (d21_ ? command + 0x100 : command) {
    case 0x102:  // SAMD21 ER
    case 0x01:   // SAMD51 EB
      if (addr < flash_.size() && protected_address(addr / erase_size_ * erase_size_)) return locked();
      if (addr < flash_.size()) erase_unit(addr);
      break;
    case 0x104:  // SAMD21 WP
    case 0x03:   // SAMD51 WP
      write_page(page_size_);
      break;
    case 0x04:  // SAMD51 WQW
      write_page(16);
      break;
    case 0x144:  // SAMD21 PBC
    case 0x15:   // SAMD51 PBC
      std::fill(page_buffer_.begin(), page_buffer_.end(), 0xFF);
      break;
    case 0x105:  // SAMD21 EAR
    case 0x00:   // SAMD51 EP
      if (addr >= kUserRow && addr < kUserRow + user_row_.size()) std::fill(user_row_.begin(), user_row_.end(), 0xFF);
      break;
    case 0x106:  // SAMD21 WAP
      write_page(page_size_);
      break;
    default:  // lock, unlock, security bit: nothing to model
      break;
  }
}

void SambaTarget::run_applet(uint32_t vector) {
  // G jumps through a vector: [vector] is the stack, [vector + 4] the entry.
  uint32_t entry = read32(vector + 4) & ~1u;
  for (size_t i = 0; i < sizeof kWordCopyCode; ++i)
    if (read8(entry + uint32_t(i)) != kWordCopyCode[i]) return;  // unknown code: the real chip would run it
  uint32_t dst = read32(entry + 0x28), src = read32(entry + 0x2C), words = read32(entry + 0x30);
  for (uint32_t i = 0; i < words; ++i) {
    uint32_t w = read32(src + 4 * i);
    for (int k = 0; k < 4; ++k) write8(dst + 4 * i + uint32_t(k), uint8_t(w >> (8 * k)));
  }
}

void SambaTarget::execute(uint8_t command, std::vector<uint8_t>& reply) {
  bool extended = config_.flavour != "plain";
  switch (command) {
    case 'S':
      data_left_ = number_;
      break;
    case 'R':
      for (uint32_t i = 0; i < number_; ++i) {
        uint8_t b = read8(pointer_ + i);
        // The Arduino/Adafruit USB code garbles long binary reads.
        if (config_.read_bug && config_.flavour != "plain" && number_ >= 64 && i == 63) b ^= 0x5A;
        reply.push_back(b);
      }
      break;
    case 'O':
      write8(pointer_, uint8_t(number_));
      break;
    case 'H':
      write8(pointer_, uint8_t(number_));
      write8(pointer_ + 1, uint8_t(number_ >> 8));
      break;
    case 'W':
      write32(pointer_, number_);
      break;
    case 'o':
      reply.push_back(read8(pointer_));
      break;
    case 'h':
      reply.push_back(read8(pointer_));
      reply.push_back(read8(pointer_ + 1));
      break;
    case 'w':
      for (int k = 0; k < 4; ++k) reply.push_back(read8(pointer_ + uint32_t(k)));
      break;
    case 'G':
      run_applet(number_);
      break;
    case 'T':
      if (config_.flavour != "adafruit") {
        terminal_ = true;
        append(reply, "\n\r");
      }
      break;
    case 'N':
      if (config_.flavour != "adafruit" && !terminal_) append(reply, "\n\r");
      terminal_ = false;
      break;
    case 'V':
      if (config_.flavour == "adafruit") {
        append(reply, "v1.1 [Arduino:XYZ] Jun 16 2020 18:40:34\n\r");
        reply.push_back(0);  // sizeof(fullVersion) counts the NUL
      } else if (config_.flavour == "arduino") {
        append(reply, "v2.0 [Arduino:XYZ] Mar 19 2018 09:45:14\n\r");
      } else {
        append(reply, "v1.1 Dec 15 2010 19:25:04\n\r");
      }
      break;
    case 'X':
      if (!extended) break;
      for (uint32_t a = number_ / erase_size_ * erase_size_; a < flash_.size(); a += erase_size_) erase_unit(a);
      append(reply, "X\n\r");  // also when BOOTPROT refused part of it
      break;
    case 'Y':
      if (!extended) break;
      if (number_ == 0) {
        y_source_ = pointer_;
      } else {
        // flash_write_words(): whole pages from the SRAM buffer.
        for (uint32_t done = 0; done < number_; done += page_size_) {
          for (uint32_t i = done; i < number_ && i < done + page_size_; ++i)
            program(pointer_ + i, read8(y_source_ + i));
          count_page_write();
        }
      }
      append(reply, "Y\n\r");
      break;
    case 'Z': {
      if (!extended) break;
      uint16_t crc = 0;
      for (uint32_t i = 0; i < number_; ++i) {
        crc ^= uint16_t(read8(pointer_ + i)) << 8;
        for (int bit = 0; bit < 8; ++bit) crc = (crc & 0x8000) ? uint16_t((crc << 1) ^ 0x1021) : uint16_t(crc << 1);
      }
      char text[16];
      std::snprintf(text, sizeof text, "Z%08X#\n\r", crc);
      append(reply, text);
      break;
    }
    default:
      break;
  }
  if (terminal_) reply.push_back('>');
}

void SambaTarget::receive(std::span<const uint8_t> packet, std::vector<uint8_t>& reply) {
  if (in_app_ || silent_) return;  // the application ignores SAM-BA; a hung bootloader answers nothing
  for (size_t i = 0; i < packet.size(); ++i) {
    uint8_t c = packet[i];
    if (data_left_ > 0) {
      write8(pointer_++, c);
      --data_left_;
      continue;
    }
    if (c == 0xFF) continue;
    if (c == '#') {
      uint8_t cmd = command_;
      command_ = 'z';
      execute(cmd, reply);
      if (cmd == 'S' && data_left_ > 0 && i + 1 < packet.size()) saw_mixed_ = true;
      if (cmd != 'S') number_ = 0;
      if (silent_ || vanish_pending_ || reset_pending_) return;
      continue;
    }
    int d = hex_digit(c);
    if (d >= 0) {
      number_ = number_ << 4 | uint32_t(d);
    } else if (c == ',') {
      pointer_ = number_;
      number_ = 0;
    } else {
      command_ = c;
      number_ = 0;
    }
  }
}

}  // namespace cpy::uf2::sim
