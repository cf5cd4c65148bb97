// Fuzzes the .mpy reader, loader and interpreter together: malformed bytes
// must end in a Python exception or a clean run, never a crash. A small heap
// and a step budget keep each input short.
#include <cstdint>
#include <cstring>
#include <span>

#include "cpy/vm/vm.h"

namespace {

void discard(void*, const char*, size_t, bool) {}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static uint8_t memory[256 * 1024];
  static uint8_t frames[32 * 1024];
  int stack_marker = 0;
  std::memset(memory, 0, sizeof memory);
  cpy::vm::Heap heap(memory, sizeof memory);
  heap.set_stack_base(&stack_marker);
  cpy::vm::VmConfig config;
  config.max_depth = 60;
  config.write = &discard;
  config.frame_stack = frames;
  config.frame_stack_size = sizeof frames;
  config.step_budget = 20000;
  alignas(cpy::vm::Vm) static unsigned char storage[sizeof(cpy::vm::Vm)];
  auto* vm = new (storage) cpy::vm::Vm(heap, config);
  if (vm->init()) {
    cpy::vm::Value module;
    if (vm->run_mpy(std::span<const uint8_t>(data, size), "__main__", &module) == cpy::vm::Status::kRaised) {
      (void)vm->report_uncaught();
    }
  }
  vm->~Vm();
  return 0;
}
