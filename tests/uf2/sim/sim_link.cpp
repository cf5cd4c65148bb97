#include "sim_link.h"

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace cpy::uf2::sim {

PtyLink::PtyLink(Target& target, std::string link, std::chrono::milliseconds reenumerate)
    : target_(target), link_(std::move(link)), reenumerate_(reenumerate) {}

PtyLink::~PtyLink() {
  stop();
  drop_port();
}

bool PtyLink::make_port() {
  int slave = -1;
  char name[256];
  if (::openpty(&master_, &slave, name, nullptr, nullptr) != 0) {
    std::fprintf(stderr, "sim: openpty: %s\n", std::strerror(errno));
    return false;
  }
  // The host opens the slave by name; this end keeps none open, so that a
  // host closing the port shows up as a hang-up on the master.
  ::close(slave);
  ::fcntl(master_, F_SETFL, ::fcntl(master_, F_GETFL) | O_NONBLOCK);
  ::fcntl(master_, F_SETFD, FD_CLOEXEC);
  // Packet mode with EXTPROC set: every change the host makes to the line
  // settings is reported here (TIOCPKT_IOCTL), so a host that sets 1200 baud
  // and closes or reopens at once (bossac -a) is still seen.
  struct termios tio;
  if (::tcgetattr(master_, &tio) == 0) {
    ::cfmakeraw(&tio);
    tio.c_lflag |= EXTPROC;
    ::tcsetattr(master_, TCSANOW, &tio);
  }
  int on = 1;
  ::ioctl(master_, TIOCPKT, &on);
  // Publish atomically: a temporary link renamed over the final name.
  std::string tmp = link_ + ".new";
  ::unlink(tmp.c_str());
  if (::symlink(name, tmp.c_str()) != 0 || ::rename(tmp.c_str(), link_.c_str()) != 0) {
    std::fprintf(stderr, "sim: cannot link %s to %s: %s\n", link_.c_str(), name, std::strerror(errno));
    return false;
  }
  touch_seen_ = false;
  return true;
}

void PtyLink::drop_port() {
  if (master_ < 0) return;
  ::unlink(link_.c_str());
  ::close(master_);
  master_ = -1;
}

bool PtyLink::open() { return make_port(); }

bool PtyLink::check_touch() {
  // The line is at 1200 baud: the touch. (A real board acts when DTR drops
  // at 1200 baud; a pseudo-terminal has no DTR, and hosts drop it at once.)
  struct termios tio;
  bool at_1200 = ::tcgetattr(master_, &tio) == 0 && ::cfgetospeed(&tio) == B1200;
  if (!at_1200) {
    touch_seen_ = false;
    return false;
  }
  if (touch_seen_) return false;
  touch_seen_ = true;
  bool reset;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    reset = target_.touched();
  }
  if (!reset) return false;
  drop_port();
  std::this_thread::sleep_for(reenumerate_);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    target_.reset();
  }
  make_port();
  resets_++;
  return true;
}

void PtyLink::serve_once() {
  struct pollfd pfd = {master_, POLLIN | POLLPRI, 0};
  int r = ::poll(&pfd, 1, 10);
  if (r < 0) return;
  if (pfd.revents & (POLLIN | POLLPRI)) {
    // One USB full-speed bulk packet at a time, as the device sees them,
    // after packet mode's leading status byte.
    uint8_t buf[1 + 64];
    ssize_t n = ::read(master_, buf, sizeof buf);
    if (n > 0 && buf[0] != TIOCPKT_DATA) {
      if (buf[0] & TIOCPKT_IOCTL) check_touch();
      return;
    }
    if (n > 1) {
      std::vector<uint8_t> reply;
      {
        std::lock_guard<std::mutex> lock(mutex_);
        target_.receive(std::span(buf + 1, size_t(n - 1)), reply);
      }
      size_t done = 0;
      while (done < reply.size()) {
        ssize_t w = ::write(master_, reply.data() + done, reply.size() - done);
        if (w > 0) {
          done += size_t(w);
        } else if (w < 0 && errno == EAGAIN) {
          struct pollfd out = {master_, POLLOUT, 0};
          if (::poll(&out, 1, 100) <= 0) break;
        } else {
          break;  // nobody listening: the reply is lost, as on a real bus
        }
      }
      return;
    }
  }
  if (pfd.revents & POLLHUP) {
    // Nobody has the port open; the speed the last host set stays.
    if (check_touch()) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

void PtyLink::run() {
  running_ = true;
  loop();
}

void PtyLink::loop() {
  while (running_ && master_ >= 0) {
    serve_once();
    bool vanish, reset;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      vanish = target_.vanish_requested();
      reset = !vanish && target_.reset_requested();
    }
    if (vanish) {
      drop_port();
      vanished_ = true;
      break;
    }
    if (reset) {
      drop_port();
      std::this_thread::sleep_for(reenumerate_);
      {
        std::lock_guard<std::mutex> lock(mutex_);
        target_.reset();
      }
      if (!make_port()) break;
      resets_++;
    }
  }
  while (running_ && vanished_) std::this_thread::sleep_for(std::chrono::milliseconds(10));
}

void PtyLink::start() {
  running_ = true;
  thread_ = std::thread([this] { loop(); });
}

void PtyLink::stop() {
  running_ = false;
  if (thread_.joinable()) thread_.join();
}

}  // namespace cpy::uf2::sim
