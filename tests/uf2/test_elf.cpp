#include <doctest/doctest.h>

#include <string>

#include "cpy/uf2/elf.h"
#include "cpy/uf2/encode.h"
#include "cpy/uf2/error.h"

using namespace cpy::uf2;

namespace {

// A hand-made 32-bit little-endian ARM executable: .text at 0x2000, .data
// run from RAM but loaded right after .text, .bss, a non-allocated comment.
class TinyElf {
 public:
  std::vector<uint8_t> bytes = std::vector<uint8_t>(0x300, 0);

  void u16(size_t at, uint16_t v) {
    bytes[at] = uint8_t(v);
    bytes[at + 1] = uint8_t(v >> 8);
  }
  void u32(size_t at, uint32_t v) {
    for (int i = 0; i < 4; ++i) bytes[at + size_t(i)] = uint8_t(v >> (8 * i));
  }
  void phdr(size_t i, uint32_t type, uint32_t off, uint32_t vaddr, uint32_t paddr, uint32_t filesz, uint32_t memsz) {
    size_t at = 52 + i * 32;
    u32(at, type);
    u32(at + 4, off);
    u32(at + 8, vaddr);
    u32(at + 12, paddr);
    u32(at + 16, filesz);
    u32(at + 20, memsz);
    u32(at + 24, 5);
    u32(at + 28, 4);
  }
  void shdr(size_t i, uint32_t name, uint32_t type, uint32_t flags, uint32_t addr, uint32_t off, uint32_t size) {
    size_t at = 0x140 + i * 40;
    u32(at, name);
    u32(at + 4, type);
    u32(at + 8, flags);
    u32(at + 12, addr);
    u32(at + 16, off);
    u32(at + 20, size);
    u32(at + 32, 1);
  }

  explicit TinyElf(bool with_sections = true) {
    const uint8_t ident[] = {0x7f, 'E', 'L', 'F', 1, 1, 1, 0};
    std::copy(std::begin(ident), std::end(ident), bytes.begin());
    u16(16, 2);   // ET_EXEC
    u16(18, 40);  // EM_ARM
    u32(20, 1);   // EV_CURRENT
    u32(24, 0x2001);
    u32(28, 52);  // e_phoff
    u32(32, with_sections ? 0x140 : 0);
    u16(40, 52);  // e_ehsize
    u16(42, 32);  // e_phentsize
    u16(44, 3);   // e_phnum
    u16(46, 40);  // e_shentsize
    u16(48, with_sections ? 6 : 0);
    u16(50, with_sections ? 5 : 0);
    phdr(0, 1, 0x100, 0x2000, 0x2000, 8, 8);
    phdr(1, 1, 0x108, 0x20000000, 0x2008, 4, 0x10);
    phdr(2, 1, 0x10c, 0x20000010, 0x200c, 0, 0x20);  // nothing in the file: skipped
    for (uint8_t i = 0; i < 8; ++i) bytes[0x100 + i] = uint8_t(0xA0 + i);
    u32(0x108, 0xDDCCBBAA);
    u32(0x10c, 0x11111111);  // .comment
    const char names[] = "\0.text\0.data\0.bss\0.comment\0.shstrtab";
    std::copy(std::begin(names), std::end(names), bytes.begin() + 0x110);
    if (!with_sections) return;
    shdr(1, 1, 1, 6, 0x2000, 0x100, 8);          // .text PROGBITS AX
    shdr(2, 7, 1, 3, 0x20000000, 0x108, 4);      // .data PROGBITS WA
    shdr(3, 13, 8, 3, 0x20000010, 0x10c, 0x20);  // .bss NOBITS
    shdr(4, 18, 1, 0, 0, 0x10c, 4);              // .comment, not allocated
    shdr(5, 27, 3, 0, 0, 0x110, sizeof names);   // .shstrtab
  }
};

std::string error_of(const std::vector<uint8_t>& bytes) {
  try {
    read_elf(bytes);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("read_elf: allocated sections at their load addresses") {
  TinyElf elf;
  CHECK(looks_like_elf(elf.bytes));
  auto segs = read_elf(elf.bytes);
  REQUIRE(segs.size() == 1);  // .text and .data's load image are adjacent
  CHECK(segs[0].address == 0x2000);
  CHECK(segs[0].bytes == std::vector<uint8_t>{0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xAA, 0xBB, 0xCC, 0xDD});
  auto uf2 = segments_to_uf2(segs, 0);
  CHECK(uf2.size() == 512);
}

TEST_CASE("read_elf: without section headers, the PT_LOAD segments") {
  TinyElf elf(false);
  auto segs = read_elf(elf.bytes);
  REQUIRE(segs.size() == 1);
  CHECK(segs[0].bytes.size() == 12);
}

TEST_CASE("read_elf: malformed files are refused") {
  TinyElf elf;
  std::vector<uint8_t> cut(elf.bytes.begin(), elf.bytes.begin() + 40);
  CHECK(!error_of(cut).empty());
  TinyElf past;
  past.phdr(0, 1, 0x100, 0x2000, 0x2000, 0x1000, 0x1000);
  CHECK(error_of(past.bytes).find("runs past the end of the file") != std::string::npos);
  TinyElf none;
  for (size_t i = 0; i < 3; ++i) none.phdr(i, 6, 0, 0, 0, 0, 0);  // PT_PHDR only
  CHECK(error_of(none.bytes) == "ELF: no loadable segment with file contents (PT_LOAD with p_filesz > 0)");
  CHECK(!looks_like_elf(std::vector<uint8_t>{0x7f, 'E', 'L'}));
}
