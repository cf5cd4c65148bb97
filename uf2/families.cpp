#include "cpy/uf2/families.h"

#include <nlohmann/json.hpp>
#include <vector>

#include "cpy/uf2/number.h"

namespace cpy::uf2 {

namespace {

#include "spec_data.inc"

std::vector<Family> load_families() {
  std::vector<Family> out;
  for (const auto& entry : nlohmann::json::parse(kFamiliesJson)) {
    Family f;
    // The table is checked by the unit tests; a bad id here is a build defect.
    f.id = parse_u32(entry.at("id").get<std::string>()).value();
    f.short_name = entry.at("short_name").get<std::string>();
    f.description = entry.at("description").get<std::string>();
    out.push_back(std::move(f));
  }
  return out;
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    auto up = [](char c) { return c >= 'a' && c <= 'z' ? char(c - 32) : c; };
    if (up(a[i]) != up(b[i])) return false;
  }
  return true;
}

}  // namespace

std::span<const Family> families() {
  static const std::vector<Family> table = load_families();
  return table;
}

std::optional<uint32_t> parse_family(std::string_view text) {
  // uf2conv.py tries names first, but no short name reads as a number, so a
  // number needs no table (which keeps the default "-f 0x0" cheap).
  if (parse_python_int(text)) return parse_u32(text);
  // uf2conv.py looks names up upper-cased, so it can never match the few
  // mixed-case short names; comparing without case is the intended meaning.
  for (const Family& f : families())
    if (equal_ignoring_case(f.short_name, text)) return f.id;
  return std::nullopt;
}

std::string family_name(uint32_t id) {
  std::string name;
  for (const Family& f : families())
    if (f.id == id) name = f.short_name;
  return name;
}

std::string family_names_list() {
  std::string out;
  for (const Family& f : families()) {
    if (!out.empty()) out += ", ";
    out += f.short_name;
  }
  return out;
}

}  // namespace cpy::uf2
