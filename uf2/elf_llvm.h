// The part of the ELF reader that touches LLVM. LLVM 14's headers do not
// compile as C++20 with clang 14 and libstdc++ 12 (std::vector of an
// incomplete type in llvm/Support/JSON.h), so this file and its .cpp keep to
// C++17 types and are built as C++17.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace cpy::uf2::detail {

/// A loadable range of the file: [size] bytes at file [offset], placed at [address].
struct ElfPiece {
  uint64_t address = 0;
  uint64_t offset = 0;
  uint64_t size = 0;
};

/// Fills [pieces] with what read_elf() loads, in order; on failure returns
/// false with [error] set to the whole message.
bool elf_pieces(const uint8_t* data, size_t size, std::vector<ElfPiece>& pieces, std::string& error);

}  // namespace cpy::uf2::detail
