// SAM-BA faults: each ends in a FlashError of its own kind with a message
// that says what happened, and none is ever reported as success.
#include <doctest/doctest.h>

#include <chrono>

#include "cpy/uf2/flash_session.h"
#include "cpy/uf2/samba.h"
#include "sim_fixture.h"
#include "sim_samba.h"

using namespace cpy::uf2;
using sim::SambaConfig;
using sim::SambaTarget;
using Sim = sim::SimBoard<SambaTarget>;

namespace {

FlashRequest request(Sim& b, const char* board_id) {
  FlashRequest r;
  r.board = board_id ? find_board(board_id) : nullptr;
  r.port = b.port();
  r.samba.normal = Millis(500);
  r.samba.erase = Millis(2000);
  r.touch = Touch::kNever;
  return r;
}

FirmwareFile bin_file(size_t size, uint32_t base) {
  auto f = load_firmware("app.bin", sim::test_image(size, 21), base, 0);
  REQUIRE(f.ok());
  return std::move(f).value();
}

bool has(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("a bootloader that stops answering mid-write is a timeout") {
  Sim b(sim::configure<SambaConfig>([&](SambaConfig& c) { c.silent_after_writes = 70; }));
  FirmwareFile file = bin_file(16384, 0x2000);
  auto start = std::chrono::steady_clock::now();
  auto report = run_flash(request(b, "feather_m0_express"), &file, {});
  REQUIRE(!report.ok());
  CHECK(report.error().code == FlashErrc::kTimeout);
  CHECK(has(report.error().message, "no answer within 500 ms"));
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
}

TEST_CASE("flash that does not take the data fails the CRC check and names the byte") {
  Sim b(sim::configure<SambaConfig>([&](SambaConfig& c) { c.stuck_address = 0x2000 + 5000; }));
  FirmwareFile file = bin_file(8192, 0x2000);
  auto report = run_flash(request(b, "feather_m0_express"), &file, {});
  REQUIRE(!report.ok());
  CHECK(report.error().code == FlashErrc::kVerify);
  CHECK(has(report.error().message, "1 of 8192 bytes differ; the first at 0x00003388"));
}

TEST_CASE("a port that vanishes mid-write ends the session at once") {
  Sim b(sim::configure<SambaConfig>([&](SambaConfig& c) { c.vanish_after_writes = 20; }));
  FirmwareFile file = bin_file(16384, 0x2000);
  auto start = std::chrono::steady_clock::now();
  auto report = run_flash(request(b, "feather_m0_express"), &file, {});
  REQUIRE(!report.ok());
  CHECK(report.error().code == FlashErrc::kPortGone);
  CHECK(has(report.error().message, "the port vanished"));
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(3));
}

TEST_CASE("a SAMD51 where the board file says SAMD21 is refused before any erase") {
  Sim b(sim::configure<SambaConfig>([&](SambaConfig& c) {
    c.chip = "samd51";
    c.bootloader_size = 0x4000;
  }));
  std::vector<uint8_t> before = b.with_target([](SambaTarget& t) { return t.flash(); });
  FirmwareFile file = bin_file(4096, 0x2000);
  auto report = run_flash(request(b, "feather_m0_express"), &file, {});
  REQUIRE(!report.ok());
  CHECK(report.error().code == FlashErrc::kWrongChip);
  CHECK(has(report.error().message, "is an ATSAMD51J19A"));
  CHECK(has(report.error().message, "feather_m0_express has an ATSAMD21G18A"));
  b.with_target([&](SambaTarget& t) { CHECK(t.flash() == before); });
}

TEST_CASE("an offset inside the bootloader is refused without --force") {
  Sim b(SambaConfig{});
  std::vector<uint8_t> before = b.with_target([](SambaTarget& t) { return t.flash(); });
  FirmwareFile file = bin_file(4096, 0);
  FlashRequest r = request(b, "feather_m0_express");
  r.offset = 0;
  auto report = run_flash(r, &file, {});
  REQUIRE(!report.ok());
  CHECK(report.error().code == FlashErrc::kRefused);
  CHECK(has(report.error().message, "inside the bootloader (below 0x2000)"));
  b.with_target([&](SambaTarget& t) { CHECK(t.flash() == before); });
}

TEST_CASE("with --force, BOOTPROT still refuses silently, and only the verify tells") {
  Sim b(SambaConfig{});
  FirmwareFile file = bin_file(4096, 0);
  FlashRequest r = request(b, "feather_m0_express");
  r.offset = 0;
  r.force = true;
  auto report = run_flash(r, &file, {});
  REQUIRE(!report.ok());
  CHECK(report.error().code == FlashErrc::kVerify);
  CHECK(has(report.error().message, "bytes differ; the first at 0x000000"));
}

TEST_CASE("writing unerased flash gives wrong data, and the verify catches it") {
  Sim b(SambaConfig{});
  b.with_target([](SambaTarget& t) { t.preload(0x2000, std::vector<uint8_t>(1024, 0x0F)); });
  auto port = SerialPort::open(b.port(), 921600);
  REQUIRE(port.ok());
  SambaClient client(port.value());
  REQUIRE(client.connect().ok());
  auto chip = identify_chip(client);
  REQUIRE(chip.ok());
  SambaFlasher flasher(client, chip.value(), 0x2000);
  std::vector<uint8_t> data(1024, 0xF0);
  REQUIRE(flasher.write(0x2000, data).ok());  // no erase: 0x0F & 0xF0 = 0x00
  auto v = flasher.verify(0x2000, data);
  REQUIRE(!v.ok());
  CHECK(v.error().code == FlashErrc::kVerify);
  CHECK(has(v.error().message, "1024 of 1024 bytes differ"));
  CHECK(has(v.error().message, "holds 0x00 where the image has 0xf0"));
}

TEST_CASE("an application that is not a bootloader is not mistaken for one") {
  Sim b(sim::configure<SambaConfig>([&](SambaConfig& c) { c.start_in_app = true; }));
  FirmwareFile file = bin_file(1024, 0x2000);
  auto report = run_flash(request(b, "feather_m0_express"), &file, {});
  REQUIRE(!report.ok());
  CHECK(report.error().code == FlashErrc::kTimeout);
  CHECK(has(report.error().message, "no SAM-BA bootloader answered"));
}

TEST_CASE("a port that does not exist is named") {
  FlashRequest r;
  r.port = "/nonexistent/ttyACM9";
  r.touch = Touch::kNever;
  FirmwareFile file = bin_file(1024, 0x2000);
  auto report = run_flash(r, &file, {});
  REQUIRE(!report.ok());
  CHECK(report.error().code == FlashErrc::kNotFound);
  CHECK(has(report.error().message, "/nonexistent/ttyACM9: cannot open"));
}
