// nRF serial DFU end to end over a pseudo-terminal against the simulated
// Adafruit nRF52840 bootloader: a whole session for a Feather nRF52840
// Express image (application at 0x26000), retries, and every fault ending
// in its own error with the board left in its bootloader.
#include <doctest/doctest.h>

#include "cpy/uf2/encode.h"
#include "cpy/uf2/flash_session.h"
#include "cpy/uf2/hex.h"
#include "sim_fixture.h"
#include "sim_nrf.h"

using namespace cpy::uf2;
using sim::NrfConfig;
using sim::NrfTarget;
using Sim = sim::SimBoard<NrfTarget>;

namespace {

FlashRequest request(Sim& b) {
  FlashRequest r;
  r.board = find_board("feather_nrf52840_express");
  r.port = b.port();
  r.touch = Touch::kNever;
  r.dfu.ack_timeout = Millis(300);
  r.dfu.page_erase_seconds = 0.001;
  r.dfu.page_write_seconds = 0;
  r.dfu.activation_margin = Millis(700);
  r.vanish_timeout = Millis(500);
  r.appear_timeout = Millis(3000);
  return r;
}

FirmwareFile hex_file(const std::vector<uint8_t>& image, uint32_t at) {
  std::vector<Segment> segs = {{at, image}};
  std::string text = write_hex(segs);
  auto f = load_firmware("firmware.hex", std::vector<uint8_t>(text.begin(), text.end()), 0, 0);
  REQUIRE(f.ok());
  return std::move(f).value();
}

std::vector<uint8_t> slice(const std::vector<uint8_t>& v, size_t at, size_t n) {
  return std::vector<uint8_t>(v.begin() + long(at), v.begin() + long(at + n));
}

bool has(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("nRF52840 Feather: a HEX image is packaged, sent, checked and started") {
  Sim b(NrfConfig{});
  std::vector<uint8_t> image = sim::test_image(5000, 31, 0x20040000);
  FirmwareFile file = hex_file(image, 0x26000);
  std::vector<std::string> phases;
  auto report = run_flash(request(b), &file, [&](const FlashEvent& e) {
    if (e.kind == FlashEvent::Kind::kProgress && (phases.empty() || phases.back() != e.phase))
      phases.push_back(e.phase);
  });
  REQUIRE_MESSAGE(report.ok(), (report.ok() ? "" : report.error().message));
  CHECK(report.value().verified);
  CHECK(phases == std::vector<std::string>{"start", "write", "activate"});
  for (int i = 0; i < 100 && b.link().resets() == 0; ++i) std::this_thread::sleep_for(Millis(20));
  b.with_target([&](NrfTarget& t) {
    CHECK(t.app_valid());
    CHECK(t.in_app());
    CHECK(t.image_size() == 5000);
    CHECK(slice(t.flash(), 0x26000, image.size()) == image);
    // 1 START + 1 INIT + 10 DATA + 1 STOP, nothing repeated.
    CHECK(t.accepted() == 13);
    CHECK(t.repeats() == 0);
  });
}

TEST_CASE("a lost packet is sent again and acknowledged once") {
  Sim b(sim::configure<NrfConfig>([&](NrfConfig& c) { c.drop_packet = 5; }));
  FirmwareFile file = hex_file(sim::test_image(3000, 33), 0x26000);
  auto report = run_flash(request(b), &file, {});
  REQUIRE_MESSAGE(report.ok(), (report.ok() ? "" : report.error().message));
  b.with_target([&](NrfTarget& t) {
    CHECK(t.dropped() == 1);
    CHECK(t.app_valid());
  });
}

TEST_CASE("a packet that always fails its CRC ends in a timeout after three tries") {
  Sim b(sim::configure<NrfConfig>([&](NrfConfig& c) { c.corrupt_packet = 4; }));
  FirmwareFile file = hex_file(sim::test_image(3000, 35), 0x26000);
  auto report = run_flash(request(b), &file, {});
  REQUIRE(!report.ok());
  CHECK(report.error().code == FlashErrc::kTimeout);
  CHECK(has(report.error().message, "timed out waiting for acknowledgement of the DATA packet at offset 0x200"));
  CHECK(has(report.error().message, "3 tries"));
  b.with_target([&](NrfTarget& t) {
    CHECK(t.dropped() == 3);
    CHECK(!t.app_valid());
  });
}

TEST_CASE("flash that does not take the image fails the bootloader's CRC check") {
  Sim b(sim::configure<NrfConfig>([&](NrfConfig& c) { c.stuck_offset = 1234; }));
  std::vector<uint8_t> image = sim::test_image(3000, 37);
  image[1234] = 0x00;  // the stuck byte stays 0xFF
  FirmwareFile file = hex_file(image, 0x26000);
  auto report = run_flash(request(b), &file, {});
  REQUIRE(!report.ok());
  CHECK(report.error().code == FlashErrc::kVerify);
  CHECK(has(report.error().message, "did not start the new application"));
  b.with_target([&](NrfTarget& t) {
    CHECK(t.refusal() == "CRC mismatch");
    CHECK(!t.app_valid());
    CHECK(!t.in_app());
  });
}

TEST_CASE("a bootloader that stops answering mid-transfer is a timeout") {
  Sim b(sim::configure<NrfConfig>([&](NrfConfig& c) { c.silent_after = 6; }));
  FirmwareFile file = hex_file(sim::test_image(6000, 39), 0x26000);
  auto report = run_flash(request(b), &file, {});
  REQUIRE(!report.ok());
  CHECK(report.error().code == FlashErrc::kTimeout);
  CHECK(has(report.error().message, "DATA packet at offset 0x800"));
}

TEST_CASE("a port that vanishes mid-transfer ends the session at once") {
  Sim b(sim::configure<NrfConfig>([&](NrfConfig& c) { c.vanish_after = 4; }));
  FirmwareFile file = hex_file(sim::test_image(6000, 41), 0x26000);
  auto start = std::chrono::steady_clock::now();
  auto report = run_flash(request(b), &file, {});
  REQUIRE(!report.ok());
  CHECK(report.error().code == FlashErrc::kPortGone);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(3));
}

TEST_CASE("a package the bootloader refuses (device type) leaves it in DFU mode") {
  Sim b(NrfConfig{});
  FirmwareFile file = hex_file(sim::test_image(2000, 43), 0x26000);
  FlashRequest r = request(b);
  r.package.fields.device_type = 0xFFFF;  // nrfutil's default, which the Adafruit bootloader refuses
  auto report = run_flash(r, &file, {});
  REQUIRE(!report.ok());
  CHECK(report.error().code == FlashErrc::kVerify);
  b.with_target([&](NrfTarget& t) { CHECK(t.refusal() == "device type is not 0x0052"); });
}

TEST_CASE("images for another chip or outside the application area are refused before sending") {
  Sim b(NrfConfig{});
  std::vector<uint8_t> image = sim::test_image(1024, 45);
  auto samd = load_firmware("samd.uf2", bin_to_uf2(image, 0x2000, 0x55114460), 0, 0);
  REQUIRE(samd.ok());
  auto report = run_flash(request(b), &samd.value(), {});
  REQUIRE(!report.ok());
  CHECK(report.error().code == FlashErrc::kWrongChip);
  CHECK(has(report.error().message, "UF2 file for SAMD51"));

  FirmwareFile low = hex_file(image, 0x1000);
  report = run_flash(request(b), &low, {});
  REQUIRE(!report.ok());
  CHECK(report.error().code == FlashErrc::kRefused);
  CHECK(has(report.error().message, "outside the application area"));
  b.with_target([&](NrfTarget& t) { CHECK(t.accepted() == 0); });
}

TEST_CASE("a board running CircuitPython is touched into the bootloader") {
  Sim b(sim::configure<NrfConfig>([&](NrfConfig& c) { c.start_in_app = true; }));
  FirmwareFile file = hex_file(sim::test_image(1500, 47), 0x26000);
  FlashRequest r = request(b);
  r.touch = Touch::kAlways;
  auto report = run_flash(r, &file, {});
  REQUIRE_MESSAGE(report.ok(), (report.ok() ? "" : report.error().message));
  CHECK(b.link().resets() >= 1);
  b.with_target([&](NrfTarget& t) { CHECK(t.app_valid()); });
}
