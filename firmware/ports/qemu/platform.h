// The VM's machine interface (cpy::vm::Platform) over semihosting: files on
// the host QEMU runs on, the clock from SYS_ELAPSED / SYS_TIME.
#pragma once

#include <cstddef>
#include <cstdint>

#include "cpy/vm/vfs.h"

namespace cpy::qemu {

/// The platform to install with cpy::vm::set_platform().
const vm::Platform& semihosting_platform();

/// Reads the whole file [path] into memory from [allocate] (one byte more,
/// a NUL after the data); nullptr when it cannot be opened or read (a
/// directory) or there is no memory.
uint8_t* read_whole_file(const char* path, size_t* size, void* (*allocate)(size_t size, void* context), void* context);

}  // namespace cpy::qemu
