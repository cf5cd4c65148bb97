// Test fixtures: a temporary folder, a simulated board running behind a
// pseudo-terminal for the length of a test, and test images.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <string>
#include <vector>

#include "sim_link.h"

namespace cpy::uf2::sim {

/// A folder removed with everything in it at the end of the scope.
struct TempDir {
  std::string path;
  TempDir() {
    char name[] = "/tmp/cpy-flash-test-XXXXXX";
    path = ::mkdtemp(name);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  std::string operator/(const std::string& name) const { return path + "/" + name; }
};

/// [T] (a Target) served on [dir]/ttyACM0 from a thread of its own.
template <class T>
class SimBoard {
 public:
  template <class Config>
  explicit SimBoard(const Config& config, std::chrono::milliseconds reenumerate = std::chrono::milliseconds(60))
      : target_(config), link_(target_, dir_ / "ttyACM0", reenumerate) {
    link_.open();
    link_.start();
  }
  ~SimBoard() { link_.stop(); }

  std::string port() const { return link_.link(); }
  const TempDir& dir() const { return dir_; }
  PtyLink& link() { return link_; }
  /// Runs [f] on the target with the simulator paused.
  template <class F>
  auto with_target(F f) {
    std::lock_guard<std::mutex> lock(link_.target_mutex());
    return f(target_);
  }

 private:
  TempDir dir_;
  T target_;
  PtyLink link_;
};

/// A [Config] with defaults, changed by [f]: tests name only what differs.
template <class Config, class F>
Config configure(F f) {
  Config c;
  f(c);
  return c;
}

/// [size] bytes of a pseudo-random image; the first word looks like an
/// initial stack pointer, as an application's vector table starts.
inline std::vector<uint8_t> test_image(size_t size, uint32_t seed = 1, uint32_t stack = 0x20008000) {
  std::vector<uint8_t> out(size);
  uint32_t x = seed * 2654435761u + 1;
  for (size_t i = 0; i < size; ++i) {
    x ^= x << 13, x ^= x >> 17, x ^= x << 5;
    out[i] = uint8_t(x);
  }
  for (size_t k = 0; k < 4 && k < size; ++k) out[k] = uint8_t(stack >> (8 * k));
  return out;
}

}  // namespace cpy::uf2::sim
