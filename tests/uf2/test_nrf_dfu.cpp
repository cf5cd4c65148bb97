// adafruit-nrfutil compatible packages and framing: CRCs, the init packet,
// manifest.json, HEX to BIN, zip writing and reading, SLIP and HCI packets.
// tests/cli/flash compares whole packages with ones adafruit-nrfutil made.
#include <doctest/doctest.h>

#include <string>

#include "cpy/uf2/nrf_dfu.h"

using namespace cpy::uf2;

namespace {

std::span<const uint8_t> bytes(std::string_view s) { return {reinterpret_cast<const uint8_t*>(s.data()), s.size()}; }

std::vector<uint8_t> v(std::initializer_list<int> list) {
  std::vector<uint8_t> out;
  for (int b : list) out.push_back(uint8_t(b));
  return out;
}

}  // namespace

TEST_CASE("checksums: CRC-16/CCITT-FALSE, CRC-32, SHA-256") {
  CHECK(crc16_ccitt(bytes("123456789")) == 0x29B1);
  CHECK(crc32_zip(bytes("123456789")) == 0xCBF43926);
  auto d = sha256(bytes("abc"));
  std::string hex;
  for (uint8_t b : d) hex += "0123456789abcdef"[b >> 4], hex += "0123456789abcdef"[b & 15];
  CHECK(hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256({}).at(0) == 0xe3);
}

TEST_CASE("init packets follow nrfutil's field order and DFU versions") {
  std::vector<uint8_t> fw = {1, 2, 3, 4};
  uint16_t crc = crc16_ccitt(fw);
  GenpkgOptions o;
  auto p = make_init_packet(o, fw);
  REQUIRE(p.ok());
  CHECK(p.value() == v({0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01, 0x00, 0xFE, 0xFF, crc & 0xFF, crc >> 8}));

  o.fields.device_type = 0x0052;
  o.fields.device_revision = 52840;
  o.fields.application_version = 3;
  o.fields.softdevice_req = std::vector<uint16_t>{0xFFFE, 0xB6};
  p = make_init_packet(o, fw);
  CHECK(p.value() ==
        v({0x52, 0x00, 0x68, 0xCE, 0x03, 0, 0, 0, 0x02, 0x00, 0xFE, 0xFF, 0xB6, 0x00, crc & 0xFF, crc >> 8}));

  o.fields.device_type.reset();
  o.fields.softdevice_req = std::vector<uint16_t>{};
  p = make_init_packet(o, fw);
  CHECK(p.value() == v({0x68, 0xCE, 0x03, 0, 0, 0, 0x00, 0x00, crc & 0xFF, crc >> 8}));

  o = GenpkgOptions{};
  o.dfu_version = "0.6";
  p = make_init_packet(o, fw);
  REQUIRE(p.value().size() == 18);
  CHECK(p.value()[12] == 0);
  o.dfu_version = "0.7";
  p = make_init_packet(o, fw);
  REQUIRE(p.value().size() == 12 + 4 + 4 + 32);
  CHECK(p.value()[12] == 1);
  CHECK(p.value()[16] == 4);
  o.dfu_version = "0.8";
  CHECK(!make_init_packet(o, fw).ok());
}

TEST_CASE("manifest.json is json.dumps(sort_keys, indent=4)") {
  std::vector<uint8_t> fw(2384, 0xAB);
  GenpkgOptions o;
  auto m = make_manifest(o, "app.bin", "app.dat", fw);
  REQUIRE(m.ok());
  std::string expected =
      "{\n    \"manifest\": {\n        \"application\": {\n            \"bin_file\": \"app.bin\",\n"
      "            \"dat_file\": \"app.dat\",\n            \"init_packet_data\": {\n"
      "                \"application_version\": 4294967295,\n"
      "                \"device_revision\": 65535,\n                \"device_type\": 65535,\n"
      "                \"firmware_crc16\": " +
      std::to_string(crc16_ccitt(fw)) +
      ",\n                \"softdevice_req\": [\n                    65534\n                ]\n"
      "            }\n        },\n        \"dfu_version\": 0.5\n    }\n}";
  CHECK(m.value() == expected);
  o.fields.softdevice_req = std::vector<uint16_t>{};
  o.fields.device_type.reset();
  m = make_manifest(o, "a.bin", "a.dat", fw);
  CHECK(m.value().find("\"softdevice_req\": []\n") != std::string::npos);
  CHECK(m.value().find("device_type") == std::string::npos);
}

TEST_CASE("HEX to BIN the way nrfutil's nRFHex does it") {
  std::vector<Segment> segs = {
      {0x26000, {1, 2, 3}}, {0x26008, {9}}, {0x10001014, {0x12, 0x13, 0x14, 0x15}},  // UICR: dropped
  };
  auto bin = nrf_hex_to_bin(segs);
  REQUIRE(bin.ok());
  CHECK(bin.value() == v({1, 2, 3, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 9, 0xFF, 0xFF, 0xFF}));
  // Nothing below the MBR's end.
  bin = nrf_hex_to_bin({{{0x0F00, {7, 7}}, {0x1000, {5}}}});
  CHECK(bin.value() == v({5, 0xFF, 0xFF, 0xFF}));
  CHECK(!nrf_hex_to_bin({{{0x100, {1}}, {0x100, {2}}}}).ok());  // the same address twice
  CHECK(!nrf_hex_to_bin({{{0x10001000, {1}}}}).ok());
}

TEST_CASE("member names follow nrfutil's replace()") {
  CHECK(package_member_names("build/firmware.hex") ==
        std::pair<std::string, std::string>{"firmware.bin", "firmware.dat"});
  CHECK(package_member_names("small.bin") == std::pair<std::string, std::string>{"small.bin", "small.dat"});
}

TEST_CASE("packages round-trip through the zip writer and reader") {
  std::vector<uint8_t> fw = {0xC0, 0xDB, 1, 2, 3, 4, 5, 6};
  auto zip = make_package(GenpkgOptions{}, "fw.hex", fw, 0x5A8E3C21);
  REQUIRE(zip.ok());
  auto pkg = read_package(zip.value());
  REQUIRE(pkg.ok());
  REQUIRE(pkg.value().images.size() == 1);
  CHECK(pkg.value().dfu_version == "0.5");
  const DfuImage& image = pkg.value().images[0];
  CHECK(image.kind == DfuImageKind::kApplication);
  CHECK(image.bin_name == "fw.bin");
  CHECK(image.firmware == fw);
  CHECK(image.init_packet == make_init_packet(GenpkgOptions{}, fw).value());

  std::vector<uint8_t> damaged = zip.value();
  damaged[40] ^= 1;  // inside the first member's data
  auto bad = read_package(damaged);
  REQUIRE(!bad.ok());
  CHECK(bad.error().message.find("CRC-32") != std::string::npos);

  std::vector<uint8_t> deflated = zip.value();
  deflated[8] = 8;  // local header method
  size_t central = deflated.size() - 22;
  size_t dir = deflated[central + 16] | deflated[central + 17] << 8;
  deflated[dir + 10] = 8;  // directory method
  bad = read_package(deflated);
  REQUIRE(!bad.ok());
  CHECK(bad.error().message.find("compressed (method 8)") != std::string::npos);

  std::vector<ZipEntry> no_manifest = {{"a.bin", {1}}};
  CHECK(read_package(write_zip(no_manifest, 0)).error().message == "the package has no manifest.json");
  CHECK(!read_zip(v({1, 2, 3})).ok());
}

TEST_CASE("SLIP escapes 0xC0 and 0xDB") {
  auto e = slip_encode(v({1, 0xC0, 2, 0xDB, 3}));
  CHECK(e == v({0xC0, 1, 0xDB, 0xDC, 2, 0xDB, 0xDD, 3, 0xC0}));
  auto d = slip_decode(std::span(e).subspan(1, e.size() - 2));
  REQUIRE(d);
  CHECK(*d == v({1, 0xC0, 2, 0xDB, 3}));
  CHECK(!slip_decode(v({0xDB, 0x01})));
}

TEST_CASE("HCI packets carry nrfutil's header and CRC") {
  // nrfutil: HciPacket(int32_to_bytes(5)) as the first packet (sequence 1).
  auto p = hci_packet(1, v({5, 0, 0, 0}));
  std::vector<uint8_t> inside = {0xD1, 0x4E, 0x00, 0xE1, 5, 0, 0, 0};
  uint16_t crc = crc16_ccitt(inside);
  inside.push_back(uint8_t(crc));
  inside.push_back(uint8_t(crc >> 8));
  CHECK(p == slip_encode(inside));
  // 516 bytes of DATA: the 12-bit length spans the two header bytes.
  std::vector<uint8_t> data(516, 0);
  auto q = hci_packet(7, data);
  CHECK(q[1] == uint8_t(7 | (0 << 3) | 0xC0));
  CHECK(q[2] == uint8_t(14 | ((516 & 0xF) << 4)));
  CHECK(q[3] == uint8_t(516 >> 4));
}
