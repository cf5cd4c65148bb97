// The time module: monotonic, monotonic_ns, sleep, time, time_ns, localtime,
// gmtime, mktime, struct_time. The clock comes from the Platform (vfs.h).
// As in CircuitPython there are no time zones: localtime is UTC.
#include <cmath>

#include "cpy/vm/vfs.h"
#include "runtime.h"

namespace cpy::vm {

namespace {

uint64_t mono_ns() {
  const Platform& p = platform();
  return p.monotonic_ns ? p.monotonic_ns(p.context) : 0;
}

int64_t wall_ns() {
  const Platform& p = platform();
  return p.time_ns ? p.time_ns(p.context) : int64_t(mono_ns());
}

Status t_monotonic(Vm& vm, const Args&, Value* out) {
  *out = CPY_VM_TRY(new_float(vm, double(mono_ns()) / 1e9));
  return Status::kOk;
}

Status t_monotonic_ns(Vm& vm, const Args&, Value* out) {
  *out = CPY_VM_TRY(new_int_u64(vm, mono_ns()));
  return Status::kOk;
}

Status t_time(Vm& vm, const Args&, Value* out) {
  *out = CPY_VM_TRY(new_float(vm, double(wall_ns()) / 1e9));
  return Status::kOk;
}

Status t_time_ns(Vm& vm, const Args&, Value* out) {
  *out = CPY_VM_TRY(new_int(vm, wall_ns()));
  return Status::kOk;
}

Status t_sleep(Vm& vm, const Args& args, Value* out) {
  double s;
  CPY_VM_CHECK(get_float(vm, args[0], &s));
  if (s < 0) return raise(vm, Exc::ValueError, "sleep length must be non-negative");
  const Platform& p = platform();
  uint64_t ns = uint64_t(s * 1e9);
  if (p.sleep_ns) {
    p.sleep_ns(p.context, ns);
  } else if (p.monotonic_ns) {
    uint64_t end = p.monotonic_ns(p.context) + ns;
    while (p.monotonic_ns(p.context) < end) {
    }
  }
  *out = Value::none();
  return Status::kOk;
}

// Civil-date conversions (proleptic Gregorian, days since 1970-01-01).
int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civil_from_days(int64_t z, int64_t* y, int64_t* m, int64_t* d) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp + (mp < 10 ? 3 : -9);
  *y = yoe + era * 400 + (*m <= 2);
}

/// time.struct_time, made once per VM and kept in the module's globals.
Status struct_time_type(Vm& vm, Type** out) {
  Value mod;
  CPY_VM_CHECK(dict_get(vm, vm.modules, CPY_VM_TRY(intern(vm, "time")), &mod));
  if (mod.is_null()) return raise(vm, Exc::ImportError, "time");
  Value t;
  CPY_VM_CHECK(dict_get(vm, mod.as<Module>()->globals, CPY_VM_TRY(intern(vm, "struct_time")), &t));
  *out = t.as<Type>();
  return Status::kOk;
}

Status t_localtime(Vm& vm, const Args& args, Value* out) {
  int64_t secs;
  if (args.n == 0 || args[0].is_none()) {
    int64_t ns = wall_ns();
    secs = ns >= 0 ? ns / 1000000000 : -((-ns + 999999999) / 1000000000);
  } else {
    double d;
    CPY_VM_CHECK(get_float(vm, args[0], &d));
    if (!std::isfinite(d)) return raise(vm, Exc::OverflowError, "timestamp out of range");
    secs = int64_t(std::floor(d));
  }
  int64_t days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
  int64_t rem = secs - days * 86400;
  int64_t y, m, d;
  civil_from_days(days, &y, &m, &d);
  int64_t wday = ((days % 7) + 7 + 3) % 7;  // 1970-01-01 was a Thursday (3)
  int64_t yday = days - days_from_civil(y, 1, 1) + 1;
  Value items[9] = {
      CPY_VM_TRY(new_int(vm, y)),     Value::small_int(intptr_t(m)),          Value::small_int(intptr_t(d)),
      Value::small_int(intptr_t(rem / 3600)), Value::small_int(intptr_t(rem / 60 % 60)), Value::small_int(intptr_t(rem % 60)),
      Value::small_int(intptr_t(wday)), Value::small_int(intptr_t(yday)),      Value::small_int(-1)};
  items[8] = Value::small_int(0);
  Type* st = nullptr;
  CPY_VM_CHECK(struct_time_type(vm, &st));
  *out = CPY_VM_TRY(new_namedtuple(vm, st, items, 9));
  return Status::kOk;
}

Status t_mktime(Vm& vm, const Args& args, Value* out) {
  Value list;
  CPY_VM_CHECK(list_from_iter(vm, args[0], &list));
  Value* items;
  size_t n;
  seq_items(vm, list, &items, &n);
  if (n != 9) return raise(vm, Exc::TypeError, "mktime(): illegal time tuple argument");
  intptr_t f[6];
  for (int i = 0; i < 6; ++i) CPY_VM_CHECK(get_int(vm, items[i], &f[i]));
  // Months out of range carry into years, as C's mktime does.
  int64_t year = f[0], month = f[1] - 1;
  year += month >= 0 ? month / 12 : -((-month + 11) / 12);
  month = ((month % 12) + 12) % 12;
  int64_t secs = days_from_civil(year, month + 1, 1) * 86400 + (int64_t(f[2]) - 1) * 86400 + int64_t(f[3]) * 3600 +
                 int64_t(f[4]) * 60 + f[5];
  *out = CPY_VM_TRY(new_int(vm, secs));
  return Status::kOk;
}

constexpr std::string_view kFields[9] = {"tm_year", "tm_mon",  "tm_mday", "tm_hour", "tm_min",
                                         "tm_sec",  "tm_wday", "tm_yday", "tm_isdst"};

/// repr(struct_time) names the module, as CPython's does.
Status st_repr(Vm& vm, const Args& args, Value* out) {
  Buf b(vm);
  b.add("time.struct_time(");
  for (size_t i = 0; i < 9; ++i) {
    Value item;
    CPY_VM_CHECK(subscr(vm, args[0], Value::small_int(intptr_t(i)), &item));
    if (i) b.add(", ");
    b.add(kFields[i]);
    b.add_char('=');
    CPY_VM_CHECK(repr_into(vm, b, item, false));
  }
  b.add_char(')');
  *out = CPY_VM_TRY(b.finish());
  return Status::kOk;
}

/// struct_time(sequence): CPython's constructor takes one sequence of 9
/// fields (up to 11: tm_zone and tm_gmtoff, which this VM does not keep).
Status st_new(Vm& vm, const Args& args, Value* out) {
  if (args.n != 2 || args.n_kw) return raise(vm, Exc::TypeError, "time.struct_time() takes one sequence argument");
  Value list;
  if (list_from_iter(vm, args[1], &list) == Status::kRaised) {
    if (!pending_is(vm, Exc::TypeError)) return Status::kRaised;
    vm.pending = Value::null();
    list = Value::null();
  }
  if (list.is_null()) return raise(vm, Exc::TypeError, "constructor requires a sequence");
  Value* items;
  size_t n;
  seq_items(vm, list, &items, &n);
  if (n < 9) return raise(vm, Exc::TypeError, "time.struct_time() takes an at least 9-sequence (%d-sequence given)", int(n));
  if (n > 11) return raise(vm, Exc::TypeError, "time.struct_time() takes an at most 11-sequence (%d-sequence given)", int(n));
  *out = CPY_VM_TRY(new_namedtuple(vm, args[0].as<Type>(), items, 9));
  return Status::kOk;
}

constexpr MethodDef kModuleFns[] = {
    method_def("monotonic", &t_monotonic, 0, 0),
    method_def("monotonic_ns", &t_monotonic_ns, 0, 0),
    method_def("time", &t_time, 0, 0),
    method_def("time_ns", &t_time_ns, 0, 0),
    method_def("sleep", &t_sleep, 1, 1),
    method_def("localtime", &t_localtime, 0, 1),
    method_def("gmtime", &t_localtime, 0, 1),
    method_def("mktime", &t_mktime, 1, 1),
};

bool init_module(Vm& vm, Module*, Value g) {
  Type* st = new_namedtuple_type(vm, "struct_time", kFields, 9);
  return st && put(vm, g, "struct_time", Value::object(st)) && add_special(vm, st, "__new__", &st_new, 1, -1, true) &&
         add_special(vm, st, "__repr__", &st_repr, 1, 1);
}
}  // namespace

const ModuleDef kModule_time = module_def(kModuleFns, &init_module);

}  // namespace cpy::vm
