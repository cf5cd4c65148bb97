#include "cpy/uf2/hex.h"

#include <fmt/format.h>

#include <algorithm>

#include "cpy/uf2/error.h"

namespace cpy::uf2 {

void append_bytes(std::vector<Segment>& image, uint64_t address, const uint8_t* bytes, size_t size) {
  if (size == 0) return;
  if (!image.empty()) {
    Segment& last = image.back();
    if (last.address + last.bytes.size() == address) {
      last.bytes.insert(last.bytes.end(), bytes, bytes + size);
      return;
    }
  }
  image.push_back(Segment{address, std::vector<uint8_t>(bytes, bytes + size)});
}

std::vector<uint8_t> flatten(const std::vector<Segment>& image, uint64_t limit) {
  if (image.empty()) return {};
  uint64_t low = UINT64_MAX, high = 0;
  for (const Segment& s : image) {
    low = std::min(low, s.address);
    high = std::max(high, s.address + s.bytes.size());
  }
  if (high - low > limit)
    throw Error(fmt::format("flattening 0x{:x}-0x{:x} would make a {} byte binary", low, high, high - low));
  std::vector<uint8_t> out(size_t(high - low), 0);
  for (const Segment& s : image) std::copy(s.bytes.begin(), s.bytes.end(), out.begin() + ptrdiff_t(s.address - low));
  return out;
}

bool looks_like_hex(std::span<const uint8_t> bytes) {
  if (bytes.empty() || bytes[0] != ':') return false;
  for (uint8_t c : bytes) {
    bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':' || c == '\r' ||
              c == '\n';
    if (!ok) return false;
  }
  return true;
}

namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string printable(char c) {
  if (c >= 0x20 && c < 0x7f) return fmt::format("'{}'", c);
  return fmt::format("byte 0x{:02x}", uint8_t(c));
}

const char* record_name(uint8_t type) {
  switch (type) {
    case 0:
      return "data";
    case 1:
      return "end-of-file";
    case 2:
      return "extended segment address";
    case 3:
      return "start segment address";
    case 4:
      return "extended linear address";
    case 5:
      return "start linear address";
  }
  return "?";
}

}  // namespace

HexImage read_hex(std::string_view text, const HexOptions& options) {
  HexImage image;
  uint64_t base = 0;
  size_t line_no = 0;
  std::vector<uint8_t> rec;
  rec.reserve(260);
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    if (line.empty()) continue;
    auto fail = [&](const std::string& what) -> Error { return Error(fmt::format("line {}: {}", line_no, what)); };
    if (line[0] != ':') throw fail(fmt::format("a record must start with ':', not {}", printable(line[0])));
    rec.clear();
    for (size_t i = 1; i < line.size(); i += 2) {
      int hi = hex_digit(line[i]);
      if (hi < 0) throw fail(fmt::format("column {}: {} is not a hex digit", i + 1, printable(line[i])));
      if (i + 1 >= line.size()) throw fail("odd number of hex digits");
      int lo = hex_digit(line[i + 1]);
      if (lo < 0) throw fail(fmt::format("column {}: {} is not a hex digit", i + 2, printable(line[i + 1])));
      rec.push_back(uint8_t(hi << 4 | lo));
    }
    if (rec.size() < 5) throw fail(fmt::format("record too short: {} bytes, at least 5 needed", rec.size()));
    size_t count = rec[0];
    if (rec.size() != count + 5)
      throw fail(fmt::format("byte count says {} data bytes but the record holds {}", count, rec.size() - 5));
    uint8_t sum = 0;
    for (size_t i = 0; i + 1 < rec.size(); ++i) sum = uint8_t(sum + rec[i]);
    uint8_t expected = uint8_t(-sum);
    if (rec.back() != expected)
      throw fail(fmt::format("checksum is 0x{:02X}, expected 0x{:02X}", rec.back(), expected));
    uint8_t type = rec[3];
    uint32_t offset = uint32_t(rec[1]) << 8 | rec[2];
    const uint8_t* data = rec.data() + 4;
    auto need_count = [&](size_t n) {
      if (count != n)
        throw fail(
            fmt::format("{} record (type {:02X}) must hold {} data bytes, not {}", record_name(type), type, n, count));
    };
    switch (type) {
      case 0:
        if (!image.first_data_address) image.first_data_address = base + offset;
        append_bytes(image.segments, base + offset, data, count);
        break;
      case 1:
        need_count(0);
        return image;
      case 2:
        need_count(2);
        base = uint64_t(uint32_t(data[0]) << 8 | data[1]) << 4;
        break;
      case 3:
        need_count(4);
        // CS:IP, kept as the linear address it denotes.
        image.start_address = ((uint32_t(data[0]) << 8 | data[1]) << 4) + (uint32_t(data[2]) << 8 | data[3]);
        break;
      case 4:
        need_count(2);
        base = uint64_t(uint32_t(data[0]) << 8 | data[1]) << 16;
        break;
      case 5:
        need_count(4);
        image.start_address = uint32_t(data[0]) << 24 | uint32_t(data[1]) << 16 | uint32_t(data[2]) << 8 | data[3];
        break;
      default:
        throw fail(fmt::format("unknown record type {:02X}", type));
    }
  }
  if (options.require_eof)
    throw Error(fmt::format("line {}: the file ends without an end-of-file record (:00000001FF); truncated?", line_no));
  return image;
}

std::string write_hex(std::span<const Segment> segments) {
  std::string out;
  size_t total = 0;
  for (const Segment& s : segments) total += s.bytes.size();
  out.reserve(total * 2 + total / 16 * 12 + 64);
  uint32_t upper = 0;
  auto record = [&out](uint8_t type, uint16_t offset, const uint8_t* data, size_t n) {
    uint8_t sum = uint8_t(n) + uint8_t(offset >> 8) + uint8_t(offset) + type;
    fmt::format_to(std::back_inserter(out), ":{:02X}{:04X}{:02X}", n, offset, type);
    for (size_t i = 0; i < n; ++i) {
      fmt::format_to(std::back_inserter(out), "{:02X}", data[i]);
      sum = uint8_t(sum + data[i]);
    }
    fmt::format_to(std::back_inserter(out), "{:02X}\n", uint8_t(-sum));
  };
  for (const Segment& s : segments) {
    if (s.address + s.bytes.size() > 0x100000000) throw Error(fmt::format("address 0x{:x} is beyond 4 GB", s.address));
    size_t i = 0;
    while (i < s.bytes.size()) {
      uint32_t addr = uint32_t(s.address + i);
      if ((addr >> 16) != upper) {
        upper = addr >> 16;
        uint8_t ela[2] = {uint8_t(upper >> 8), uint8_t(upper)};
        record(4, 0, ela, 2);
      }
      size_t room = 0x10000 - (addr & 0xFFFF);
      size_t n = std::min({size_t(16), s.bytes.size() - i, room});
      record(0, uint16_t(addr), s.bytes.data() + i, n);
      i += n;
    }
  }
  record(1, 0, nullptr, 0);
  return out;
}

}  // namespace cpy::uf2
