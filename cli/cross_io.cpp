#include "cross_io.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
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

void remove_stale_output(const std::string& output, const std::string& input) {
  std::error_code ec;
  if (!fs::is_regular_file(fs::symlink_status(output, ec))) return;
  if (input != "-" && fs::equivalent(output, input, ec)) return;
  fs::remove(output, ec);
}

}  // namespace cpy::cli
