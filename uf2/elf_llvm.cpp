#include "elf_llvm.h"

#include <llvm/Object/ELFObjectFile.h>
#include <llvm/Object/ObjectFile.h>
#include <llvm/Support/Error.h>
#include <llvm/Support/MemoryBuffer.h>

#include <algorithm>
#include <cstdio>

namespace cpy::uf2::detail {

namespace {

struct Failed {
  std::string message;
};

template <class T>
T unwrap(llvm::Expected<T> value, const char* what) {
  if (!value) throw Failed{std::string("ELF: ") + what + ": " + llvm::toString(value.takeError())};
  return std::move(*value);
}

std::string hex(uint64_t v) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
  return buf;
}

template <class ELFT>
void collect(const llvm::object::ELFFile<ELFT>& elf, size_t file_size, std::vector<ElfPiece>& out) {
  using Elf_Phdr = typename ELFT::Phdr;
  auto phdrs = unwrap(elf.program_headers(), "program headers");
  std::vector<const Elf_Phdr*> loads;
  for (const Elf_Phdr& p : phdrs) {
    if (p.p_type != llvm::ELF::PT_LOAD || p.p_filesz == 0) continue;
    if (p.p_offset > file_size || p.p_filesz > file_size - p.p_offset)
      throw Failed{"ELF: PT_LOAD segment at file offset " + hex(p.p_offset) + " (" + std::to_string(p.p_filesz) +
                   " bytes) runs past the end of the file"};
    loads.push_back(&p);
  }
  if (loads.empty()) throw Failed{"ELF: no loadable segment with file contents (PT_LOAD with p_filesz > 0)"};

  auto sections = unwrap(elf.sections(), "section headers");
  if (sections.empty()) {
    for (const Elf_Phdr* p : loads) out.push_back(ElfPiece{p->p_paddr, p->p_offset, p->p_filesz});
    return;
  }
  // What objcopy writes: allocated sections with contents, at the segment's
  // physical address plus the section's place in the segment.
  for (const auto& s : sections) {
    if (!(s.sh_flags & llvm::ELF::SHF_ALLOC) || s.sh_type == llvm::ELF::SHT_NOBITS || s.sh_size == 0) continue;
    uint64_t off = s.sh_offset, size = s.sh_size;
    for (const Elf_Phdr* p : loads) {
      if (off < p->p_offset || off - p->p_offset > p->p_filesz || size > p->p_filesz - (off - p->p_offset)) continue;
      out.push_back(ElfPiece{p->p_paddr + (off - p->p_offset), off, size});
      break;
    }
  }
  if (out.empty()) throw Failed{"ELF: no allocated section lies inside a loadable segment"};
}

// objcopy's Intel HEX writer keeps its records sorted by address.
void sort_by_address(std::vector<ElfPiece>& pieces) {
  std::stable_sort(pieces.begin(), pieces.end(),
                   [](const ElfPiece& a, const ElfPiece& b) { return a.address < b.address; });
}

}  // namespace

bool elf_pieces(const uint8_t* data, size_t size, std::vector<ElfPiece>& pieces, std::string& error) {
  try {
    llvm::MemoryBufferRef ref(llvm::StringRef(reinterpret_cast<const char*>(data), size), "input");
    auto object = unwrap(llvm::object::ObjectFile::createObjectFile(ref), "cannot read");
    if (auto* o = llvm::dyn_cast<llvm::object::ELF32LEObjectFile>(object.get()))
      collect(o->getELFFile(), size, pieces);
    else if (auto* o = llvm::dyn_cast<llvm::object::ELF32BEObjectFile>(object.get()))
      collect(o->getELFFile(), size, pieces);
    else if (auto* o = llvm::dyn_cast<llvm::object::ELF64LEObjectFile>(object.get()))
      collect(o->getELFFile(), size, pieces);
    else if (auto* o = llvm::dyn_cast<llvm::object::ELF64BEObjectFile>(object.get()))
      collect(o->getELFFile(), size, pieces);
    else
      throw Failed{"ELF: not an ELF object file"};
  } catch (const Failed& f) {
    error = f.message;
    return false;
  }
  sort_by_address(pieces);
  return true;
}

}  // namespace cpy::uf2::detail
