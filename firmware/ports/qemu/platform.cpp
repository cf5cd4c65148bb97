#include "platform.h"

#include <cstring>

#include "semihosting.h"

namespace cpy::qemu {

namespace sh = semihosting;

namespace {

constexpr int kEIO = 5, kEEXIST = 17, kEINVAL = 22;

// Semihosting only seeks to absolute positions: positions are kept here.
constexpr int kMaxHandles = 32;
long g_position[kMaxHandles];

int host_error() {
  int e = sh::host_errno();
  return e > 0 ? -e : -kEIO;
}

uint64_t p_monotonic(void*) {
  static uint32_t freq = 0;
  if (!freq) freq = sh::tick_frequency();
  uint64_t ticks = sh::elapsed_ticks();
  if (freq == 1000000000u) return ticks;
  return ticks / freq * 1000000000u + (ticks % freq) * 1000000000u / freq;
}

int64_t p_time(void*) { return int64_t(sh::time_s()) * 1000000000; }

void p_sleep(void* context, uint64_t ns) {
  uint64_t until = p_monotonic(context) + ns;
  while (p_monotonic(context) < until) {
  }
}

bool p_urandom(void*, uint8_t* buf, size_t size) {
  // No entropy source on these machines: a xorshift generator seeded from
  // the tick counter.
  static uint64_t state = 0;
  if (!state) state = sh::elapsed_ticks() * 0x9e3779b97f4a7c15ull | 1;
  for (size_t i = 0; i < size; ++i) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    buf[i] = uint8_t(state >> 24);
  }
  return true;
}

void track(int handle, long position) {
  if (handle >= 0 && handle < kMaxHandles) g_position[handle] = position;
}

long tracked(int handle) { return handle >= 0 && handle < kMaxHandles ? g_position[handle] : 0; }

int p_open(void*, const char* path, int flags) {
  uint32_t mode;
  bool rw = (flags & vm::kVfsRead) && (flags & vm::kVfsWrite);
  // QEMU's "a" modes do not append on every host: append is r+ (or w for a
  // new file) with the position moved to the end.
  if (flags & vm::kVfsTruncate) {
    mode = rw ? sh::kModeWritePlus : sh::kModeWrite;
  } else if (flags & vm::kVfsWrite) {
    // Write without truncation: r+ when the file exists, else create it.
    int probe = sh::open(path, sh::kModeRead);
    if (probe >= 0) {
      sh::close(probe);
      if (flags & vm::kVfsExclusive) return -kEEXIST;
      mode = sh::kModeReadPlus;
    } else {
      if (!(flags & vm::kVfsCreate)) return host_error();
      mode = rw ? sh::kModeWritePlus : sh::kModeWrite;
    }
  } else {
    mode = sh::kModeRead;
  }
  if ((flags & vm::kVfsExclusive) && mode != sh::kModeReadPlus) {
    int probe = sh::open(path, sh::kModeRead);
    if (probe >= 0) {
      sh::close(probe);
      return -kEEXIST;
    }
  }
  int h = sh::open(path, mode);
  if (h < 0) return host_error();
  long start = 0;
  if (flags & vm::kVfsAppend) {
    long len = sh::flen(h);
    start = len > 0 ? len : 0;
    if (start && sh::seek(h, size_t(start)) != 0) {
      sh::close(h);
      return -kEIO;
    }
  }
  track(h, start);
  return h;
}

int p_close(void*, int handle) { return sh::close(handle) == 0 ? 0 : host_error(); }

long p_read(void*, int handle, uint8_t* buf, size_t size) {
  long n = sh::read(handle, buf, size);
  if (n < 0) return host_error();
  track(handle, tracked(handle) + n);
  return n;
}

long p_write(void*, int handle, const uint8_t* buf, size_t size) {
  size_t n = sh::write(handle, buf, size);
  if (n == 0 && size != 0) return host_error();
  track(handle, tracked(handle) + long(n));
  return long(n);
}

long p_seek(void*, int handle, long offset, int whence) {
  long base = 0;
  if (whence == 1) {
    base = tracked(handle);
  } else if (whence == 2) {
    base = sh::flen(handle);
    if (base < 0) return host_error();
  } else if (whence != 0) {
    return -kEINVAL;
  }
  long to = base + offset;
  if (to < 0) return -kEINVAL;
  if (sh::seek(handle, size_t(to)) != 0) return host_error();
  track(handle, to);
  return to;
}

int p_flush(void*, int) { return 0; }

int p_stat(void*, const char* path, vm::VfsStat* out) {
  int h = sh::open(path, sh::kModeRead);
  if (h < 0) return host_error();
  long len = sh::flen(h);
  uint8_t probe;
  // A directory opens on a POSIX host but does not read.
  bool is_dir = sh::read(h, &probe, 1) < 0;
  sh::close(h);
  *out = vm::VfsStat{};
  out->mode = is_dir ? 0x41ed : 0x81a4;
  out->size = is_dir || len < 0 ? 0 : uint64_t(len);
  return 0;
}

int p_remove(void*, const char* path) { return sh::remove(path) == 0 ? 0 : host_error(); }

int p_rename(void*, const char* from, const char* to) { return sh::rename(from, to) == 0 ? 0 : host_error(); }

vm::Platform make_platform() {
  vm::Platform p;
  p.monotonic_ns = &p_monotonic;
  p.time_ns = &p_time;
  p.sleep_ns = &p_sleep;
  p.urandom = &p_urandom;
  p.open = &p_open;
  p.close = &p_close;
  p.read = &p_read;
  p.write = &p_write;
  p.seek = &p_seek;
  p.flush = &p_flush;
  p.stat = &p_stat;
  p.remove = &p_remove;
  p.rename = &p_rename;
  p.uname[0] = "qemu";
  p.uname[1] = "qemu";
#if defined(__ARM_FP)
  p.uname[4] = "mps2-an386 with Cortex-M4F";
#else
  p.uname[4] = "microbit with Cortex-M0";
#endif
  return p;
}

vm::Platform g_platform;
bool g_platform_ready = false;

}  // namespace

const vm::Platform& semihosting_platform() {
  if (!g_platform_ready) {
    g_platform = make_platform();
    g_platform_ready = true;
  }
  return g_platform;
}

uint8_t* read_whole_file(const char* path, size_t* size, void* (*allocate)(size_t size, void* context), void* context) {
  int h = sh::open(path, sh::kModeRead);
  if (h < 0) return nullptr;
  long len = sh::flen(h);
  uint8_t* data = len >= 0 ? static_cast<uint8_t*>(allocate(size_t(len) + 1, context)) : nullptr;
  long got = data ? sh::read(h, data, size_t(len)) : -1;
  sh::close(h);
  if (got != len) return nullptr;  // the memory is garbage or the program's for good
  data[len] = 0;
  *size = size_t(len);
  return data;
}

}  // namespace cpy::qemu
