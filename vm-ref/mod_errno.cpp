// The errno module: MicroPython's error numbers (Linux values) and errorcode.
#include "runtime.h"

namespace cpy::vm {

namespace {

struct ErrnoCode {
  const char* name;
  int value;
};

const ErrnoCode kCodes[] = {
    {"EPERM", 1},         {"ENOENT", 2},        {"EIO", 5},           {"EBADF", 9},         {"EAGAIN", 11},
    {"ENOMEM", 12},       {"EACCES", 13},       {"EEXIST", 17},       {"ENODEV", 19},       {"ENOTDIR", 20},
    {"EISDIR", 21},       {"EINVAL", 22},       {"ENOSPC", 28},       {"EROFS", 30},        {"ENOTEMPTY", 39},
    {"EOPNOTSUPP", 95},   {"EADDRINUSE", 98},   {"ECONNABORTED", 103}, {"ECONNRESET", 104}, {"ENOBUFS", 105},
    {"ENOTCONN", 107},    {"ETIMEDOUT", 110},   {"ECONNREFUSED", 111}, {"EHOSTUNREACH", 113}, {"EALREADY", 114},
    {"EINPROGRESS", 115},
};

bool init_module(Vm& vm, Module*, Value g) {
  Value codes = new_dict(vm);
  if (codes.is_null() || !put(vm, g, "errorcode", codes)) return false;
  for (const ErrnoCode& c : kCodes) {
    Value n = intern(vm, c.name);
    if (n.is_null() || !put(vm, g, c.name, Value::small_int(c.value)) ||
        dict_store(vm, codes, Value::small_int(c.value), n) != Status::kOk) {
      return false;
    }
  }
  return true;
}
}  // namespace

const ModuleDef kModule_errno{nullptr, 0, &init_module};

}  // namespace cpy::vm
