#include "semihosting.h"

#include <cstring>

namespace cpy::qemu::semihosting {

namespace {
// ADP_Stopped_ApplicationExit: the reason code of a normal exit.
constexpr uint32_t kApplicationExit = 0x20026;
}  // namespace

int open(const char* path, uint32_t mode) {
  uint32_t block[3] = {uint32_t(reinterpret_cast<uintptr_t>(path)), mode, uint32_t(std::strlen(path))};
  return call(kOpen, block);
}

int close(int handle) {
  uint32_t block[1] = {uint32_t(handle)};
  return call(kClose, block);
}

size_t write(int handle, const void* data, size_t size) {
  uint32_t block[3] = {uint32_t(handle), uint32_t(reinterpret_cast<uintptr_t>(data)), uint32_t(size)};
  int32_t left = call(kWrite, block);
  if (left < 0 || size_t(left) > size) return 0;
  return size - size_t(left);
}

long read(int handle, void* data, size_t size) {
  uint32_t block[3] = {uint32_t(handle), uint32_t(reinterpret_cast<uintptr_t>(data)), uint32_t(size)};
  int32_t left = call(kRead, block);
  if (left < 0 || size_t(left) > size) return -1;
  return long(size - size_t(left));
}

int seek(int handle, size_t position) {
  uint32_t block[2] = {uint32_t(handle), uint32_t(position)};
  return call(kSeek, block);
}

long flen(int handle) {
  uint32_t block[1] = {uint32_t(handle)};
  return call(kFlen, block);
}

int remove(const char* path) {
  uint32_t block[2] = {uint32_t(reinterpret_cast<uintptr_t>(path)), uint32_t(std::strlen(path))};
  return call(kRemove, block);
}

int rename(const char* from, const char* to) {
  uint32_t block[4] = {uint32_t(reinterpret_cast<uintptr_t>(from)), uint32_t(std::strlen(from)),
                       uint32_t(reinterpret_cast<uintptr_t>(to)), uint32_t(std::strlen(to))};
  return call(kRename, block);
}

int host_errno() { return call(kErrno, nullptr); }

void write0(const char* text) { call(kWrite0, text); }

bool get_cmdline(char* buf, size_t size) {
  uint32_t block[2] = {uint32_t(reinterpret_cast<uintptr_t>(buf)), uint32_t(size)};
  if (call(kGetCmdline, block) != 0) return false;
  if (block[1] >= size) return false;
  buf[block[1]] = '\0';
  return true;
}

uint32_t clock_cs() { return uint32_t(call(kClock, nullptr)); }

uint32_t time_s() { return uint32_t(call(kTime, nullptr)); }

uint64_t elapsed_ticks() {
  uint32_t block[2] = {0, 0};
  if (call(kElapsed, block) != 0) return uint64_t(clock_cs()) * 10000000u;  // as 1 GHz ticks
  return uint64_t(block[0]) | (uint64_t(block[1]) << 32);
}

uint32_t tick_frequency() {
  int32_t f = call(kTickFreq, nullptr);
  return f > 0 ? uint32_t(f) : 1000000000u;
}

void exit(int status) {
  uint32_t block[2] = {kApplicationExit, uint32_t(status)};
  call(kExitExtended, block);
  // Hosts without SYS_EXIT_EXTENDED: a plain exit loses the status.
  call(kExit, reinterpret_cast<const void*>(uintptr_t(kApplicationExit)));
  for (;;) {
  }
}

}  // namespace cpy::qemu::semihosting
