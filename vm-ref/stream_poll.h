// Readiness of the VM's own stream objects, for the select module: the
// io streams (files, StringIO, BytesIO; mod_io.cpp) and sys.stdin, stdout
// and stderr (mod_sys.cpp). Private to vm-ref/.
#pragma once

#include <cstdint>

#include "runtime.h"

namespace cpy::vm {

/// The poll event bits, as select.POLL* and MicroPython's stream ioctl use them.
enum PollEvent : uint32_t {
  kPollIn = 0x0001,
  kPollOut = 0x0004,
  kPollErr = 0x0008,
  kPollHup = 0x0010,
  kPollNval = 0x0020,
};

/// When [obj] is an io stream: true, with the events it is ready for in
/// [*ready] (an open stream never blocks: kPollIn | kPollOut, as POSIX
/// reports a regular file; a closed one: kPollNval).
bool io_stream_ready(Vm& vm, Value obj, uint32_t* ready);

/// When [obj] is sys.stdin, sys.stdout or sys.stderr (the objects the sys
/// module made): true, with the events it is ready for in [*ready]. The VM
/// has no input of its own, so stdin reads as empty at once: kPollIn;
/// stdout and stderr: kPollOut.
bool sys_stdio_ready(Vm& vm, Value obj, uint32_t* ready);

}  // namespace cpy::vm
