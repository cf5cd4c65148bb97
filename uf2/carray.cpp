#include <fmt/format.h>

#include "cpy/uf2/encode.h"

namespace cpy::uf2 {

std::string to_c_array(std::span<const uint8_t> data) {
  std::string out;
  out.reserve(data.size() * 6 + data.size() / 16 + 128);
  fmt::format_to(std::back_inserter(out), "const unsigned long bindata_len = {};\n", data.size());
  out += "const unsigned char bindata[] __attribute__((aligned(16))) = {";
  static constexpr char kDigits[] = "0123456789abcdef";
  for (size_t i = 0; i < data.size(); ++i) {
    if (i % 16 == 0) out += '\n';
    char item[6] = {'0', 'x', kDigits[data[i] >> 4], kDigits[data[i] & 15], ',', ' '};
    out.append(item, sizeof item);
  }
  out += "\n};\n";
  return out;
}

}  // namespace cpy::uf2
