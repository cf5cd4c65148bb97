#include <doctest/doctest.h>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "cpy/uf2/boards.h"
#include "cpy/uf2/error.h"
#include "cpy/uf2/families.h"
#include "cpy/uf2/number.h"

using namespace cpy::uf2;
using nlohmann::json;

namespace {

std::filesystem::path spec_dir() { return std::filesystem::path(CPY_SOURCE_DIR) / "spec"; }

json load(const std::filesystem::path& p) {
  std::ifstream in(p);
  REQUIRE_MESSAGE(in, p.string());
  return json::parse(in);
}

std::string error_of(const json& j) {
  try {
    parse_board(j);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("spec/uf2-families.json: well formed, unique, compiled in") {
  json j = load(spec_dir() / "uf2-families.json");
  REQUIRE(j.is_array());
  CHECK(j.size() == 78);
  std::set<std::string> names;
  std::set<uint32_t> ids;
  for (const json& f : j) {
    REQUIRE(f.is_object());
    CHECK(f.size() == 3);
    std::string id = f.at("id").get<std::string>();
    CHECK_MESSAGE(id.size() == 10, id);
    CHECK_MESSAGE(id.rfind("0x", 0) == 0, id);
    auto n = parse_u32(id);
    REQUIRE(n);
    CHECK_MESSAGE(ids.insert(*n).second, id);
    CHECK(names.insert(f.at("short_name").get<std::string>()).second);
    CHECK(!f.at("description").get<std::string>().empty());
  }
  CHECK(families().size() == j.size());
  CHECK(parse_family("SAMD21") == 0x68ED2B88u);
  CHECK(parse_family("samd51") == 0x55114460u);
  CHECK(parse_family("MaixPlay-U4") == 0x4B684D71u);  // mixed-case names work too
  CHECK(parse_family("0xada52840") == 0xADA52840u);
  CHECK(parse_family("12") == 12u);
  CHECK(!parse_family("SAMD99"));
  CHECK(!parse_family("0x100000000"));
  for (const Family& f : families()) CHECK_MESSAGE(!parse_python_int(f.short_name), f.short_name);
  CHECK(family_name(0xADA52840) == "NRF52840");
  CHECK(family_name(0x12345678).empty());
}

TEST_CASE("spec/boards: every file passes the schema check and is compiled in") {
  std::set<std::string> on_disk;
  for (const auto& entry : std::filesystem::directory_iterator(spec_dir() / "boards")) {
    if (entry.path().extension() != ".json") continue;
    json j = load(entry.path());
    Board b;
    CHECK_NOTHROW(b = parse_board(j));
    CHECK_MESSAGE(b.id == entry.path().stem().string(), "id must match the file name: " << entry.path());
    on_disk.insert(b.id);
    CHECK(find_board(b.id) != nullptr);
  }
  CHECK(on_disk.size() == boards().size());
  for (const char* id : {"circuitplayground_express", "feather_m0_express", "feather_m0_basic", "metro_m0_express",
                         "itsybitsy_m0_express", "gemma_m0", "trinket_m0", "hallowing_m0_express", "feather_m4_express",
                         "metro_m4_express", "itsybitsy_m4_express", "feather_nrf52840_express",
                         "circuitplayground_bluefruit", "arduino_zero", "arduino_mkrzero"})
    CHECK_MESSAGE(on_disk.count(id) == 1, id);
}

TEST_CASE("board facts the tools rely on") {
  const Board* m4 = find_board("feather_m4_express");
  REQUIRE(m4);
  CHECK(m4->uf2_family_id == 0x55114460);
  CHECK(m4->application_start() == 0x4000);
  CHECK(m4->bootloader.kind == BootloaderKind::kUf2);
  CHECK(m4->bootloader.drive == "FEATHERBOOT");
  const Board* m0 = find_board("trinket_m0");
  REQUIRE(m0);
  CHECK(m0->application_start() == 0x2000);
  CHECK(m0->flash_size == 256 * 1024);
  const Board* nrf = find_board("circuitplayground_bluefruit");
  REQUIRE(nrf);
  CHECK(nrf->uf2_family == "NRF52840");
  CHECK(nrf->application_start() == 0x26000);
  const Board* zero = find_board("arduino_zero");
  REQUIRE(zero);
  CHECK(zero->bootloader.kind == BootloaderKind::kSamba);
  CHECK(!zero->bootloader.drive);
  CHECK(zero->bootloader.usb.vid == 0x2341);
  CHECK(find_board("no_such_board") == nullptr);
}

TEST_CASE("the schema check says what is wrong") {
  json good = load(spec_dir() / "boards" / "feather_m0_express.json");
  CHECK(error_of(good).empty());
  json j = good;
  j.erase("chip");
  CHECK(error_of(j) == "chip: missing");
  j = good;
  j["flash"]["size"] = 262144;
  CHECK(error_of(j) == "flash.size: must be a string holding a number, like \"0x2000\"");
  j = good;
  j["uf2"]["family_id"] = "0x55114460";
  CHECK(error_of(j) == "uf2.family_id: 0x55114460 is not the id of SAMD21 (0x68ed2b88)");
  j = good;
  j["uf2"]["family"] = "SAMD99";
  CHECK(error_of(j) == "uf2.family: \"SAMD99\" is not in uf2-families.json");
  j = good;
  j["bootloader"]["kind"] = "jtag";
  CHECK(error_of(j) == "bootloader.kind: must be one of \"uf2\", \"samba\", \"nrf-dfu\"");
  j = good;
  j["bootloader"]["application_offset"] = "0x1000";
  CHECK(error_of(j) == "bootloader.application_offset: points into the bootloader");
  j = good;
  j["bootloader"]["drive"] = nullptr;
  CHECK(error_of(j) == "bootloader.drive: a UF2 bootloader needs its BOOT drive name");
  j = good;
  j["bootloader"]["usb"]["pid"] = "0x10000";
  CHECK(error_of(j) == "bootloader.usb.pid: must fit in 16 bits");
  j = good;
  j["id"] = "Feather M0";
  CHECK(error_of(j) == "id: must use only a-z, 0-9 and _");
  j = good;
  j["bootloader"]["touch_1200bps"] = "yes";
  CHECK(error_of(j) == "bootloader.touch_1200bps: must be true or false");
}
