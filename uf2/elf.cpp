#include "cpy/uf2/elf.h"

#include "cpy/uf2/error.h"
#include "elf_llvm.h"

namespace cpy::uf2 {

bool looks_like_elf(std::span<const uint8_t> bytes) {
  return bytes.size() >= 4 && bytes[0] == 0x7f && bytes[1] == 'E' && bytes[2] == 'L' && bytes[3] == 'F';
}

std::vector<Segment> read_elf(std::span<const uint8_t> bytes) {
  std::vector<detail::ElfPiece> pieces;
  std::string error;
  if (!detail::elf_pieces(bytes.data(), bytes.size(), pieces, error)) throw Error(error);
  std::vector<Segment> out;
  for (const detail::ElfPiece& p : pieces) append_bytes(out, p.address, bytes.data() + p.offset, size_t(p.size));
  return out;
}

}  // namespace cpy::uf2
