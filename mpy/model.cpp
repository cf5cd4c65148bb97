#include "cpy/mpy/model.h"

namespace cpy::mpy {

std::string_view native_arch_name(NativeArch arch) {
  constexpr std::string_view kNames[] = {"none",     "x86",     "x64",       "armv6",     "armv6m",
                                         "armv7m",   "armv7em", "armv7emsp", "armv7emdp", "xtensa",
                                         "xtensawin", "rv32imc", "rv64imc",   "debug"};
  size_t i = size_t(arch);
  return i < std::size(kNames) ? kNames[i] : std::string_view("unknown");
}

}  // namespace cpy::mpy
