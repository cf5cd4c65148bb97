// libFuzzer target: the ELF reader (LLVM Object underneath), and the UF2
// encoder fed with what it reads. Only cpy::uf2::Error may escape; segments
// must lie where their sizes say and never overlap.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>

#include "cpy/uf2/elf.h"
#include "cpy/uf2/encode.h"
#include "cpy/uf2/error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::span<const uint8_t> bytes(data, size);
  (void)cpy::uf2::looks_like_elf(bytes);
  try {
    std::vector<cpy::uf2::Segment> segments = cpy::uf2::read_elf(bytes);
    uint64_t previous = 0;
    for (const cpy::uf2::Segment& s : segments) {
      if (s.address < previous || s.bytes.empty()) std::abort();  // sorted, nothing empty
      previous = s.address;
    }
    (void)cpy::uf2::segments_to_uf2(segments, 0x68ED2B88);
  } catch (const cpy::uf2::Error&) {
  }
  return 0;
}
