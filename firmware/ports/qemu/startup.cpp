// Start-up for the QEMU machines: the vector table, the reset handler
// (.data copy, .bss clear, FPU on, static constructors), fault reports, and
// the few newlib system calls the C library needs (sbrk for its malloc,
// which dtoa uses inside snprintf/strtod).
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "semihosting.h"

namespace sh = cpy::qemu::semihosting;

// From the linker script.
extern "C" {
extern uint32_t _sidata[], _sdata[], _edata[], _sbss[], _ebss[];
extern uint32_t _sstack[], _estack[], _estack_handler[];
extern uint8_t _smalloc[], _emalloc[];
using InitFn = void (*)();
extern InitFn __init_array_start[], __init_array_end[];
void* __dso_handle = nullptr;
int cpy_qemu_main();
}

namespace {

constexpr uint32_t kStackFill = 0x5a5aa5a5u;

void put_hex(char* out, uint32_t v) {
  for (int i = 7; i >= 0; --i) {
    out[i] = "0123456789abcdef"[v & 15];
    v >>= 4;
  }
}

}  // namespace

extern "C" {

/// Bytes of the C stack ever used (the fill pattern no longer intact).
size_t cpy_qemu_stack_used() {
  const uint32_t* p = _sstack;
  while (p < _estack && *p == kStackFill) ++p;
  return size_t(reinterpret_cast<const uint8_t*>(_estack) - reinterpret_cast<const uint8_t*>(p));
}

size_t cpy_qemu_stack_size() {
  return size_t(reinterpret_cast<const uint8_t*>(_estack) - reinterpret_cast<const uint8_t*>(_sstack));
}

[[noreturn]] void cpy_start() {
#if defined(__ARM_FP)
  // CPACR: full access to CP10 and CP11 (the FPU) before any float code.
  volatile uint32_t* cpacr = reinterpret_cast<volatile uint32_t*>(0xe000ed88u);
  *cpacr |= 0xfu << 20;
  asm volatile("dsb\n\tisb" ::: "memory");
#endif
  for (uint32_t *src = _sidata, *dst = _sdata; dst < _edata;) *dst++ = *src++;
  for (uint32_t* dst = _sbss; dst < _ebss;) *dst++ = 0;
  // Paint the stack below this frame so that its high-water mark can be measured.
  uint32_t* sp;
  asm volatile("mov %0, sp" : "=r"(sp));
  for (uint32_t* p = _sstack; p < sp - 16; ++p) *p = kStackFill;
  for (InitFn* f = __init_array_start; f < __init_array_end; ++f) (*f)();
  sh::exit(cpy_qemu_main());
}

/// The program runs on the process stack (PSP), the handlers on a small
/// stack of their own (MSP): when the program overflows its stack, the fault
/// handler still has room to report it instead of locking the core up.
[[noreturn]] __attribute__((naked)) void cpy_reset_handler() {
  asm volatile(
      "ldr r0, =_estack\n\t"
      "msr psp, r0\n\t"
      "movs r0, #2\n\t"  // CONTROL.SPSEL: thread mode uses PSP
      "msr control, r0\n\t"
      "isb\n\t"
      "ldr r0, =cpy_start\n\t"
      "bx r0\n\t"
      ".ltorg\n");
}

/// A fault ends the run with status 3 after naming the faulting address.
[[noreturn]] void cpy_fault_report(const uint32_t* frame) {
  if (frame < _sstack + 8 || frame + 8 > _estack_handler) {
    // The exception frame could not be pushed: the C stack is exhausted.
    sh::write0("\nfault: C stack overflow\n");
    sh::exit(3);
  }
  char text[] = "\nfault: pc=0x00000000 lr=0x00000000\n";
  put_hex(text + 12, frame[6]);
  put_hex(text + 26, frame[5]);
  sh::write0(text);
  sh::exit(3);
}

[[noreturn]] __attribute__((naked)) void cpy_fault_handler() {
  // Pass the stacked exception frame (MSP or PSP) to the reporter.
  asm volatile(
      "movs r0, #4\n\t"
      "mov r1, lr\n\t"
      "tst r0, r1\n\t"
      "beq 1f\n\t"
      "mrs r0, psp\n\t"
      "b 2f\n"
      "1:\n\t"
      "mrs r0, msp\n"
      "2:\n\t"
      "ldr r2, =cpy_fault_report\n\t"
      "bx r2\n\t"
      ".ltorg\n");
}

[[noreturn]] void cpy_unexpected_irq() {
  sh::write0("\nunexpected interrupt\n");
  sh::exit(3);
}

// The core's exceptions; no peripheral interrupt is ever enabled.
__attribute__((section(".vectors"), used)) const void* const cpy_vectors[16] = {
    _estack_handler,
    reinterpret_cast<const void*>(&cpy_reset_handler),
    reinterpret_cast<const void*>(&cpy_unexpected_irq),  // NMI
    reinterpret_cast<const void*>(&cpy_fault_handler),   // HardFault
    reinterpret_cast<const void*>(&cpy_fault_handler),   // MemManage
    reinterpret_cast<const void*>(&cpy_fault_handler),   // BusFault
    reinterpret_cast<const void*>(&cpy_fault_handler),   // UsageFault
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    reinterpret_cast<const void*>(&cpy_unexpected_irq),  // SVCall
    reinterpret_cast<const void*>(&cpy_unexpected_irq),  // DebugMonitor
    nullptr,
    reinterpret_cast<const void*>(&cpy_unexpected_irq),  // PendSV
    reinterpret_cast<const void*>(&cpy_unexpected_irq),  // SysTick
};

// newlib's system calls. Only malloc's sbrk is expected to be used; the rest
// keep the library's stdio (never used for output here) linkable.
static uint8_t* g_brk = _smalloc;

/// Bytes of the malloc area handed to the C library so far, and its size.
size_t cpy_qemu_malloc_used() { return size_t(g_brk - _smalloc); }
size_t cpy_qemu_malloc_size() { return size_t(_emalloc - _smalloc); }

void* _sbrk(ptrdiff_t increment) {
  uint8_t*& brk = g_brk;
  if (increment < 0 || _emalloc - brk < increment) {
    errno = ENOMEM;
    return reinterpret_cast<void*>(-1);
  }
  uint8_t* old = brk;
  brk += increment;
  return old;
}

int _write(int, const char*, int size) { return size; }
int _read(int, char*, int) { return 0; }
int _close(int) { return -1; }
int _lseek(int, int, int) { return -1; }
int _isatty(int) { return 1; }
struct stat;
int _fstat(int, struct stat*) { return -1; }
int _getpid() { return 1; }
int _kill(int, int) {
  errno = EINVAL;
  return -1;
}
[[noreturn]] void _exit(int status) { sh::exit(status); }

}  // extern "C"
