#include "support.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <utility>

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

namespace {

namespace fs = std::filesystem;

// Tells apart the temporary files of threads writing at the same time.
std::atomic<unsigned> temp_counter{0};

// Where an output named [path] is really written: a symlink is followed to
// its final target (a bounded number of hops: a loop just stops resolving).
// Sets [*in_place] when that exists and is not a regular file.
std::string output_destination(const std::string& path, bool* in_place) {
  *in_place = false;
  std::error_code ec;
  fs::path target(path);
  for (int hops = 0; hops < 40 && fs::is_symlink(fs::symlink_status(target, ec)); ++hops) {
    fs::path link = fs::read_symlink(target, ec);
    if (ec) break;
    target = link.is_absolute() ? link : target.parent_path() / link;
  }
  fs::file_status status = fs::status(target, ec);
  if (!ec && fs::exists(status) && !fs::is_regular_file(status)) *in_place = true;
  return target.string();
}

}  // namespace

AtomicOutput::~AtomicOutput() {
  if (fd_ >= 0) ::close(fd_);
  if (!tmp_.empty()) ::unlink(tmp_.c_str());
}

int AtomicOutput::open(const std::string& path, bool make_dirs) {
  bool in_place = false;
  destination_ = output_destination(path, &in_place);
  if (in_place) {
    fd_ = ::open(destination_.c_str(), O_WRONLY | O_CLOEXEC);
    return fd_ < 0 ? errno : 0;
  }
  fs::path target(destination_);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  if (make_dirs) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return ec.value();
  }
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string name = fmt::format(".{}.tmp-{}-{}", target.filename().string(), ::getpid(), temp_counter++);
    std::string tmp = (dir / name).string();
    // 0644 as mpy-cross and uf2conv.py create their outputs (the umask applies).
    fd_ = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd_ >= 0) {
      tmp_ = std::move(tmp);
      return 0;
    }
    if (errno != EEXIST) return errno;
  }
  return EEXIST;
}

int AtomicOutput::write(std::span<const uint8_t> bytes) { return fd_ < 0 ? EBADF : write_all(fd_, bytes); }

int AtomicOutput::commit() {
  if (fd_ < 0) return EBADF;
  int error = ::close(std::exchange(fd_, -1)) == 0 ? 0 : errno;
  if (error == 0 && !tmp_.empty()) {
    if (std::rename(tmp_.c_str(), destination_.c_str()) != 0) return errno;  // the destructor removes tmp_
    tmp_.clear();
  }
  return error;
}

int write_output_atomic(const std::string& path, std::span<const uint8_t> bytes, bool make_dirs) {
  AtomicOutput out;
  int error = out.open(path, make_dirs);
  if (error == 0) error = out.write(bytes);
  if (error == 0) error = out.commit();
  return error;
}

bool write_file_atomic(const std::string& path, std::span<const uint8_t> bytes, std::string* error) {
  bool to_stdout = path == "-";
  int error_number = to_stdout ? write_all(STDOUT_FILENO, bytes) : write_output_atomic(path, bytes);
  if (error_number == 0) return true;
  *error = fmt::format("{}: {}", to_stdout ? "<stdout>" : path, std::strerror(error_number));
  return false;
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
