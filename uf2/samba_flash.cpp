// Flash operations over SAM-BA: identifying the SAMD part, erasing, writing
// and verifying, with the Arduino extensions (X, Y, Z) when the bootloader
// offers them and the NVM controller's own commands otherwise.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "cpy/uf2/samba.h"

namespace cpy::uf2 {

namespace {

struct Part {
  uint32_t did;  // DSU DID & 0xFFFF00FF
  const char* name;
};

// Device selections from the SAMD21 and SAMD5x/E5x datasheets (the same
// values bossac 1.9.1's Device.cpp knows).
constexpr std::array kSamd21Parts = {
    Part{0x10010000, "ATSAMD21J18A"}, Part{0x10010001, "ATSAMD21J17A"}, Part{0x10010002, "ATSAMD21J16A"},
    Part{0x10010003, "ATSAMD21J15A"}, Part{0x10010005, "ATSAMD21G18A"}, Part{0x10010006, "ATSAMD21G17A"},
    Part{0x10010007, "ATSAMD21G16A"}, Part{0x10010008, "ATSAMD21G15A"}, Part{0x1001000A, "ATSAMD21E18A"},
    Part{0x1001000B, "ATSAMD21E17A"}, Part{0x1001000C, "ATSAMD21E16A"}, Part{0x1001000D, "ATSAMD21E15A"},
    Part{0x1001000F, "ATSAMD21G18A"}, Part{0x10010010, "ATSAMD21G17A"}, Part{0x10010020, "ATSAMD21J16B"},
    Part{0x10010021, "ATSAMD21J15B"}, Part{0x10010023, "ATSAMD21G16B"}, Part{0x10010024, "ATSAMD21G15B"},
    Part{0x10010026, "ATSAMD21E16B"}, Part{0x10010027, "ATSAMD21E15B"}, Part{0x10010055, "ATSAMD21E16B"},
    Part{0x10010056, "ATSAMD21E15B"}, Part{0x10010062, "ATSAMD21E16C"}, Part{0x10010063, "ATSAMD21E15C"},
};

constexpr std::array kSamd5xParts = {
    Part{0x60060000, "ATSAMD51P20A"}, Part{0x60060001, "ATSAMD51P19A"}, Part{0x60060002, "ATSAMD51N20A"},
    Part{0x60060003, "ATSAMD51N19A"}, Part{0x60060004, "ATSAMD51J20A"}, Part{0x60060005, "ATSAMD51J19A"},
    Part{0x60060006, "ATSAMD51J18A"}, Part{0x60060007, "ATSAMD51G19A"}, Part{0x60060008, "ATSAMD51G18A"},
    Part{0x61810000, "ATSAME51N20A"}, Part{0x61810001, "ATSAME51N19A"}, Part{0x61810002, "ATSAME51J19A"},
    Part{0x61810003, "ATSAME51J18A"}, Part{0x61810004, "ATSAME51J20A"}, Part{0x61830002, "ATSAME53N20A"},
    Part{0x61830003, "ATSAME53N19A"}, Part{0x61830004, "ATSAME53J20A"}, Part{0x61830005, "ATSAME53J19A"},
    Part{0x61830006, "ATSAME53J18A"}, Part{0x61840000, "ATSAME54P20A"}, Part{0x61840001, "ATSAME54P19A"},
    Part{0x61840002, "ATSAME54N20A"}, Part{0x61840003, "ATSAME54N19A"},
};

// Flash size from the name's density digits: 15 = 32 KB ... 20 = 1 MB.
uint32_t flash_for(const char* name) {
  std::string_view n(name);
  int density = (n[n.size() - 3] - '0') * 10 + (n[n.size() - 2] - '0');
  return uint32_t(32 * 1024) << (density - 15);
}

// NVM controller registers and commands (offsets from kNvmctrlAddress).
constexpr uint32_t kD21CtrlA = 0x00, kD21CtrlB = 0x04, kD21IntFlag = 0x14, kD21Status = 0x18, kD21Addr = 0x1C;
constexpr uint32_t kD21CmdEraseRow = 0x02, kD21CmdWritePage = 0x04, kD21CmdPageBufferClear = 0x44;
constexpr uint32_t kD51CtrlA = 0x00, kD51CtrlB = 0x04, kD51IntFlag = 0x10, kD51Addr = 0x14;
constexpr uint32_t kD51CmdEraseBlock = 0x01, kD51CmdWritePage = 0x03, kD51CmdPageBufferClear = 0x15;
constexpr uint32_t kCmdKey = 0xA500;

// The most one `Y` or `Z` covers, as in bossac.
constexpr uint32_t kBufferMax = 4096;

}  // namespace

std::optional<SamdChip> identify_samd(uint32_t did) {
  uint32_t key = did & 0xFFFF00FF;
  for (const Part& p : kSamd21Parts) {
    if (p.did != key) continue;
    SamdChip c{did, p.name, "samd21", flash_for(p.name), 64, 256, 0, 0};
    // bossac's applet address: free SRAM above the bootloader's own data.
    uint32_t ram = c.flash_size / 8;
    c.sram_buffer = 0x20000000 + ram / 2;
    c.buffer_size = std::min<uint32_t>(kBufferMax, ram / 4);
    return c;
  }
  for (const Part& p : kSamd5xParts) {
    if (p.did != key) continue;
    std::string family =
        std::string_view(p.name).substr(2, 5) == "SAMD5" ? "samd51" : fmt::format("same5{}", p.name[7]);
    return SamdChip{did, p.name, family, flash_for(p.name), 512, 8192, 0x20004000, kBufferMax};
  }
  return std::nullopt;
}

Expected<SamdChip> identify_chip(SambaClient& client) {
  uint32_t cpuid = CPY_UF2_TRY(client.read_word(kCpuidAddress));
  uint32_t part = cpuid & 0xFFF0;
  if (part != 0xC600 && part != 0xC240)
    return flash_fail(FlashErrc::kWrongChip,
                      fmt::format("CPUID {:#010x} is neither a Cortex-M0+ (SAMD21) nor a Cortex-M4 (SAMD51)", cpuid));
  uint32_t did = CPY_UF2_TRY(client.read_word(kDsuDidAddress));
  auto chip = identify_samd(did);
  if (!chip)
    return flash_fail(FlashErrc::kWrongChip, fmt::format("DSU DID {:#010x} is not a SAMD21 or SAMD5x part", did));
  bool m0 = chip->family == "samd21";
  if (m0 != (part == 0xC600))
    return flash_fail(FlashErrc::kWrongChip,
                      fmt::format("CPUID {:#010x} does not go with DSU DID {:#010x} ({})", cpuid, did, chip->name));
  return std::move(*chip);
}

Expected<void> SambaFlasher::check_range(uint32_t address, size_t size, std::string_view what) const {
  uint64_t end = uint64_t(address) + size;
  if (address < protected_end_)
    return flash_fail(FlashErrc::kRefused,
                      fmt::format("refusing to {} at {:#x}: the bootloader occupies flash below {:#x} (use --force "
                                  "only to replace the bootloader itself)",
                                  what, address, protected_end_));
  if (end > chip_.flash_size)
    return flash_fail(FlashErrc::kBadInput, fmt::format("cannot {} {:#x}..{:#x}: the {} has {} KB of flash", what,
                                                        address, end, chip_.name, chip_.flash_size / 1024));
  return {};
}

Expected<void> SambaFlasher::nvm_wait_ready() {
  bool d21 = chip_.family == "samd21";
  for (int tries = 0; tries < 10000; ++tries) {
    uint32_t word = CPY_UF2_TRY(client_.read_word(kNvmctrlAddress + (d21 ? kD21IntFlag : kD51IntFlag)));
    // SAMD21: INTFLAG.READY is bit 0. SAMD51: STATUS.READY is bit 16 of
    // the word that starts at INTFLAG.
    if (d21 ? (word & 1) : (word & 0x10000)) return {};
  }
  return flash_fail(FlashErrc::kTimeout, "the NVM controller never became ready");
}

Expected<void> SambaFlasher::nvm_command(uint32_t command, std::string_view what) {
  bool d21 = chip_.family == "samd21";
  CPY_UF2_CHECK(nvm_wait_ready());
  CPY_UF2_CHECK(client_.write_word(kNvmctrlAddress + (d21 ? kD21CtrlA : kD51CtrlB), kCmdKey | command));
  CPY_UF2_CHECK(nvm_wait_ready());
  uint32_t flags = CPY_UF2_TRY(client_.read_word(kNvmctrlAddress + (d21 ? kD21IntFlag : kD51IntFlag)));
  uint32_t errors = d21 ? flags & 0x2 : flags & 0xCE;
  if (errors) {
    CPY_UF2_CHECK(client_.write_word(kNvmctrlAddress + (d21 ? kD21IntFlag : kD51IntFlag), errors));
    return flash_fail(FlashErrc::kRefused, fmt::format("the NVM controller refused to {} (flags {:#x}: the region is "
                                                       "locked or protected by BOOTPROT)",
                                                       what, errors));
  }
  return {};
}

Expected<void> SambaFlasher::nvm_set_manual_write() {
  if (chip_.family == "samd21") {
    uint32_t ctrlb = CPY_UF2_TRY(client_.read_word(kNvmctrlAddress + kD21CtrlB));
    // MANW (bit 7) and CACHEDIS (bit 18), as bossac sets them.
    return client_.write_word(kNvmctrlAddress + kD21CtrlB, ctrlb | (1u << 18) | (1u << 7));
  }
  uint32_t ctrla = CPY_UF2_TRY(client_.read_word(kNvmctrlAddress + kD51CtrlA)) & 0xFFFF;
  // WMODE = MAN (bits 5:4 clear), both caches disabled (bits 15:14).
  return client_.write_word(kNvmctrlAddress + kD51CtrlA, (ctrla | 0xC000) & 0xFFCF);
}

Expected<void> SambaFlasher::erase(uint32_t address, const SambaProgress& progress) {
  CPY_UF2_CHECK(check_range(address, 0, "erase"));
  if (!client_.can_erase()) return erase_range(address, chip_.flash_size - address, progress);
  if (address % chip_.erase_size != 0)
    return flash_fail(FlashErrc::kBadInput, fmt::format("erase address {:#x} is not a multiple of the {}'s {}-byte "
                                                        "erase size",
                                                        address, chip_.name, chip_.erase_size));
  size_t total = chip_.flash_size - address;
  if (progress) progress("erase", 0, total);
  CPY_UF2_CHECK(client_.erase_from(address));
  if (progress) progress("erase", total, total);
  return {};
}

Expected<void> SambaFlasher::erase_range(uint32_t address, uint32_t size, const SambaProgress& progress) {
  uint32_t first = address / chip_.erase_size * chip_.erase_size;
  uint64_t end = (uint64_t(address) + size + chip_.erase_size - 1) / chip_.erase_size * chip_.erase_size;
  CPY_UF2_CHECK(check_range(first, size_t(end - first), "erase"));
  bool d21 = chip_.family == "samd21";
  size_t total = size_t(end - first);
  if (progress) progress("erase", 0, total);
  for (uint32_t a = first; a < end; a += chip_.erase_size) {
    CPY_UF2_CHECK(client_.write_word(kNvmctrlAddress + (d21 ? kD21Addr : kD51Addr), d21 ? a / 2 : a));
    if (d21) CPY_UF2_CHECK(client_.write_word(kNvmctrlAddress + kD21Status, 0xFFEB));
    CPY_UF2_CHECK(nvm_command(d21 ? kD21CmdEraseRow : kD51CmdEraseBlock, fmt::format("erase {:#x}", a)));
    if (progress) progress("erase", a + chip_.erase_size - first, total);
  }
  return {};
}

Expected<void> SambaFlasher::write_page_plain(uint32_t address, std::span<const uint8_t> page) {
  bool d21 = chip_.family == "samd21";
  CPY_UF2_CHECK(nvm_command(d21 ? kD21CmdPageBufferClear : kD51CmdPageBufferClear, "clear the page buffer"));
  // Word writes into the page address fill the NVM page buffer; a cleared
  // buffer already holds 0xFF, so erased words need no command.
  std::vector<std::pair<uint32_t, uint32_t>> words;
  for (size_t i = 0; i < page.size(); i += 4) {
    uint32_t word = 0xFFFFFFFF;
    for (size_t k = 0; k < 4 && i + k < page.size(); ++k)
      word = (word & ~(0xFFu << (8 * k))) | uint32_t(page[i + k]) << (8 * k);
    if (word != 0xFFFFFFFF) words.emplace_back(address + uint32_t(i), word);
  }
  CPY_UF2_CHECK(client_.write_words(words));
  if (d21)
    CPY_UF2_CHECK(client_.write_word(kNvmctrlAddress + kD21Addr, address / 2));
  else
    CPY_UF2_CHECK(client_.write_word(kNvmctrlAddress + kD51Addr, address));
  return nvm_command(d21 ? kD21CmdWritePage : kD51CmdWritePage, fmt::format("write the page at {:#x}", address));
}

Expected<void> SambaFlasher::write(uint32_t address, std::span<const uint8_t> data, const SambaProgress& progress) {
  CPY_UF2_CHECK(check_range(address, data.size(), "write"));
  if (address % chip_.page_size != 0)
    return flash_fail(FlashErrc::kBadInput,
                      fmt::format("write address {:#x} is not on a {}-byte page boundary", address, chip_.page_size));
  if (progress) progress("write", 0, data.size());
  bool buffered = client_.can_write_buffer() && chip_.buffer_size >= chip_.page_size;
  if (!buffered) CPY_UF2_CHECK(nvm_set_manual_write());
  size_t piece = buffered ? chip_.buffer_size / chip_.page_size * chip_.page_size : chip_.page_size;
  std::vector<uint8_t> padded;
  for (size_t done = 0; done < data.size(); done += piece) {
    std::span<const uint8_t> chunk = data.subspan(done, std::min(piece, data.size() - done));
    // Whole pages only; the padding is the erased value, so the rest of the
    // last page stays as erased as it was.
    padded.assign(chunk.begin(), chunk.end());
    padded.resize((chunk.size() + chip_.page_size - 1) / chip_.page_size * chip_.page_size, 0xFF);
    uint32_t at = address + uint32_t(done);
    if (buffered) {
      CPY_UF2_CHECK(client_.write(chip_.sram_buffer, padded));
      CPY_UF2_CHECK(client_.copy_to_flash(chip_.sram_buffer, at, uint32_t(padded.size())));
    } else {
      CPY_UF2_CHECK(write_page_plain(at, padded));
    }
    if (progress) progress("write", done + chunk.size(), data.size());
  }
  return {};
}

Expected<VerifyReport> SambaFlasher::verify(uint32_t address, std::span<const uint8_t> data,
                                            const SambaProgress& progress) {
  CPY_UF2_CHECK(check_range(address, data.size(), "verify"));
  VerifyReport report;
  report.used_crc = client_.can_checksum();
  if (progress) progress("verify", 0, data.size());
  std::vector<uint8_t> back;
  uint8_t first_bad_value = 0;
  for (size_t done = 0; done < data.size(); done += kBufferMax) {
    std::span<const uint8_t> chunk = data.subspan(done, std::min<size_t>(kBufferMax, data.size() - done));
    uint32_t at = address + uint32_t(done);
    bool read_back = true;
    if (report.used_crc) {
      // A fresh CRC for every piece (bossac 1.9.1 carries one CRC across
      // pieces, so only its first comparison means anything).
      uint16_t flash_crc = CPY_UF2_TRY(client_.checksum(at, uint32_t(chunk.size())));
      read_back = flash_crc != crc16_xmodem(chunk);
    }
    if (read_back) {
      back.resize(chunk.size());
      CPY_UF2_CHECK(client_.read(at, back));
      for (size_t i = 0; i < chunk.size(); ++i) {
        if (back[i] == chunk[i]) continue;
        if (report.bad_bytes++ == 0) {
          report.first_bad_address = at + uint32_t(i);
          first_bad_value = back[i];
        }
      }
      if (report.used_crc && report.bad_bytes == 0)
        return flash_fail(FlashErrc::kProtocol,
                          fmt::format("the `Z` CRC of {:#x}..{:#x} disagrees with the bytes read back from it", at,
                                      at + chunk.size()));
    }
    report.bytes_checked += chunk.size();
    if (progress) progress("verify", done + chunk.size(), data.size());
  }
  if (report.bad_bytes) {
    return flash_fail(FlashErrc::kVerify,
                      fmt::format("verify failed: {} of {} bytes differ; the first at {:#010x} holds {:#04x} where "
                                  "the image has {:#04x}",
                                  report.bad_bytes, data.size(), report.first_bad_address, first_bad_value,
                                  data[report.first_bad_address - address]));
  }
  return report;
}

Expected<std::vector<uint8_t>> SambaFlasher::read(uint32_t address, uint32_t size, const SambaProgress& progress) {
  if (uint64_t(address) + size > chip_.flash_size)
    return flash_fail(FlashErrc::kBadInput, fmt::format("cannot read {:#x}..{:#x}: the {} has {} KB of flash", address,
                                                        uint64_t(address) + size, chip_.name, chip_.flash_size / 1024));
  std::vector<uint8_t> out(size);
  for (uint32_t done = 0; done < size; done += kBufferMax) {
    uint32_t n = std::min(kBufferMax, size - done);
    CPY_UF2_CHECK(client_.read(address + done, std::span(out).subspan(done, n)));
    if (progress) progress("read", done + n, size);
  }
  return out;
}

}  // namespace cpy::uf2
