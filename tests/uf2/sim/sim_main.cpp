// flash_sim: a simulated bootloader for end-to-end tests of cpy-flash and
// for driving with the real bossac / adafruit-nrfutil.
//
//   flash_sim samba --link DIR/ttyACM0 [--chip samd21|samd51] [--flavour adafruit|arduino|plain]
//                   [--bootloader-size N] [--start-in-app] [--dump FILE] [faults]
//   flash_sim nrf   --link DIR/ttyACM0 [--start-in-app] [--dump FILE] [faults]
//   flash_sim drive --dir DIR --board-id ID [--model M] [--dump FILE] [--stay]
//
// The serial simulators run until SIGTERM/SIGINT, then write their flash to
// --dump and a one-line summary to --dump.txt. The drive simulator waits for
// NEW.UF2, decodes it into --dump (flash image from address 0), removes the
// drive folder (the board reset) unless --stay, and exits.
#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>

#include "cpy/uf2/decode.h"
#include "cpy/uf2/error.h"
#include "cpy/uf2/number.h"
#include "sim_link.h"
#include "sim_nrf.h"
#include "sim_samba.h"

namespace {

volatile std::sig_atomic_t g_stop = 0;
void on_signal(int) { g_stop = 1; }

void write_file(const std::string& path, const std::vector<uint8_t>& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
}

void write_text(const std::string& path, const std::string& text) {
  std::ofstream out(path);
  out << text << "\n";
}

uint32_t number(const std::string& text) {
  auto v = cpy::uf2::parse_u32(text);
  if (!v) throw CLI::ValidationError("not a number: " + text);
  return *v;
}

int serve(cpy::uf2::sim::Target& target, const std::string& link) {
  cpy::uf2::sim::PtyLink pty(target, link);
  if (!pty.open()) return 1;
  pty.start();
  while (!g_stop) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  pty.stop();
  return 0;
}

int run_drive(const std::string& dir, const std::string& board_id, const std::string& model, const std::string& dump,
              bool stay) {
  namespace fs = std::filesystem;
  fs::create_directories(dir);
  write_text(dir + "/INFO_UF2.TXT", "UF2 Bootloader v3.16.0 SFHWRO\nModel: " + model + "\nBoard-ID: " + board_id);
  std::string file = dir + "/NEW.UF2";
  // A file is complete when its size stops changing for a moment.
  std::uintmax_t last = 0;
  int steady = 0;
  while (!g_stop) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    std::error_code ec;
    if (!fs::exists(file, ec)) continue;
    auto size = fs::file_size(file, ec);
    if (ec || size == 0 || size != last) {
      last = ec ? 0 : size;
      steady = 0;
      continue;
    }
    if (++steady < 3) continue;
    std::ifstream in(file, std::ios::binary);
    std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    try {
      cpy::uf2::Uf2File uf2 = cpy::uf2::decode_uf2(bytes);
      std::vector<uint8_t> flash;
      for (const cpy::uf2::Block& b : uf2.blocks) {
        if (b.header.flags & cpy::uf2::kFlagNotMainFlash) continue;
        size_t end = size_t(b.header.target_addr) + b.header.payload_size;
        if (flash.size() < end) flash.resize(end, 0xFF);
        std::copy(b.payload().begin(), b.payload().end(), flash.begin() + b.header.target_addr);
      }
      if (!dump.empty()) write_file(dump, flash);
    } catch (const cpy::uf2::Error& e) {
      std::fprintf(stderr, "flash_sim: NEW.UF2 is not valid: %s\n", e.what());
    }
    if (!stay) fs::remove_all(dir);
    return 0;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Simulated bootloaders for cpy-flash tests", "flash_sim"};
  app.require_subcommand(1);
  std::string link, dump, chip = "samd21", flavour = "adafruit", boot_size = "0x2000";
  std::string silent_after, vanish_after, stuck, drop, corrupt, dir, board_id, model = "Simulated board";
  bool start_in_app = false, stay = false, no_read_bug = false;

  auto* samba = app.add_subcommand("samba", "SAM-BA bootloader (uf2-samdx1 / Arduino)");
  samba->add_option("--link", link, "where the port appears")->required();
  samba->add_option("--chip", chip, "samd21 or samd51");
  samba->add_option("--flavour", flavour, "adafruit, arduino or plain");
  samba->add_option("--bootloader-size", boot_size, "BOOTPROT-protected size");
  samba->add_flag("--start-in-app", start_in_app, "start as the application (touch to enter the bootloader)");
  samba->add_flag("--no-read-bug", no_read_bug, "read 64+ bytes correctly");
  samba->add_option("--dump", dump, "write the flash here on exit");
  samba->add_option("--silent-after", silent_after, "stop answering after N page writes");
  samba->add_option("--vanish-after", vanish_after, "drop off the bus after N page writes");
  samba->add_option("--stuck", stuck, "a flash address that ignores programming");

  auto* nrf = app.add_subcommand("nrf", "Adafruit nRF52840 serial DFU bootloader");
  nrf->add_option("--link", link, "where the port appears")->required();
  nrf->add_flag("--start-in-app", start_in_app, "start as the application (touch to enter the bootloader)");
  nrf->add_option("--dump", dump, "write the flash here on exit");
  nrf->add_option("--silent-after", silent_after, "stop answering after N packets");
  nrf->add_option("--vanish-after", vanish_after, "drop off the bus after N packets");
  nrf->add_option("--stuck", stuck, "an application offset that ignores programming");
  nrf->add_option("--drop", drop, "lose the Nth packet once");
  nrf->add_option("--corrupt", corrupt, "garble the Nth packet every time");

  auto* drive = app.add_subcommand("drive", "UF2 boot drive");
  drive->add_option("--dir", dir, "the drive folder to create")->required();
  drive->add_option("--board-id", board_id, "Board-ID in INFO_UF2.TXT")->required();
  drive->add_option("--model", model, "Model in INFO_UF2.TXT");
  drive->add_option("--dump", dump, "write the flashed image here");
  drive->add_flag("--stay", stay, "keep the drive after the copy (a bootloader that did not reset)");

  CLI11_PARSE(app, argc, argv);
  std::signal(SIGTERM, on_signal);
  std::signal(SIGINT, on_signal);
  std::signal(SIGPIPE, SIG_IGN);
  try {
    if (*drive) return run_drive(dir, board_id, model, dump, stay);
    if (*samba) {
      cpy::uf2::sim::SambaConfig c;
      c.chip = chip;
      c.flavour = flavour;
      c.bootloader_size = number(boot_size);
      c.start_in_app = start_in_app;
      c.read_bug = !no_read_bug;
      if (!silent_after.empty()) c.silent_after_writes = number(silent_after);
      if (!vanish_after.empty()) c.vanish_after_writes = number(vanish_after);
      if (!stuck.empty()) c.stuck_address = number(stuck);
      cpy::uf2::sim::SambaTarget target(c);
      int rc = serve(target, link);
      if (!dump.empty()) {
        write_file(dump, target.flash());
        write_text(dump + ".txt", "resets=" + std::to_string(target.reset_count()) +
                                      " page_writes=" + std::to_string(target.page_writes()) +
                                      " in_app=" + std::to_string(target.in_app()));
      }
      return rc;
    }
    cpy::uf2::sim::NrfConfig c;
    c.start_in_app = start_in_app;
    if (!silent_after.empty()) c.silent_after = number(silent_after);
    if (!vanish_after.empty()) c.vanish_after = number(vanish_after);
    if (!stuck.empty()) c.stuck_offset = number(stuck);
    if (!drop.empty()) c.drop_packet = number(drop);
    if (!corrupt.empty()) c.corrupt_packet = number(corrupt);
    cpy::uf2::sim::NrfTarget target(c);
    int rc = serve(target, link);
    if (!dump.empty()) {
      write_file(dump, target.flash());
      write_text(dump + ".txt", "app_valid=" + std::to_string(target.app_valid()) +
                                    " in_app=" + std::to_string(target.in_app()) +
                                    " size=" + std::to_string(target.image_size()) + " refusal=" + target.refusal());
    }
    return rc;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "flash_sim: %s\n", e.what());
    return 2;
  }
}
