// Serial links to bootloaders: the error values every flashing step returns,
// a POSIX termios port that reports a vanished device instead of spinning,
// the 1200-baud touch, and finding the port again after the board
// re-enumerates (by USB VID/PID from sysfs when it can, else by path).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "cpy/uf2/boards.h"

namespace cpy::uf2 {

using Millis = std::chrono::milliseconds;

/// The kind of failure a flashing step ran into, for drivers to map to exit
/// codes and for tests to tell faults apart.
enum class FlashErrc {
  kTimeout,    ///< the device stopped answering
  kPortGone,   ///< the port vanished (unplugged, or the board reset)
  kIo,         ///< an operating-system error on a port, drive or file
  kProtocol,   ///< an answer that does not follow the protocol
  kWrongChip,  ///< the device or drive is not what the board file describes
  kVerify,     ///< flash does not hold what was written
  kRefused,    ///< a request that would damage the board (erasing the bootloader)
  kBadInput,   ///< an image or package that cannot be flashed
  kNotFound,   ///< no port or drive to flash
};

/// A failure with a message that already names the port, address or file.
struct FlashError {
  FlashErrc code = FlashErrc::kIo;
  std::string message;
};

/// A short name for [code] ("timeout", "port-gone", ...), used in --json output.
std::string_view flash_errc_name(FlashErrc code);

/// Either a [T] or a FlashError.
template <class T>
class [[nodiscard]] Expected {
 public:
  Expected(T value) : v_(std::in_place_index<0>, std::move(value)) {}
  Expected(FlashError error) : v_(std::in_place_index<1>, std::move(error)) {}
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  const FlashError& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, FlashError> v_;
};

/// Success, or a FlashError.
template <>
class [[nodiscard]] Expected<void> {
 public:
  Expected() = default;
  Expected(FlashError error) : error_(std::move(error)) {}
  bool ok() const { return !error_; }
  explicit operator bool() const { return ok(); }
  const FlashError& error() const { return *error_; }

 private:
  std::optional<FlashError> error_;
};

/// Builds a FlashError: `return flash_fail(FlashErrc::kTimeout, "...");`
inline FlashError flash_fail(FlashErrc code, std::string message) { return FlashError{code, std::move(message)}; }

}  // namespace cpy::uf2

/// Evaluates [expr] (an Expected<T>); on failure returns its error from the
/// enclosing function, otherwise yields the value.
#define CPY_UF2_TRY(expr)                                \
  ({                                                     \
    auto cpy_uf2_try_ = (expr);                          \
    if (!cpy_uf2_try_.ok()) return cpy_uf2_try_.error(); \
    std::move(cpy_uf2_try_).value();                     \
  })

/// Like CPY_UF2_TRY for an Expected<void>.
#define CPY_UF2_CHECK(expr)                                  \
  do {                                                       \
    auto cpy_uf2_check_ = (expr);                            \
    if (!cpy_uf2_check_.ok()) return cpy_uf2_check_.error(); \
  } while (0)

namespace cpy::uf2 {

/// An open serial port in raw 8N1 mode, non-blocking underneath; every read
/// and write has a deadline. A device that disappears (hang-up, EIO, ENXIO,
/// ENODEV, end of file) ends the call with FlashErrc::kPortGone.
class SerialPort {
 public:
  SerialPort() = default;
  ~SerialPort();
  SerialPort(SerialPort&& other) noexcept;
  SerialPort& operator=(SerialPort&& other) noexcept;
  SerialPort(const SerialPort&) = delete;
  SerialPort& operator=(const SerialPort&) = delete;

  /// Opens [path] at [baud] (a standard rate from 1200 to 4000000).
  static Expected<SerialPort> open(const std::string& path, uint32_t baud);
  /// Like open(), retrying for up to [patience] while the device is still
  /// appearing (ENOENT, EACCES, EBUSY, EIO): udev needs a moment after a
  /// re-enumeration.
  static Expected<SerialPort> open_when_ready(const std::string& path, uint32_t baud, Millis patience);

  bool is_open() const { return fd_ >= 0; }
  const std::string& path() const { return path_; }

  /// Changes the line speed.
  Expected<void> set_baud(uint32_t baud);
  /// Sets or clears DTR / RTS. Ports without modem lines (pseudo-terminals)
  /// accept the call and do nothing; modem_lines() then says false.
  Expected<void> set_dtr(bool on);
  Expected<void> set_rts(bool on);
  bool modem_lines() const { return modem_lines_; }

  /// Reads what is available, waiting up to [timeout] for the first byte.
  /// Returns the count, 0 when nothing came in time.
  Expected<size_t> read_some(std::span<uint8_t> out, Millis timeout);
  /// Reads exactly out.size() bytes, each within [timeout] of the previous
  /// one; [what] names the awaited reply in the timeout message.
  Expected<void> read_exact(std::span<uint8_t> out, Millis timeout, std::string_view what);
  /// Reads until the line has been quiet for [quiet] (after a first byte
  /// within [first]) or [max] bytes came; for replies of unknown length.
  Expected<std::vector<uint8_t>> read_until_quiet(Millis first, Millis quiet, size_t max);
  /// Writes all of [bytes], waiting up to [timeout] for room each time.
  Expected<void> write_all(std::span<const uint8_t> bytes, Millis timeout);
  /// Waits until everything written has left the host (tcdrain).
  Expected<void> drain();
  /// Throws away anything received and not yet read.
  void discard_input();
  /// Closes the port (also done by the destructor).
  void close();

 private:
  FlashError gone(std::string_view during) const;
  FlashError os_error(std::string_view during, int err) const;
  Expected<void> set_modem_line(int line, bool on);

  int fd_ = -1;
  std::string path_;
  bool modem_lines_ = true;
};

/// Where port discovery looks; tests point these at a fake tree.
struct PortEnvironment {
  std::string sys_class_tty = "/sys/class/tty";
  std::string dev_dir = "/dev";
};

/// A serial device the kernel lists with a USB parent.
struct TtyDevice {
  std::string name;  ///< e.g. "ttyACM0"
  std::string path;  ///< e.g. "/dev/ttyACM0"
  std::optional<UsbId> usb;
};

/// Every entry of sys_class_tty that has a device link, with the USB
/// idVendor/idProduct of the nearest USB ancestor when there is one. Empty
/// when sysfs is not there (other systems).
std::vector<TtyDevice> list_tty_devices(const PortEnvironment& env = {});

/// The USB id behind the port at [path] (symbolic links followed), when
/// sysfs knows it.
std::optional<UsbId> usb_id_of_port(const std::string& path, const PortEnvironment& env = {});

/// The 1200-baud touch that resets CircuitPython and Arduino sketches into
/// their bootloader: open at 1200 baud, RTS on, DTR off, close.
Expected<void> touch_1200bps(const std::string& path);

/// How to find a board's port again after a touch or a reset.
struct PortWait {
  std::string path;               ///< the port before the reset
  std::vector<UsbId> ids;         ///< ids the bootloader enumerates with (may be empty)
  std::vector<TtyDevice> before;  ///< list_tty_devices() taken before the reset
  Millis vanish_timeout{1500};    ///< how long the old port may take to go away
  Millis appear_timeout{10000};   ///< how long the bootloader may take to appear
  PortEnvironment env;
};

/// Waits for the port to go away and for the bootloader's port to appear:
/// a tty whose USB id is one of [ids] (possibly under a new name), else the
/// same path again. A port that never goes away is taken as a board that was
/// already in its bootloader. FlashErrc::kNotFound when nothing appears.
Expected<std::string> wait_for_port(const PortWait& wait);

}  // namespace cpy::uf2
