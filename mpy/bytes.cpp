#include "cpy/mpy/bytes.h"

#include <cstring>

namespace cpy::mpy {

Result<uint8_t> ByteCursor::byte(const char* what) {
  if (pos_ >= bytes_.size()) return fail(Errc::kTruncated, offset(), what);
  return bytes_[pos_++];
}

Result<uint32_t> ByteCursor::varint(const char* what) {
  size_t start = offset();
  uint32_t value = 0;
  for (;;) {
    if (pos_ >= bytes_.size()) return fail(Errc::kTruncated, offset(), what);
    uint8_t b = bytes_[pos_++];
    if (value > (UINT32_MAX >> 7)) return fail(Errc::kVarintOverflow, start, what);
    value = (value << 7) | (b & 0x7f);
    if (!(b & 0x80)) return value;
  }
}

Result<std::span<const uint8_t>> ByteCursor::take(size_t n, const char* what) {
  if (n > remaining()) return fail(Errc::kTruncated, offset(), what);
  auto out = bytes_.subspan(pos_, n);
  pos_ += n;
  return out;
}

size_t varint_size(uint32_t value) {
  size_t n = 1;
  while (value >>= 7) ++n;
  return n;
}

size_t encode_varint(uint32_t value, uint8_t* out) {
  size_t n = varint_size(value);
  for (size_t i = n; i-- > 0;) {
    out[i] = uint8_t((value & 0x7f) | (i + 1 == n ? 0 : 0x80));
    value >>= 7;
  }
  return n;
}

void ByteSink::put_varint(uint32_t value) {
  uint8_t buf[5];
  put(std::span<const uint8_t>(buf, encode_varint(value, buf)));
}

void ByteSink::put_decimal(int64_t value, int width) {
  char buf[24];
  size_t n = 0;
  uint64_t magnitude = value < 0 ? 0 - uint64_t(value) : uint64_t(value);
  do {
    buf[sizeof buf - 1 - n++] = char('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude);
  if (value < 0) buf[sizeof buf - 1 - n++] = '-';
  for (int pad = width - int(n); pad > 0; --pad) put_byte(' ');
  put_text(std::string_view(buf + sizeof buf - n, n));
}

void ByteSink::put_hex(uint64_t value, int digits) {
  for (int i = digits - 1; i >= 0; --i) put_byte(uint8_t("0123456789abcdef"[(value >> (4 * i)) & 0xf]));
}

void BufferSink::put(std::span<const uint8_t> bytes) {
  if (size_ <= buffer_.size()) {
    size_t room = buffer_.size() - size_;
    size_t n = bytes.size() < room ? bytes.size() : room;
    if (n) std::memcpy(buffer_.data() + size_, bytes.data(), n);
  }
  size_ += bytes.size();
}

}  // namespace cpy::mpy
