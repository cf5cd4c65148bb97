// Finding serial ports by USB id through sysfs, the 1200-baud touch, and
// waiting for a board's port to come back after it resets.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <thread>

#include "cpy/uf2/number.h"
#include "cpy/uf2/serial_port.h"

namespace cpy::uf2 {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

std::optional<uint16_t> read_hex_file(const fs::path& file) {
  std::ifstream in(file);
  std::string text;
  if (!(in >> text)) return std::nullopt;
  auto v = parse_u32("0x" + text);
  if (!v || *v > 0xFFFF) return std::nullopt;
  return uint16_t(*v);
}

// The USB device above a tty's device folder: the first ancestor holding
// idVendor and idProduct (the interface folder sits just below it).
std::optional<UsbId> usb_id_above(const fs::path& device_link) {
  std::error_code ec;
  fs::path dir = fs::canonical(device_link, ec);
  if (ec) return std::nullopt;
  for (int depth = 0; depth < 8 && !dir.empty(); ++depth) {
    if (fs::exists(dir / "idVendor", ec) && fs::exists(dir / "idProduct", ec)) {
      auto vid = read_hex_file(dir / "idVendor");
      auto pid = read_hex_file(dir / "idProduct");
      if (vid && pid) return UsbId{*vid, *pid};
      return std::nullopt;
    }
    if (dir == dir.parent_path()) break;
    dir = dir.parent_path();
  }
  return std::nullopt;
}

bool matches(const TtyDevice& d, const std::vector<UsbId>& ids) {
  return d.usb && std::find(ids.begin(), ids.end(), *d.usb) != ids.end();
}

bool was_there(const std::vector<TtyDevice>& before, const TtyDevice& d) {
  return std::any_of(before.begin(), before.end(), [&](const TtyDevice& b) { return b.name == d.name; });
}

bool path_exists(const std::string& path) {
  std::error_code ec;
  return fs::exists(path, ec);
}

}  // namespace

std::vector<TtyDevice> list_tty_devices(const PortEnvironment& env) {
  std::vector<TtyDevice> out;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(env.sys_class_tty, ec)) {
    fs::path device = entry.path() / "device";
    if (!fs::exists(device, ec)) continue;
    TtyDevice d;
    d.name = entry.path().filename().string();
    d.path = (fs::path(env.dev_dir) / d.name).string();
    d.usb = usb_id_above(device);
    out.push_back(std::move(d));
  }
  std::sort(out.begin(), out.end(), [](const TtyDevice& a, const TtyDevice& b) { return a.name < b.name; });
  return out;
}

std::optional<UsbId> usb_id_of_port(const std::string& path, const PortEnvironment& env) {
  std::error_code ec;
  fs::path real = fs::canonical(path, ec);
  std::string name = (ec ? fs::path(path) : real).filename().string();
  fs::path device = fs::path(env.sys_class_tty) / name / "device";
  if (!fs::exists(device, ec)) return std::nullopt;
  return usb_id_above(device);
}

Expected<void> touch_1200bps(const std::string& path) {
  auto port = SerialPort::open(path, 1200);
  if (!port.ok()) return port.error();
  // The device acts on the line coding and the DTR drop; give the host
  // driver a moment to pass them on before the close.
  // A board may reset as soon as it sees the new line coding; a port that
  // vanishes here has done what the touch asked.
  for (auto line : {port.value().set_rts(true), port.value().set_dtr(false)})
    if (!line.ok() && line.error().code != FlashErrc::kPortGone) return line.error();
  std::this_thread::sleep_for(Millis(50));
  port.value().close();
  return {};
}

Expected<std::string> wait_for_port(const PortWait& wait) {
  auto vanish_deadline = Clock::now() + wait.vanish_timeout;
  bool vanished = false;
  while (Clock::now() < vanish_deadline) {
    if (!path_exists(wait.path)) {
      vanished = true;
      break;
    }
    if (!wait.ids.empty()) {
      for (const TtyDevice& d : list_tty_devices(wait.env))
        if (matches(d, wait.ids) && !was_there(wait.before, d) && d.path != wait.path) return d.path;
    }
    std::this_thread::sleep_for(Millis(20));
  }
  auto appear_deadline = Clock::now() + wait.appear_timeout;
  for (;;) {
    if (!wait.ids.empty()) {
      for (const TtyDevice& d : list_tty_devices(wait.env))
        if (matches(d, wait.ids) && (vanished || !was_there(wait.before, d) || d.path == wait.path)) return d.path;
    }
    if (path_exists(wait.path)) return wait.path;
    if (Clock::now() >= appear_deadline) break;
    std::this_thread::sleep_for(Millis(20));
  }
  std::string ids;
  for (const UsbId& id : wait.ids) ids += fmt::format("{}{:04x}:{:04x}", ids.empty() ? "" : ", ", id.vid, id.pid);
  return flash_fail(FlashErrc::kNotFound,
                    fmt::format("{}: the board did not come back within {} ms{}", wait.path,
                                (wait.vanish_timeout + wait.appear_timeout).count(),
                                ids.empty() ? "" : fmt::format(" (no serial port with USB id {} appeared)", ids)));
}

}  // namespace cpy::uf2
