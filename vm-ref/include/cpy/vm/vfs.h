// What the VM's os, io, time and random modules need from the machine they
// run on: a file system (VFS), a clock and a source of random bytes. The host
// build provides a POSIX implementation (vfs_posix.cpp); the firmware installs
// its own with set_platform().
#pragma once

#include <cstddef>
#include <cstdint>

namespace cpy::vm {

/// File metadata, as os.stat reports it.
struct VfsStat {
  uint32_t mode = 0;  ///< S_IFDIR 0x4000 / S_IFREG 0x8000 | permission bits
  uint64_t size = 0;
  int64_t mtime = 0;  ///< seconds since the epoch
  int64_t atime = 0;
  int64_t ctime = 0;
};

/// Flags of Platform::open.
enum VfsOpenFlag : int {
  kVfsRead = 1,
  kVfsWrite = 2,
  kVfsCreate = 4,
  kVfsTruncate = 8,
  kVfsAppend = 16,
  kVfsExclusive = 32,
};

/// The machine interface. Functions that can fail return a negative errno
/// (MicroPython's numbers: ENOENT 2, EIO 5, EBADF 9, EACCES 13, EEXIST 17,
/// ENOTDIR 20, EISDIR 21, EINVAL 22, ENOSPC 28, ENOTEMPTY 39); paths are
/// NUL-terminated. Any pointer may be null: the VM then raises OSError(EPERM)
/// or, for the clock, counts from zero.
struct Platform {
  void* context = nullptr;

  // Clock.
  uint64_t (*monotonic_ns)(void* context) = nullptr;  ///< never goes back
  int64_t (*time_ns)(void* context) = nullptr;        ///< wall clock, ns since 1970-01-01 UTC
  void (*sleep_ns)(void* context, uint64_t ns) = nullptr;
  /// Fills [buf] with random bytes from the hardware or the OS.
  bool (*urandom)(void* context, uint8_t* buf, size_t size) = nullptr;

  // Files: a handle is a small non-negative int.
  int (*open)(void* context, const char* path, int flags) = nullptr;
  int (*close)(void* context, int handle) = nullptr;
  long (*read)(void* context, int handle, uint8_t* buf, size_t size) = nullptr;
  long (*write)(void* context, int handle, const uint8_t* buf, size_t size) = nullptr;
  /// Moves the position (whence 0 start, 1 current, 2 end); the new position.
  long (*seek)(void* context, int handle, long offset, int whence) = nullptr;
  int (*flush)(void* context, int handle) = nullptr;

  // Directories and names.
  int (*stat)(void* context, const char* path, VfsStat* out) = nullptr;
  /// Calls [each] for every entry of [path] except . and ..; stops early and
  /// returns what [each] returned when that is not 0.
  int (*listdir)(void* context, const char* path, int (*each)(void* arg, const char* name, uint32_t mode),
                 void* arg) = nullptr;
  int (*mkdir)(void* context, const char* path) = nullptr;
  int (*rmdir)(void* context, const char* path) = nullptr;
  int (*remove)(void* context, const char* path) = nullptr;
  int (*rename)(void* context, const char* from, const char* to) = nullptr;
  int (*getcwd)(void* context, char* buf, size_t size) = nullptr;
  int (*chdir)(void* context, const char* path) = nullptr;
  /// f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree,
  /// f_favail, f_flag, f_namemax.
  int (*statvfs)(void* context, const char* path, uint64_t out[10]) = nullptr;
  void (*sync)(void* context) = nullptr;
  /// The environment variable [name], or null (os.getenv after settings.toml).
  const char* (*getenv)(void* context, const char* name) = nullptr;

  /// os.uname(): sysname, nodename, release, version, machine.
  const char* uname[5] = {"cpy", "cpy", "10.0.0", "10.0.0", "cpy"};
};

/// Installs the machine interface (kept by pointer; null restores the
/// default, which on the host is the POSIX one).
void set_platform(const Platform* platform);
/// The machine interface in use; never null.
const Platform& platform();

#if CPY_VM_HOST_PLATFORM
/// The host's implementation over POSIX (vfs_posix.cpp).
const Platform& posix_platform();
#endif

}  // namespace cpy::vm
