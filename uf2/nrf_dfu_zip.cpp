// Zip archives of stored members: what Python's ZipFile writes by default,
// and so what adafruit-nrfutil's packages are.
#include <fmt/format.h>

#include <array>
#include <ctime>

#include "cpy/uf2/block.h"
#include "cpy/uf2/nrf_dfu.h"

namespace cpy::uf2 {

namespace {

constexpr uint32_t kLocalHeader = 0x04034B50;
constexpr uint32_t kCentralHeader = 0x02014B50;
constexpr uint32_t kEndOfDirectory = 0x06054B50;
constexpr uint16_t kVersion = 20;                  // 2.0, what ZipFile writes
constexpr uint16_t kMadeBy = (3 << 8) | kVersion;  // Unix
constexpr uint32_t kRegularFile644 = 0100644u << 16;

uint16_t get16(std::span<const uint8_t> b, size_t at) { return uint16_t(b[at] | b[at + 1] << 8); }
uint32_t get32(std::span<const uint8_t> b, size_t at) {
  return uint32_t(get16(b, at)) | uint32_t(get16(b, at + 2)) << 16;
}

std::array<uint32_t, 256> make_crc_table() {
  std::array<uint32_t, 256> table{};
  for (uint32_t i = 0; i < 256; ++i) {
    uint32_t c = i;
    for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    table[i] = c;
  }
  return table;
}

FlashError bad_zip(std::string what) { return flash_fail(FlashErrc::kBadInput, "not a usable zip file: " + what); }

}  // namespace

uint32_t crc32_zip(std::span<const uint8_t> data) {
  static const std::array<uint32_t, 256> table = make_crc_table();
  uint32_t c = 0xFFFFFFFF;
  for (uint8_t b : data) c = table[(c ^ b) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFF;
}

uint32_t dos_time_now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  return uint32_t(((tm.tm_year - 80) << 9) | ((tm.tm_mon + 1) << 5) | tm.tm_mday) << 16 |
         uint32_t((tm.tm_hour << 11) | (tm.tm_min << 5) | (tm.tm_sec / 2));
}

std::vector<uint8_t> write_zip(std::span<const ZipEntry> entries, uint32_t dos_time) {
  std::vector<uint8_t> out;
  std::vector<uint8_t> directory;
  for (const ZipEntry& e : entries) {
    uint32_t offset = uint32_t(out.size());
    uint32_t crc = crc32_zip(e.data);
    auto header = [&](std::vector<uint8_t>& to, bool central) {
      append_le32(to, central ? kCentralHeader : kLocalHeader);
      if (central) append_le16(to, kMadeBy);
      append_le16(to, kVersion);
      append_le16(to, 0);  // flags
      append_le16(to, 0);  // stored
      append_le32(to, dos_time);
      append_le32(to, crc);
      append_le32(to, uint32_t(e.data.size()));
      append_le32(to, uint32_t(e.data.size()));
      append_le16(to, uint16_t(e.name.size()));
      append_le16(to, 0);  // extra field
      if (central) {
        append_le16(to, 0);  // comment
        append_le16(to, 0);  // disk
        append_le16(to, 0);  // internal attributes
        append_le32(to, kRegularFile644);
        append_le32(to, offset);
      }
      to.insert(to.end(), e.name.begin(), e.name.end());
    };
    header(out, false);
    out.insert(out.end(), e.data.begin(), e.data.end());
    header(directory, true);
  }
  uint32_t directory_offset = uint32_t(out.size());
  out.insert(out.end(), directory.begin(), directory.end());
  append_le32(out, kEndOfDirectory);
  append_le16(out, 0);
  append_le16(out, 0);
  append_le16(out, uint16_t(entries.size()));
  append_le16(out, uint16_t(entries.size()));
  append_le32(out, uint32_t(directory.size()));
  append_le32(out, directory_offset);
  append_le16(out, 0);
  return out;
}

Expected<std::vector<ZipEntry>> read_zip(std::span<const uint8_t> bytes) {
  if (bytes.size() < 22) return bad_zip("too short");
  // The end-of-directory record is the last 22 bytes plus a comment of up to 64 KB.
  size_t eocd = std::string::npos;
  size_t lowest = bytes.size() > 22 + 0xFFFF ? bytes.size() - 22 - 0xFFFF : 0;
  for (size_t at = bytes.size() - 22 + 1; at-- > lowest;) {
    if (get32(bytes, at) == kEndOfDirectory && at + 22 + get16(bytes, at + 20) == bytes.size()) {
      eocd = at;
      break;
    }
  }
  if (eocd == std::string::npos) return bad_zip("no end-of-directory record");
  size_t count = get16(bytes, eocd + 10);
  size_t dir_size = get32(bytes, eocd + 12);
  size_t dir_offset = get32(bytes, eocd + 16);
  if (get16(bytes, eocd + 4) != 0 || get16(bytes, eocd + 6) != 0)
    return bad_zip("multi-disk archives are not supported");
  if (dir_offset + dir_size > eocd) return bad_zip("the central directory lies outside the file");
  std::vector<ZipEntry> entries;
  size_t at = dir_offset;
  for (size_t i = 0; i < count; ++i) {
    if (at + 46 > eocd || get32(bytes, at) != kCentralHeader)
      return bad_zip(fmt::format("directory entry {} is damaged", i));
    uint16_t method = get16(bytes, at + 10);
    uint32_t crc = get32(bytes, at + 16);
    uint32_t csize = get32(bytes, at + 20);
    uint32_t usize = get32(bytes, at + 24);
    size_t name_len = get16(bytes, at + 28), extra_len = get16(bytes, at + 30), comment_len = get16(bytes, at + 32);
    uint32_t local = get32(bytes, at + 42);
    if (at + 46 + name_len > eocd) return bad_zip(fmt::format("directory entry {} is damaged", i));
    ZipEntry e;
    e.name.assign(reinterpret_cast<const char*>(bytes.data() + at + 46), name_len);
    at += 46 + name_len + extra_len + comment_len;
    if (method != 0)
      return flash_fail(FlashErrc::kBadInput,
                        fmt::format("zip member {} is compressed (method {}); only stored members are read, as "
                                    "adafruit-nrfutil writes them (re-create the package with cpy-flash --genpkg, "
                                    "or zip -0)",
                                    e.name, method));
    if (csize != usize || csize == 0xFFFFFFFF) return bad_zip(fmt::format("member {} has inconsistent sizes", e.name));
    if (size_t(local) + 30 > bytes.size() || get32(bytes, local) != kLocalHeader)
      return bad_zip(fmt::format("member {} has no local header", e.name));
    size_t data_at = size_t(local) + 30 + get16(bytes, local + 26) + get16(bytes, local + 28);
    if (data_at + csize > bytes.size()) return bad_zip(fmt::format("member {} runs past the end of the file", e.name));
    e.data.assign(bytes.begin() + long(data_at), bytes.begin() + long(data_at + csize));
    if (crc32_zip(e.data) != crc)
      return bad_zip(fmt::format("member {} fails its CRC-32 check (the file is damaged)", e.name));
    entries.push_back(std::move(e));
  }
  return entries;
}

}  // namespace cpy::uf2
