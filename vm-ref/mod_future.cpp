// The __future__ module, as CircuitPython has it: `from __future__ import
// annotations` is accepted (annotations are never evaluated here anyway).
#include "runtime.h"

namespace cpy::vm {

bool init_mod___future__(Vm& vm, Module*, Value g) { return put(vm, g, "annotations", Value::true_value()); }

}  // namespace cpy::vm
