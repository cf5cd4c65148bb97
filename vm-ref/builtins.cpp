// The builtins module: functions, types and exception names.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "buffer.h"
#include "complex_private.h"
#include "runtime.h"

namespace cpy::vm {

namespace {

// What the program assigned to sys.stdout (an io.StringIO, a logger...), or
// None while it is still the console stream the sys module made.
Value redirected_stdout(Vm& vm) {
  Value v = sys_attr(vm, vm.q.stdout_);
  if (v.is_null() || (kind_of(vm, v) == Kind::kModule && v.as<Module>()->name == vm.q.stdout_)) return Value::none();
  return v;
}

Status b_print(Vm& vm, const Args& args, Value* out) {
  Value sep = kw_arg(args, vm.q.sep, Value::none());
  Value end = kw_arg(args, vm.q.end, Value::none());
  Value file = kw_arg(args, vm.q.file_kw, Value::none());
  for (size_t i = 0; i < args.n_kw; ++i) {
    uint32_t k = args.kw_name(i).qstr_id();
    if (k != vm.q.sep && k != vm.q.end && k != vm.q.file_kw && k != vm.q.flush) {
      return raise(vm, Exc::TypeError, "'%q' is an invalid keyword argument for print()", k);
    }
  }
  if (!sep.is_none() && !is_str(vm, sep)) return raise(vm, Exc::TypeError, "sep must be None or a string, not %T", sep);
  if (!end.is_none() && !is_str(vm, end)) return raise(vm, Exc::TypeError, "end must be None or a string, not %T", end);
  if (sep.is_none()) sep = CPY_VM_TRY(new_str(vm, " "));
  if (end.is_none()) end = CPY_VM_TRY(new_str(vm, "\n"));
  *out = Value::none();
  if (file.is_none()) file = redirected_stdout(vm);
  if (!file.is_none()) {
    // Like CPython: one write() per piece.
    Value r;
    for (size_t i = 0; i < args.n; ++i) {
      if (i) CPY_VM_CHECK(call_method(vm, file, vm.q.write, 1, &sep, &r));
      Value s;
      CPY_VM_CHECK(to_str(vm, args[i], &s));
      CPY_VM_CHECK(call_method(vm, file, vm.q.write, 1, &s, &r));
    }
    return call_method(vm, file, vm.q.write, 1, &end, &r);
  }
  Buf buf(vm);
  for (size_t i = 0; i < args.n; ++i) {
    if (i) buf.add(str_view(vm, sep));
    Value v = args[i];
    if (is_str(vm, v)) {
      buf.add(str_view(vm, v));
    } else {
      Value s;
      CPY_VM_CHECK(to_str(vm, v, &s));
      buf.add(str_view(vm, s));
    }
  }
  buf.add(str_view(vm, end));
  if (buf.failed) return Status::kRaised;
  vm_write(vm, buf.view());
  return Status::kOk;
}

Status b_len(Vm& vm, const Args& args, Value* out) {
  size_t n;
  CPY_VM_CHECK(length(vm, args[0], &n));
  *out = CPY_VM_TRY(new_int(vm, int64_t(n)));
  return Status::kOk;
}

Status class_check(Vm& vm, Value cls, const char* fn, bool* ok) {
  *ok = is_obj_of(cls, vm.t_type);
  if (*ok || is_obj_of(cls, vm.t_tuple)) return Status::kOk;
  return raise(vm, Exc::TypeError, "%s() arg 2 must be a type or tuple of types", fn);
}

Status isinstance_impl(Vm& vm, Type* t, Value cls, const char* fn, bool* out) {
  bool single;
  CPY_VM_CHECK(class_check(vm, cls, fn, &single));
  if (single) {
    *out = is_subtype(t, cls.as<Type>());
    return Status::kOk;
  }
  Tuple* tup = cls.as<Tuple>();
  for (size_t i = 0; i < tup->size; ++i) {
    CPY_VM_CHECK(isinstance_impl(vm, t, tup->items()[i], fn, out));
    if (*out) return Status::kOk;
  }
  *out = false;
  return Status::kOk;
}

Status b_isinstance(Vm& vm, const Args& args, Value* out) {
  bool r;
  CPY_VM_CHECK(isinstance_impl(vm, type_of(vm, args[0]), args[1], "isinstance", &r));
  *out = Value::boolean(r);
  return Status::kOk;
}

Status b_issubclass(Vm& vm, const Args& args, Value* out) {
  if (!is_obj_of(args[0], vm.t_type)) return raise(vm, Exc::TypeError, "issubclass() arg 1 must be a class");
  bool r;
  CPY_VM_CHECK(isinstance_impl(vm, args[0].as<Type>(), args[1], "issubclass", &r));
  *out = Value::boolean(r);
  return Status::kOk;
}

Status b_repr(Vm& vm, const Args& args, Value* out) { return repr(vm, args[0], out); }

Status b_abs(Vm& vm, const Args& args, Value* out) {
  Value v = args[0];
  Kind k = kind_of(vm, v);
  if (k == Kind::kInt || k == Kind::kBool) {
    if (int_compare(vm, v, Value::small_int(0)) < 0) return int_unary_op(vm, kNeg, v, out);
    return int_unary_op(vm, kPos, v, out);
  }
  if (k == Kind::kFloat) {
    *out = CPY_VM_TRY(new_float(vm, std::fabs(v.as<Float>()->value)));
    return Status::kOk;
  }
  if (k == Kind::kComplex) {
    MathErr err = MathErr::kNone;
    double r = c_abs(complex_of(v), &err);
    if (err != MathErr::kNone) return raise(vm, Exc::OverflowError, "absolute value too large");
    *out = CPY_VM_TRY(new_float(vm, r));
    return Status::kOk;
  }
  if (k == Kind::kInstance) {
    Value m = type_lookup(vm, type_of(vm, v), vm.q.abs);
    if (!m.is_null()) return call_with_self(vm, m, v, Args{}, out);
  }
  return raise(vm, Exc::TypeError, "bad operand type for abs(): '%T'", v);
}

Status minmax(Vm& vm, const Args& args, bool want_max, Value* out) {
  Value key = kw_arg(args, vm.q.key, Value::none());
  Value dflt = kw_arg(args, vm.q.default_, Value::null());
  const char* name = want_max ? "max" : "min";
  if (args.n == 0) return raise(vm, Exc::TypeError, "%s expected at least 1 argument, got 0", name);
  Value it;
  if (args.n == 1) {
    CPY_VM_CHECK(get_iter(vm, args[0], &it));
  } else {
    if (!dflt.is_null()) {
      return raise(vm, Exc::TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
    }
    Value tuple = CPY_VM_TRY(new_tuple(vm, args.n, args.items));
    CPY_VM_CHECK(get_iter(vm, tuple, &it));
  }
  Value best = Value::null(), best_key = Value::null();
  for (;;) {
    Value x;
    CPY_VM_CHECK(iter_next(vm, it, &x));
    if (x.is_null()) break;
    Value k = x;
    if (!key.is_none()) CPY_VM_CHECK(call1(vm, key, x, &k));
    if (best.is_null()) {
      best = x;
      best_key = k;
      continue;
    }
    bool better;
    if (want_max)
      CPY_VM_CHECK(less_than(vm, best_key, k, &better));
    else
      CPY_VM_CHECK(less_than(vm, k, best_key, &better));
    if (better) {
      best = x;
      best_key = k;
    }
  }
  if (best.is_null()) {
    if (!dflt.is_null()) {
      *out = dflt;
      return Status::kOk;
    }
    return raise(vm, Exc::ValueError, "%s() arg is an empty sequence", name);
  }
  *out = best;
  return Status::kOk;
}

Status b_min(Vm& vm, const Args& args, Value* out) { return minmax(vm, args, false, out); }
Status b_max(Vm& vm, const Args& args, Value* out) { return minmax(vm, args, true, out); }

Status b_sum(Vm& vm, const Args& args, Value* out) {
  Value acc = args.n > 1 ? args[1] : kw_arg(args, vm.q.start, Value::small_int(0));
  if (is_str(vm, acc)) return raise(vm, Exc::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  Value it;
  CPY_VM_CHECK(get_iter(vm, args[0], &it));
  for (;;) {
    Value x;
    CPY_VM_CHECK(iter_next(vm, it, &x));
    if (x.is_null()) break;
    CPY_VM_CHECK(binary_op(vm, kAdd, acc, x, &acc));
  }
  *out = acc;
  return Status::kOk;
}

Status b_sorted(Vm& vm, const Args& args, Value* out) {
  if (args.n != 1) return raise(vm, Exc::TypeError, "sorted expected 1 argument, got %d", int(args.n));
  Value list;
  CPY_VM_CHECK(list_from_iter(vm, args[0], &list));
  if (list == args[0]) list = CPY_VM_TRY(new_list(vm, list.as<List>()->size, list.as<List>()->items));
  Value key = kw_arg(args, vm.q.key, Value::none());
  bool reverse = false;
  CPY_VM_CHECK(truthy(vm, kw_arg(args, vm.q.reverse, Value::false_value()), &reverse));
  CPY_VM_CHECK(sort_values(vm, list.as<List>()->items, list.as<List>()->size, key, reverse));
  *out = list;
  return Status::kOk;
}

Status b_iter(Vm& vm, const Args& args, Value* out) {
  if (args.n == 2) {
    *out = CPY_VM_TRY(new_iterator(vm, IterKind::kCallable, Value::none()));
    out->as<Iterator>()->a = args[0];
    out->as<Iterator>()->b = args[1];
    return Status::kOk;
  }
  return get_iter(vm, args[0], out);
}

Status b_next(Vm& vm, const Args& args, Value* out) {
  Kind k = kind_of(vm, args[0]);
  if (k != Kind::kIterator && k != Kind::kGenerator &&
      (k != Kind::kInstance || type_lookup(vm, type_of(vm, args[0]), vm.q.next).is_null())) {
    return raise(vm, Exc::TypeError, "'%T' object is not an iterator", args[0]);
  }
  if (k == Kind::kGenerator) {
    bool done;
    CPY_VM_CHECK(gen_resume(vm, args[0], Value::none(), Value::null(), out, &done));
    if (!done) return Status::kOk;
    if (args.n > 1) {
      *out = args[1];
      return Status::kOk;
    }
    if (out->is_none()) return raise_empty(vm, Exc::StopIteration);
    return raise_with(vm, Exc::StopIteration, *out);
  }
  if (k == Kind::kInstance && args.n == 1) {
    return call_method(vm, args[0], vm.q.next, 0, nullptr, out);
  }
  CPY_VM_CHECK(iter_next(vm, args[0], out));
  if (out->is_null()) {
    if (args.n > 1) {
      *out = args[1];
      return Status::kOk;
    }
    return raise_empty(vm, Exc::StopIteration);
  }
  return Status::kOk;
}

Status attr_name(Vm& vm, Value v, uint32_t* out) {
  if (!is_str(vm, v)) return raise(vm, Exc::TypeError, "attribute name must be string, not '%T'", v);
  Value q = CPY_VM_TRY(intern(vm, str_view(vm, v)));
  *out = q.qstr_id();
  return Status::kOk;
}

Status b_getattr(Vm& vm, const Args& args, Value* out) {
  uint32_t name;
  CPY_VM_CHECK(attr_name(vm, args[1], &name));
  if (args.n > 2) {
    CPY_VM_CHECK(get_attr_maybe(vm, args[0], name, out));
    if (out->is_null()) *out = args[2];
    return Status::kOk;
  }
  return get_attr(vm, args[0], name, out);
}

Status b_hasattr(Vm& vm, const Args& args, Value* out) {
  uint32_t name;
  CPY_VM_CHECK(attr_name(vm, args[1], &name));
  Value v;
  CPY_VM_CHECK(get_attr_maybe(vm, args[0], name, &v));
  *out = Value::boolean(!v.is_null());
  return Status::kOk;
}

Status b_setattr(Vm& vm, const Args& args, Value* out) {
  uint32_t name;
  CPY_VM_CHECK(attr_name(vm, args[1], &name));
  *out = Value::none();
  return set_attr(vm, args[0], name, args[2]);
}

Status b_delattr(Vm& vm, const Args& args, Value* out) {
  uint32_t name;
  CPY_VM_CHECK(attr_name(vm, args[1], &name));
  *out = Value::none();
  return set_attr(vm, args[0], name, Value::null());
}

Status all_any(Vm& vm, Value iterable, bool want_all, Value* out) {
  Value it;
  CPY_VM_CHECK(get_iter(vm, iterable, &it));
  for (;;) {
    Value x;
    CPY_VM_CHECK(iter_next(vm, it, &x));
    if (x.is_null()) break;
    bool t;
    CPY_VM_CHECK(truthy(vm, x, &t));
    if (t != want_all) {
      *out = Value::boolean(!want_all);
      return Status::kOk;
    }
  }
  *out = Value::boolean(want_all);
  return Status::kOk;
}

Status b_all(Vm& vm, const Args& args, Value* out) { return all_any(vm, args[0], true, out); }
Status b_any(Vm& vm, const Args& args, Value* out) { return all_any(vm, args[0], false, out); }

Status b_callable(Vm& vm, const Args& args, Value* out) {
  *out = Value::boolean(is_callable(vm, args[0]));
  return Status::kOk;
}

Status b_chr(Vm& vm, const Args& args, Value* out) {
  intptr_t c;
  CPY_VM_CHECK(get_int(vm, args[0], &c));
  if (c < 0 || c > 0x10ffff) return raise(vm, Exc::ValueError, "chr() arg not in range(0x110000)");
  char tmp[4];
  *out = CPY_VM_TRY(new_str(vm, std::string_view(tmp, utf8_encode(uint32_t(c), tmp))));
  return Status::kOk;
}

Status b_ord(Vm& vm, const Args& args, Value* out) {
  Value v = args[0];
  std::string_view s;
  if (is_str(vm, v)) {
    s = str_view(vm, v);
    size_t count = utf8_count(s);
    if (count != 1) {
      return raise(vm, Exc::TypeError, "ord() expected a character, but string of length %d found", int(count));
    }
    size_t at = 0;
    *out = Value::small_int(intptr_t(utf8_decode(s, &at)));
    return Status::kOk;
  }
  if (is_bytes(vm, v)) {
    s = bytes_view(vm, v);
    if (s.size() != 1)
      return raise(vm, Exc::TypeError, "ord() expected a character, but string of length %d found", int(s.size()));
    *out = Value::small_int(static_cast<unsigned char>(s[0]));
    return Status::kOk;
  }
  return raise(vm, Exc::TypeError, "ord() expected string of length 1, but %T found", v);
}

Status b_divmod(Vm& vm, const Args& args, Value* out) {
  if (kind_of(vm, args[0]) == Kind::kComplex || kind_of(vm, args[1]) == Kind::kComplex) {
    return raise(vm, Exc::TypeError, "unsupported operand type(s) for divmod(): '%T' and '%T'", args[0], args[1]);
  }
  Value q, r;
  CPY_VM_CHECK(binary_op(vm, kFloorDiv, args[0], args[1], &q));
  CPY_VM_CHECK(binary_op(vm, kMod, args[0], args[1], &r));
  Value t[2] = {q, r};
  *out = CPY_VM_TRY(new_tuple(vm, 2, t));
  return Status::kOk;
}

// The inverse of [a] modulo [m] (extended Euclid), in [0, m) or (m, 0].
Status mod_inverse(Vm& vm, Value a, Value m, Value* out) {
  Value old_r = a, r = m, old_s = Value::small_int(1), s = Value::small_int(0);
  while (int_compare(vm, r, Value::small_int(0)) != 0) {
    Value q, t;
    CPY_VM_CHECK(binary_op(vm, kFloorDiv, old_r, r, &q));
    CPY_VM_CHECK(binary_op(vm, kMul, q, r, &t));
    CPY_VM_CHECK(binary_op(vm, kSub, old_r, t, &t));
    old_r = r;
    r = t;
    CPY_VM_CHECK(binary_op(vm, kMul, q, s, &t));
    CPY_VM_CHECK(binary_op(vm, kSub, old_s, t, &t));
    old_s = s;
    s = t;
  }
  Value abs_r;
  CPY_VM_CHECK(binary_op(vm, kMul, old_r, old_r, &abs_r));
  if (int_compare(vm, abs_r, Value::small_int(1)) != 0)
    return raise(vm, Exc::ValueError, "base is not invertible for the given modulus");
  // old_r is 1 or -1: old_s * old_r is the inverse.
  CPY_VM_CHECK(binary_op(vm, kMul, old_s, old_r, &old_s));
  return binary_op(vm, kMod, old_s, m, out);
}

Status b_pow(Vm& vm, const Args& args, Value* out) {
  if (args.n == 3 && !args[2].is_none()) {
    for (size_t i = 0; i < 3; ++i) {
      if (kind_of(vm, args[i]) == Kind::kComplex) return raise(vm, Exc::ValueError, "complex modulo");
    }
    if (!is_int(vm, args[0]) || !is_int(vm, args[1]) || !is_int(vm, args[2])) {
      return raise(vm, Exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    }
    if (int_compare(vm, args[2], Value::small_int(0)) == 0)
      return raise(vm, Exc::ValueError, "pow() 3rd argument cannot be 0");
    // Square and multiply, reducing as we go.
    Value result, base, e = args[1];
    CPY_VM_CHECK(binary_op(vm, kMod, Value::small_int(1), args[2], &result));
    CPY_VM_CHECK(binary_op(vm, kMod, args[0], args[2], &base));
    if (int_compare(vm, e, Value::small_int(0)) < 0) {
      // A negative exponent raises the modular inverse of the base.
      CPY_VM_CHECK(mod_inverse(vm, base, args[2], &base));
      CPY_VM_CHECK(unary_op(vm, kNeg, e, &e));
    }
    while (int_compare(vm, e, Value::small_int(0)) > 0) {
      Value bit;
      CPY_VM_CHECK(binary_op(vm, kAnd, e, Value::small_int(1), &bit));
      if (bit != Value::small_int(0)) {
        CPY_VM_CHECK(binary_op(vm, kMul, result, base, &result));
        CPY_VM_CHECK(binary_op(vm, kMod, result, args[2], &result));
      }
      CPY_VM_CHECK(binary_op(vm, kRshift, e, Value::small_int(1), &e));
      CPY_VM_CHECK(binary_op(vm, kMul, base, base, &base));
      CPY_VM_CHECK(binary_op(vm, kMod, base, args[2], &base));
    }
    *out = result;
    return Status::kOk;
  }
  return binary_op(vm, kPow, args[0], args[1], out);
}

Status b_round(Vm& vm, const Args& args, Value* out) {
  Value x = args[0];
  Value nd = args.n > 1 ? args[1] : kw_arg(args, vm.qstrs.find("ndigits"), Value::none());
  if (is_int(vm, x)) {
    if (nd.is_none()) return int_unary_op(vm, kPos, x, out);
    intptr_t n;
    CPY_VM_CHECK(get_int(vm, nd, &n));
    if (n >= 0) return int_unary_op(vm, kPos, x, out);
    // Round to a multiple of 10**-n, halves to even.
    Value p;
    CPY_VM_CHECK(binary_op(vm, kPow, Value::small_int(10), Value::small_int(-n), &p));
    Value q, r, twice;
    CPY_VM_CHECK(binary_op(vm, kFloorDiv, x, p, &q));
    CPY_VM_CHECK(binary_op(vm, kMod, x, p, &r));
    CPY_VM_CHECK(binary_op(vm, kMul, r, Value::small_int(2), &twice));
    int c = int_compare(vm, twice, p);
    Value odd;
    CPY_VM_CHECK(binary_op(vm, kAnd, q, Value::small_int(1), &odd));
    if (c > 0 || (c == 0 && odd != Value::small_int(0))) CPY_VM_CHECK(binary_op(vm, kAdd, q, Value::small_int(1), &q));
    return binary_op(vm, kMul, q, p, out);
  }
  if (kind_of(vm, x) == Kind::kInstance) {
    Value m = type_lookup(vm, type_of(vm, x), vm.qstrs.find("__round__"));
    if (!m.is_null()) return call_with_self(vm, m, x, Args{args.items + 1, args.n - 1, 0}, out);
  }
  if (kind_of(vm, x) == Kind::kComplex) return raise(vm, Exc::TypeError, "type complex doesn't define __round__ method");
  double d;
  CPY_VM_CHECK(get_float(vm, x, &d));
  if (nd.is_none()) {
    double r = std::nearbyint(d);  // the default rounding mode rounds halves to even
    return int_from_double(vm, r, out);
  }
  intptr_t n;
  CPY_VM_CHECK(get_int(vm, nd, &n));
  if (!std::isfinite(d) || n > 300) {
    *out = x;
    return Status::kOk;
  }
  // Round via the shortest decimal text, as CPython rounds the exact value.
  char buf[400];
  if (n >= 0) {
    std::snprintf(buf, sizeof buf, "%.*f", int(n), d);
    *out = CPY_VM_TRY(new_float(vm, std::strtod(buf, nullptr)));
  } else {
    double p = std::pow(10.0, double(-n));
    double r = std::nearbyint(d / p) * p;
    *out = CPY_VM_TRY(new_float(vm, r));
  }
  return Status::kOk;
}

Status base_repr(Vm& vm, const Args& args, unsigned base, Value* out) {
  Value v;
  CPY_VM_CHECK(index_value(vm, args[0], &v));
  return int_repr(vm, v, base, true, out);
}

Status b_hex(Vm& vm, const Args& a, Value* o) { return base_repr(vm, a, 16, o); }
Status b_oct(Vm& vm, const Args& a, Value* o) { return base_repr(vm, a, 8, o); }
Status b_bin(Vm& vm, const Args& a, Value* o) { return base_repr(vm, a, 2, o); }

Status b_hash(Vm& vm, const Args& args, Value* out) {
  Value v = args[0];
  if (kind_of(vm, v) == Kind::kInstance || is_native_subclass_instance(v)) {
    // A class's own __hash__: its int is the hash.
    Value h = user_method(vm, v, vm.q.hash);
    if (!h.is_null() && !h.is_none()) {
      CPY_VM_CHECK(call_with_self(vm, h, v, Args{}, out));
      if (!is_int(vm, *out)) return raise(vm, Exc::TypeError, "__hash__ method should return an integer");
      return int_unary_op(vm, kPos, *out, out);
    }
  }
  if (is_int(vm, v)) return int_unary_op(vm, kPos, v, out);
  bool real_complex = kind_of(vm, v) == Kind::kComplex && complex_of(v).im == 0.0;
  if (is_float(vm, v) || real_complex) {
    double d = real_complex ? complex_of(v).re : v.as<Float>()->value;
    // Equal numbers hash equally: an integral float (or complex) hashes as its int.
    if (d == std::floor(d) && std::fabs(d) < 1e18) return int_from_double(vm, d, out);
  }
  uint32_t h;
  CPY_VM_CHECK(hash_value(vm, v, &h));
  *out = CPY_VM_TRY(new_int(vm, int64_t(int32_t(h))));
  return Status::kOk;
}

Status b_id(Vm& vm, const Args& args, Value* out) {
  *out = CPY_VM_TRY(new_int(vm, int64_t(args[0].bits() >> 1)));
  return Status::kOk;
}

Status add_names(Vm& vm, const Map& m, Value list) {
  for (size_t i = 0; m.begin() + i < m.end(); ++i) {
    Value k = m.begin()[i].key;
    if (!k.is_null()) CPY_VM_CHECK(list_append(vm, list, k));
  }
  return Status::kOk;
}

Status b_dir(Vm& vm, const Args& args, Value* out) {
  Value list = CPY_VM_TRY(new_list(vm, 0));
  if (args.n == 0) {
    if (!vm.frame) CPY_VM_CHECK(builtins_materialize(vm));
    Value g = vm.frame ? vm.frame->locals : vm.builtins;
    CPY_VM_CHECK(add_names(vm, g.as<Dict>()->map, list));
  } else {
    Value v = args[0];
    Kind k = kind_of(vm, v);
    if (k == Kind::kModule) {
      if (v.as<Module>()->globals == vm.builtins) CPY_VM_CHECK(builtins_materialize(vm));
      CPY_VM_CHECK(module_materialize(vm, v.as<Module>()));
      CPY_VM_CHECK(add_names(vm, v.as<Module>()->globals.as<Dict>()->map, list));
    } else {
      if (k == Kind::kInstance) {
        Instance* inst = v.as<Instance>();
        CPY_VM_CHECK(add_names(vm, inst->dict_obj.is_null() ? inst->dict : inst->dict_obj.as<Dict>()->map, list));
      }
      Type* t = k == Kind::kType ? v.as<Type>() : type_of(vm, v);
      MroWalk walk(t);
      while (Type* m = walk.next()) {
        CPY_VM_CHECK(type_materialize(vm, m));
        CPY_VM_CHECK(add_names(vm, m->dict, list));
      }
    }
  }
  // Sorted and without duplicates.
  Value set;
  Value a[1] = {list};
  CPY_VM_CHECK(call(vm, Value::object(vm.t_set), Args{a, 1, 0}, &set));
  CPY_VM_CHECK(list_from_iter(vm, set, &list));
  CPY_VM_CHECK(sort_values(vm, list.as<List>()->items, list.as<List>()->size, Value::none(), false));
  *out = list;
  return Status::kOk;
}

Status b_globals(Vm& vm, const Args&, Value* out) {
  *out = vm.frame ? vm.frame->globals : Value::none();
  return Status::kOk;
}

Status b_locals(Vm& vm, const Args&, Value* out) {
  *out = vm.frame ? vm.frame->locals : Value::none();
  return Status::kOk;
}

Status b_vars(Vm& vm, const Args& args, Value* out) {
  if (args.n == 0) return b_locals(vm, args, out);
  return get_attr(vm, args[0], vm.q.dict, out);
}

Status b_format(Vm& vm, const Args& args, Value* out) {
  Buf buf(vm);
  std::string_view spec;
  if (args.n > 1) {
    if (!is_str(vm, args[1])) return raise(vm, Exc::TypeError, "format() argument 2 must be str");
    spec = str_view(vm, args[1]);
  }
  CPY_VM_CHECK(format_value(vm, args[0], spec, buf));
  *out = CPY_VM_TRY(buf.finish());
  return Status::kOk;
}

Status b_build_class(Vm& vm, const Args& args, Value* out) { return build_class(vm, args, out); }

Status b_import(Vm& vm, const Args& args, Value* out) {
  if (!is_str(vm, args[0])) return raise(vm, Exc::TypeError, "__import__() argument 1 must be str");
  Value name = CPY_VM_TRY(intern(vm, str_view(vm, args[0])));
  Value fromlist = args.n > 3 ? args[3] : Value::none();
  Value level = args.n > 4 ? args[4] : Value::small_int(0);
  Value globals = args.n > 1 && !args[1].is_none() ? args[1] : (vm.frame ? vm.frame->globals : vm.builtins);
  return import_name(vm, name.qstr_id(), fromlist, level, globals, out);
}

Status b_input(Vm& vm, const Args& args, Value*) {
  if (args.n) {
    Value s;
    CPY_VM_CHECK(to_str(vm, args[0], &s));
    vm_write(vm, str_view(vm, s));
  }
  return raise_empty(vm, Exc::EOFError);
}

constexpr MethodDef kBuiltins[] = {
    method_def("print", &b_print, 0, -1, true),
    method_def("len", &b_len, 1, 1),
    method_def("isinstance", &b_isinstance, 2, 2),
    method_def("issubclass", &b_issubclass, 2, 2),
    method_def("repr", &b_repr, 1, 1),
    method_def("abs", &b_abs, 1, 1),
    method_def("min", &b_min, 0, -1, true),
    method_def("max", &b_max, 0, -1, true),
    method_def("sum", &b_sum, 1, 2, true),
    method_def("sorted", &b_sorted, 1, 1, true),
    method_def("iter", &b_iter, 1, 2),
    method_def("next", &b_next, 1, 2),
    method_def("getattr", &b_getattr, 2, 3),
    method_def("hasattr", &b_hasattr, 2, 2),
    method_def("setattr", &b_setattr, 3, 3),
    method_def("delattr", &b_delattr, 2, 2),
    method_def("all", &b_all, 1, 1),
    method_def("any", &b_any, 1, 1),
    method_def("callable", &b_callable, 1, 1),
    method_def("chr", &b_chr, 1, 1),
    method_def("ord", &b_ord, 1, 1),
    method_def("divmod", &b_divmod, 2, 2),
    method_def("pow", &b_pow, 2, 3),
    method_def("round", &b_round, 1, 2, true),
    method_def("hex", &b_hex, 1, 1),
    method_def("oct", &b_oct, 1, 1),
    method_def("bin", &b_bin, 1, 1),
    method_def("hash", &b_hash, 1, 1),
    method_def("id", &b_id, 1, 1),
    method_def("dir", &b_dir, 0, 1),
    method_def("globals", &b_globals, 0, 0),
    method_def("locals", &b_locals, 0, 0),
    method_def("vars", &b_vars, 0, 1),
    method_def("format", &b_format, 1, 2),
    method_def("__build_class__", &b_build_class, 2, -1, true),
    method_def("__import__", &b_import, 1, 5),
    method_def("exec", &builtin_exec, 1, 3),
    method_def("eval", &builtin_eval, 1, 3),
    method_def("compile", &builtin_compile, 3, 6, true),
    method_def("input", &b_input, 0, 1),
};

}  // namespace

namespace {

// The builtin types by name, for builtin_lookup.
constexpr Type* Vm::*kBuiltinTypes[] = {
    &Vm::t_object, &Vm::t_type,      &Vm::t_int,      &Vm::t_float,        &Vm::t_bool,         &Vm::t_str,
    &Vm::t_bytes,  &Vm::t_bytearray, &Vm::t_tuple,    &Vm::t_list,         &Vm::t_dict,         &Vm::t_set,
    &Vm::t_frozenset, &Vm::t_range,  &Vm::t_slice,    &Vm::t_enumerate,    &Vm::t_zip,          &Vm::t_map,
    &Vm::t_filter, &Vm::t_reversed,  &Vm::t_property, &Vm::t_staticmethod, &Vm::t_classmethod,  &Vm::t_super,
    &Vm::t_complex,
};

// [name] among the constant builtins; null when absent.
Status builtin_find(Vm& vm, uint32_t name, Value* out) {
  *out = Value::null();
  if (const MethodDef* d = find_def(vm, kBuiltins, sizeof kBuiltins / sizeof kBuiltins[0], name)) {
    *out = CPY_VM_TRY(native_from_def(vm, *d));
    return Status::kOk;
  }
  for (Type* Vm::*slot : kBuiltinTypes) {
    if ((vm.*slot)->name == name) *out = Value::object(vm.*slot);
  }
  for (size_t i = 0; i < size_t(Exc::kCount) && out->is_null(); ++i) {
    if (vm.exc[i]->name == name) *out = Value::object(vm.exc[i]);
  }
  if (!out->is_null()) return Status::kOk;
  std::string_view text = vm.qstrs.text(name);
  if (text == "memoryview") return memoryview_type(vm, out);
  if (text == "open") {
    // io.open itself, as in CPython (io is imported for it).
    Value io;
    CPY_VM_CHECK(import_name(vm, CPY_VM_TRY(intern(vm, "io")).qstr_id(), Value::none(), Value::small_int(0),
                             vm.builtins, &io));
    return get_attr(vm, io, CPY_VM_TRY(intern(vm, "open")).qstr_id(), out);
  }
  if (text == "NotImplemented") {
    *out = Value::not_implemented();
  } else if (text == "Ellipsis") {
    *out = Value::ellipsis();
  }
  return Status::kOk;
}

}  // namespace

Status builtin_lookup(Vm& vm, uint32_t name, Value* out) {
  CPY_VM_CHECK(dict_get(vm, vm.builtins, Value::qstr(name), out));
  if (!out->is_null()) return Status::kOk;
  CPY_VM_CHECK(builtin_find(vm, name, out));
  if (out->is_null()) return Status::kOk;
  // Cached, so the next lookup is one dict probe; if memory is short the
  // value is still good for this use.
  Value v = *out;
  if (dict_store(vm, vm.builtins, Value::qstr(name), v) == Status::kRaised) vm.pending = Value::null();
  *out = v;
  return Status::kOk;
}

Status builtins_materialize(Vm& vm) {
  Value v;
  for (const MethodDef& d : kBuiltins) {
    Value n = CPY_VM_TRY(intern(vm, d.name));
    CPY_VM_CHECK(builtin_lookup(vm, n.qstr_id(), &v));
  }
  for (Type* Vm::*slot : kBuiltinTypes) CPY_VM_CHECK(builtin_lookup(vm, (vm.*slot)->name, &v));
  for (size_t i = 0; i < size_t(Exc::kCount); ++i) CPY_VM_CHECK(builtin_lookup(vm, vm.exc[i]->name, &v));
  for (const char* n : {"NotImplemented", "Ellipsis", "memoryview", "open"}) {
    Value q = CPY_VM_TRY(intern(vm, n));
    CPY_VM_CHECK(builtin_lookup(vm, q.qstr_id(), &v));
  }
  return Status::kOk;
}

bool init_builtins(Vm& vm) {
  // Everything else is found in the constant tables on first use.
  return dict_store(vm, vm.builtins, Value::qstr(vm.q.name), Value::qstr(vm.q.builtins)) == Status::kOk;
}

}  // namespace cpy::vm
