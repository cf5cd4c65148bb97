// cpy-flash: put firmware on a board through its bootloader, chosen from the
// board file: a UF2 drive copy, SAM-BA (bossac's protocol and flags) or
// Nordic serial DFU (adafruit-nrfutil's protocol and packages).
#include <fmt/format.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <limits>

#include "cpy/uf2/boards.h"
#include "cpy/uf2/flash_session.h"
#include "cpy/uf2/number.h"
#include "support.h"

using namespace cpy;

namespace {

constexpr std::string_view kTool = "cpy-flash";

constexpr const char* kFooter = R"(FILE may be .uf2, .bin, .hex, .elf or an nRF DFU package (.zip). The method
comes from the board file: a copy to the bootloader's drive, SAM-BA over
serial (Arduino/Adafruit SAMD bootloaders) or nRF serial DFU (Adafruit nRF52
bootloader). A port is touched at 1200 baud first when the board file says
so and the port is not already the bootloader's.

A plain `cpy-flash FILE` erases from the application offset, writes,
verifies (SAM-BA: CRC per 4 KB, read-back where it differs; nRF: the
bootloader checks the image CRC and starts it only when it matches; UF2: the
drive must go away) and resets. Flash below the application offset (the
bootloader) is never erased or written without --force.

bossac-compatible flags (any of -e -w -v -r -i -R selects exactly those steps):
  -e  erase from the offset to the end     -w  write FILE
  -v  verify FILE against flash            -r[SIZE]  read flash into FILE (all without SIZE)
  -i  show the device                      -R  reset afterwards
  -o  offset from the flash base (default: the board's application offset,
      else 0x2000 on SAMD21 / 0x4000 on SAMD51 Arduino/Adafruit bootloaders)
  -p  port    -a  touch at 1200 baud first
  -b  accepted and ignored (SAMD has no boot-from-ROM bit; bossac ignores it too)
  -U  accepted and ignored (the port is always used as USB CDC)
A verify failure exits 1 (bossac: 2), like every other failure.

adafruit-nrfutil: `--genpkg ZIP FILE` writes a `dfu genpkg` package
(--dev-type, --dev-revision, --application-version, --sd-req, --dfu-ver as
there); flashing an nRF board from .hex/.bin/.uf2/.elf builds one with
--dev-type 0x0052 --sd-req 0xFFFE, as CircuitPython's build does.

Examples:
  cpy-flash --board feather_m4_express firmware.uf2        find the drive, copy, wait for the reset
  cpy-flash --board metro_m4_express -p /dev/ttyACM0 firmware.bin   SAM-BA at 0x4000
  cpy-flash --board feather_nrf52840_express -p /dev/ttyACM0 firmware.hex   nRF serial DFU
  cpy-flash -p /dev/ttyACM0 -e -w -v -R -o 0x2000 firmware.bin     bossac style
  cpy-flash -p /dev/ttyACM0 -i                                     what is on the port
  cpy-flash -p /dev/ttyACM0 -r0x1000 dump.bin -o 0x2000            read 4 KB of flash
  cpy-flash --genpkg dfu.zip --dev-type 0x0052 firmware.hex        nrfutil dfu genpkg
  cpy-flash --json --board feather_m0_express -p /dev/ttyACM0 fw.bin   progress as JSON lines
)";

struct Options {
  std::string file, board, port, drive, method, genpkg, offset, read_size, timeout, reset_timeout;
  std::string dev_type, dev_revision, app_version, sd_req, dfu_ver = "0.5";
  bool erase = false, write = false, verify = false, reset = false, info = false, read = false;
  bool touch = false, no_touch = false, force = false, json = false, no_wait = false;
  bool boot = false, usb = false;
};

class Failure : public std::runtime_error {
 public:
  Failure(int code, const std::string& what) : std::runtime_error(what), code(code) {}
  int code;
};

[[noreturn]] void usage_error(const std::string& what) { throw Failure(cli::kExitUsage, what); }

// nrfutil's int_as_text_to_int: 0x.. hex, a leading 0 octal, else decimal.
std::optional<uint32_t> nrfutil_int(const std::string& text) {
  int base = 10;
  std::string digits = text;
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    base = 16;
    digits = text.substr(2);
  } else if (text.size() > 1 && text[0] == '0') {
    base = 8;
  }
  if (digits.empty() || !std::isalnum(static_cast<unsigned char>(digits[0]))) return std::nullopt;
  char* end = nullptr;
  errno = 0;
  unsigned long long v = std::strtoull(digits.c_str(), &end, base);
  if (*end != '\0' || errno != 0 || v > 0xFFFFFFFFull) return std::nullopt;
  return uint32_t(v);
}

template <class T>
std::optional<T> package_field(const std::string& text, const char* flag, std::optional<T> fallback) {
  if (text.empty()) return fallback;
  std::string lower = text;
  for (char& c : lower) c = char(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "none") return std::nullopt;
  auto v = nrfutil_int(text);
  if (!v || *v > std::numeric_limits<T>::max()) usage_error(fmt::format("{}: {} is not a valid integer", flag, text));
  return T(*v);
}

uf2::GenpkgOptions package_options(const Options& o, uf2::GenpkgOptions base) {
  base.fields.device_type = package_field<uint16_t>(o.dev_type, "--dev-type", base.fields.device_type);
  base.fields.device_revision = package_field<uint16_t>(o.dev_revision, "--dev-revision", base.fields.device_revision);
  base.fields.application_version =
      package_field<uint32_t>(o.app_version, "--application-version", base.fields.application_version);
  if (!o.sd_req.empty()) {
    std::vector<uint16_t> list;
    std::string lower = o.sd_req;
    for (char& c : lower) c = char(std::tolower(static_cast<unsigned char>(c)));
    if (lower != "none") {
      size_t at = 0;
      for (;;) {
        size_t comma = o.sd_req.find(',', at);
        std::string item = o.sd_req.substr(at, comma - at);
        auto v = nrfutil_int(item);
        if (!v || *v > 0xFFFF)
          usage_error("Could not parse value for --sd-req. Hex values should be prefixed with 0x.");
        list.push_back(uint16_t(*v));
        if (comma == std::string::npos) break;
        at = comma + 1;
      }
    }
    base.fields.softdevice_req = list;
  }
  base.dfu_version = o.dfu_ver;
  return base;
}

// Shows what the session does: lines on stdout, a bar on a terminal's
// stderr, or JSON lines for tools.
class Reporter {
 public:
  explicit Reporter(bool json) : json_(json), bar_(!json && ::isatty(STDERR_FILENO)) {}

  void operator()(const uf2::FlashEvent& e) {
    using Kind = uf2::FlashEvent::Kind;
    if (json_) {
      nlohmann::json j;
      if (e.kind == Kind::kProgress) {
        // At most one progress line per percent.
        int percent = e.total ? int(e.done * 100 / e.total) : 100;
        if (e.phase == last_phase_ && percent == last_percent_ && e.done != e.total) return;
        last_phase_ = e.phase, last_percent_ = percent;
        j = {{"event", "progress"}, {"phase", e.phase}, {"done", e.done}, {"total", e.total}};
      } else {
        j = {{"event", e.kind == Kind::kStep ? "step" : "note"}, {"phase", e.phase}, {"message", e.message}};
      }
      fmt::print("{}\n", j.dump());
      std::fflush(stdout);
      return;
    }
    if (e.kind == Kind::kProgress) {
      if (!bar_ || !e.total) return;
      int percent = int(e.done * 100 / e.total);
      int filled = percent * 30 / 100;
      fmt::print(stderr, "\r{:>8} [{}{}] {:3}%", e.phase, std::string(size_t(filled), '#'),
                 std::string(size_t(30 - filled), '.'), percent);
      if (e.done >= e.total) fmt::print(stderr, "\n");
      std::fflush(stderr);
      return;
    }
    fmt::print("{}{}\n", e.kind == Kind::kNote ? "note: " : "", e.message);
    std::fflush(stdout);
  }

  void done(const nlohmann::json& summary, const std::string& text) {
    if (json_)
      fmt::print("{}\n", summary.dump());
    else if (!text.empty())
      fmt::print("{}\n", text);
  }

  void error(const uf2::FlashError& e) {
    if (json_)
      fmt::print(
          "{}\n",
          nlohmann::json{{"event", "error"}, {"code", uf2::flash_errc_name(e.code)}, {"message", e.message}}.dump());
    std::fflush(stdout);
    cli::print_error(kTool, e.message);
  }

 private:
  bool json_;
  bool bar_;
  std::string last_phase_;
  int last_percent_ = -1;
};

std::optional<uint32_t> parse_number(const std::string& text, const char* flag) {
  if (text.empty()) return std::nullopt;
  auto v = uf2::parse_u32(text);
  if (!v) usage_error(fmt::format("{}: '{}' is not a number", flag, text));
  return v;
}

int run(Options& o) {
  const uf2::Board* board = nullptr;
  if (!o.board.empty()) {
    board = uf2::find_board(o.board);
    if (!board) usage_error(fmt::format("unknown board '{}'; known boards: {}", o.board, uf2::board_names()));
  }
  uf2::FlashRequest r;
  r.board = board;
  r.port = o.port;
  r.drive = o.drive;
  r.force = o.force;
  r.offset = parse_number(o.offset, "--offset");
  if (!o.method.empty()) {
    r.method = uf2::parse_flash_method(o.method);
    if (!r.method) usage_error(fmt::format("--method: '{}' is not one of uf2, samba, nrf-dfu", o.method));
  }
  if (o.touch && o.no_touch) usage_error("--touch and --no-touch contradict each other");
  r.touch = o.touch ? uf2::Touch::kAlways : o.no_touch ? uf2::Touch::kNever : uf2::Touch::kAuto;
  if (auto t = parse_number(o.timeout, "--timeout")) {
    r.samba.normal = uf2::Millis(*t);
    r.dfu.ack_timeout = uf2::Millis(*t);
  }
  r.drive_deploy.wait_for_reset = !o.no_wait;
  if (auto t = parse_number(o.reset_timeout, "--reset-timeout"))
    r.drive_deploy.reset_timeout = std::chrono::seconds(*t);
  bool bossac_mode = o.erase || o.write || o.verify || o.read || o.info || o.reset;
  if (bossac_mode) {
    r.erase = o.erase, r.write = o.write, r.verify = o.verify, r.reset = o.reset, r.info = o.info;
    if (o.read) r.read_size = parse_number(o.read_size, "--read").value_or(0);
    if (o.read && (o.write || o.verify)) usage_error("read option is exclusive of write or verify");
    if ((o.read || o.write || o.verify) && o.file.empty()) usage_error("missing file");
  } else if (o.file.empty() && o.genpkg.empty()) {
    usage_error("no firmware file given (run with --help for examples)");
  }
  r.package = package_options(o, uf2::default_package_options());

  std::optional<uf2::FirmwareFile> file;
  if (!o.file.empty() && !o.read) {
    std::string error;
    auto bytes = cli::read_file(o.file, &error);
    if (!bytes) throw Failure(cli::kExitFailure, error);
    uint32_t base = r.offset ? (board ? board->flash_base : 0) + *r.offset
                    : board  ? uint32_t(board->application_start())
                             : 0x2000;
    auto loaded = uf2::load_firmware(o.file, std::move(*bytes), base, board ? board->uf2_family_id : 0);
    if (!loaded) throw Failure(cli::kExitFailure, loaded.error().message);
    file = std::move(loaded).value();
  }
  Reporter reporter(o.json);

  if (!o.genpkg.empty()) {
    if (!file) usage_error("--genpkg needs the application file");
    auto zip = uf2::firmware_as_package(*file, package_options(o, uf2::GenpkgOptions{}), uf2::dos_time_now());
    if (!zip) throw Failure(cli::kExitFailure, zip.error().message);
    std::string error;
    if (!cli::write_file_atomic(o.genpkg, zip.value(), &error)) throw Failure(cli::kExitFailure, error);
    reporter.done({{"event", "done"}, {"package", o.genpkg}, {"bytes", zip.value().size()}},
                  fmt::format("Zip created at {}", o.genpkg));
    return cli::kExitOk;
  }

  auto report = uf2::run_flash(r, file ? &*file : nullptr, [&](const uf2::FlashEvent& e) { reporter(e); });
  if (!report) {
    reporter.error(report.error());
    return cli::kExitFailure;
  }
  const uf2::FlashReport& rep = report.value();
  for (const auto& [key, value] : rep.info)
    if (!o.json) fmt::print("{:<13}: {}\n", key, value);
  if (o.read) {
    std::string error;
    if (!cli::write_file_atomic(o.file, rep.read_back, &error)) throw Failure(cli::kExitFailure, error);
  }
  nlohmann::json summary = {{"event", "done"},
                            {"method", uf2::flash_method_name(rep.method)},
                            {"target", rep.target},
                            {"device", rep.device},
                            {"bootloader", rep.bootloader},
                            {"address", rep.address},
                            {"bytes", rep.bytes},
                            {"erased", rep.erased},
                            {"written", rep.written},
                            {"verified", rep.verified},
                            {"reset", rep.reset}};
  if (!rep.info.empty()) {
    nlohmann::json info = nlohmann::json::object();
    for (const auto& [key, value] : rep.info) info[key] = value;
    summary["info"] = info;
  }
  std::string text;
  if (rep.written) {
    text = rep.method == uf2::FlashMethod::kUf2Drive
               ? fmt::format("Copied {} bytes to {} ({}){}", rep.bytes, rep.target, rep.device,
                             rep.reset ? "; the board reset into the new firmware" : "")
           : rep.method == uf2::FlashMethod::kNrfDfu
               ? fmt::format(
                     "Flashed {} bytes through the DFU bootloader on {}; it checked the CRC and started the "
                     "new firmware",
                     rep.bytes, rep.target)
               : fmt::format("Flashed {} bytes at {:#x} of the {} on {}{}{}", rep.bytes, rep.address, rep.device,
                             rep.target, rep.verified ? "; verified" : "", rep.reset ? "; reset" : "");
  } else if (o.read) {
    text = fmt::format("Read {} bytes at {:#x} into {}", rep.read_back.size(), rep.address, o.file);
  } else if (rep.verified) {
    text = fmt::format("Verified {} bytes at {:#x}", rep.bytes, rep.address);
  } else if (rep.erased) {
    text = "Erased";
  }
  reporter.done(summary, text);
  return cli::kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Flash firmware onto a board: UF2 drive, SAM-BA (bossac) or nRF serial DFU (adafruit-nrfutil).",
               std::string(kTool)};
  app.footer(kFooter);
  app.set_version_flag("--version", "cpy-flash " CPY_VERSION);
  Options o;
  app.add_option("file", o.file, "firmware (.uf2/.bin/.hex/.elf/.zip); with -r, where to write what is read");
  app.add_option("--board", o.board, "board id from spec/boards (method, offsets, USB ids, family)");
  app.add_option("-p,--port", o.port, "serial port of the board or its bootloader");
  app.add_option("-d,--drive", o.drive, "a mounted UF2 boot drive (folder holding INFO_UF2.TXT)");
  app.add_option("--method", o.method, "force the method: uf2, samba or nrf-dfu");
  app.add_flag("--force", o.force, "allow writing the bootloader area, a family or board mismatch, a wrong chip");
  app.add_flag("--json", o.json, "progress and result as JSON lines on stdout");
  app.add_flag("-a,--arduino-erase,--touch", o.touch, "touch the port at 1200 baud first (bossac -a)");
  app.add_flag("--no-touch", o.no_touch, "never touch the port (it is the bootloader already)");
  app.add_flag("--no-wait", o.no_wait, "UF2: do not wait for the drive to go away");
  app.add_option("--reset-timeout", o.reset_timeout, "UF2: seconds the drive may take to go away (default 15)");
  app.add_option("--timeout", o.timeout, "milliseconds to wait for each answer (default 1000)");
  app.add_flag("-e,--erase", o.erase, "bossac: erase from the offset to the end of flash");
  app.add_flag("-w,--write", o.write, "bossac: write FILE");
  app.add_flag("-v,--verify", o.verify, "bossac: verify FILE");
  app.add_option("-r,--read", o.read_size, "bossac: read SIZE bytes (0: to the end) into FILE; -r alone reads all");
  app.add_flag("-i,--info", o.info, "bossac: show the device");
  app.add_flag("-R,--reset", o.reset, "bossac: reset the board afterwards");
  app.add_option("-o,--offset", o.offset, "bossac: flash offset (default: the board's application offset)");
  app.add_flag("-b,--boot", o.boot, "bossac: accepted, ignored on SAMD (-b1, --boot=0 too)");
  app.add_flag("-U,--usb-port", o.usb, "bossac: accepted, ignored (-U1, --usb-port=0 too)");
  app.add_option("--genpkg", o.genpkg, "nrfutil: write a DFU package of FILE to this zip instead of flashing");
  app.add_option("--dev-type", o.dev_type, "nrfutil genpkg: device type (default 0xFFFF; 0x0052 when flashing)");
  app.add_option("--dev-revision", o.dev_revision, "nrfutil genpkg: device revision (default 0xFFFF)");
  app.add_option("--application-version", o.app_version, "nrfutil genpkg: application version (default 0xFFFFFFFF)");
  app.add_option("--sd-req", o.sd_req, "nrfutil genpkg: SoftDevice ids, comma separated, or none (default 0xFFFE)");
  app.add_option("--dfu-ver", o.dfu_ver, "nrfutil genpkg: 0.5, 0.6 or 0.7 (default 0.5)");
  // bossac's optional values are attached (-r0x1000, -b1, -U0); a lone -r
  // reads all of flash, and a lone -b or -U must not take the file name.
  std::vector<std::string> args(argv, argv + argc);
  for (std::string& a : args) {
    if (a == "-r" || a == "--read") a = "--read=0";
    for (std::string_view opt : {"-b", "-U"})
      if (a.size() > 2 && a.rfind(opt, 0) == 0) a = std::string(opt);
    for (std::string_view opt : {"--boot=", "--usb-port="})
      if (a.rfind(opt, 0) == 0) a = std::string(opt.substr(0, opt.size() - 1));
  }
  std::vector<char*> args_c;
  for (std::string& a : args) args_c.push_back(a.data());
  if (auto code = cli::parse_command_line(app, int(args_c.size()), args_c.data())) return *code;
  if (app.count("--read")) o.read = true;
  try {
    return run(o);
  } catch (const Failure& f) {
    cli::print_error(kTool, f.what());
    if (f.code == cli::kExitUsage) fmt::print(stderr, "Run with --help for more information.\n");
    return f.code;
  } catch (const std::exception& e) {
    cli::print_error(kTool, e.what());
    return cli::kExitFailure;
  }
}
