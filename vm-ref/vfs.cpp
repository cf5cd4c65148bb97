// The platform in use: the one installed by set_platform(), else the host's
// POSIX one (host builds) or an empty one (firmware that installed none).
#include "cpy/vm/vfs.h"

namespace cpy::vm {

namespace {
const Platform* g_platform = nullptr;
const Platform kNone{};
}  // namespace

void set_platform(const Platform* p) { g_platform = p; }

const Platform& platform() {
  if (g_platform) return *g_platform;
#if CPY_VM_HOST_PLATFORM
  return posix_platform();
#else
  return kNone;
#endif
}

}  // namespace cpy::vm
