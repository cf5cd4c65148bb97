#include "cpy/uf2/number.h"

#include <cctype>
#include <limits>

namespace cpy::uf2 {

namespace {

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

std::optional<int64_t> parse_python_int(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  bool negative = false;
  if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  if (text.empty()) return std::nullopt;
  int base = 10;
  // After a base prefix Python allows one underscore before the first digit.
  bool underscore_ok = false;
  if (text.size() >= 2 && text[0] == '0') {
    char p = char(std::tolower(static_cast<unsigned char>(text[1])));
    if (p == 'x' || p == 'o' || p == 'b') {
      base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
      text.remove_prefix(2);
      underscore_ok = true;
    }
  }
  if (base == 10 && text.size() > 1 && text[0] == '0') {
    // "00" and "0_0" are zero; "01" is a SyntaxError-style ValueError.
    for (char c : text)
      if (c != '0' && c != '_') return std::nullopt;
  }
  uint64_t value = 0;
  bool any_digit = false;
  bool last_underscore = false;
  for (char c : text) {
    if (c == '_') {
      if (last_underscore || (!any_digit && !underscore_ok)) return std::nullopt;
      last_underscore = true;
      continue;
    }
    int d = digit_value(c);
    if (d >= base) return std::nullopt;
    if (value > (std::numeric_limits<uint64_t>::max() - uint64_t(d)) / uint64_t(base)) return std::nullopt;
    value = value * uint64_t(base) + uint64_t(d);
    any_digit = true;
    last_underscore = false;
  }
  if (!any_digit || last_underscore) return std::nullopt;
  if (negative) {
    if (value > uint64_t(std::numeric_limits<int64_t>::max()) + 1) return std::nullopt;
    return value == uint64_t(std::numeric_limits<int64_t>::max()) + 1 ? std::numeric_limits<int64_t>::min()
                                                                      : -int64_t(value);
  }
  if (value > uint64_t(std::numeric_limits<int64_t>::max())) return std::nullopt;
  return int64_t(value);
}

std::optional<uint32_t> parse_u32(std::string_view text) {
  auto v = parse_python_int(text);
  if (!v || *v < 0 || *v > int64_t(0xFFFFFFFF)) return std::nullopt;
  return uint32_t(*v);
}

}  // namespace cpy::uf2
