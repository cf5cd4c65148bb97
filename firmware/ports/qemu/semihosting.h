// Arm semihosting: requests to the debugger or emulator (here QEMU with
// -semihosting-config enable=on) made with `bkpt 0xab` on M-profile cores.
// Each request takes an operation number in r0 and a pointer to its
// parameter block (or a value) in r1; the result comes back in r0.
#pragma once

#include <cstddef>
#include <cstdint>

namespace cpy::qemu::semihosting {

/// Operation numbers from Arm's semihosting specification.
enum Op : uint32_t {
  kOpen = 0x01,
  kClose = 0x02,
  kWriteC = 0x03,
  kWrite0 = 0x04,
  kWrite = 0x05,
  kRead = 0x06,
  kIsTty = 0x09,
  kSeek = 0x0a,
  kFlen = 0x0c,
  kRemove = 0x0e,
  kRename = 0x0f,
  kClock = 0x10,
  kTime = 0x11,
  kErrno = 0x13,
  kGetCmdline = 0x15,
  kExit = 0x18,
  kExitExtended = 0x20,
  kElapsed = 0x30,
  kTickFreq = 0x31,
};

/// SYS_OPEN modes: the index of the fopen() mode string
/// r, rb, r+, r+b, w, wb, w+, w+b, a, ab, a+, a+b.
/// On the special file ":tt" (the console) "w" is its output, "a" its
/// error stream.
enum Mode : uint32_t {
  kModeRead = 1,        // "rb"
  kModeReadPlus = 3,    // "r+b"
  kModeWriteText = 4,   // "w"
  kModeWrite = 5,       // "wb"
  kModeWritePlus = 7,   // "w+b"
  kModeAppendText = 8,  // "a"
  kModeAppend = 9,      // "ab"
};

/// The raw request.
inline int32_t call(uint32_t op, const void* arg) {
  register uint32_t r0 asm("r0") = op;
  register const void* r1 asm("r1") = arg;
  asm volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
  return int32_t(r0);
}

/// A handle, or -1.
int open(const char* path, uint32_t mode);
int close(int handle);
/// Bytes written (the request itself reports bytes left over).
size_t write(int handle, const void* data, size_t size);
/// Bytes read; 0 at the end; -1 on error.
long read(int handle, void* data, size_t size);
/// 0 on success.
int seek(int handle, size_t position);
/// The file's length, or -1.
long flen(int handle);
int remove(const char* path);
int rename(const char* from, const char* to);
/// The host's errno for the last failed request.
int host_errno();
/// Writes a NUL-terminated string to the debug console.
void write0(const char* text);
/// The command line (NUL-terminated) into [buf]; false when it does not fit.
bool get_cmdline(char* buf, size_t size);
/// Centiseconds since the program started.
uint32_t clock_cs();
/// Seconds since 1970-01-01.
uint32_t time_s();
/// Ticks since the program started, and ticks per second (0 when unknown).
uint64_t elapsed_ticks();
uint32_t tick_frequency();
/// Ends the emulation with exit status [status].
[[noreturn]] void exit(int status);

}  // namespace cpy::qemu::semihosting
