// Fuzzes the whole compiler (lexer, parser, scope analysis, emitter): any
// input must compile to a module that the reader verifies and that writes
// back to the same bytes, or fail with an error the reference can raise,
// never crash or hang. The first byte picks the target and options.
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "cpy/compiler/compile.h"
#include "cpy/mpy/reader.h"
#include "cpy/mpy/writer.h"
#include "reference_errors.h"

namespace {

struct VectorSink final : cpy::mpy::ByteSink {
  std::vector<uint8_t> data;
  void put(std::span<const uint8_t> bytes) override { data.insert(data.end(), bytes.begin(), bytes.end()); }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  uint8_t flags = data[0];
  std::string_view source(reinterpret_cast<const char*>(data + 1), size - 1);

  cpy::Arena arena(cpy::heap_block_source(), 16 * 1024, 256 * 1024 * 1024);
  cpy::compiler::CompileOptions options;
  options.target = (flags & 1) ? cpy::compiler::ParserTarget::kMicroPython : cpy::compiler::ParserTarget::kCircuitPython;
  options.optimise_level = (flags >> 1) & 3;
  options.small_int_bits = (flags & 8) ? 63 : 31;
  options.input_path = "fuzz.py";
  options.source_name = (flags & 16) ? "lib/fuzz.py" : "fuzz.py";
  auto module = cpy::compiler::compile_module(source, arena, options);
  if (!module.ok()) {
    if (!cpy::fuzz::is_reference_error(module.error())) std::abort();
    return 0;
  }
  // Whatever compiles must be a valid file that reads back to itself.
  VectorSink out;
  if (!cpy::mpy::write_module(module.value(), out).ok()) std::abort();
  cpy::Arena read_arena(cpy::heap_block_source());
  auto read = cpy::mpy::read_module(out.data, read_arena);
  if (!read.ok()) std::abort();
  VectorSink again;
  if (!cpy::mpy::write_module(read.value(), again).ok() || again.data != out.data) std::abort();
  return 0;
}
