// The __future__ module, as CircuitPython has it: `from __future__ import
// annotations` is accepted (annotations are never evaluated here anyway).
#include "runtime.h"

namespace cpy::vm {

namespace {
bool init_module(Vm& vm, Module*, Value g) { return put(vm, g, "annotations", Value::true_value()); }
}  // namespace

const ModuleDef kModule___future__{nullptr, 0, &init_module};

}  // namespace cpy::vm
