// Byte-level reading and writing shared by the .mpy reader, writer and
// bytecode tools: a bounds-checked cursor, varints, and output sinks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "cpy/mpy/result.h"

namespace cpy::mpy {

/// Reads forward through a byte span, never past its end. Every read reports
/// truncation as an error naming the absolute offset ([base] + position).
class ByteCursor {
 public:
  ByteCursor(std::span<const uint8_t> bytes, size_t base = 0) : bytes_(bytes), base_(base) {}

  size_t position() const { return pos_; }
  size_t offset() const { return base_ + pos_; }  ///< position in the whole file
  size_t remaining() const { return bytes_.size() - pos_; }
  bool at_end() const { return pos_ == bytes_.size(); }

  Result<uint8_t> byte(const char* what);
  /// An unsigned MicroPython varint (big-endian groups of 7 bits), at most 32 bits.
  Result<uint32_t> varint(const char* what);
  /// [n] raw bytes.
  Result<std::span<const uint8_t>> take(size_t n, const char* what);

 private:
  std::span<const uint8_t> bytes_;
  size_t base_;
  size_t pos_ = 0;
};

/// Number of bytes the varint encoding of [value] takes.
size_t varint_size(uint32_t value);
/// Encodes [value] as a varint into [out] (at least 5 bytes); returns the length.
size_t encode_varint(uint32_t value, uint8_t* out);

/// Where serialized bytes go. A sink that runs out of room remembers that it
/// overflowed and keeps counting, so a writer can measure and emit in one pass.
class ByteSink {
 public:
  virtual ~ByteSink() = default;
  /// Appends [bytes].
  virtual void put(std::span<const uint8_t> bytes) = 0;
  void put_byte(uint8_t b) { put(std::span<const uint8_t>(&b, 1)); }
  void put_varint(uint32_t value);
  /// [value] in decimal, right-aligned in [width] columns.
  void put_decimal(int64_t value, int width = 0);
  /// [value] as [digits] lowercase hex digits (no prefix).
  void put_hex(uint64_t value, int digits);
  void put_text(std::string_view text) {
    put(std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(text.data()), text.size()));
  }
};

/// Counts bytes without storing them.
class CountingSink final : public ByteSink {
 public:
  void put(std::span<const uint8_t> bytes) override { size_ += bytes.size(); }
  size_t size() const { return size_; }

 private:
  size_t size_ = 0;
};

/// Fills a caller-owned buffer; `overflowed()` tells whether everything fit.
class BufferSink final : public ByteSink {
 public:
  explicit BufferSink(std::span<uint8_t> buffer) : buffer_(buffer) {}
  void put(std::span<const uint8_t> bytes) override;
  size_t size() const { return size_; }  ///< bytes offered, stored or not
  bool overflowed() const { return size_ > buffer_.size(); }
  std::span<const uint8_t> bytes() const { return buffer_.first(overflowed() ? buffer_.size() : size_); }

 private:
  std::span<uint8_t> buffer_;
  size_t size_ = 0;
};

}  // namespace cpy::mpy
