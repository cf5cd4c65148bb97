// The .mpy writer: Module -> bytes, in exactly the layout mpy-cross writes.
#pragma once

#include "cpy/mpy/bytes.h"
#include "cpy/mpy/model.h"
#include "cpy/mpy/result.h"

namespace cpy::mpy {

/// Serializes [module] into [out]. Fails (kBadArgument) only for a model no
/// file can hold, e.g. a static qstr id out of range or a native raw code.
Result<void> write_module(const Module& module, ByteSink& out);

/// The number of bytes write_module would produce.
Result<size_t> module_size(const Module& module);

}  // namespace cpy::mpy
