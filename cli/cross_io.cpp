#include "cross_io.h"
#include "support.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <system_error>

namespace cpy::cli {

namespace fs = std::filesystem;

bool read_input(const std::string& path, std::string& out, ReadFailure& failure) {
  int fd = path == "-" ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    failure = {true, errno};
    return false;
  }
  out.clear();
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      failure = {false, errno};
      if (fd != STDIN_FILENO) ::close(fd);
      return false;
    }
    if (n == 0) break;
    out.append(buf, size_t(n));
  }
  if (fd != STDIN_FILENO) ::close(fd);
  return true;
}

namespace {

int write_all(int fd, std::span<const uint8_t> bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    bytes = bytes.subspan(size_t(n));
  }
  return 0;
}

// Tells apart the temporary files of threads writing at the same time.
std::atomic<unsigned> temp_counter{0};

}  // namespace

int write_stdout(std::span<const uint8_t> bytes) { return write_all(STDOUT_FILENO, bytes); }

int write_output_atomic(const std::string& path, std::span<const uint8_t> bytes, bool make_dirs) {
  bool in_place = false;
  std::string destination = output_destination(path, &in_place);
  if (in_place) {
    int fd = ::open(destination.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return errno;
    int error = write_all(fd, bytes);
    if (::close(fd) != 0 && error == 0) error = errno;
    return error;
  }
  fs::path target(destination);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  if (make_dirs) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return ec.value();
  }
  int fd = -1;
  std::string tmp;
  for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
    tmp = (dir / fmt::format(".{}.tmp-{}-{}", target.filename().string(), ::getpid(), temp_counter++)).string();
    // 0644 as the reference creates its outputs (the umask applies).
    fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0 && errno != EEXIST) return errno;
  }
  if (fd < 0) return EEXIST;
  int error = write_all(fd, bytes);
  if (::close(fd) != 0 && error == 0) error = errno;
  if (error == 0 && std::rename(tmp.c_str(), destination.c_str()) != 0) error = errno;
  if (error != 0) ::unlink(tmp.c_str());
  return error;
}

void remove_stale_output(const std::string& output, const std::string& input) {
  std::error_code ec;
  if (!fs::is_regular_file(fs::symlink_status(output, ec))) return;
  if (input != "-" && fs::equivalent(output, input, ec)) return;
  fs::remove(output, ec);
}

}  // namespace cpy::cli
