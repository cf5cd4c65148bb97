// The USB side of a simulated bootloader: a pseudo-terminal whose slave is
// published under a stable link name (like /dev/ttyACM0), fed to a Target
// in USB-packet-sized pieces. It notices the 1200-baud touch (the host
// closed the port at 1200 baud), re-enumerates on reset (the old port
// vanishes, a new one appears under the same link name after a delay), and
// can vanish for good as a fault.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <span>
#include <string>
#include <thread>
#include <vector>

namespace cpy::uf2::sim {

/// What sits behind the port: a bootloader, or an application.
class Target {
 public:
  virtual ~Target() = default;
  /// One USB packet (at most 64 bytes) from the host; append the answer to [reply].
  virtual void receive(std::span<const uint8_t> packet, std::vector<uint8_t>& reply) = 0;
  /// The host touched the port at 1200 baud; true to reset.
  virtual bool touched() { return false; }
  /// True once the device wants to reset (e.g. AIRCR written, new firmware activated).
  virtual bool reset_requested() { return false; }
  /// Called while the port is gone, before it comes back.
  virtual void reset() {}
  /// True when the device should drop off the bus for good (a fault).
  virtual bool vanish_requested() { return false; }
};

/// Runs a Target behind a pseudo-terminal.
class PtyLink {
 public:
  /// [link] is where the port appears (a symbolic link to the pts device).
  PtyLink(Target& target, std::string link, std::chrono::milliseconds reenumerate = std::chrono::milliseconds(150));
  ~PtyLink();
  PtyLink(const PtyLink&) = delete;
  PtyLink& operator=(const PtyLink&) = delete;

  /// Creates the first port; false (and a message on stderr) on failure.
  bool open();
  /// Serves until stop() (or a vanish fault): call from a thread of its own.
  void run();
  /// Starts run() on a thread.
  void start();
  /// Ends run() and joins the thread started by start().
  void stop();

  const std::string& link() const { return link_; }
  /// How many times the port went away and came back.
  int resets() const { return resets_.load(); }
  /// Whether the port is gone for good.
  bool vanished() const { return vanished_.load(); }

 private:
  bool make_port();
  void drop_port();
  void serve_once();
  bool check_touch();
  void loop();

  Target& target_;
  std::string link_;
  std::chrono::milliseconds reenumerate_;
  int master_ = -1;
  bool touch_seen_ = false;
  std::atomic<bool> running_{false};
  std::atomic<int> resets_{0};
  std::atomic<bool> vanished_{false};
  std::mutex mutex_;  // serialises Target calls with readers in tests
  std::thread thread_;

 public:
  /// Held while the target is being driven; tests take it to read state.
  std::mutex& target_mutex() { return mutex_; }
};

}  // namespace cpy::uf2::sim
