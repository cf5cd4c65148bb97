// The host's Platform over POSIX: the real file system, clock_gettime,
// nanosleep and /dev/urandom. Built only for the host.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include "cpy/vm/vfs.h"

namespace cpy::vm {

namespace {

int fail() { return -errno; }

uint64_t p_monotonic(void*) {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return uint64_t(ts.tv_sec) * 1000000000u + uint64_t(ts.tv_nsec);
}

int64_t p_time(void*) {
  timespec ts{};
  clock_gettime(CLOCK_REALTIME, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void p_sleep(void*, uint64_t ns) {
  timespec ts{time_t(ns / 1000000000u), long(ns % 1000000000u)};
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
  }
}

bool p_urandom(void*, uint8_t* buf, size_t size) {
  int fd = ::open("/dev/urandom", O_RDONLY);
  if (fd < 0) return false;
  size_t got = 0;
  while (got < size) {
    ssize_t n = ::read(fd, buf + got, size - got);
    if (n <= 0) break;
    got += size_t(n);
  }
  ::close(fd);
  return got == size;
}

int p_open(void*, const char* path, int flags) {
  int f = 0;
  if ((flags & kVfsRead) && (flags & kVfsWrite)) {
    f = O_RDWR;
  } else if (flags & kVfsWrite) {
    f = O_WRONLY;
  } else {
    f = O_RDONLY;
  }
  if (flags & kVfsCreate) f |= O_CREAT;
  if (flags & kVfsTruncate) f |= O_TRUNC;
  if (flags & kVfsAppend) f |= O_APPEND;
  if (flags & kVfsExclusive) f |= O_EXCL;
  int fd = ::open(path, f | O_CLOEXEC, 0666);
  if (fd < 0) return fail();
  struct stat st{};
  if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    return -EISDIR;
  }
  return fd;
}

int p_close(void*, int h) { return ::close(h) == 0 ? 0 : fail(); }
long p_read(void*, int h, uint8_t* buf, size_t size) {
  ssize_t n = ::read(h, buf, size);
  return n < 0 ? fail() : long(n);
}
long p_write(void*, int h, const uint8_t* buf, size_t size) {
  ssize_t n = ::write(h, buf, size);
  return n < 0 ? fail() : long(n);
}
long p_seek(void*, int h, long off, int whence) {
  off_t r = lseek(h, off, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END);
  return r < 0 ? fail() : long(r);
}
int p_flush(void*, int) { return 0; }

int p_stat(void*, const char* path, VfsStat* out) {
  struct stat st{};
  if (::stat(path, &st) != 0) return fail();
  out->mode = uint32_t(st.st_mode);
  out->size = uint64_t(st.st_size);
  out->mtime = st.st_mtime;
  out->atime = st.st_atime;
  out->ctime = st.st_ctime;
  return 0;
}

int p_listdir(void*, const char* path, int (*each)(void*, const char*, uint32_t), void* arg) {
  DIR* d = opendir(path);
  if (!d) return fail();
  int r = 0;
  while (dirent* e = readdir(d)) {
    const char* n = e->d_name;
    if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0))) continue;
    uint32_t mode = e->d_type == DT_DIR ? 0x4000 : e->d_type == DT_REG ? 0x8000 : 0;
    r = each(arg, n, mode);
    if (r) break;
  }
  closedir(d);
  return r;
}

int p_mkdir(void*, const char* path) { return ::mkdir(path, 0777) == 0 ? 0 : fail(); }
int p_rmdir(void*, const char* path) { return ::rmdir(path) == 0 ? 0 : fail(); }
int p_remove(void*, const char* path) { return ::unlink(path) == 0 ? 0 : fail(); }
int p_rename(void*, const char* a, const char* b) { return ::rename(a, b) == 0 ? 0 : fail(); }
int p_getcwd(void*, char* buf, size_t size) { return ::getcwd(buf, size) ? 0 : fail(); }
int p_chdir(void*, const char* path) { return ::chdir(path) == 0 ? 0 : fail(); }
int p_statvfs(void*, const char* path, uint64_t out[10]) {
  struct statvfs s{};
  if (::statvfs(path, &s) != 0) return fail();
  uint64_t v[10] = {s.f_bsize, s.f_frsize, s.f_blocks, s.f_bfree, s.f_bavail,
                    s.f_files, s.f_ffree,  s.f_favail, s.f_flag,  s.f_namemax};
  for (int i = 0; i < 10; ++i) out[i] = v[i];
  return 0;
}
void p_sync(void*) { ::sync(); }
const char* p_getenv(void*, const char* name) { return ::getenv(name); }

const Platform kPosix = [] {
  Platform p;
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
  p.listdir = &p_listdir;
  p.mkdir = &p_mkdir;
  p.rmdir = &p_rmdir;
  p.remove = &p_remove;
  p.rename = &p_rename;
  p.getcwd = &p_getcwd;
  p.chdir = &p_chdir;
  p.statvfs = &p_statvfs;
  p.sync = &p_sync;
  p.getenv = &p_getenv;
  p.uname[0] = "Linux";
  return p;
}();

}  // namespace

const Platform& posix_platform() { return kPosix; }

}  // namespace cpy::vm
