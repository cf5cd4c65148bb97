#include "cpy/uf2/drives.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cpy/uf2/error.h"

namespace cpy::uf2 {

namespace fs = std::filesystem;

std::vector<std::string> default_drive_roots() {
#if defined(__APPLE__)
  return {"/Volumes"};
#else
  std::vector<std::string> roots = {"/mnt", "/media"};
  for (const char* var : {"USER", "SUDO_USER"}) {
    const char* user = std::getenv(var);
    if (!user || !*user) continue;
    roots.push_back(fmt::format("/media/{}", user));
    roots.push_back(fmt::format("/run/media/{}", user));
  }
  return roots;
#endif
}

bool is_uf2_drive(const std::string& path) {
  std::error_code ec;
  return fs::is_directory(path, ec) && fs::is_regular_file(fs::path(path) / "INFO_UF2.TXT", ec);
}

std::vector<std::string> find_drives(const std::vector<std::string>& roots) {
  std::vector<std::string> out;
  for (const std::string& root : roots) {
    std::error_code ec;
    if (!fs::is_directory(root, ec)) continue;
    for (const auto& entry : fs::directory_iterator(root, ec)) {
      std::string path = entry.path().string();
      if (is_uf2_drive(path)) out.push_back(path);
    }
  }
  return out;
}

std::optional<std::string> read_board_id(const std::string& drive) {
  std::ifstream in(fs::path(drive) / "INFO_UF2.TXT", std::ios::binary);
  if (!in) return std::nullopt;
  std::string line;
  while (std::getline(in, line)) {
    auto at = line.find("Board-ID: ");
    if (at == std::string::npos) continue;
    std::string id = line.substr(at + 10);
    while (!id.empty() && (id.back() == '\r' || id.back() == '\n')) id.pop_back();
    return id;
  }
  return std::nullopt;
}

void copy_to_drive(const std::string& drive, std::span<const uint8_t> bytes,
                   const std::function<void(size_t done, size_t total)>& progress) {
  std::string path = (fs::path(drive) / "NEW.UF2").string();
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw Error(fmt::format("{}: {}", path, std::strerror(errno)));
  // Large pieces, so progress moves without slowing the copy.
  constexpr size_t kPiece = 64 * 1024;
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, std::min(kPiece, bytes.size() - done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int saved = n < 0 ? errno : EIO;
      ::close(fd);
      throw Error(
          fmt::format("{}: write failed after {} of {} bytes: {}", path, done, bytes.size(), std::strerror(saved)));
    }
    done += size_t(n);
    if (progress) progress(done, bytes.size());
  }
  // The bootloader flashes as blocks arrive; fsync makes sure they all do.
  // A board that resets mid-sync makes fsync/close fail, which is normal.
  ::fsync(fd);
  ::close(fd);
}

}  // namespace cpy::uf2
