// UF2 boot drives: INFO_UF2.TXT, the family and Board-ID checks, the copy
// and the wait for the board to reset.
#include "cpy/uf2/deploy_drive.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <thread>

#include "cpy/uf2/decode.h"
#include "cpy/uf2/drives.h"
#include "cpy/uf2/error.h"
#include "cpy/uf2/families.h"

namespace cpy::uf2 {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == '\r' || s.back() == '\n' || s.back() == ' ')) s.pop_back();
  size_t start = s.find_first_not_of(' ');
  return start == std::string::npos ? "" : s.substr(start);
}

std::string family_text(uint32_t id) {
  std::string name = family_name(id);
  return name.empty() ? fmt::format("{:#010x}", id) : fmt::format("{} ({:#010x})", name, id);
}

}  // namespace

Expected<DriveInfo> read_drive_info(const std::string& path) {
  if (!is_uf2_drive(path))
    return flash_fail(FlashErrc::kNotFound, fmt::format("{}: not a UF2 boot drive (no INFO_UF2.TXT there)", path));
  std::ifstream in(fs::path(path) / "INFO_UF2.TXT", std::ios::binary);
  if (!in) return flash_fail(FlashErrc::kIo, fmt::format("{}/INFO_UF2.TXT: {}", path, std::strerror(errno)));
  DriveInfo info;
  info.path = path;
  std::string line;
  bool first = true;
  while (std::getline(in, line)) {
    line = trim(line);
    if (first) info.bootloader = line;
    first = false;
    if (line.rfind("Model:", 0) == 0) info.model = trim(line.substr(6));
    if (line.rfind("Board-ID:", 0) == 0) info.board_id = trim(line.substr(9));
  }
  return info;
}

std::vector<DriveInfo> find_boot_drives(const std::vector<std::string>& roots) {
  std::vector<DriveInfo> out;
  for (const std::string& path : find_drives(roots)) {
    auto info = read_drive_info(path);
    if (info.ok()) out.push_back(std::move(info).value());
  }
  return out;
}

std::optional<uint32_t> family_for_board_id(std::string_view board_id) {
  if (board_id.empty()) return std::nullopt;
  for (const Board& b : boards())
    if (b.bootloader.board_id && *b.bootloader.board_id == board_id) return b.uf2_family_id;
  // uf2-samdx1 and the nRF52 bootloader start Board-IDs with the chip.
  std::string upper(board_id.substr(0, std::min<size_t>(board_id.size(), 8)));
  for (char& c : upper) c = char(std::toupper(static_cast<unsigned char>(c)));
  for (std::string_view chip : {"SAMD21", "SAMD51", "SAME54", "SAMD11", "SAML21", "NRF52840", "NRF52833", "NRF52832"}) {
    if (upper.rfind(chip, 0) != 0) continue;
    std::string name(chip);
    if (name == "NRF52832") name = "NRF52";
    if (auto id = parse_family(name)) return *id;
  }
  return std::nullopt;
}

Expected<void> check_drive_match(const DriveInfo& drive, std::span<const uint8_t> uf2, const Board* board, bool force) {
  std::vector<uint32_t> file_families;
  try {
    Uf2File file = decode_uf2(uf2);
    file_families = main_flash_families(file);
    if (file.blocks.empty()) return flash_fail(FlashErrc::kBadInput, "the UF2 file holds no blocks");
  } catch (const Error& e) {
    return flash_fail(FlashErrc::kBadInput, fmt::format("refusing to copy a damaged UF2 file: {}", e.what()));
  }
  if (force) return {};
  if (board && board->bootloader.board_id && !drive.board_id.empty() && *board->bootloader.board_id != drive.board_id)
    return flash_fail(FlashErrc::kWrongChip,
                      fmt::format("{} is a \"{}\" ({}), not a {} (Board-ID \"{}\"); use --force to copy anyway",
                                  drive.path, drive.board_id, drive.model.empty() ? "unknown model" : drive.model,
                                  board->name, *board->bootloader.board_id));
  std::optional<uint32_t> want = family_for_board_id(drive.board_id);
  if (!want && board) want = board->uf2_family_id;
  if (!want) return {};
  for (uint32_t family : file_families) {
    // The nRF52 bootloaders also take the generic nRF52 family.
    if (family == *want) continue;
    return flash_fail(FlashErrc::kWrongChip,
                      fmt::format("the UF2 file is for family {}, but {} (Board-ID \"{}\") takes {}; the bootloader "
                                  "would ignore it (use --force to copy anyway)",
                                  family_text(family), drive.path, drive.board_id, family_text(*want)));
  }
  return {};
}

Expected<void> deploy_to_drive(const DriveInfo& drive, std::span<const uint8_t> uf2, const DriveDeployOptions& options,
                               const DriveProgress& progress) {
  try {
    copy_to_drive(drive.path, uf2, progress);
  } catch (const Error& e) {
    return flash_fail(FlashErrc::kIo, e.what());
  }
  ::sync();
  if (!options.wait_for_reset) return {};
  return wait_for_drive_to_go(drive.path, options.reset_timeout);
}

Expected<void> wait_for_drive_to_go(const std::string& path, Millis timeout) {
  auto deadline = Clock::now() + timeout;
  while (Clock::now() < deadline) {
    if (!is_uf2_drive(path)) return {};
    std::this_thread::sleep_for(Millis(100));
  }
  return flash_fail(FlashErrc::kVerify,
                    fmt::format("{} is still there {} s after the copy: the bootloader did not reset, so it kept its "
                                "old firmware (blocks for another family or outside its flash are ignored)",
                                path, timeout.count() / 1000));
}

}  // namespace cpy::uf2
