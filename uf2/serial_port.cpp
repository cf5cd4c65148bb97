// A POSIX termios serial port with deadlines on every call. The file
// descriptor is non-blocking and every wait goes through poll(), so a device
// that vanishes shows up as POLLHUP/POLLERR, EIO/ENXIO/ENODEV or an end of
// file, and ends the call instead of spinning.
#include "cpy/uf2/serial_port.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>

namespace cpy::uf2 {

namespace {

using Clock = std::chrono::steady_clock;

std::optional<speed_t> speed_for(uint32_t baud) {
  switch (baud) {
    case 1200:
      return B1200;
    case 2400:
      return B2400;
    case 4800:
      return B4800;
    case 9600:
      return B9600;
    case 19200:
      return B19200;
    case 38400:
      return B38400;
    case 57600:
      return B57600;
    case 115200:
      return B115200;
    case 230400:
      return B230400;
    case 460800:
      return B460800;
    case 500000:
      return B500000;
    case 921600:
      return B921600;
    case 1000000:
      return B1000000;
    case 2000000:
      return B2000000;
    case 4000000:
      return B4000000;
    default:
      return std::nullopt;
  }
}

bool vanished_errno(int err) { return err == EIO || err == ENXIO || err == ENODEV || err == EBADF || err == EPIPE; }

int remaining_ms(Clock::time_point deadline) {
  auto left = std::chrono::duration_cast<Millis>(deadline - Clock::now()).count();
  return left < 0 ? 0 : int(left);
}

}  // namespace

std::string_view flash_errc_name(FlashErrc code) {
  switch (code) {
    case FlashErrc::kTimeout:
      return "timeout";
    case FlashErrc::kPortGone:
      return "port-gone";
    case FlashErrc::kIo:
      return "io";
    case FlashErrc::kProtocol:
      return "protocol";
    case FlashErrc::kWrongChip:
      return "wrong-chip";
    case FlashErrc::kVerify:
      return "verify";
    case FlashErrc::kRefused:
      return "refused";
    case FlashErrc::kBadInput:
      return "bad-input";
    case FlashErrc::kNotFound:
      return "not-found";
  }
  return "error";
}

SerialPort::~SerialPort() { close(); }

SerialPort::SerialPort(SerialPort&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), path_(std::move(other.path_)), modem_lines_(other.modem_lines_) {}

SerialPort& SerialPort::operator=(SerialPort&& other) noexcept {
  if (this != &other) {
    close();
    fd_ = std::exchange(other.fd_, -1);
    path_ = std::move(other.path_);
    modem_lines_ = other.modem_lines_;
  }
  return *this;
}

FlashError SerialPort::gone(std::string_view during) const {
  return flash_fail(FlashErrc::kPortGone,
                    fmt::format("{}: the port vanished while {} (was the board unplugged or reset?)", path_, during));
}

FlashError SerialPort::os_error(std::string_view during, int err) const {
  if (vanished_errno(err)) return gone(during);
  return flash_fail(FlashErrc::kIo, fmt::format("{}: {} while {}", path_, std::strerror(err), during));
}

Expected<SerialPort> SerialPort::open(const std::string& path, uint32_t baud) {
  auto speed = speed_for(baud);
  if (!speed)
    return flash_fail(FlashErrc::kBadInput, fmt::format("{} baud is not a rate this port layer supports", baud));
  SerialPort port;
  port.path_ = path;
  port.fd_ = ::open(path.c_str(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
  if (port.fd_ < 0) {
    int err = errno;
    FlashErrc code = err == ENOENT ? FlashErrc::kNotFound : FlashErrc::kIo;
    return flash_fail(code, fmt::format("{}: cannot open: {}", path, std::strerror(err)));
  }
  struct termios tio;
  if (::tcgetattr(port.fd_, &tio) != 0) return port.os_error("reading its settings (is it a serial port?)", errno);
  ::cfmakeraw(&tio);
  tio.c_cflag |= CLOCAL | CREAD;
  tio.c_cflag &= ~(CSTOPB | PARENB | CRTSCTS);
  tio.c_iflag &= ~(IXON | IXOFF | IXANY);
  tio.c_cc[VMIN] = 1;
  tio.c_cc[VTIME] = 0;
  ::cfsetispeed(&tio, *speed);
  ::cfsetospeed(&tio, *speed);
  if (::tcsetattr(port.fd_, TCSANOW, &tio) != 0) return port.os_error("setting raw mode", errno);
  return port;
}

Expected<SerialPort> SerialPort::open_when_ready(const std::string& path, uint32_t baud, Millis patience) {
  auto deadline = Clock::now() + patience;
  for (;;) {
    auto port = open(path, baud);
    if (port.ok() || Clock::now() >= deadline) return port;
    std::this_thread::sleep_for(Millis(50));
  }
}

Expected<void> SerialPort::set_baud(uint32_t baud) {
  auto speed = speed_for(baud);
  if (!speed)
    return flash_fail(FlashErrc::kBadInput, fmt::format("{} baud is not a rate this port layer supports", baud));
  struct termios tio;
  if (::tcgetattr(fd_, &tio) != 0) return os_error("reading its settings", errno);
  ::cfsetispeed(&tio, *speed);
  ::cfsetospeed(&tio, *speed);
  if (::tcsetattr(fd_, TCSANOW, &tio) != 0) return os_error("changing its speed", errno);
  return {};
}

Expected<void> SerialPort::set_modem_line(int line, bool on) {
  if (::ioctl(fd_, on ? TIOCMBIS : TIOCMBIC, &line) == 0) return {};
  int err = errno;
  // Pseudo-terminals and some adapters have no modem lines.
  if (err == ENOTTY || err == EINVAL) {
    modem_lines_ = false;
    return {};
  }
  return os_error("setting DTR/RTS", err);
}

Expected<void> SerialPort::set_dtr(bool on) { return set_modem_line(TIOCM_DTR, on); }
Expected<void> SerialPort::set_rts(bool on) { return set_modem_line(TIOCM_RTS, on); }

Expected<size_t> SerialPort::read_some(std::span<uint8_t> out, Millis timeout) {
  if (fd_ < 0) return gone("reading");
  auto deadline = Clock::now() + timeout;
  for (;;) {
    ssize_t n = ::read(fd_, out.data(), out.size());
    if (n > 0) return size_t(n);
    if (n == 0) return gone("reading");
    int err = errno;
    if (err != EAGAIN && err != EWOULDBLOCK && err != EINTR) return os_error("reading", err);
    int wait = remaining_ms(deadline);
    if (wait == 0 && Clock::now() >= deadline) return size_t(0);
    struct pollfd pfd = {fd_, POLLIN, 0};
    int r = ::poll(&pfd, 1, wait);
    if (r < 0 && errno != EINTR) return os_error("waiting for data", errno);
    if (r > 0 && (pfd.revents & (POLLHUP | POLLERR | POLLNVAL)) && !(pfd.revents & POLLIN)) return gone("reading");
    if (r == 0) return size_t(0);
  }
}

Expected<void> SerialPort::read_exact(std::span<uint8_t> out, Millis timeout, std::string_view what) {
  size_t got = 0;
  while (got < out.size()) {
    size_t n = CPY_UF2_TRY(read_some(out.subspan(got), timeout));
    if (n == 0)
      return flash_fail(FlashErrc::kTimeout,
                        fmt::format("{}: no answer within {} ms waiting for {} (got {} of {} bytes)", path_,
                                    timeout.count(), what, got, out.size()));
    got += n;
  }
  return {};
}

Expected<std::vector<uint8_t>> SerialPort::read_until_quiet(Millis first, Millis quiet, size_t max) {
  std::vector<uint8_t> out;
  uint8_t buf[256];
  Millis wait = first;
  while (out.size() < max) {
    size_t n = CPY_UF2_TRY(read_some(std::span(buf, std::min(sizeof buf, max - out.size())), wait));
    if (n == 0) break;
    out.insert(out.end(), buf, buf + n);
    wait = quiet;
  }
  return out;
}

Expected<void> SerialPort::write_all(std::span<const uint8_t> bytes, Millis timeout) {
  if (fd_ < 0) return gone("writing");
  auto deadline = Clock::now() + timeout;
  while (!bytes.empty()) {
    ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n > 0) {
      bytes = bytes.subspan(size_t(n));
      deadline = Clock::now() + timeout;
      continue;
    }
    int err = n == 0 ? EAGAIN : errno;
    if (err != EAGAIN && err != EWOULDBLOCK && err != EINTR) return os_error("writing", err);
    int wait = remaining_ms(deadline);
    if (wait == 0)
      return flash_fail(FlashErrc::kTimeout, fmt::format("{}: the device took no data for {} ms (is it still running?)",
                                                         path_, timeout.count()));
    struct pollfd pfd = {fd_, POLLOUT, 0};
    int r = ::poll(&pfd, 1, wait);
    if (r < 0 && errno != EINTR) return os_error("waiting to write", errno);
    if (r > 0 && (pfd.revents & (POLLHUP | POLLERR | POLLNVAL))) return gone("writing");
  }
  return {};
}

Expected<void> SerialPort::drain() {
  if (fd_ < 0) return gone("draining");
  while (::tcdrain(fd_) != 0) {
    if (errno != EINTR) return os_error("draining output", errno);
  }
  return {};
}

void SerialPort::discard_input() {
  if (fd_ >= 0) ::tcflush(fd_, TCIFLUSH);
}

void SerialPort::close() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

}  // namespace cpy::uf2
