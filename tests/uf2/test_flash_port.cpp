// The serial port layer: deadlines, a vanished device, the 1200-baud touch,
// and finding a port again by USB id in a fake sysfs tree.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "cpy/uf2/serial_port.h"
#include "sim_fixture.h"
#include "sim_samba.h"

using namespace cpy::uf2;
namespace fs = std::filesystem;
using Sim = sim::SimBoard<sim::SambaTarget>;

namespace {

// A sysfs-like tree: class/tty/<name>/device -> devices/usb1/1-<n>/1-<n>:1.0,
// with idVendor/idProduct in the USB device folder, and dev/<name>.
void add_tty(const sim::TempDir& root, const std::string& name, uint16_t vid, uint16_t pid, int n) {
  fs::path usb = fs::path(root.path) / "devices/usb1" / ("1-" + std::to_string(n));
  fs::path iface = usb / ("1-" + std::to_string(n) + ":1.0");
  fs::create_directories(iface);
  std::ofstream(usb / "idVendor") << std::hex << vid << "\n";
  std::ofstream(usb / "idProduct") << std::hex << pid << "\n";
  fs::path tty = fs::path(root.path) / "class/tty" / name;
  fs::create_directories(tty);
  fs::create_symlink(iface, tty / "device");
  fs::create_directories(fs::path(root.path) / "dev");
  std::ofstream(fs::path(root.path) / "dev" / name) << "";
}

void remove_tty(const sim::TempDir& root, const std::string& name) {
  fs::remove_all(fs::path(root.path) / "class/tty" / name);
  fs::remove(fs::path(root.path) / "dev" / name);
}

PortEnvironment env_of(const sim::TempDir& root) {
  return PortEnvironment{root.path + "/class/tty", root.path + "/dev"};
}

}  // namespace

TEST_CASE("reads wait no longer than asked, and say what they waited for") {
  Sim b(sim::SambaConfig{});
  auto port = SerialPort::open(b.port(), 115200);
  REQUIRE(port.ok());
  uint8_t buf[4];
  auto start = std::chrono::steady_clock::now();
  auto n = port.value().read_some(buf, Millis(100));
  REQUIRE(n.ok());
  CHECK(n.value() == 0);
  CHECK(std::chrono::steady_clock::now() - start < Millis(1000));
  auto e = port.value().read_exact(buf, Millis(50), "the test reply");
  REQUIRE(!e.ok());
  CHECK(e.error().code == FlashErrc::kTimeout);
  CHECK(e.error().message.find("waiting for the test reply (got 0 of 4 bytes)") != std::string::npos);
  // A pseudo-terminal has no modem lines; setting them is accepted.
  CHECK(port.value().set_dtr(false).ok());
  CHECK(!port.value().modem_lines());
}

TEST_CASE("a vanished port ends reads and writes at once instead of spinning") {
  Sim b(sim::configure<sim::SambaConfig>([&](sim::SambaConfig& c) { c.vanish_after_writes = 1; }));
  auto port = SerialPort::open(b.port(), 115200);
  REQUIRE(port.ok());
  // One Y page write makes the simulated board drop off the bus.
  std::string commands = "Y20004000,0#Y00002000,00000040#";
  REQUIRE(port.value()
              .write_all(std::span(reinterpret_cast<const uint8_t*>(commands.data()), commands.size()), Millis(500))
              .ok());
  auto start = std::chrono::steady_clock::now();
  uint8_t buf[64];
  Expected<size_t> n = size_t(0);
  for (int i = 0; i < 50; ++i) {
    n = port.value().read_some(buf, Millis(100));
    if (!n.ok()) break;
  }
  REQUIRE(!n.ok());
  CHECK(n.error().code == FlashErrc::kPortGone);
  CHECK(std::chrono::steady_clock::now() - start < Millis(2000));
  auto w = port.value().write_all(std::span(buf, 4), Millis(100));
  REQUIRE(!w.ok());
  CHECK(w.error().code == FlashErrc::kPortGone);
}

TEST_CASE("opening a missing port is kNotFound, a non-tty is kIo") {
  auto p = SerialPort::open("/nonexistent/ttyACM0", 115200);
  REQUIRE(!p.ok());
  CHECK(p.error().code == FlashErrc::kNotFound);
  sim::TempDir dir;
  std::ofstream(dir / "plain") << "x";
  p = SerialPort::open(dir / "plain", 115200);
  REQUIRE(!p.ok());
  CHECK(p.error().code == FlashErrc::kIo);
  CHECK(!SerialPort::open("/dev/null", 12345).ok());
}

TEST_CASE("the 1200-baud touch resets the board, which comes back under the same name") {
  Sim b(sim::configure<sim::SambaConfig>([&](sim::SambaConfig& c) { c.start_in_app = true; }));
  std::string path = b.port();
  REQUIRE(touch_1200bps(path).ok());
  PortWait wait;
  wait.path = path;
  wait.vanish_timeout = Millis(1000);
  wait.appear_timeout = Millis(3000);
  auto found = wait_for_port(wait);
  REQUIRE(found.ok());
  CHECK(found.value() == path);
  CHECK(b.link().resets() == 1);
  b.with_target([](sim::SambaTarget& t) { CHECK(!t.in_app()); });
}

TEST_CASE("ttys are listed with the USB id of their device") {
  sim::TempDir root;
  add_tty(root, "ttyACM0", 0x239A, 0x8023, 1);
  add_tty(root, "ttyACM1", 0x2341, 0x004D, 2);
  fs::create_directories(fs::path(root.path) / "class/tty/tty0");  // no device link: virtual
  auto list = list_tty_devices(env_of(root));
  REQUIRE(list.size() == 2);
  CHECK(list[0].name == "ttyACM0");
  CHECK(list[0].path == root.path + "/dev/ttyACM0");
  REQUIRE(list[0].usb);
  CHECK(list[0].usb->vid == 0x239A);
  CHECK(list[0].usb->pid == 0x8023);
  CHECK(list[1].usb->pid == 0x004D);
  auto id = usb_id_of_port(root.path + "/dev/ttyACM1", env_of(root));
  REQUIRE(id);
  CHECK(id->vid == 0x2341);
  CHECK(!usb_id_of_port("/dev/null", env_of(root)));
  CHECK(list_tty_devices(PortEnvironment{"/nonexistent", "/dev"}).empty());
}

TEST_CASE("after a reset the bootloader is found by USB id under a new name") {
  sim::TempDir root;
  add_tty(root, "ttyACM0", 0x239A, 0x8023, 1);  // CircuitPython on a Feather M0 Express
  PortWait wait;
  wait.path = root.path + "/dev/ttyACM0";
  wait.ids = {UsbId{0x239A, 0x001B}};  // its bootloader
  wait.env = env_of(root);
  wait.before = list_tty_devices(wait.env);
  wait.vanish_timeout = Millis(1000);
  wait.appear_timeout = Millis(2000);
  std::thread board([&] {
    std::this_thread::sleep_for(Millis(100));
    remove_tty(root, "ttyACM0");
    std::this_thread::sleep_for(Millis(100));
    add_tty(root, "ttyACM1", 0x239A, 0x001B, 2);
  });
  auto found = wait_for_port(wait);
  board.join();
  REQUIRE_MESSAGE(found.ok(), (found.ok() ? "" : found.error().message));
  CHECK(found.value() == root.path + "/dev/ttyACM1");
}

TEST_CASE("a board that never comes back is reported with the ids looked for") {
  sim::TempDir root;
  add_tty(root, "ttyACM0", 0x239A, 0x8023, 1);
  PortWait wait;
  wait.path = root.path + "/dev/ttyACM0";
  wait.ids = {UsbId{0x239A, 0x001B}};
  wait.env = env_of(root);
  wait.before = list_tty_devices(wait.env);
  wait.vanish_timeout = Millis(50);
  wait.appear_timeout = Millis(100);
  remove_tty(root, "ttyACM0");
  auto found = wait_for_port(wait);
  REQUIRE(!found.ok());
  CHECK(found.error().code == FlashErrc::kNotFound);
  CHECK(found.error().message.find("no serial port with USB id 239a:001b appeared") != std::string::npos);
}
