// SAM-BA end to end over a pseudo-terminal against the simulated SAMD
// bootloaders: the client's commands, chip identification, and whole
// sessions for a SAMD21 (Feather M0 Express, application at 0x2000) and a
// SAMD51 (Metro M4 Express, 0x4000), with and without the Arduino extensions.
#include <doctest/doctest.h>

#include <algorithm>

#include "cpy/uf2/encode.h"
#include "cpy/uf2/flash_session.h"
#include "cpy/uf2/samba.h"
#include "sim_fixture.h"
#include "sim_samba.h"

using namespace cpy::uf2;
using sim::SambaConfig;
using sim::SambaTarget;
using Sim = sim::SimBoard<SambaTarget>;

namespace {

SambaTimeouts fast() {
  SambaTimeouts t;
  t.normal = Millis(1000);
  t.erase = Millis(3000);
  return t;
}

FlashRequest request(const Sim& b, const char* board_id) {
  FlashRequest r;
  r.board = board_id ? find_board(board_id) : nullptr;
  r.port = const_cast<Sim&>(b).port();
  r.samba = fast();
  r.touch = Touch::kNever;
  r.vanish_timeout = Millis(800);
  r.appear_timeout = Millis(3000);
  return r;
}

FirmwareFile bin_file(std::vector<uint8_t> bytes, uint32_t base) {
  auto f = load_firmware("app.bin", std::move(bytes), base, 0);
  REQUIRE(f.ok());
  return std::move(f).value();
}

std::vector<uint8_t> slice(const std::vector<uint8_t>& v, size_t at, size_t n) {
  return std::vector<uint8_t>(v.begin() + long(at), v.begin() + long(at + n));
}

bool bootloader_intact(const std::vector<uint8_t>& flash, uint32_t size) {
  for (uint32_t i = 8; i < size; ++i)
    if (flash[i] != uint8_t(i * 7 + 3)) return false;
  return true;
}

}  // namespace

TEST_CASE("crc16_xmodem is CRC-16/XMODEM") {
  const char* text = "123456789";
  CHECK(crc16_xmodem(std::span(reinterpret_cast<const uint8_t*>(text), 9)) == 0x31C3);
  CHECK(crc16_xmodem({}) == 0);
}

TEST_CASE("identify_samd knows the parts by DSU DID") {
  auto d21 = identify_samd(0x10010305);
  REQUIRE(d21);
  CHECK(d21->name == "ATSAMD21G18A");
  CHECK(d21->flash_size == 256 * 1024);
  CHECK(d21->page_size == 64);
  CHECK(d21->erase_size == 256);
  CHECK(d21->sram_buffer == 0x20004000);
  auto d51 = identify_samd(0x60060305);
  REQUIRE(d51);
  CHECK(d51->name == "ATSAMD51J19A");
  CHECK(d51->family == "samd51");
  CHECK(d51->flash_size == 512 * 1024);
  CHECK(d51->erase_size == 8192);
  CHECK(identify_samd(0x6006FF05)->name == "ATSAMD51J19A");  // revision bits ignored
  CHECK(identify_samd(0x61810302)->family == "same51");
  CHECK(!identify_samd(0x12345678));
}

TEST_CASE("connect reads the version of each bootloader flavour") {
  for (const char* flavour : {"adafruit", "arduino", "plain"}) {
    CAPTURE(flavour);
    Sim b(sim::configure<SambaConfig>([&](SambaConfig& c) { c.flavour = flavour; }));
    auto port = SerialPort::open(b.port(), 921600);
    REQUIRE(port.ok());
    SambaClient client(port.value(), fast());
    auto ok = client.connect();
    REQUIRE_MESSAGE(ok.ok(), (ok.ok() ? "" : ok.error().message));
    bool extended = std::string(flavour) != "plain";
    CHECK(client.can_erase() == extended);
    CHECK(client.can_write_buffer() == extended);
    CHECK(client.can_checksum() == extended);
    CHECK(client.version().rfind("v", 0) == 0);
    // Adafruit's NUL after "\n\r" is not part of the version.
    CHECK(client.version().find('\0') == std::string::npos);
    auto chip = identify_chip(client);
    REQUIRE(chip.ok());
    CHECK(chip.value().name == "ATSAMD21G18A");
  }
}

TEST_CASE("words, bytes, blocks and CRCs round-trip through the monitor") {
  Sim b(SambaConfig{});
  auto port = SerialPort::open(b.port(), 921600);
  REQUIRE(port.ok());
  SambaClient client(port.value(), fast());
  REQUIRE(client.connect().ok());
  CHECK(client.read_word(kCpuidAddress).value() == 0x410CC601);
  CHECK(client.read_word(kDsuDidAddress).value() == 0x10010305);
  REQUIRE(client.write_word(0x20001000, 0xA1B2C3D4).ok());
  CHECK(client.read_word(0x20001000).value() == 0xA1B2C3D4);
  REQUIRE(client.write_byte(0x20001001, 0x55).ok());
  CHECK(client.read_byte(0x20001001).value() == 0x55);
  // 300 bytes: the reads go in 63-byte pieces, so the 64-byte bug never bites.
  std::vector<uint8_t> data = sim::test_image(300, 7);
  REQUIRE(client.write(0x20002000, data).ok());
  std::vector<uint8_t> back(data.size());
  REQUIRE(client.read(0x20002000, back).ok());
  CHECK(back == data);
  CHECK(client.checksum(0x20002000, 300).value() == crc16_xmodem(data));
}

TEST_CASE("SAMD21 Feather M0 Express: erase, write, verify, reset at 0x2000") {
  Sim b(sim::configure<SambaConfig>([&](SambaConfig& c) { c.chip = "samd21"; }));
  std::vector<uint8_t> image = sim::test_image(20000 + 13, 3);
  FirmwareFile file = bin_file(image, 0x2000);
  FlashRequest r = request(b, "feather_m0_express");
  std::vector<std::string> phases;
  auto report = run_flash(r, &file, [&](const FlashEvent& e) {
    if (e.kind == FlashEvent::Kind::kStep) phases.push_back(e.phase);
  });
  REQUIRE_MESSAGE(report.ok(), (report.ok() ? "" : report.error().message));
  CHECK(report.value().device == "ATSAMD21G18A");
  CHECK(report.value().address == 0x2000);
  CHECK(report.value().verified);
  CHECK(report.value().reset);
  CHECK(phases == std::vector<std::string>{"connect", "erase", "write", "verify", "reset"});
  // The board resets into the application (its first word is a stack pointer).
  for (int i = 0; i < 100 && b.link().resets() == 0; ++i) std::this_thread::sleep_for(Millis(20));
  b.with_target([&](SambaTarget& t) {
    CHECK(slice(t.flash(), 0x2000, image.size()) == image);
    CHECK(bootloader_intact(t.flash(), 0x2000));
    // The rest of the last page and the flash after it stay erased.
    CHECK(std::all_of(t.flash().begin() + 0x2000 + long(image.size()), t.flash().end(),
                      [](uint8_t v) { return v == 0xFF; }));
    CHECK(t.in_app());
  });
}

TEST_CASE("SAMD51 Metro M4 Express: a UF2 file lands at 0x4000") {
  Sim b(sim::configure<SambaConfig>([&](SambaConfig& c) {
    c.chip = "samd51";
    c.bootloader_size = 0x4000;
  }));
  std::vector<uint8_t> image = sim::test_image(70000, 5, 0x20030000);
  std::vector<uint8_t> uf2 = bin_to_uf2(image, 0x4000, 0x55114460);
  auto file = load_firmware("fw.uf2", uf2, 0, 0x55114460);
  REQUIRE(file.ok());
  auto report = run_flash(request(b, "metro_m4_express"), &file.value(), {});
  REQUIRE_MESSAGE(report.ok(), (report.ok() ? "" : report.error().message));
  CHECK(report.value().device == "ATSAMD51J19A");
  CHECK(report.value().address == 0x4000);
  b.with_target([&](SambaTarget& t) {
    CHECK(slice(t.flash(), 0x4000, image.size()) == image);
    CHECK(bootloader_intact(t.flash(), 0x4000));
  });
}

TEST_CASE("without X/Y/Z the NVM controller erases and writes, and read-back verifies") {
  for (const char* chip : {"samd21", "samd51"}) {
    CAPTURE(chip);
    bool d21 = std::string(chip) == "samd21";
    Sim b(sim::configure<SambaConfig>([&](SambaConfig& c) {
      c.chip = chip;
      c.flavour = "plain";
      c.bootloader_size = d21 ? 0x2000u : 0x4000u;
    }));
    uint32_t at = d21 ? 0x2000 : 0x4000;
    std::vector<uint8_t> image = sim::test_image(3000, 9);
    FirmwareFile file = bin_file(image, at);
    FlashRequest r = request(b, nullptr);
    r.offset = at;
    r.reset = false;
    // Erase only the blocks under the image (bossac -w without -e).
    r.erase = false;
    auto report = run_flash(r, &file, {});
    REQUIRE_MESSAGE(report.ok(), (report.ok() ? "" : report.error().message));
    CHECK(report.value().verified);
    b.with_target([&](SambaTarget& t) {
      CHECK(slice(t.flash(), at, image.size()) == image);
      CHECK(t.page_writes() == (image.size() + (d21 ? 63 : 511)) / (d21 ? 64 : 512));
    });
  }
}

TEST_CASE("writing over old data without -e erases what the image covers first") {
  Sim b(SambaConfig{});
  b.with_target([](SambaTarget& t) { t.preload(0x2000, std::vector<uint8_t>(4096, 0x00)); });
  std::vector<uint8_t> image = sim::test_image(1000, 11);
  FirmwareFile file = bin_file(image, 0x2000);
  FlashRequest r = request(b, "feather_m0_express");
  r.erase = false;
  auto report = run_flash(r, &file, {});
  REQUIRE_MESSAGE(report.ok(), (report.ok() ? "" : report.error().message));
  b.with_target([&](SambaTarget& t) {
    CHECK(slice(t.flash(), 0x2000, image.size()) == image);
    // The rest of the last erased row is erased, past it the old zeros stay.
    CHECK(t.flash()[0x2000 + 1023] == 0xFF);
    CHECK(t.flash()[0x2000 + 1024] == 0x00);
  });
}

TEST_CASE("-i reports the device and -r reads flash back") {
  Sim b(sim::configure<SambaConfig>([&](SambaConfig& c) {
    c.chip = "samd51";
    c.bootloader_size = 0x4000;
  }));
  std::vector<uint8_t> old = sim::test_image(5000, 13);
  b.with_target([&](SambaTarget& t) { t.preload(0x4000, old); });
  FlashRequest r = request(b, nullptr);
  r.erase = r.write = r.verify = r.reset = false;
  r.info = true;
  r.read_size = 5000;
  auto report = run_flash(r, nullptr, {});
  REQUIRE_MESSAGE(report.ok(), (report.ok() ? "" : report.error().message));
  CHECK(report.value().read_back == old);
  CHECK(report.value().address == 0x4000);  // the SAMD51 Adafruit default
  auto& info = report.value().info;
  REQUIRE(info.size() >= 6);
  CHECK(info[0] == std::pair<std::string, std::string>{"Device", "ATSAMD51J19A"});
  CHECK(info[3] == std::pair<std::string, std::string>{"Pages", "1024"});
  CHECK(info[7] == std::pair<std::string, std::string>{"Extensions", "XYZ"});
}

TEST_CASE("a board running its application is touched into the bootloader first") {
  Sim b(sim::configure<SambaConfig>([&](SambaConfig& c) { c.start_in_app = true; }));
  std::vector<uint8_t> image = sim::test_image(2048, 17);
  FirmwareFile file = bin_file(image, 0x2000);
  FlashRequest r = request(b, "feather_m0_express");
  r.touch = Touch::kAuto;  // the pty has no USB id: a probe finds no SAM-BA, so it touches
  std::vector<std::string> phases;
  auto report = run_flash(r, &file, [&](const FlashEvent& e) {
    if (e.kind == FlashEvent::Kind::kStep) phases.push_back(e.phase);
  });
  REQUIRE_MESSAGE(report.ok(), (report.ok() ? "" : report.error().message));
  REQUIRE(!phases.empty());
  CHECK(phases[0] == "touch");
  CHECK(b.link().resets() >= 1);
  b.with_target([&](SambaTarget& t) { CHECK(slice(t.flash(), 0x2000, image.size()) == image); });
}
