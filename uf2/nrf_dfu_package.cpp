// `adafruit-nrfutil dfu genpkg` packages: the init packet, manifest.json and
// the zip around them, following nordicsemi/dfu/{package,init_packet,
// manifest,nrfhex}.py; and reading such packages back.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "cpy/uf2/block.h"
#include "cpy/uf2/nrf_dfu.h"

namespace cpy::uf2 {

namespace {

uint32_t rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

constexpr uint32_t kSha256K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

// The JSON text Python's json.dumps gives a string (ensure_ascii).
std::string json_string(std::string_view s) { return nlohmann::json(std::string(s)).dump(-1, ' ', true); }

// Which init packet fields a DFU version adds after the SoftDevice list.
enum class Hash { kCrc16, kExtCrc16, kExtSha256 };

Expected<Hash> hash_for(std::string_view version) {
  if (version == "0.5") return Hash::kCrc16;
  if (version == "0.6") return Hash::kExtCrc16;
  if (version == "0.7") return Hash::kExtSha256;
  return flash_fail(FlashErrc::kBadInput, fmt::format("DFU version {} is not supported (0.5, 0.6 or 0.7; 0.8 needs a "
                                                      "signing key)",
                                                      version));
}

std::string hex_lower(std::span<const uint8_t> bytes) {
  std::string out;
  for (uint8_t b : bytes) out += fmt::format("{:02x}", b);
  return out;
}

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

}  // namespace

uint16_t crc16_ccitt(std::span<const uint8_t> data, uint16_t crc) {
  for (uint8_t b : data) {
    crc = uint16_t((crc >> 8) | (crc << 8));
    crc ^= b;
    crc ^= uint16_t((crc & 0xFF) >> 4);
    crc ^= uint16_t(crc << 12);
    crc ^= uint16_t((crc & 0xFF) << 5);
  }
  return crc;
}

std::array<uint8_t, 32> sha256(std::span<const uint8_t> data) {
  uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  std::vector<uint8_t> m(data.begin(), data.end());
  uint64_t bits = uint64_t(data.size()) * 8;
  m.push_back(0x80);
  while (m.size() % 64 != 56) m.push_back(0);
  for (int i = 7; i >= 0; --i) m.push_back(uint8_t(bits >> (8 * i)));
  for (size_t block = 0; block < m.size(); block += 64) {
    uint32_t w[64];
    for (int i = 0; i < 16; ++i)
      w[i] = uint32_t(m[block + 4 * i]) << 24 | uint32_t(m[block + 4 * i + 1]) << 16 |
             uint32_t(m[block + 4 * i + 2]) << 8 | m[block + 4 * i + 3];
    for (int i = 16; i < 64; ++i) {
      uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
      uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (int i = 0; i < 64; ++i) {
      uint32_t t1 = k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + kSha256K[i] + w[i];
      uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      k = g, g = f, f = e, e = d + t1, d = c, c = b, b = a, a = t1 + t2;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += k;
  }
  std::array<uint8_t, 32> out{};
  for (int i = 0; i < 32; ++i) out[size_t(i)] = uint8_t(h[i / 4] >> (24 - 8 * (i % 4)));
  return out;
}

Expected<std::vector<uint8_t>> make_init_packet(const GenpkgOptions& options, std::span<const uint8_t> firmware) {
  Hash hash = CPY_UF2_TRY(hash_for(options.dfu_version));
  const InitPacketFields& f = options.fields;
  std::vector<uint8_t> out;
  // Fields in the order of nrfutil's PacketField enum.
  if (f.device_type) append_le16(out, *f.device_type);
  if (f.device_revision) append_le16(out, *f.device_revision);
  if (f.application_version) append_le32(out, *f.application_version);
  if (f.softdevice_req) {
    append_le16(out, uint16_t(f.softdevice_req->size()));
    for (uint16_t sd : *f.softdevice_req) append_le16(out, sd);
  }
  if (hash == Hash::kExtCrc16) append_le32(out, 0);
  if (hash == Hash::kExtSha256) {
    append_le32(out, 1);
    append_le32(out, uint32_t(firmware.size()));
    auto digest = sha256(firmware);
    out.insert(out.end(), digest.begin(), digest.end());
  } else {
    append_le16(out, crc16_ccitt(firmware));
  }
  return out;
}

Expected<std::string> make_manifest(const GenpkgOptions& options, std::string_view bin_name, std::string_view dat_name,
                                    std::span<const uint8_t> firmware) {
  Hash hash = CPY_UF2_TRY(hash_for(options.dfu_version));
  const InitPacketFields& f = options.fields;
  // json.dumps(sort_keys=True, indent=4, separators=(',', ': ')).
  std::map<std::string, std::string> init;
  if (f.application_version) init["application_version"] = std::to_string(*f.application_version);
  if (f.device_revision) init["device_revision"] = std::to_string(*f.device_revision);
  if (f.device_type) init["device_type"] = std::to_string(*f.device_type);
  if (f.softdevice_req) {
    std::string list;
    for (uint16_t sd : *f.softdevice_req)
      list += fmt::format("{}\n                    {}", list.empty() ? "" : ",", sd);
    init["softdevice_req"] = list.empty() ? "[]" : fmt::format("[{}\n                ]", list);
  }
  if (hash == Hash::kExtCrc16) init["ext_packet_id"] = "0";
  if (hash == Hash::kExtSha256) {
    init["ext_packet_id"] = "1";
    init["firmware_length"] = std::to_string(firmware.size());
    init["firmware_hash"] = json_string(hex_lower(sha256(firmware)));
  } else {
    init["firmware_crc16"] = std::to_string(crc16_ccitt(firmware));
  }
  std::string fields;
  for (const auto& [key, value] : init)
    fields += fmt::format("{}\n                \"{}\": {}", fields.empty() ? "" : ",", key, value);
  return fmt::format(
      "{{\n    \"manifest\": {{\n        \"application\": {{\n            \"bin_file\": {},\n            "
      "\"dat_file\": {},\n            \"init_packet_data\": {{{}\n            }}\n        }},\n        "
      "\"dfu_version\": {}\n    }}\n}}",
      json_string(bin_name), json_string(dat_name), fields, options.dfu_version);
}

Expected<std::vector<uint8_t>> nrf_hex_to_bin(std::span<const Segment> segments) {
  std::map<uint64_t, uint8_t> bytes;
  for (const Segment& s : segments) {
    for (size_t i = 0; i < s.bytes.size(); ++i) {
      uint64_t at = s.address + i;
      if (at >= 0x10000000) continue;  // UICR
      if (!bytes.emplace(at, s.bytes[i]).second)
        return flash_fail(FlashErrc::kBadInput, fmt::format("the HEX file writes address {:#x} twice", at));
    }
  }
  if (bytes.empty()) return flash_fail(FlashErrc::kBadInput, "the HEX file holds no data below the UICR");
  auto has_magic = [&](uint64_t at) {
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      auto it = bytes.find(at + uint64_t(i));
      if (it == bytes.end()) return false;
      v |= uint32_t(it->second) << (8 * i);
    }
    return v == 0x51B1E5DB;
  };
  // A SoftDevice info structure at 0x3000 means an S1x0 (MBR ends at
  // 0x1000); one at 0x4000..0x7000 an S132 (MBR ends at 0x3000).
  uint64_t mbr_end = 0x1000;
  if (!has_magic(0x3004))
    for (uint64_t k = 1; k <= 4; ++k)
      if (has_magic(0x3004 + k * 0x1000)) mbr_end = 0x3000;
  uint64_t low = std::max(mbr_end, bytes.begin()->first);
  uint64_t high = bytes.rbegin()->first;
  if (high < low) return flash_fail(FlashErrc::kBadInput, "the HEX file holds nothing above the MBR");
  uint64_t size = (high - low + 1 + 3) / 4 * 4;
  std::vector<uint8_t> out(size, 0xFF);
  for (auto it = bytes.lower_bound(low); it != bytes.end(); ++it) out[it->first - low] = it->second;
  return out;
}

std::pair<std::string, std::string> package_member_names(std::string_view input_name) {
  std::string base(input_name);
  if (auto slash = base.find_last_of('/'); slash != std::string::npos) base = base.substr(slash + 1);
  std::string bin = replace_all(base, ".hex", ".bin");
  return {bin, replace_all(bin, ".bin", ".dat")};
}

Expected<std::vector<uint8_t>> make_package(const GenpkgOptions& options, std::string_view input_name,
                                            std::span<const uint8_t> firmware, uint32_t dos_time) {
  auto [bin, dat] = package_member_names(input_name);
  if (bin == dat || bin == "manifest.json" || dat == "manifest.json")
    return flash_fail(
        FlashErrc::kBadInput,
        fmt::format("cannot name the package members after \"{}\" (give the file a .hex or .bin name)", input_name));
  std::vector<uint8_t> init = CPY_UF2_TRY(make_init_packet(options, firmware));
  std::string manifest = CPY_UF2_TRY(make_manifest(options, bin, dat, firmware));
  std::vector<ZipEntry> entries = {
      ZipEntry{bin, std::vector<uint8_t>(firmware.begin(), firmware.end())},
      ZipEntry{dat, std::move(init)},
      ZipEntry{"manifest.json", std::vector<uint8_t>(manifest.begin(), manifest.end())},
  };
  return write_zip(entries, dos_time);
}

Expected<DfuPackage> read_package(std::span<const uint8_t> zip) {
  std::vector<ZipEntry> entries = CPY_UF2_TRY(read_zip(zip));
  auto member = [&](const std::string& name) -> const ZipEntry* {
    for (const ZipEntry& e : entries)
      if (e.name == name) return &e;
    return nullptr;
  };
  const ZipEntry* manifest_entry = member("manifest.json");
  if (!manifest_entry) return flash_fail(FlashErrc::kBadInput, "the package has no manifest.json");
  nlohmann::json manifest = nlohmann::json::parse(manifest_entry->data, nullptr, false);
  if (manifest.is_discarded() || !manifest.is_object() || !manifest.contains("manifest") ||
      !manifest["manifest"].is_object())
    return flash_fail(FlashErrc::kBadInput, "the package's manifest.json is not a DFU manifest");
  const nlohmann::json& m = manifest["manifest"];
  DfuPackage package;
  if (m.contains("dfu_version") && m["dfu_version"].is_number())
    package.dfu_version = fmt::format("{}", m["dfu_version"].get<double>());
  const std::pair<const char*, DfuImageKind> kinds[] = {
      {"softdevice_bootloader", DfuImageKind::kSoftDeviceBootloader},
      {"softdevice", DfuImageKind::kSoftDevice},
      {"bootloader", DfuImageKind::kBootloader},
      {"application", DfuImageKind::kApplication},
  };
  for (const auto& [key, kind] : kinds) {
    if (!m.contains(key)) continue;
    const nlohmann::json& entry = m[key];
    if (!entry.is_object() || !entry.contains("bin_file") || !entry["bin_file"].is_string() ||
        !entry.contains("dat_file") || !entry["dat_file"].is_string())
      return flash_fail(FlashErrc::kBadInput, fmt::format("manifest.json: \"{}\" lacks bin_file or dat_file", key));
    DfuImage image;
    image.kind = kind;
    image.bin_name = entry["bin_file"].get<std::string>();
    image.dat_name = entry["dat_file"].get<std::string>();
    const ZipEntry* bin = member(image.bin_name);
    const ZipEntry* dat = member(image.dat_name);
    if (!bin || !dat)
      return flash_fail(FlashErrc::kBadInput, fmt::format("the package lacks {}, which manifest.json names",
                                                          bin ? image.dat_name : image.bin_name));
    image.firmware = bin->data;
    image.init_packet = dat->data;
    if (kind == DfuImageKind::kSoftDeviceBootloader) {
      if (!entry.contains("sd_size") || !entry["sd_size"].is_number_unsigned() || !entry.contains("bl_size") ||
          !entry["bl_size"].is_number_unsigned())
        return flash_fail(FlashErrc::kBadInput, "manifest.json: softdevice_bootloader lacks sd_size or bl_size");
      image.softdevice_size = entry["sd_size"].get<uint32_t>();
      image.bootloader_size = entry["bl_size"].get<uint32_t>();
      if (uint64_t(image.softdevice_size) + image.bootloader_size != image.firmware.size())
        return flash_fail(FlashErrc::kBadInput,
                          fmt::format("Size of bootloader ({} bytes) and softdevice ({} bytes) is not equal to "
                                      "firmware provided ({} bytes)",
                                      image.bootloader_size, image.softdevice_size, image.firmware.size()));
    }
    if (image.firmware.empty()) return flash_fail(FlashErrc::kBadInput, fmt::format("{} is empty", image.bin_name));
    package.images.push_back(std::move(image));
  }
  if (package.images.empty()) return flash_fail(FlashErrc::kBadInput, "manifest.json names no firmware image");
  return package;
}

}  // namespace cpy::uf2
