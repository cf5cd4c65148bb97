// The random module.
#include "runtime.h"

namespace cpy::vm {

bool init_mod_random(Vm& vm, Value g) {
  (void)vm;
  (void)g;
  return true;
}

}  // namespace cpy::vm
