// A flashing session: choose the method, find the port or drive, enter the
// bootloader, and run SAM-BA, nRF serial DFU or a UF2 drive copy. Every
// refusal (bootloader area, wrong chip, family mismatch) happens before the
// first byte of flash is touched.
#include "cpy/uf2/flash_session.h"

#include <fmt/format.h>

#include <algorithm>

#include "cpy/uf2/drives.h"
#include "cpy/uf2/families.h"

namespace cpy::uf2 {

namespace {

std::string id_text(const UsbId& id) { return fmt::format("{:04x}:{:04x}", id.vid, id.pid); }

// The USB ids a board's bootloader enumerates with.
std::vector<UsbId> bootloader_ids(const Board& board) {
  std::vector<UsbId> ids = {board.bootloader.usb};
  if (board.bootloader.dfu_usb) ids.push_back(*board.bootloader.dfu_usb);
  return ids;
}

bool has_id(const std::vector<UsbId>& ids, const std::optional<UsbId>& id) {
  return id && std::find(ids.begin(), ids.end(), *id) != ids.end();
}

class Session {
 public:
  Session(const FlashRequest& request, const FlashObserver& observer) : r_(request), observer_(observer) {}

  Expected<FlashReport> samba(const FirmwareFile* file);
  Expected<FlashReport> nrf(const FirmwareFile* file);
  Expected<FlashReport> drive(const FirmwareFile* file);

 private:
  void step(std::string phase, std::string message) {
    if (observer_) observer_(FlashEvent{FlashEvent::Kind::kStep, std::move(phase), std::move(message), 0, 0});
  }
  void note(std::string message) {
    if (observer_) observer_(FlashEvent{FlashEvent::Kind::kNote, "note", std::move(message), 0, 0});
  }
  void progress(std::string_view phase, size_t done, size_t total) {
    if (observer_) observer_(FlashEvent{FlashEvent::Kind::kProgress, std::string(phase), "", done, total});
  }
  SambaProgress samba_progress() {
    return [this](std::string_view phase, size_t done, size_t total) { progress(phase, done, total); };
  }
  Expected<std::string> find_port();
  Expected<std::string> enter_bootloader(const std::string& path, bool samba);
  bool answers_samba(const std::string& path);

  const FlashRequest& r_;
  const FlashObserver& observer_;
};

Expected<std::string> Session::find_port() {
  if (!r_.port.empty()) return r_.port;
  if (!r_.board)
    return flash_fail(FlashErrc::kNotFound,
                      "no serial port given: name it with --port (or -p), or name the board "
                      "with --board so that its USB id can find it");
  std::vector<UsbId> ids = bootloader_ids(*r_.board);
  ids.push_back(r_.board->circuitpython_usb);
  std::vector<TtyDevice> found;
  for (const TtyDevice& d : list_tty_devices(r_.env))
    if (has_id(ids, d.usb)) found.push_back(d);
  if (found.size() == 1) return found[0].path;
  std::string wanted;
  for (const UsbId& id : ids) wanted += (wanted.empty() ? "" : ", ") + id_text(id);
  if (found.empty())
    return flash_fail(FlashErrc::kNotFound, fmt::format("no serial port with the USB id of a {} ({}) is connected; "
                                                        "name the port with --port",
                                                        r_.board->name, wanted));
  std::string names;
  for (const TtyDevice& d : found) names += (names.empty() ? "" : ", ") + d.path;
  return flash_fail(FlashErrc::kNotFound,
                    fmt::format("several ports could be the {}: {}; choose one with --port", r_.board->name, names));
}

bool Session::answers_samba(const std::string& path) {
  auto port = SerialPort::open(path, 115200);
  if (!port.ok()) return false;
  SambaTimeouts quick = r_.samba;
  quick.normal = std::min(quick.normal, Millis(300));
  SambaClient probe(port.value(), quick);
  return probe.connect().ok();
}

Expected<std::string> Session::enter_bootloader(const std::string& path, bool samba) {
  std::vector<UsbId> ids = r_.board ? bootloader_ids(*r_.board) : std::vector<UsbId>{};
  bool touch = r_.touch == Touch::kAlways;
  if (r_.touch == Touch::kAuto && r_.board && r_.board->bootloader.touch_1200bps) {
    std::optional<UsbId> id = usb_id_of_port(path, r_.env);
    if (id)
      touch = !has_id(ids, id);
    else
      touch = !(samba && answers_samba(path));
  }
  if (!touch) return path;
  std::vector<TtyDevice> before = list_tty_devices(r_.env);
  step("touch", fmt::format("touching {} at 1200 baud to start the bootloader", path));
  CPY_UF2_CHECK(touch_1200bps(path));
  PortWait wait{path, ids, before, r_.vanish_timeout, r_.appear_timeout, r_.env};
  std::string found = CPY_UF2_TRY(wait_for_port(wait));
  if (found != path) note(fmt::format("the bootloader came back as {}", found));
  return found;
}

Expected<FlashReport> Session::samba(const FirmwareFile* file) {
  FlashReport report;
  report.method = FlashMethod::kSamba;
  std::string path = CPY_UF2_TRY(find_port());
  path = CPY_UF2_TRY(enter_bootloader(path, true));
  report.target = path;
  step("connect", fmt::format("connecting to the SAM-BA bootloader on {}", path));
  SerialPort port = CPY_UF2_TRY(SerialPort::open_when_ready(path, 921600, Millis(3000)));
  SambaClient client(port, r_.samba);
  CPY_UF2_CHECK(client.connect());
  report.bootloader = client.version();
  SamdChip chip = CPY_UF2_TRY(identify_chip(client));
  report.device = chip.name;
  if (r_.board && r_.board->chip_family != chip.family && !r_.force)
    return flash_fail(FlashErrc::kWrongChip,
                      fmt::format("the board on {} is an {} (DSU DID {:#010x}), but {} has an {}: wrong board or wrong "
                                  "--board (use --force to go on anyway)",
                                  path, chip.name, chip.did, r_.board->id, r_.board->chip));
  if (r_.board && r_.board->chip != chip.name)
    note(fmt::format("the chip is an {}; {} names an {}", chip.name, r_.board->id, r_.board->chip));

  // Without a board file, the Arduino/Adafruit bootloaders' own size.
  uint32_t base = r_.board ? r_.board->flash_base : 0;
  uint32_t app_start = r_.board ? uint32_t(r_.board->application_start())
                                : (client.can_erase() ? (chip.family == "samd21" ? 0x2000 : 0x4000) : 0);
  uint32_t protected_end = r_.force ? 0 : app_start;
  uint32_t offset = r_.offset ? base + *r_.offset : app_start;
  SambaFlasher flasher(client, chip, protected_end);

  if (r_.info) {
    report.info = {
        {"Device", chip.name},
        {"Version", client.version()},
        {"Address", fmt::format("{:#x}", base)},
        {"Pages", std::to_string(chip.flash_size / chip.page_size)},
        {"Page Size", fmt::format("{} bytes", chip.page_size)},
        {"Total Size", fmt::format("{}KB", chip.flash_size / 1024)},
        {"DSU DID", fmt::format("{:#010x}", chip.did)},
        {"Extensions", fmt::format("{}{}{}", client.can_erase() ? "X" : "", client.can_write_buffer() ? "Y" : "",
                                   client.can_checksum() ? "Z" : "")},
        {"Application", fmt::format("{:#x}", app_start)},
    };
  }

  FlatImage image;
  if (file && (r_.write || r_.verify)) {
    image = CPY_UF2_TRY(flatten_for_flash(*file));
    // A flat binary carries no address: it goes to the offset (bossac -o),
    // by default the application area.
    if (file->format == ImageFormat::kBin) image.start = offset;
    // Writes start on a page boundary; the bytes before the image stay erased.
    uint32_t aligned = image.start / chip.page_size * chip.page_size;
    image.bytes.insert(image.bytes.begin(), image.start - aligned, 0xFF);
    image.start = aligned;
    report.address = image.start;
    report.bytes = image.bytes.size();
    if (image.start < protected_end)
      return flash_fail(FlashErrc::kRefused,
                        fmt::format("refusing to flash {}: it starts at {:#x}, inside the bootloader (below {:#x}); "
                                    "for a .bin give the offset with --offset, or use --force only to replace the "
                                    "bootloader itself",
                                    file->name, image.start, protected_end));
  }
  if (r_.erase) {
    uint32_t from = file && r_.write ? image.start / chip.erase_size * chip.erase_size : offset;
    step("erase", fmt::format("erasing flash from {:#x}", from));
    CPY_UF2_CHECK(flasher.erase(from, samba_progress()));
    report.erased = true;
  }
  if (file && r_.write) {
    if (!r_.erase) {
      step("erase", fmt::format("erasing the flash under the image ({:#x}..{:#x})", image.start,
                                image.start + image.bytes.size()));
      CPY_UF2_CHECK(flasher.erase_range(image.start, uint32_t(image.bytes.size()), samba_progress()));
    }
    step("write", fmt::format("writing {} bytes at {:#x}", image.bytes.size(), image.start));
    CPY_UF2_CHECK(flasher.write(image.start, image.bytes, samba_progress()));
    report.written = true;
  }
  if (file && r_.verify) {
    step("verify", fmt::format("verifying {} bytes at {:#x}", image.bytes.size(), image.start));
    VerifyReport v = CPY_UF2_TRY(flasher.verify(image.start, image.bytes, samba_progress()));
    report.verified = v.bad_bytes == 0 && v.bytes_checked == image.bytes.size();
  }
  if (r_.read_size) {
    uint32_t size = *r_.read_size ? *r_.read_size : chip.flash_size - offset;
    step("read", fmt::format("reading {} bytes at {:#x}", size, offset));
    report.read_back = CPY_UF2_TRY(flasher.read(offset, size, samba_progress()));
    report.address = offset;
  }
  if (r_.reset) {
    step("reset", "resetting the board into its application");
    CPY_UF2_CHECK(client.reset());
    report.reset = true;
  }
  return report;
}

Expected<FlashReport> Session::nrf(const FirmwareFile* file) {
  FlashReport report;
  report.method = FlashMethod::kNrfDfu;
  if (!file) return flash_fail(FlashErrc::kBadInput, "nRF serial DFU needs a firmware file");
  if (r_.board && !r_.force) {
    if (!file->uf2_families.empty() && std::find(file->uf2_families.begin(), file->uf2_families.end(),
                                                 r_.board->uf2_family_id) == file->uf2_families.end())
      return flash_fail(
          FlashErrc::kWrongChip,
          fmt::format("{} is a UF2 file for {}, not for the {} of {} (use --force to go on anyway)", file->name,
                      family_name(file->uf2_families[0]), r_.board->uf2_family, r_.board->id));
    if (file->format != ImageFormat::kDfuPackage && file->format != ImageFormat::kBin) {
      // What the package will hold: UICR (0x10000000 and up) is left out, as nrfutil does.
      uint64_t low = UINT64_MAX, high = 0;
      for (const Segment& s : file->segments) {
        if (s.bytes.empty() || s.address >= 0x10000000) continue;
        low = std::min(low, s.address);
        high = std::max(high, s.address + s.bytes.size());
      }
      if (low < r_.board->application_start() || high > r_.board->bootloader.start)
        return flash_fail(FlashErrc::kRefused,
                          fmt::format("{} spans {:#x}..{:#x}, outside the application area of {} ({:#x}..{:#x}: the "
                                      "SoftDevice lies below, the bootloader above); use --force to go on anyway",
                                      file->name, low == UINT64_MAX ? 0 : low, high, r_.board->id,
                                      r_.board->application_start(), r_.board->bootloader.start));
    }
  }
  std::vector<uint8_t> zip = CPY_UF2_TRY(firmware_as_package(*file, r_.package, dos_time_now()));
  DfuPackage package = CPY_UF2_TRY(read_package(zip));
  std::string path = CPY_UF2_TRY(find_port());
  path = CPY_UF2_TRY(enter_bootloader(path, false));
  report.target = path;
  for (size_t i = 0; i < package.images.size(); ++i) {
    const DfuImage& image = package.images[i];
    if (i > 0) {
      // The bootloader resets after each image; wait for it to come back.
      PortWait wait{
          path,  r_.board ? bootloader_ids(*r_.board) : std::vector<UsbId>{}, {}, r_.vanish_timeout, r_.appear_timeout,
          r_.env};
      path = CPY_UF2_TRY(wait_for_port(wait));
    }
    step("connect",
         fmt::format("sending {} ({} bytes) to the DFU bootloader on {}", image.bin_name, image.firmware.size(), path));
    SerialPort port = CPY_UF2_TRY(SerialPort::open_when_ready(path, 115200, Millis(3000)));
    NrfDfuSerial dfu(port, r_.dfu);
    CPY_UF2_CHECK(dfu.send_image(
        image, [this](std::string_view phase, size_t done, size_t total) { progress(phase, done, total); }));
    report.bytes += image.firmware.size();
  }
  report.device = r_.board ? r_.board->chip : "nRF52";
  report.written = report.verified = report.reset = true;
  return report;
}

Expected<FlashReport> Session::drive(const FirmwareFile* file) {
  FlashReport report;
  report.method = FlashMethod::kUf2Drive;
  if (!file) return flash_fail(FlashErrc::kBadInput, "a UF2 drive needs a firmware file");
  uint32_t family = r_.board ? r_.board->uf2_family_id : 0;
  std::vector<uint8_t> uf2 = CPY_UF2_TRY(firmware_as_uf2(*file, family));
  DriveInfo target;
  if (!r_.drive.empty()) {
    target = CPY_UF2_TRY(read_drive_info(r_.drive));
  } else {
    std::vector<DriveInfo> drives = find_boot_drives(r_.drive_roots.empty() ? default_drive_roots() : r_.drive_roots);
    if (r_.board && r_.board->bootloader.board_id)
      std::erase_if(drives, [&](const DriveInfo& d) { return d.board_id != *r_.board->bootloader.board_id; });
    if (drives.empty())
      return flash_fail(FlashErrc::kNotFound,
                        r_.board && r_.board->bootloader.drive
                            ? fmt::format("no {} drive is mounted: double-tap the board's reset button, or name the "
                                          "drive with --drive",
                                          *r_.board->bootloader.drive)
                            : std::string("no UF2 boot drive is mounted: double-tap the board's reset button, or "
                                          "name the drive with --drive"));
    if (drives.size() > 1) {
      std::string names;
      for (const DriveInfo& d : drives)
        names += fmt::format("{}{} ({})", names.empty() ? "" : ", ", d.path, d.board_id);
      return flash_fail(FlashErrc::kNotFound, fmt::format("several boot drives are mounted: {}; choose one with "
                                                          "--drive",
                                                          names));
    }
    target = drives[0];
  }
  report.target = target.path;
  report.device = target.board_id;
  report.bootloader = target.bootloader;
  CPY_UF2_CHECK(check_drive_match(target, uf2, r_.board, r_.force));
  step("copy", fmt::format("copying {} bytes to {}/NEW.UF2 ({})", uf2.size(), target.path, target.board_id));
  CPY_UF2_CHECK(deploy_to_drive(target, uf2, DriveDeployOptions{false, r_.drive_deploy.reset_timeout},
                                [this](size_t done, size_t total) { progress("copy", done, total); }));
  report.bytes = uf2.size();
  report.written = true;
  if (r_.drive_deploy.wait_for_reset) {
    step("wait", fmt::format("waiting for {} to reset", target.path));
    CPY_UF2_CHECK(wait_for_drive_to_go(target.path, r_.drive_deploy.reset_timeout));
    report.reset = true;
  }
  return report;
}

}  // namespace

GenpkgOptions default_package_options() {
  GenpkgOptions o;
  o.fields.device_type = kAdafruitDeviceType;
  o.fields.softdevice_req = std::vector<uint16_t>{kSoftDeviceAny};
  return o;
}

Expected<FlashMethod> choose_method(const FlashRequest& r, const FirmwareFile* file) {
  if (r.method) return *r.method;
  if (file && file->format == ImageFormat::kDfuPackage) return FlashMethod::kNrfDfu;
  if (!r.drive.empty()) return FlashMethod::kUf2Drive;
  bool serial_only = r.info || r.read_size || !file;
  if (r.board) {
    std::vector<BootloaderKind> kinds = {r.board->bootloader.kind};
    kinds.insert(kinds.end(), r.board->bootloader.also.begin(), r.board->bootloader.also.end());
    bool want_serial = !r.port.empty() || serial_only;
    for (BootloaderKind k : kinds) {
      if (k == BootloaderKind::kSamba) {
        if (want_serial || kinds[0] == k) return FlashMethod::kSamba;
      } else if (k == BootloaderKind::kNrfDfu) {
        if (want_serial || kinds[0] == k) return FlashMethod::kNrfDfu;
      } else if (!want_serial) {
        return FlashMethod::kUf2Drive;
      }
    }
    return flash_fail(FlashErrc::kBadInput, fmt::format("{}'s bootloader takes firmware only as a UF2 drive copy; "
                                                        "drop --port and the SAM-BA options",
                                                        r.board->id));
  }
  if (!r.port.empty() || serial_only) return FlashMethod::kSamba;
  return FlashMethod::kUf2Drive;
}

Expected<FlashReport> run_flash(const FlashRequest& request, const FirmwareFile* file, const FlashObserver& observer) {
  FlashMethod method = CPY_UF2_TRY(choose_method(request, file));
  Session session(request, observer);
  switch (method) {
    case FlashMethod::kSamba:
      return session.samba(file);
    case FlashMethod::kNrfDfu:
      return session.nrf(file);
    case FlashMethod::kUf2Drive:
      return session.drive(file);
  }
  return flash_fail(FlashErrc::kBadInput, "unknown method");
}

}  // namespace cpy::uf2
