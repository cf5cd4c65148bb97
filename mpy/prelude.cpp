#include "cpy/mpy/prelude.h"

namespace cpy::mpy {

Result<Signature> decode_signature(ByteCursor& in) {
  // First byte: xSSSSEAA. Each extension byte: xFSSKAED, contributing the
  // next higher bit(s) of each field.
  uint8_t z = CPY_TRY(in.byte("function signature"));
  uint32_t s = (z >> 3) & 0xf, e = (z >> 2) & 1, a = z & 3, f = 0, k = 0, d = 0;
  unsigned s_shift = 4, e_shift = 1, a_shift = 2, shift = 0;
  while (z & 0x80) {
    z = CPY_TRY(in.byte("function signature"));
    if (s_shift > 30) return fail(Errc::kBadPrelude, in.offset() - 1, "function signature too long");
    s |= uint32_t((z >> 4) & 3) << s_shift;
    e |= uint32_t((z >> 1) & 1) << e_shift;
    a |= uint32_t((z >> 2) & 1) << a_shift;
    f |= uint32_t((z >> 6) & 1) << shift;
    k |= uint32_t((z >> 3) & 1) << shift;
    d |= uint32_t(z & 1) << shift;
    s_shift += 2;
    ++e_shift;
    ++a_shift;
    ++shift;
  }
  Signature sig;
  sig.n_state = s + 1;
  sig.n_exc_stack = e;
  sig.scope_flags = f;
  sig.n_pos_args = a;
  sig.n_kwonly_args = k;
  sig.n_def_pos_args = d;
  return sig;
}

void encode_signature(const Signature& sig, ByteSink& out) {
  uint32_t s = sig.n_state - 1, e = sig.n_exc_stack, f = sig.scope_flags, a = sig.n_pos_args,
           k = sig.n_kwonly_args, d = sig.n_def_pos_args;
  uint8_t z = uint8_t((s & 0xf) << 3 | (e & 1) << 2 | (a & 3));
  s >>= 4;
  e >>= 1;
  a >>= 2;
  while (s | e | f | a | k | d) {
    out.put_byte(0x80 | z);
    z = uint8_t((f & 1) << 6 | (s & 3) << 4 | (k & 1) << 3 | (a & 1) << 2 | (e & 1) << 1 | (d & 1));
    s >>= 2;
    e >>= 1;
    f >>= 1;
    a >>= 1;
    k >>= 1;
    d >>= 1;
  }
  out.put_byte(z);
}

Result<PreludeSize> decode_prelude_size(ByteCursor& in) {
  // Each byte: xIIIIIIC.
  PreludeSize size;
  for (unsigned n = 0;; ++n) {
    uint8_t z = CPY_TRY(in.byte("prelude size"));
    if (n >= 5) return fail(Errc::kBadPrelude, in.offset() - 1, "prelude size too long");
    size.n_cells |= uint32_t(z & 1) << n;
    size.n_info |= uint32_t((z >> 1) & 0x3f) << (6 * n);
    if (!(z & 0x80)) return size;
  }
}

void encode_prelude_size(PreludeSize size, ByteSink& out) {
  uint32_t i = size.n_info, c = size.n_cells;
  do {
    uint8_t z = uint8_t((i & 0x3f) << 1 | (c & 1));
    c >>= 1;
    i >>= 6;
    if (c | i) z |= 0x80;
    out.put_byte(z);
  } while (c | i);
}

bool LineInfoReader::next(LineStep* step) {
  if (pos_ >= info_.size()) return false;
  uint8_t c = info_[pos_];
  if (!(c & 0x80)) {
    // 0LLBBBBB
    step->bc_delta = c & 0x1f;
    step->line_delta = c >> 5;
    pos_ += 1;
  } else {
    // 1LLLBBBB LLLLLLLL (the line delta's low byte second)
    if (pos_ + 1 >= info_.size()) return false;
    step->bc_delta = c & 0xf;
    step->line_delta = ((c << 4) & 0x700) | info_[pos_ + 1];
    pos_ += 2;
  }
  return true;
}

bool line_info_is_valid(std::span<const uint8_t> info) {
  LineInfoReader r(info);
  LineStep step;
  while (r.next(&step)) {
  }
  return r.at_end();
}

uint32_t source_line_at(std::span<const uint8_t> line_info, uint32_t bc_offset) {
  uint32_t line = 1;
  LineInfoReader r(line_info);
  LineStep step;
  while (r.next(&step)) {
    if (bc_offset < step.bc_delta) break;
    bc_offset -= step.bc_delta;
    line += step.line_delta;
  }
  return line;
}

void encode_line_step(LineStep step, ByteSink& out) {
  // Entry choice matches mpy-cross: the one-byte form (up to 31 bytes, 3
  // lines) for small line jumps or when many bytecode bytes must be skipped
  // first; otherwise the two-byte form (up to 15 bytes, 2047 lines). Lines
  // only advance in an entry that also consumes the last of the bytes.
  uint32_t bc = step.bc_delta, line = step.line_delta;
  while (bc > 0 || line > 0) {
    uint32_t b, l;
    if (line <= 6 || bc > 0xf) {
      b = bc < 0x1f ? bc : 0x1f;
      l = b < bc ? 0 : (line < 3 ? line : 3);
      out.put_byte(uint8_t(b | (l << 5)));
    } else {
      b = bc < 0xf ? bc : 0xf;
      l = line < 0x7ff ? line : 0x7ff;
      out.put_byte(uint8_t(0x80 | b | ((l >> 4) & 0x70)));
      out.put_byte(uint8_t(l & 0xff));
    }
    bc -= b;
    line -= l;
  }
}

}  // namespace cpy::mpy
