#include "support.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

namespace cpy::cli {

void print_error(std::string_view tool, std::string_view message) {
  fmt::print(stderr, "{}: error: {}\n", tool, message);
}

std::optional<std::vector<uint8_t>> read_file(const std::string& path, std::string* error) {
  std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!f) {
    *error = fmt::format("{}: {}", path, std::strerror(errno));
    return std::nullopt;
  }
  std::vector<uint8_t> data;
  uint8_t buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) data.insert(data.end(), buf, buf + n);
  bool failed = std::ferror(f);
  if (f != stdin) std::fclose(f);
  if (failed) {
    *error = fmt::format("{}: read error", path);
    return std::nullopt;
  }
  return data;
}

namespace {
bool write_all(int fd, std::span<const uint8_t> bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes = bytes.subspan(size_t(n));
  }
  return true;
}
}  // namespace

bool write_file_atomic(const std::string& path, std::span<const uint8_t> bytes, std::string* error) {
  if (path == "-") {
    if (!write_all(STDOUT_FILENO, bytes)) {
      *error = fmt::format("<stdout>: {}", std::strerror(errno));
      return false;
    }
    return true;
  }
  bool in_place = false;
  std::string destination = output_destination(path, &in_place);
  if (in_place) {
    int fd = ::open(destination.c_str(), O_WRONLY | O_CLOEXEC);
    bool ok = fd >= 0 && write_all(fd, bytes);
    int saved = errno;
    if (fd >= 0 && ::close(fd) != 0 && ok) {
      ok = false;
      saved = errno;
    }
    if (ok) return true;
    *error = fmt::format("{}: {}", path, std::strerror(saved));
    return false;
  }
  std::filesystem::path target(destination);
  std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  std::string tmp = (dir / fmt::format(".{}.tmp-{}", target.filename().string(), ::getpid())).string();
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    *error = fmt::format("{}: {}", path, std::strerror(errno));
    return false;
  }
  bool ok = write_all(fd, bytes);
  int saved = errno;
  ok = (::close(fd) == 0) && ok;
  if (ok && std::rename(tmp.c_str(), destination.c_str()) == 0) return true;
  if (!ok) errno = saved;
  *error = fmt::format("{}: {}", path, std::strerror(errno));
  ::unlink(tmp.c_str());
  return false;
}

std::string output_destination(const std::string& path, bool* in_place) {
  *in_place = false;
  std::error_code ec;
  std::filesystem::path target(path);
  // Follow symlinks (a bounded number: a loop just stops resolving).
  for (int hops = 0; hops < 40 && std::filesystem::is_symlink(std::filesystem::symlink_status(target, ec)); ++hops) {
    std::filesystem::path link = std::filesystem::read_symlink(target, ec);
    if (ec) break;
    target = link.is_absolute() ? link : target.parent_path() / link;
  }
  std::filesystem::file_status status = std::filesystem::status(target, ec);
  if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) *in_place = true;
  return target.string();
}

std::string describe(const Error& error) { return fmt::format("{} (at offset {:#x})", error.message, error.offset); }

std::optional<int> parse_command_line(CLI::App& app, int argc, char** argv) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    fmt::print("{}", app.help());
    return kExitOk;
  } catch (const CLI::CallForAllHelp&) {
    fmt::print("{}", app.help("", CLI::AppFormatMode::All));
    return kExitOk;
  } catch (const CLI::CallForVersion&) {
    fmt::print("{}\n", app.version());
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    print_error(app.get_name(), e.what());
    fmt::print(stderr, "Run with --help for more information.\n");
    return kExitUsage;
  }
  return std::nullopt;
}

}  // namespace cpy::cli
