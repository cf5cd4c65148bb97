// cpy-uf2: convert to and from UF2, inspect UF2 files, copy them onto UF2
// boot drives. Flags and outputs follow uf2conv.py.
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <thread>

#include "cpy/uf2/boards.h"
#include "cpy/uf2/decode.h"
#include "cpy/uf2/drives.h"
#include "cpy/uf2/elf.h"
#include "cpy/uf2/encode.h"
#include "cpy/uf2/error.h"
#include "cpy/uf2/families.h"
#include "cpy/uf2/hex.h"
#include "cpy/uf2/info.h"
#include "cpy/uf2/number.h"
#include "support.h"

using namespace cpy;

namespace {

constexpr std::string_view kTool = "cpy-uf2";

constexpr const char* kExamples = R"(Input kinds: UF2 (converted to BIN, or to HEX when -o ends in .hex), Intel HEX,
ELF (its loadable sections at their load addresses, as `objcopy -O ihex` gives
them; with -b, flattened as `objcopy -O binary` does and placed at -b),
anything else as BIN.
Without -c the UF2 is also copied to every mounted UF2 boot drive, as uf2conv.py does.

Examples:
  cpy-uf2 -c -b 0x2000 firmware.bin                 BIN at 0x2000 -> flash.uf2
  cpy-uf2 -c -f SAMD51 -b 0x4000 fw.bin -o fw.uf2   with a family ID
  cpy-uf2 -c --board feather_m4_express fw.bin      family and base from the board file
  cpy-uf2 -c -f NRF52840 firmware.hex               HEX -> flash.uf2
  cpy-uf2 -c firmware.elf -f 0xada52840             ELF -> flash.uf2
  cpy-uf2 firmware.uf2 -o firmware.bin              UF2 -> BIN
  cpy-uf2 -i firmware.uf2 --json                    families, ranges, gaps, flags as JSON
  cpy-uf2 -C data.bin                               C array -> flash.h
  cpy-uf2 -D firmware.uf2 -d /media/me/FEATHERBOOT  copy onto one boot drive
  cpy-uf2 -l                                        list boot drives and their Board-ID
)";

struct Options {
  std::string input;
  std::string base = "0x2000";
  std::string family = "0x0";
  std::string output;
  std::string device;
  std::string board;
  bool list = false;
  bool convert = false;
  bool deploy = false;
  bool wait = false;
  bool carray = false;
  bool info = false;
  bool lenient = false;
  bool json = false;
  bool base_given = false;
  bool family_given = false;
};

// Informational lines go to stdout like uf2conv.py's, or to stderr when the
// output itself goes to stdout.
struct Printer {
  std::FILE* to = stdout;
  template <class... Args>
  void line(fmt::format_string<Args...> f, Args&&... args) {
    fmt::print(to, f, std::forward<Args>(args)...);
    std::fputc('\n', to);
  }
};

class Failure : public std::runtime_error {
 public:
  Failure(int code, const std::string& what) : std::runtime_error(what), code(code) {}
  int code;
};

[[noreturn]] void usage_error(const std::string& what) { throw Failure(cli::kExitUsage, what); }
[[noreturn]] void failure(const std::string& what) { throw Failure(cli::kExitFailure, what); }

// The input file, mapped rather than copied when it is a regular file: most
// of a conversion's time would otherwise go to copying it.
class Input {
 public:
  explicit Input(const std::string& path) {
    int fd = path == "-" ? -1 : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd >= 0 && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
      void* p = ::mmap(nullptr, size_t(st.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
      if (p != MAP_FAILED) {
        map_ = p;
        bytes_ = std::span<const uint8_t>(static_cast<const uint8_t*>(p), size_t(st.st_size));
      }
    }
    if (fd >= 0) ::close(fd);
    if (map_) return;
    std::string error;
    auto data = cli::read_file(path, &error);
    if (!data) throw Failure(cli::kExitFailure, error);
    copy_ = std::move(*data);
    bytes_ = copy_;
  }
  ~Input() {
    if (map_) ::munmap(map_, bytes_.size());
  }
  Input(const Input&) = delete;
  Input& operator=(const Input&) = delete;
  std::span<const uint8_t> bytes() const { return bytes_; }

 private:
  void* map_ = nullptr;
  std::vector<uint8_t> copy_;
  std::span<const uint8_t> bytes_;
};

bool ends_with_hex(const std::string& path) {
  if (path.size() < 4) return false;
  std::string tail = path.substr(path.size() - 4);
  for (char& c : tail) c = char(std::tolower(static_cast<unsigned char>(c)));
  return tail == ".hex";
}

void list_drives(Printer& out) {
  for (const std::string& d : uf2::find_drives(uf2::default_drive_roots()))
    out.line("{} {}", d, uf2::read_board_id(d).value_or(""));
}

std::vector<std::string> target_drives(const Options& o) {
  if (o.device.empty()) return uf2::find_drives(uf2::default_drive_roots());
  if (!uf2::is_uf2_drive(o.device)) {
    if (o.wait) return {};  // -w: wait for it to be mounted
    failure(fmt::format("{}: not a UF2 boot drive (no INFO_UF2.TXT there)", o.device));
  }
  return {o.device};
}

// Copies [bytes] to the boot drives, as uf2conv.py does after converting.
void deploy(const Options& o, std::span<const uint8_t> bytes, bool wrote_output, Printer& out) {
  std::vector<std::string> drives = target_drives(o);
  if (drives.empty()) {
    if (o.wait) {
      out.line("Waiting for drive to deploy...");
      std::fflush(out.to);
      while (drives.empty()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        drives = target_drives(o);
      }
    } else if (!wrote_output) {
      failure(
          "No drive to deploy. (no mounted folder holds INFO_UF2.TXT; use -c to only convert, -d DRIVE to name one)");
    }
  }
  for (const std::string& d : drives) {
    out.line("Flashing {} ({})", d, uf2::read_board_id(d).value_or(""));
    uf2::copy_to_drive(d, bytes);
    out.line("Wrote {} bytes to {}/NEW.UF2", bytes.size(), d);
  }
}

// -i on a UF2 file: uf2conv.py's header lines, then the full summary. The
// file is read leniently so that everything wrong in it is listed; in strict
// mode any fault still makes the exit status 1.
int show_info(const Options& o, std::span<const uint8_t> input, uint32_t family_id, uint32_t base, Printer& out) {
  uf2::Uf2File file = uf2::decode_uf2(input, uf2::DecodeOptions{.lenient = true});
  std::string header;
  std::string no_bin;  // why no flat binary can be made; a property of the layout, not a fault
  try {
    header = uf2::format_header_info(uf2::uf2_to_bin(file, family_id, base).header);
  } catch (const uf2::Error& e) {
    no_bin = e.what();
  }
  uf2::Uf2Info info = uf2::summarize(file);
  if (o.json) {
    nlohmann::json j = uf2::info_to_json(info);
    j["bin_conversion_error"] = no_bin.empty() ? nlohmann::json(nullptr) : nlohmann::json(no_bin);
    fmt::print("{}\n", j.dump(2));
  } else {
    fmt::print(out.to, "{}{}", header, uf2::format_info(info));
    if (!no_bin.empty()) out.line("Note: no flat binary can be made: {}", no_bin);
  }
  if (!info.warnings.empty() && !o.lenient) {
    cli::print_error(kTool,
                     fmt::format("{}: {} fault(s); the first: {}", o.input, info.warnings.size(), info.warnings[0]));
    return cli::kExitFailure;
  }
  return cli::kExitOk;
}

struct Converted {
  std::vector<uint8_t> storage;
  std::span<const uint8_t> bytes;
  bool written = false;  // already streamed to the output file
  size_t written_size = 0;
  size_t size() const { return written ? written_size : bytes.size(); }
  std::string ext = "uf2";
  uint64_t start_address = 0;

  void own(std::vector<uint8_t> data) {
    storage = std::move(data);
    bytes = storage;
  }
  void own(const std::string& text) { own(std::vector<uint8_t>(text.begin(), text.end())); }
};

Converted uf2_to_output(const Options& o, std::span<const uint8_t> input, uint32_t family_id, uint32_t base,
                        Printer& out) {
  uf2::Uf2File file = uf2::decode_uf2(input, uf2::DecodeOptions{.lenient = o.lenient});
  for (const std::string& w : file.warnings) fmt::print(stderr, "{}: warning: {}\n", kTool, w);
  uf2::BinImage bin = uf2::uf2_to_bin(file, family_id, base);
  fmt::print(out.to, "{}", uf2::format_header_info(bin.header));
  Converted c;
  c.start_address = bin.start_address;
  if (!o.output.empty() && ends_with_hex(o.output)) {
    if (bin.dropped_for_families) failure("the file holds several families; choose one with -f to write HEX");
    c.own(uf2::write_hex(uf2::uf2_to_segments(file, family_id)));
    c.ext = "hex";
    return c;
  }
  if (bin.dropped_for_families)
    fmt::print(stderr,
               "{}: warning: the file holds several families and no -f chose one; the output is empty, as "
               "with uf2conv.py\n",
               kTool);
  c.own(std::move(bin.bytes));
  c.ext = "bin";
  return c;
}

void input_to_uf2(const Options& o, std::span<const uint8_t> input, uint32_t family_id, uint32_t base, Converted& c) {
  if (uf2::looks_like_elf(input)) {
    std::vector<uf2::Segment> segments = uf2::read_elf(input);
    if (o.base_given) {
      // An explicit -b asks for the image as `objcopy -O binary` flattens it.
      std::vector<uint8_t> flat = uf2::flatten(segments);
      c.start_address = base;
      c.own(uf2::bin_to_uf2(flat, base, family_id));
      return;
    }
    c.start_address = segments.front().address;
    c.own(uf2::segments_to_uf2(segments, family_id));
    return;
  }
  if (uf2::looks_like_hex(input)) {
    std::string_view text(reinterpret_cast<const char*>(input.data()), input.size());
    uf2::HexImage hex = uf2::read_hex(text, uf2::HexOptions{.require_eof = !o.lenient});
    if (!hex.first_data_address) failure(fmt::format("{}: the HEX file holds no data records", o.input));
    c.start_address = *hex.first_data_address;
    c.own(uf2::segments_to_uf2(hex.segments, family_id));
    return;
  }
  if (!input.empty() && input[0] == ':' && ends_with_hex(o.input))
    fmt::print(stderr,
               "{}: warning: {} starts like Intel HEX but holds characters other than hex digits, ':', CR "
               "and LF; converting it as binary, as uf2conv.py does\n",
               kTool, o.input);
  if (o.carray) {
    c.own(uf2::to_c_array(input));
    c.ext = "h";
    c.start_address = base;
    return;
  }
  c.start_address = base;
  if (o.convert && !o.info && !o.output.empty() && o.output != "-") {
    // Only converting, to a file: stream it there instead of building it in memory.
    auto check = [&](int error) {
      if (error) failure(fmt::format("{}: {}", o.output, std::strerror(error)));
    };
    cli::AtomicOutput stream;
    check(stream.open(o.output));
    uf2::bin_to_uf2(input, base, family_id, [&](std::span<const uint8_t> piece) { check(stream.write(piece)); });
    check(stream.commit());
    c.written = true;
    c.written_size = uf2::uf2_size_for_bin(input.size());
    return;
  }
  c.own(uf2::bin_to_uf2(input, base, family_id));
}

int run(Options& o) {
  Printer out;
  if (o.output == "-") out.to = stderr;

  uint32_t family_id = 0;
  uint32_t base = 0;
  const uf2::Board* board = nullptr;
  if (!o.board.empty()) {
    board = uf2::find_board(o.board);
    if (!board) usage_error(fmt::format("unknown board '{}'; known boards: {}", o.board, uf2::board_names()));
  }
  if (o.family_given || !board) {
    auto f = uf2::parse_family(o.family);
    if (!f) usage_error("Family ID needs to be a number or one of: " + uf2::family_names_list());
    family_id = *f;
  } else {
    family_id = board->uf2_family_id;
  }
  if (o.base_given || !board) {
    auto b = uf2::parse_python_int(o.base);
    if (!b) usage_error(fmt::format("-b: '{}' is not a number", o.base));
    if (*b < 0 || *b > int64_t(0xFFFFFFFF))
      usage_error(fmt::format("-b: {} is outside the 32-bit address space", o.base));
    base = uint32_t(*b);
  } else {
    base = uint32_t(board->application_start());
  }

  if (o.list) {
    list_drives(out);
    return cli::kExitOk;
  }
  if (o.input.empty()) usage_error("Need input file");
  Input file(o.input);
  std::span<const uint8_t> input = file.bytes();
  bool from_uf2 = uf2::looks_like_uf2(input);
  if (from_uf2 && o.info && !o.deploy) return show_info(o, input, family_id, base, out);

  Converted c;
  if (o.deploy) {
    if (!from_uf2) failure(fmt::format("{}: -D copies a UF2 file as it is, and this is not one", o.input));
    // Refuse to flash a damaged file; the decode throws on the first fault.
    uf2::Uf2File checked = uf2::decode_uf2(input, uf2::DecodeOptions{.lenient = o.lenient});
    for (const std::string& w : checked.warnings) fmt::print(stderr, "{}: warning: {}\n", kTool, w);
    c.bytes = input;
  } else if (from_uf2) {
    c = uf2_to_output(o, input, family_id, base, out);
  } else {
    if (input.empty()) failure(fmt::format("{}: the input is empty", o.input));
    input_to_uf2(o, input, family_id, base, c);
  }
  if (!o.deploy && !o.info)
    out.line("Converted to {}, output size: {}, start address: 0x{:x}", c.ext, c.size(), c.start_address);
  if (o.info && c.ext == "uf2") {
    // -i on something that is not UF2 yet: describe the UF2 it becomes.
    uf2::Uf2Info info = uf2::summarize(uf2::decode_uf2(c.bytes));
    if (o.json)
      fmt::print("{}\n", uf2::info_to_json(info).dump(2));
    else
      fmt::print(out.to, "{}", uf2::format_info(info));
  }
  if ((o.convert || c.ext != "uf2") && o.output.empty()) o.output = "flash." + c.ext;
  if (!o.output.empty()) {
    std::string error;
    if (!c.written && !cli::write_file_atomic(o.output, c.bytes, &error)) failure(error);
    out.line("Wrote {} bytes to {}", c.size(), o.output == "-" ? "<stdout>" : o.output);
  }
  if (c.ext == "uf2" && !o.convert && !o.info) deploy(o, c.bytes, !o.output.empty(), out);
  return cli::kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Convert to UF2 or flash directly (uf2conv.py compatible).", std::string(kTool)};
  app.footer(kExamples);
  app.set_version_flag("--version", "cpy-uf2 " CPY_VERSION);
  Options o;
  app.add_option("input", o.input, "input file (HEX, ELF, BIN or UF2; '-' for stdin)");
  auto* base = app.add_option("-b,--base", o.base, "set base address of application for BIN format (default: 0x2000)");
  auto* family = app.add_option("-f,--family", o.family, "specify familyID - number or name (default: 0x0)");
  app.add_option("-o,--output", o.output,
                 "write output to named file; defaults to \"flash.uf2\" or \"flash.bin\" where sensible ('-' for "
                 "stdout; a .hex name turns UF2 into Intel HEX)");
  app.add_option("-d,--device", o.device, "select a device path (a mounted UF2 boot drive) to flash");
  app.add_flag("-l,--list", o.list, "list connected devices");
  app.add_flag("-c,--convert", o.convert, "do not flash, just convert");
  app.add_flag("-D,--deploy", o.deploy, "just flash, do not convert");
  app.add_flag("-w,--wait", o.wait, "wait for device to flash");
  app.add_flag("-C,--carray", o.carray, "convert binary file to a C array, not UF2");
  app.add_flag("-i,--info", o.info, "display header information from UF2, do not convert");
  app.add_option("--board", o.board, "take the family and (for BIN) the base address from spec/boards/<BOARD>.json");
  app.add_flag("--lenient", o.lenient, "skip bad UF2 blocks and tolerate faults, as uf2conv.py does");
  app.add_flag("--json", o.json, "with -i: print the summary as JSON");
  if (auto code = cli::parse_command_line(app, argc, argv)) return *code;
  o.base_given = base->count() > 0;
  o.family_given = family->count() > 0;
  try {
    return run(o);
  } catch (const Failure& f) {
    cli::print_error(kTool, f.what());
    return f.code;
  } catch (const uf2::Error& e) {
    cli::print_error(kTool, fmt::format("{}: {}", o.input, e.what()));
    return cli::kExitFailure;
  } catch (const std::exception& e) {
    cli::print_error(kTool, e.what());
    return cli::kExitFailure;
  }
}
