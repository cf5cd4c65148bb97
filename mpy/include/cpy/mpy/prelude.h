// The encodings inside a function's prelude: the signature, the size pair
// (info bytes, cell count) and the line-number table.
#pragma once

#include <cstdint>
#include <span>

#include "cpy/mpy/bytes.h"
#include "cpy/mpy/model.h"
#include "cpy/mpy/result.h"

namespace cpy::mpy {

/// Reads a signature: the bit-interleaved n_state, n_exc_stack, scope
/// flags and argument counts.
Result<Signature> decode_signature(ByteCursor& in);
/// Writes [sig] in the shortest form, as mpy-cross does.
void encode_signature(const Signature& sig, ByteSink& out);

/// The two sizes after the signature.
struct PreludeSize {
  uint32_t n_info = 0;   ///< bytes of name, argument names and line info
  uint32_t n_cells = 0;  ///< number of cell slot bytes
};
Result<PreludeSize> decode_prelude_size(ByteCursor& in);
void encode_prelude_size(PreludeSize size, ByteSink& out);

/// One step of the line table: the bytecode advances [bc_delta] bytes
/// while the source advances [line_delta] lines.
struct LineStep {
  uint32_t bc_delta = 0;
  uint32_t line_delta = 0;
};

/// Walks an encoded line table one step at a time.
class LineInfoReader {
 public:
  explicit LineInfoReader(std::span<const uint8_t> info) : info_(info) {}
  bool at_end() const { return pos_ >= info_.size(); }
  /// The next step; false at the end or when the last entry is cut short.
  bool next(LineStep* step);

 private:
  std::span<const uint8_t> info_;
  size_t pos_ = 0;
};

/// True when [info] decodes to whole steps.
bool line_info_is_valid(std::span<const uint8_t> info);

/// The source line of the instruction at [bc_offset], as the VM computes it
/// for tracebacks (lines start at 1).
uint32_t source_line_at(std::span<const uint8_t> line_info, uint32_t bc_offset);

/// Appends the encoding of one step to [out], split over as many entries as
/// it needs, exactly as mpy-cross splits it.
void encode_line_step(LineStep step, ByteSink& out);

}  // namespace cpy::mpy
