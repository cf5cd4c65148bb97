// UF2 bootloader drives: finding them (a mounted folder holding
// INFO_UF2.TXT), reading their Board-ID, copying a file onto them.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace cpy::uf2 {

/// The folders whose sub-folders uf2conv.py searches on this system: /mnt,
/// /media, /media/$USER, /run/media/$USER (and the same for $SUDO_USER) on
/// Linux; /Volumes on macOS. A variable that is unset is left out.
std::vector<std::string> default_drive_roots();

/// Every sub-folder of [roots] that holds INFO_UF2.TXT, in the order found.
std::vector<std::string> find_drives(const std::vector<std::string>& roots);

/// Whether [path] is a folder holding INFO_UF2.TXT.
bool is_uf2_drive(const std::string& path);

/// The `Board-ID: ...` value from [drive]'s INFO_UF2.TXT, or nullopt.
std::optional<std::string> read_board_id(const std::string& drive);

/// Writes [bytes] as [drive]/NEW.UF2 in one pass (no temporary file: the
/// bootloader takes blocks as they come and resets after the last) and
/// flushes it to the device; [progress] hears the bytes written so far.
/// Errors on the final flush are ignored, since a board that has taken
/// the last block resets under it. Throws cpy::uf2::Error on failure.
void copy_to_drive(const std::string& drive, std::span<const uint8_t> bytes,
                   const std::function<void(size_t done, size_t total)>& progress = {});

}  // namespace cpy::uf2
