// The .mpy model as JSON, for `cpy-dis --json` and other tools.
#pragma once

#include <nlohmann/json.hpp>

#include "cpy/mpy/model.h"

namespace cpy::cli {

/// Every field of [module]: header, qstr and constant tables, and the tree of
/// functions with decoded instructions. Byte strings are lowercase hex.
nlohmann::ordered_json module_to_json(const mpy::Module& module);

}  // namespace cpy::cli
