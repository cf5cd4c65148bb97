// Sessions without a serial port: reading firmware files, choosing the
// method from the board file, and UF2 drive deploys (family and Board-ID
// checks, the copy, the wait for the reset).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "cpy/uf2/encode.h"
#include "cpy/uf2/flash_session.h"
#include "cpy/uf2/hex.h"
#include "sim_fixture.h"

using namespace cpy::uf2;
namespace fs = std::filesystem;

namespace {

void make_drive(const std::string& dir, const std::string& board_id) {
  fs::create_directories(dir);
  std::ofstream(dir + "/INFO_UF2.TXT") << "UF2 Bootloader v3.16.0 SFHWRO\r\nModel: Test board\r\nBoard-ID: " << board_id
                                       << "\r\n";
}

std::vector<uint8_t> read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::vector<uint8_t>((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Plays the bootloader: once NEW.UF2 has arrived, the drive goes away.
std::thread resetting_drive(const std::string& dir, std::vector<uint8_t>* got) {
  return std::thread([dir, got] {
    for (int i = 0; i < 200; ++i) {
      std::this_thread::sleep_for(Millis(20));
      if (!fs::exists(dir + "/NEW.UF2")) continue;
      std::this_thread::sleep_for(Millis(50));
      *got = read_all(dir + "/NEW.UF2");
      fs::remove_all(dir);
      return;
    }
  });
}

}  // namespace

TEST_CASE("firmware files are told apart by their content") {
  std::vector<uint8_t> image = sim::test_image(600, 51);
  auto bin = load_firmware("a.bin", image, 0x2000, 0);
  REQUIRE(bin.ok());
  CHECK(bin.value().format == ImageFormat::kBin);
  CHECK(bin.value().segments[0].address == 0x2000);

  auto uf2 = load_firmware("a.uf2", bin_to_uf2(image, 0x4000, 0x55114460), 0, 0);
  REQUIRE(uf2.ok());
  CHECK(uf2.value().format == ImageFormat::kUf2);
  CHECK(uf2.value().uf2_families == std::vector<uint32_t>{0x55114460});
  auto flat = flatten_for_flash(uf2.value());
  REQUIRE(flat.ok());
  CHECK(flat.value().start == 0x4000);
  CHECK(std::vector<uint8_t>(flat.value().bytes.begin(), flat.value().bytes.begin() + 600) == image);

  std::vector<Segment> segs = {{0x26000, {1, 2}}, {0x26010, {3}}};
  std::string text = write_hex(segs);
  auto hex = load_firmware("a.hex", std::vector<uint8_t>(text.begin(), text.end()), 0, 0);
  REQUIRE(hex.ok());
  CHECK(hex.value().format == ImageFormat::kHex);
  flat = flatten_for_flash(hex.value());
  CHECK(flat.value().start == 0x26000);
  CHECK(flat.value().bytes.size() == 0x11);
  CHECK(flat.value().bytes[5] == 0xFF);  // gaps are erased flash

  auto zip = load_firmware("p.zip", make_package(GenpkgOptions{}, "x.bin", image, 0).value(), 0, 0);
  REQUIRE(zip.ok());
  CHECK(zip.value().format == ImageFormat::kDfuPackage);
  CHECK(!flatten_for_flash(zip.value()).ok());

  auto empty = load_firmware("e.bin", {}, 0, 0);
  REQUIRE(!empty.ok());
  CHECK(empty.error().code == FlashErrc::kBadInput);
  std::vector<uint8_t> broken = bin_to_uf2(image, 0x2000, 0);
  broken.resize(700);
  CHECK(!load_firmware("b.uf2", broken, 0, 0).ok());
}

TEST_CASE("the method follows the file, the options and the board file") {
  FlashRequest r;
  FirmwareFile bin;
  bin.format = ImageFormat::kBin;
  r.board = find_board("feather_m0_express");
  CHECK(choose_method(r, &bin).value() == FlashMethod::kUf2Drive);
  r.port = "/dev/ttyACM0";
  CHECK(choose_method(r, &bin).value() == FlashMethod::kSamba);
  r.board = find_board("feather_nrf52840_express");
  CHECK(choose_method(r, &bin).value() == FlashMethod::kNrfDfu);
  r.board = find_board("arduino_zero");
  r.port.clear();
  CHECK(choose_method(r, &bin).value() == FlashMethod::kSamba);
  r.board = nullptr;
  CHECK(choose_method(r, &bin).value() == FlashMethod::kUf2Drive);
  r.info = true;
  CHECK(choose_method(r, nullptr).value() == FlashMethod::kSamba);
  FirmwareFile zip;
  zip.format = ImageFormat::kDfuPackage;
  CHECK(choose_method(FlashRequest{}, &zip).value() == FlashMethod::kNrfDfu);
  r.method = FlashMethod::kUf2Drive;
  CHECK(choose_method(r, &zip).value() == FlashMethod::kUf2Drive);
  FlashRequest cpx;
  cpx.board = find_board("circuitplayground_express");
  cpx.port = "/dev/ttyACM0";
  CHECK(choose_method(cpx, &bin).value() == FlashMethod::kSamba);
}

TEST_CASE("Board-IDs name their family") {
  CHECK(family_for_board_id("SAMD21G18A-Feather-M0-Express-v0") == 0x68ed2b88u);
  CHECK(family_for_board_id("SAMD51J19A-Metro-v0") == 0x55114460u);
  CHECK(family_for_board_id("nRF52840-Feather-revE") == 0xada52840u);
  CHECK(family_for_board_id("SAMD21E18A-Unknown-Board") == 0x68ed2b88u);
  CHECK(!family_for_board_id("RPI-RP2"));
  CHECK(!family_for_board_id(""));
}

TEST_CASE("UF2 drive: a BIN is converted for the board, copied, and the reset awaited") {
  sim::TempDir root;
  std::string drive = root / "FEATHERBOOT";
  make_drive(drive, "SAMD21G18A-Feather-M0-Express-v0");
  std::vector<uint8_t> image = sim::test_image(1000, 53);
  auto file = load_firmware("fw.bin", image, 0x2000, 0);
  REQUIRE(file.ok());
  FlashRequest r;
  r.board = find_board("feather_m0_express");
  r.drive_roots = {root.path};
  r.drive_deploy.reset_timeout = Millis(5000);
  std::vector<uint8_t> got;
  std::thread board = resetting_drive(drive, &got);
  auto report = run_flash(r, &file.value(), {});
  board.join();
  REQUIRE_MESSAGE(report.ok(), (report.ok() ? "" : report.error().message));
  CHECK(report.value().method == FlashMethod::kUf2Drive);
  CHECK(report.value().target == drive);
  CHECK(report.value().reset);
  CHECK(got == bin_to_uf2(image, 0x2000, 0x68ed2b88));
}

TEST_CASE("UF2 drive: a file for another family is refused and nothing is written") {
  sim::TempDir root;
  std::string drive = root / "FEATHERBOOT";
  make_drive(drive, "SAMD21G18A-Feather-M0-Express-v0");
  auto file = load_firmware("m4.uf2", bin_to_uf2(sim::test_image(512, 55), 0x4000, 0x55114460), 0, 0);
  REQUIRE(file.ok());
  FlashRequest r;
  r.drive = drive;
  auto report = run_flash(r, &file.value(), {});
  REQUIRE(!report.ok());
  CHECK(report.error().code == FlashErrc::kWrongChip);
  CHECK(report.error().message.find("for family SAMD51 (0x55114460)") != std::string::npos);
  CHECK(report.error().message.find("takes SAMD21 (0x68ed2b88)") != std::string::npos);
  CHECK(!fs::exists(drive + "/NEW.UF2"));
  // --force copies it anyway (and the board, unchanged, keeps its drive).
  r.force = true;
  r.drive_deploy.reset_timeout = Millis(300);
  report = run_flash(r, &file.value(), {});
  REQUIRE(!report.ok());
  CHECK(report.error().code == FlashErrc::kVerify);
  CHECK(report.error().message.find("did not reset") != std::string::npos);
  CHECK(fs::exists(drive + "/NEW.UF2"));
}

TEST_CASE("UF2 drive: the wrong board's drive, none, or several are errors") {
  sim::TempDir root;
  make_drive(root / "METROM4BOOT", "SAMD51J19A-Metro-v0");
  auto file = load_firmware("fw.bin", sim::test_image(512, 57), 0x2000, 0);
  REQUIRE(file.ok());
  FlashRequest r;
  r.board = find_board("feather_m0_express");
  r.drive = root / "METROM4BOOT";
  auto report = run_flash(r, &file.value(), {});
  REQUIRE(!report.ok());
  CHECK(report.error().code == FlashErrc::kWrongChip);
  CHECK(report.error().message.find("not a Adafruit Feather M0 Express") != std::string::npos);

  r.drive.clear();
  r.drive_roots = {root.path};
  report = run_flash(r, &file.value(), {});
  REQUIRE(!report.ok());
  CHECK(report.error().code == FlashErrc::kNotFound);
  CHECK(report.error().message.find("no FEATHERBOOT drive is mounted") != std::string::npos);

  make_drive(root / "OTHER", "SAMD51J19A-Metro-v0");
  r.board = nullptr;
  report = run_flash(r, &file.value(), {});
  REQUIRE(!report.ok());
  CHECK(report.error().message.find("several boot drives are mounted") != std::string::npos);

  r.drive = root / "nothing-here";
  report = run_flash(r, &file.value(), {});
  REQUIRE(!report.ok());
  CHECK(report.error().code == FlashErrc::kNotFound);
}
