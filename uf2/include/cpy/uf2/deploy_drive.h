// Deploying to a UF2 bootloader's drive: reading INFO_UF2.TXT, matching the
// drive to a board and the file's family to the drive, copying NEW.UF2 and
// waiting for the board to reset (the drive goes away).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cpy/uf2/boards.h"
#include "cpy/uf2/serial_port.h"

namespace cpy::uf2 {

/// What a boot drive says about itself in INFO_UF2.TXT.
struct DriveInfo {
  std::string path;
  std::string bootloader;  ///< first line, e.g. "UF2 Bootloader v3.14.0 SFHWRO"
  std::string model;       ///< "Model: ..."
  std::string board_id;    ///< "Board-ID: ..."
};

/// Reads [path]/INFO_UF2.TXT. FlashErrc::kNotFound when [path] is not a
/// UF2 drive.
Expected<DriveInfo> read_drive_info(const std::string& path);

/// Every boot drive under [roots] (see default_drive_roots()).
std::vector<DriveInfo> find_boot_drives(const std::vector<std::string>& roots);

/// The UF2 family a drive takes: the family of the board file whose
/// bootloader has this Board-ID, else one read from the Board-ID's chip
/// prefix ("SAMD21...", "SAMD51...", "nRF52840-..."). nullopt when unknown.
std::optional<uint32_t> family_for_board_id(std::string_view board_id);

/// Checks that [uf2] suits [drive] (and [board] when given): every family
/// in the file is the drive's family, and the drive's Board-ID is the
/// board's. FlashErrc::kWrongChip otherwise, unless [force]; a damaged file
/// is FlashErrc::kBadInput always.
Expected<void> check_drive_match(const DriveInfo& drive, std::span<const uint8_t> uf2, const Board* board, bool force);

/// How a copy goes.
struct DriveDeployOptions {
  bool wait_for_reset = true;  ///< wait for the drive to go away afterwards
  Millis reset_timeout{15000};
};

/// Progress of a copy: bytes written so far.
using DriveProgress = std::function<void(size_t done, size_t total)>;

/// Writes [uf2] to [drive]/NEW.UF2 (copy_to_drive()) and flushes it to the
/// device, then (unless told not to) waits for the drive to go away. The
/// bootloader flashes blocks as they arrive and resets after the last one,
/// so errors on the final flush of a drive that has already gone are the
/// normal end; a drive that stays means the bootloader kept its old
/// firmware (FlashErrc::kVerify).
Expected<void> deploy_to_drive(const DriveInfo& drive, std::span<const uint8_t> uf2, const DriveDeployOptions& options,
                               const DriveProgress& progress = {});

/// Waits up to [timeout] for the drive at [path] to go away (the board
/// reset into its new firmware); FlashErrc::kVerify if it stays.
Expected<void> wait_for_drive_to_go(const std::string& path, Millis timeout);

}  // namespace cpy::uf2
