// The os module.
#include "runtime.h"

namespace cpy::vm {

bool init_mod_os(Vm& vm, Value g) {
  (void)vm;
  (void)g;
  return true;
}

}  // namespace cpy::vm
