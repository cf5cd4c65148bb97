// The bytecode interpreter: runs one frame until it returns, yields or
// raises, unwinding to exception handlers inside the frame.
#include <cstring>

#include "cpy/mpy/opcodes.h"
#include "cpy/mpy/prelude.h"
#include "runtime.h"

namespace cpy::vm {

using mpy::Op;

namespace {

inline size_t decode_uint(const uint8_t*& ip) {
  size_t v = 0;
  do {
    v = (v << 7) | (*ip & 0x7f);
  } while (*ip++ & 0x80);
  return v;
}

inline size_t decode_ulabel(const uint8_t*& ip) {
  size_t v;
  if (ip[0] & 0x80) {
    v = (ip[0] & 0x7f) | (size_t(ip[1]) << 7);
    ip += 2;
  } else {
    v = ip[0];
    ip += 1;
  }
  return v;
}

inline intptr_t decode_slabel(const uint8_t*& ip) {
  intptr_t v;
  if (ip[0] & 0x80) {
    v = intptr_t((ip[0] & 0x7f) | (size_t(ip[1]) << 7)) - 0x4000;
    ip += 2;
  } else {
    v = intptr_t(ip[0]) - 0x40;
    ip += 1;
  }
  return v;
}

Value make_function(Vm& vm, Code* code, Value globals, Value defaults, Value kwdefaults, size_t n_closed,
                    const Value* closed) {
  Function* fn = alloc_obj<Function>(vm, vm.t_function, n_closed * sizeof(Value));
  if (!fn) return Value::null();
  fn->code = code;
  fn->globals = globals;
  fn->defaults = defaults.is_none() ? Value::null() : defaults;
  fn->kwdefaults = kwdefaults.is_none() ? Value::null() : kwdefaults;
  fn->n_closed = n_closed;
  if (n_closed) std::memcpy(fn->closed(), closed, n_closed * sizeof(Value));
  return Value::object(fn);
}

Status load_name(Vm& vm, Frame* f, uint32_t name, bool use_locals, Value* out) {
  if (use_locals && f->locals != f->globals) {
    CPY_VM_CHECK(dict_get(vm, f->locals, Value::qstr(name), out));
    if (!out->is_null()) return Status::kOk;
  }
  CPY_VM_CHECK(dict_get(vm, f->globals, Value::qstr(name), out));
  if (!out->is_null()) return Status::kOk;
  CPY_VM_CHECK(builtin_lookup(vm, name, out));
  if (!out->is_null()) return Status::kOk;
  return raise(vm, Exc::NameError, "name '%q' is not defined", name);
}

Status make_raise_obj(Vm& vm, Value o, Value* out) {
  if (is_exception_type(o)) CPY_VM_CHECK(call0(vm, o, &o));
  if (!is_exception_instance(vm, o)) return raise(vm, Exc::TypeError, "exceptions must derive from BaseException");
  *out = o;
  return Status::kOk;
}

// BINARY_OP_MULTI's exception-match opcode.
constexpr Op kExcMatchOpcode = Op(0xd7 + kExcMatch);

Value active_exception(Frame* f, ExcBlock* exc_sp) {
  for (ExcBlock* e = exc_sp; e >= f->exc; --e) {
    if (!e->prev_exc.is_null()) return e->prev_exc;
  }
  return Value::null();
}

// Expands the arguments of CALL_*_VAR_KW. [items] holds n_pos + n_kw
// arguments in source order: a positional takes one slot, a keyword two (a
// null key marks a **mapping). Bit i of [star_bits] marks source argument i as
// a *iterable; positionals that are not starred all come before the first
// keyword, but a starred one may follow keywords (f(*a, k=1, *b)), so the
// slots are walked in order rather than split at n_pos. [self] is prepended
// when not null.
Status expand_call_args(Vm& vm, Value self, const Value* items, size_t n_pos, size_t n_kw, uintptr_t star_bits,
                        Value* list_out, size_t* out_pos, size_t* out_kw) {
  size_t n_items = n_pos + n_kw, n_slots = n_pos + 2 * n_kw;
  auto starred = [&](size_t i) { return i < sizeof(uintptr_t) * 8 && (star_bits >> i & 1); };
  size_t n_starred = 0;
  for (size_t i = 0; i < n_items; ++i) n_starred += starred(i);
  auto malformed = [&]() { return raise(vm, Exc::TypeError, "malformed call arguments"); };
  if (n_starred > n_pos) return malformed();
  Value list = CPY_VM_TRY(new_list(vm, 0));
  if (!self.is_null()) CPY_VM_CHECK(list_append(vm, list, self));
  // Positionals first: the callee sees them before every keyword.
  size_t plain_left = n_pos - n_starred;
  for (size_t i = 0, p = 0; i < n_items; ++i) {
    bool star = starred(i);
    if (!star && plain_left == 0) {
      p += 2;  // a keyword, taken in the second walk
      continue;
    }
    if (p >= n_slots || items[p].is_null()) return malformed();
    if (!star) {
      --plain_left;
      CPY_VM_CHECK(list_append(vm, list, items[p++]));
      continue;
    }
    Value it;
    CPY_VM_CHECK(get_iter(vm, items[p++], &it));
    for (;;) {
      Value x;
      CPY_VM_CHECK(iter_next(vm, it, &x));
      if (x.is_null()) break;
      CPY_VM_CHECK(list_append(vm, list, x));
    }
  }
  *out_pos = list.as<List>()->size;
  size_t kw = 0;
  plain_left = n_pos - n_starred;
  for (size_t i = 0, p = 0; i < n_items; ++i) {
    if (starred(i) || plain_left > 0) {
      if (!starred(i)) --plain_left;
      ++p;
      continue;
    }
    if (p + 2 > n_slots) return malformed();
    Value key = items[p];
    Value value = items[p + 1];
    p += 2;
    if (value.is_null()) return malformed();
    if (!key.is_null()) {
      if (!key.is_qstr()) return raise(vm, Exc::TypeError, "keywords must be strings");
      CPY_VM_CHECK(list_append(vm, list, key));
      CPY_VM_CHECK(list_append(vm, list, value));
      ++kw;
      continue;
    }
    // **mapping
    Value keys;
    if (kind_of(vm, value) == Kind::kDict) {
      keys = value;
    } else {
      Value m;
      CPY_VM_CHECK(get_attr_maybe(vm, value, vm.q.keys, &m));
      if (m.is_null()) return raise(vm, Exc::TypeError, "argument after ** must be a mapping, not %T", value);
      CPY_VM_CHECK(call0(vm, m, &keys));
    }
    Value it;
    CPY_VM_CHECK(get_iter(vm, keys, &it));
    for (;;) {
      Value k, v;
      CPY_VM_CHECK(iter_next(vm, it, &k));
      if (k.is_null()) break;
      if (!is_str(vm, k)) return raise(vm, Exc::TypeError, "keywords must be strings");
      CPY_VM_CHECK(subscr(vm, value, k, &v));
      Value q = CPY_VM_TRY(intern(vm, str_view(vm, k)));
      CPY_VM_CHECK(list_append(vm, list, q));
      CPY_VM_CHECK(list_append(vm, list, v));
      ++kw;
    }
  }
  *out_kw = kw;
  *list_out = list;
  return Status::kOk;
}

// Keyword names of CALL_FUNCTION and CALL_METHOD are interned strings in
// compiled code, but the argument count is one varint the VM splits into two
// bytes, so a call with more than 255 positionals (the reference compiler
// emits it) reads ordinary values as names; the reference VM then fails the
// call at run time, so this does too, and never binds a name that is not one.
Status check_kw_names(Vm& vm, Value fn, const Value* kw, size_t n_kw) {
  for (size_t i = 0; i < n_kw; ++i) {
    if (kw[2 * i].is_qstr()) continue;
    // The reference reports a callee that cannot be called before anything else.
    if (!is_callable(vm, fn)) {
      Value ignored;
      if (call(vm, fn, Args{}, &ignored) == Status::kRaised) return Status::kRaised;
    }
    return raise(vm, Exc::TypeError, "keywords must be strings");
  }
  return Status::kOk;
}

Status unpack_sequence(Vm& vm, Value seq, size_t n, Value* dst) {
  Value* items;
  size_t len;
  Value list;
  if (!seq_items(vm, seq, &items, &len)) {
    CPY_VM_CHECK(list_from_iter(vm, seq, &list));
    items = list.as<List>()->items;
    len = list.as<List>()->size;
  }
  if (len < n) return raise(vm, Exc::ValueError, "not enough values to unpack (expected %d, got %d)", int(n), int(len));
  if (len > n) return raise(vm, Exc::ValueError, "too many values to unpack (expected %d)", int(n));
  for (size_t i = 0; i < n; ++i) dst[i] = items[n - 1 - i];
  return Status::kOk;
}

Status unpack_ex(Vm& vm, Value seq, size_t n_left, size_t n_right, Value* dst) {
  Value list;
  CPY_VM_CHECK(list_from_iter(vm, seq, &list));
  List* l = list.as<List>();
  size_t len = l->size;
  if (len < n_left + n_right) {
    return raise(vm, Exc::ValueError, "not enough values to unpack (expected at least %d, got %d)",
                 int(n_left + n_right), int(len));
  }
  Value middle = CPY_VM_TRY(new_list(vm, len - n_left - n_right, l->items + n_left));
  for (size_t i = 0; i < n_right; ++i) dst[i] = l->items[len - 1 - i];
  dst[n_right] = middle;
  for (size_t i = 0; i < n_left; ++i) dst[n_right + 1 + i] = l->items[n_left - 1 - i];
  return Status::kOk;
}

// Sends [send] into (or throws [exc] into) the iterator of a yield from.
Status resume_inner(Vm& vm, Value inner, Value send, Value exc, Value* out, bool* done) {
  *done = false;
  if (kind_of(vm, inner) == Kind::kGenerator) return gen_resume(vm, inner, send, exc, out, done);
  uint32_t method = 0;
  Value arg = send;
  if (!exc.is_null()) {
    Value m[2];
    CPY_VM_CHECK(load_method_maybe(vm, inner, vm.q.throw_, m));
    if (m[0].is_null()) {
      vm.pending = exc;
      return Status::kRaised;
    }
    method = vm.q.throw_;
    arg = exc;
  } else if (send.is_none()) {
    // A class's __next__ may end with StopIteration(value): that value is
    // the result of the await / yield from, so call it here to keep it.
    Value next = kind_of(vm, inner) == Kind::kInstance ? user_method(vm, inner, vm.q.next) : Value::null();
    if (!next.is_null()) {
      if (call_with_self(vm, next, inner, Args{}, out) == Status::kRaised) {
        if (!pending_is(vm, Exc::StopIteration)) return Status::kRaised;
        Value stop = take_pending(vm);
        Tuple* a = stop.as<Instance>()->args.as<Tuple>();
        *out = a && a->size ? a->items()[0] : Value::none();
        *done = true;
      }
      return Status::kOk;
    }
    CPY_VM_CHECK(iter_next(vm, inner, out));
    if (out->is_null()) {
      *done = true;
      *out = Value::none();
    }
    return Status::kOk;
  } else {
    method = vm.q.send;
  }
  if (call_method(vm, inner, method, 1, &arg, out) == Status::kRaised) {
    if (!pending_is(vm, Exc::StopIteration)) return Status::kRaised;
    Value stop = take_pending(vm);
    Tuple* a = stop.as<Instance>()->args.as<Tuple>();
    *out = a && a->size ? a->items()[0] : Value::none();
    *done = true;
  }
  return Status::kOk;
}

}  // namespace

Status poll(Vm& vm) {
  if (vm.interrupt_requested) {
    vm.interrupt_requested = 0;
    return raise_empty(vm, Exc::KeyboardInterrupt);
  }
  if (vm.config.step_budget && vm.steps_left == 0) {
    vm.steps_left = 1;  // every later step fails too, so a handler cannot loop on
    return raise(vm, Exc::RuntimeError, "step budget exhausted");
  }
  return Status::kOk;
}

Value new_function(Vm& vm, Code* code, Value globals) {
  return make_function(vm, code, globals, Value::null(), Value::null(), 0, nullptr);
}

namespace {
Status run_frame_inner(Vm& vm, Frame* f, Value inject, Value* out, bool* yielded);
}

Status run_frame(Vm& vm, Frame* f, Value inject, Value* out, bool* yielded) {
  Frame* caller = vm.frame;
  vm.frame = f;
  Status s = run_frame_inner(vm, f, inject, out, yielded);
  vm.frame = caller;
  return s;
}

namespace {
Status run_frame_inner(Vm& vm, Frame* f, Value inject, Value* out, bool* yielded) {
  *yielded = false;
  Code* code = f->code;
  ModuleContext* ctx = code->context;
  const uint32_t* qstrs = ctx->qstrs;
  Value* fastn = f->state + f->n_state - 1;
  const uint8_t* ip = f->ip;
  Value* sp = f->sp;
  ExcBlock* exc_sp = f->exc + f->exc_top;
  const uint8_t* const bc = code->bytecode;
  Value tmp;
  size_t unwind_count = 0;

#define PUSH(v) (*++sp = (v))
#define POP() (*sp--)
#define TOP() (*sp)
#define CHECK(expr)                                \
  do {                                             \
    if ((expr) == Status::kRaised) goto exception; \
  } while (0)
#define RAISE_WITH(v) \
  do {                \
    vm.pending = (v); \
    goto exception;   \
  } while (0)

  if (!inject.is_null()) {
    if (Op(*ip) != Op::YIELD_FROM) {
      f->last_ip = ip;
      if (make_raise_obj(vm, inject, &tmp) == Status::kOk) vm.pending = tmp;
      inject = Value::null();
      goto exception;
    }
  }

  for (;;) {
  dispatch:
    f->last_ip = ip;
    {
      uint8_t opcode = *ip++;
      switch (Op(opcode)) {
        case Op::LOAD_CONST_FALSE:
          PUSH(Value::false_value());
          continue;
        case Op::LOAD_CONST_NONE:
          PUSH(Value::none());
          continue;
        case Op::LOAD_CONST_TRUE:
          PUSH(Value::true_value());
          continue;
        case Op::LOAD_CONST_SMALL_INT: {
          intptr_t num = (ip[0] & 0x40) ? -1 : 0;
          do {
            num = intptr_t(uintptr_t(num) << 7) | (*ip & 0x7f);
          } while (*ip++ & 0x80);
          PUSH(Value::small_int(num));
          continue;
        }
        case Op::LOAD_CONST_STRING:
          PUSH(Value::qstr(qstrs[decode_uint(ip)]));
          continue;
        case Op::LOAD_CONST_OBJ:
          PUSH(ctx->consts[decode_uint(ip)]);
          continue;
        case Op::LOAD_NULL:
          PUSH(Value::null());
          continue;
        case Op::LOAD_FAST_N: {
          Value v = fastn[-intptr_t(decode_uint(ip))];
          if (v.is_null()) goto unbound_local;
          PUSH(v);
          continue;
        }
        case Op::LOAD_DEREF: {
          Value v = fastn[-intptr_t(decode_uint(ip))].as<Cell>()->value;
          if (v.is_null()) goto unbound_local;
          PUSH(v);
          continue;
        }
        case Op::LOAD_NAME:
          CHECK(load_name(vm, f, qstrs[decode_uint(ip)], true, &tmp));
          PUSH(tmp);
          continue;
        case Op::LOAD_GLOBAL: {
          uint32_t name = qstrs[decode_uint(ip)];
          // The finally block of `async with` starts DUP_TOP, LOAD_GLOBAL
          // BaseException, BINARY_OP exception-match, POP_JUMP_IF_FALSE to
          // tell an exception from a return/jump marker; the marker path
          // expects two more stack slots than an exception leaves. Tested as
          // CPython does (independent of a global named BaseException), so
          // the path taken always fits the stack: what is not a marker is
          // the exception. The loader's verify_stack.cpp relies on this.
          if (name == vm.exc[size_t(Exc::BaseException)]->name && Op(*ip) == kExcMatchOpcode && exc_sp >= f->exc &&
              exc_sp->is_finally && exc_sp->handler + 1 == f->last_ip) {
            TOP() = Value::boolean(!TOP().is_small_int());
            ++ip;
            continue;
          }
          CHECK(load_name(vm, f, name, false, &tmp));
          PUSH(tmp);
          continue;
        }
        case Op::LOAD_ATTR: {
          uint32_t name = qstrs[decode_uint(ip)];
          Value obj = TOP();
          if (obj.is_object() && obj.as<Obj>()->type->kind == Kind::kInstance &&
              !(obj.as<Obj>()->type->flags & kTypeIsException)) {
            // Fast path: a plain instance attribute.
            Value v;
            KeyOps simple{};
            (void)obj.as<Instance>()->dict.lookup(Value::qstr(name), simple, &v);  // empty once __dict__ was taken
            if (!v.is_null() && type_lookup(vm, obj.as<Obj>()->type, name).is_null()) {
              TOP() = v;
              continue;
            }
          }
          CHECK(get_attr(vm, obj, name, &tmp));
          TOP() = tmp;
          continue;
        }
        case Op::LOAD_METHOD: {
          uint32_t name = qstrs[decode_uint(ip)];
          Value obj = TOP();
          Value dest[2];
          CHECK(load_method(vm, obj, name, dest));
          sp[0] = dest[0];
          sp[1] = dest[1];
          ++sp;
          continue;
        }
        case Op::LOAD_SUPER_METHOD: {
          uint32_t name = qstrs[decode_uint(ip)];
          --sp;
          Value cls = sp[0];
          Value self = sp[1];
          if (!is_obj_of(cls, vm.t_type)) {
            (void)raise(vm, Exc::RuntimeError, "super(): __class__ cell not found");
            goto exception;
          }
          Value dest[2];
          CHECK(super_load(vm, cls.as<Type>(), self, name, dest, true));
          sp[-1] = dest[0];
          sp[0] = dest[1];
          continue;
        }
        case Op::LOAD_BUILD_CLASS:
          CHECK(load_name(vm, f, vm.q.build_class, false, &tmp));
          PUSH(tmp);
          continue;
        case Op::LOAD_SUBSCR: {
          Value index = POP();
          CHECK(subscr(vm, TOP(), index, &tmp));
          TOP() = tmp;
          continue;
        }
        case Op::STORE_FAST_N:
          fastn[-intptr_t(decode_uint(ip))] = POP();
          continue;
        case Op::STORE_DEREF:
          fastn[-intptr_t(decode_uint(ip))].as<Cell>()->value = POP();
          continue;
        case Op::STORE_NAME: {
          uint32_t name = qstrs[decode_uint(ip)];
          CHECK(dict_store(vm, f->locals, Value::qstr(name), TOP()));
          --sp;
          continue;
        }
        case Op::STORE_GLOBAL: {
          uint32_t name = qstrs[decode_uint(ip)];
          CHECK(dict_store(vm, f->globals, Value::qstr(name), TOP()));
          --sp;
          continue;
        }
        case Op::STORE_ATTR: {
          uint32_t name = qstrs[decode_uint(ip)];
          CHECK(set_attr(vm, sp[0], name, sp[-1]));
          sp -= 2;
          continue;
        }
        case Op::STORE_SUBSCR:
          CHECK(store_subscr(vm, sp[-1], sp[0], sp[-2]));
          sp -= 3;
          continue;
        case Op::DELETE_FAST: {
          size_t n = decode_uint(ip);
          if (fastn[-intptr_t(n)].is_null()) goto unbound_local;
          fastn[-intptr_t(n)] = Value::null();
          continue;
        }
        case Op::DELETE_DEREF: {
          Cell* c = fastn[-intptr_t(decode_uint(ip))].as<Cell>();
          if (c->value.is_null()) goto unbound_local;
          c->value = Value::null();
          continue;
        }
        case Op::DELETE_NAME:
        case Op::DELETE_GLOBAL: {
          uint32_t name = qstrs[decode_uint(ip)];
          Value dict = Op(opcode) == Op::DELETE_NAME ? f->locals : f->globals;
          CHECK(dict_remove(vm, dict, Value::qstr(name), &tmp));
          if (tmp.is_null()) {
            (void)raise(vm, Exc::NameError, "name '%q' is not defined", name);
            goto exception;
          }
          continue;
        }
        case Op::DUP_TOP:
          tmp = TOP();
          PUSH(tmp);
          continue;
        case Op::DUP_TOP_TWO:
          sp += 2;
          sp[0] = sp[-2];
          sp[-1] = sp[-3];
          continue;
        case Op::POP_TOP:
          --sp;
          continue;
        case Op::ROT_TWO:
          tmp = sp[0];
          sp[0] = sp[-1];
          sp[-1] = tmp;
          continue;
        case Op::ROT_THREE:
          tmp = sp[0];
          sp[0] = sp[-1];
          sp[-1] = sp[-2];
          sp[-2] = tmp;
          continue;
        case Op::JUMP: {
          intptr_t off = decode_slabel(ip);
          ip += off;
          if (off < 0 && poll_due(vm)) CHECK(poll(vm));
          continue;
        }
        case Op::POP_JUMP_IF_TRUE:
        case Op::POP_JUMP_IF_FALSE: {
          intptr_t off = decode_slabel(ip);
          Value v = POP();
          bool t;
          if (v == Value::true_value())
            t = true;
          else if (v == Value::false_value())
            t = false;
          else
            CHECK(truthy(vm, v, &t));
          if (t == (Op(opcode) == Op::POP_JUMP_IF_TRUE)) {
            ip += off;
            if (off < 0 && poll_due(vm)) CHECK(poll(vm));
          }
          continue;
        }
        case Op::JUMP_IF_TRUE_OR_POP:
        case Op::JUMP_IF_FALSE_OR_POP: {
          size_t off = decode_ulabel(ip);
          bool t;
          CHECK(truthy(vm, TOP(), &t));
          if (t == (Op(opcode) == Op::JUMP_IF_TRUE_OR_POP))
            ip += off;
          else
            --sp;
          continue;
        }
        case Op::SETUP_WITH: {
          size_t off = decode_ulabel(ip);
          Value obj = TOP();
          Value exit_m[2], enter_m[2];
          CHECK(load_method(vm, obj, vm.q.exit, exit_m));
          CHECK(load_method(vm, obj, vm.q.enter, enter_m));
          Value ret;
          if (enter_m[1].is_null())
            CHECK(call0(vm, enter_m[0], &ret));
          else
            CHECK(call_with_self(vm, enter_m[0], enter_m[1], Args{}, &ret));
          // Stack: (..., __exit__, self-or-null) then the block and the as-value.
          sp[0] = exit_m[0];
          sp[1] = exit_m[1].is_null() ? Value::null() : exit_m[1];
          sp += 1;
          ++exc_sp;
          exc_sp->handler = ip + off;
          exc_sp->sp = sp;
          exc_sp->is_finally = true;
          exc_sp->prev_exc = Value::null();
          PUSH(ret);
          continue;
        }
        case Op::WITH_CLEANUP: {
          // Stack: (..., __exit__, self, X) where X is None, an exception,
          // or (data, small-int cause) from an unwinding return/jump.
          auto call_exit = [&](Value* base, Value a, Value b, Value c, Value* r) -> Status {
            Value args[3] = {a, b, c};
            if (base[1].is_null()) return call(vm, base[0], Args{args, 3, 0}, r);
            return call_with_self(vm, base[0], base[1], Args{args, 3, 0}, r);
          };
          if (TOP().is_none()) {
            Value* base = sp - 2;
            CHECK(call_exit(base, Value::none(), Value::none(), Value::none(), &tmp));
            sp -= 2;
            TOP() = Value::none();
          } else if (TOP().is_small_int()) {
            Value data = sp[-1];
            Value cause = sp[0];
            Value* base = sp - 3;
            CHECK(call_exit(base, Value::none(), Value::none(), Value::none(), &tmp));
            sp[-3] = data;
            sp[-2] = cause;
            sp -= 2;
          } else {
            Value exc = sp[0];
            Value* base = sp - 2;
            CHECK(call_exit(base, Value::object(type_of(vm, exc)), exc, Value::none(), &tmp));
            bool swallow;
            CHECK(truthy(vm, tmp, &swallow));
            sp -= 2;
            TOP() = swallow ? Value::none() : exc;
          }
          continue;
        }
        case Op::UNWIND_JUMP: {
          intptr_t off = decode_slabel(ip);
          unwind_count = *ip++;
          PUSH(Value::small_int(intptr_t(ip - 1 + off - bc)));
          goto unwind_jump;
        }
        case Op::SETUP_EXCEPT:
        case Op::SETUP_FINALLY: {
          size_t off = decode_ulabel(ip);
          ++exc_sp;
          exc_sp->handler = ip + off;
          exc_sp->sp = sp;
          exc_sp->is_finally = Op(opcode) == Op::SETUP_FINALLY;
          exc_sp->prev_exc = Value::null();
          continue;
        }
        case Op::END_FINALLY: {
          --exc_sp;
          Value t = TOP();
          if (t.is_none()) {
            --sp;
          } else if (t.is_small_int()) {
            intptr_t cause = POP().small_int_value();
            if (cause < 0) goto unwind_return;
            unwind_count = size_t(cause);
            goto unwind_jump;
          } else {
            RAISE_WITH(t);
          }
          continue;
        }
        case Op::GET_ITER:
          CHECK(get_iter(vm, TOP(), &tmp));
          TOP() = tmp;
          continue;
        case Op::GET_ITER_STACK:
          // Four slots, as MicroPython lays them out: null, the iterator, two spare.
          CHECK(get_iter(vm, TOP(), &tmp));
          sp[0] = Value::null();
          sp[1] = tmp;
          sp[2] = sp[3] = Value::null();
          sp += 3;
          continue;
        case Op::FOR_ITER: {
          size_t off = decode_ulabel(ip);
          Value it = sp[-2];
          Value v;
          if (it.is_object() && it.as<Obj>()->type == vm.t_iterator && it.as<Iterator>()->ikind == IterKind::kRange) {
            Iterator* r = it.as<Iterator>();
            if (r->limit <= 0) {
              v = Value::null();
            } else {
              --r->limit;
              v = r->a;
              r->a = Value::small_int(v.small_int_value() + r->seq.as<Range>()->step);
            }
          } else {
            CHECK(iter_next(vm, it, &v));
          }
          if (v.is_null()) {
            sp -= 4;
            ip += off;
          } else {
            PUSH(v);
          }
          continue;
        }
        case Op::POP_EXCEPT_JUMP: {
          size_t off = decode_ulabel(ip);
          --exc_sp;
          ip += off;
          continue;
        }
        case Op::BUILD_TUPLE: {
          size_t n = decode_uint(ip);
          sp -= intptr_t(n) - 1;
          tmp = new_tuple(vm, n, sp);
          if (tmp.is_null()) goto exception;
          sp[0] = tmp;
          continue;
        }
        case Op::BUILD_LIST: {
          size_t n = decode_uint(ip);
          sp -= intptr_t(n) - 1;
          tmp = new_list(vm, n, sp);
          if (tmp.is_null()) goto exception;
          sp[0] = tmp;
          continue;
        }
        case Op::BUILD_MAP:
          decode_uint(ip);
          tmp = new_dict(vm);
          if (tmp.is_null()) goto exception;
          PUSH(tmp);
          continue;
        case Op::STORE_MAP:
          sp -= 2;
          CHECK(dict_store(vm, sp[0], sp[2], sp[1]));
          continue;
        case Op::BUILD_SET: {
          size_t n = decode_uint(ip);
          sp -= intptr_t(n) - 1;
          tmp = new_set(vm, vm.t_set);
          if (tmp.is_null()) goto exception;
          for (size_t i = 0; i < n; ++i) CHECK(set_add(vm, tmp, sp[i]));
          sp[0] = tmp;
          continue;
        }
        case Op::BUILD_SLICE: {
          size_t n = decode_uint(ip);
          Value step = Value::none();
          if (n == 3) step = POP();
          Value stop = POP();
          tmp = new_slice(vm, TOP(), stop, step);
          if (tmp.is_null()) goto exception;
          TOP() = tmp;
          continue;
        }
        case Op::STORE_COMP: {
          size_t n = decode_uint(ip);
          Value obj = sp[-intptr_t(n >> 2)];
          if ((n & 3) == 0) {
            CHECK(list_append(vm, obj, sp[0]));
            --sp;
          } else if ((n & 3) == 1) {
            CHECK(dict_store(vm, obj, sp[0], sp[-1]));
            sp -= 2;
          } else {
            CHECK(set_add(vm, obj, sp[0]));
            --sp;
          }
          continue;
        }
        case Op::UNPACK_SEQUENCE: {
          size_t n = decode_uint(ip);
          CHECK(unpack_sequence(vm, sp[0], n, sp));
          sp += intptr_t(n) - 1;
          continue;
        }
        case Op::UNPACK_EX: {
          size_t n = decode_uint(ip);
          size_t left = n & 0xff, right = (n >> 8) & 0xff;
          CHECK(unpack_ex(vm, sp[0], left, right, sp));
          sp += left + right;
          continue;
        }
        case Op::MAKE_FUNCTION: {
          Code* child = code->children[decode_uint(ip)];
          tmp = make_function(vm, child, f->globals, Value::null(), Value::null(), 0, nullptr);
          if (tmp.is_null()) goto exception;
          PUSH(tmp);
          continue;
        }
        case Op::MAKE_FUNCTION_DEFARGS: {
          Code* child = code->children[decode_uint(ip)];
          --sp;
          tmp = make_function(vm, child, f->globals, sp[0], sp[1], 0, nullptr);
          if (tmp.is_null()) goto exception;
          sp[0] = tmp;
          continue;
        }
        case Op::MAKE_CLOSURE:
        case Op::MAKE_CLOSURE_DEFARGS: {
          Code* child = code->children[decode_uint(ip)];
          size_t n_closed = *ip++;
          bool defargs = Op(opcode) == Op::MAKE_CLOSURE_DEFARGS;
          sp -= intptr_t(n_closed) - 1 + (defargs ? 2 : 0);
          if (defargs) {
            tmp = make_function(vm, child, f->globals, sp[0], sp[1], n_closed, sp + 2);
          } else {
            tmp = make_function(vm, child, f->globals, Value::null(), Value::null(), n_closed, sp);
          }
          if (tmp.is_null()) goto exception;
          sp[0] = tmp;
          continue;
        }
        case Op::CALL_FUNCTION: {
          size_t n = decode_uint(ip);
          size_t n_pos = n & 0xff, n_kw = (n >> 8) & 0xff;
          sp -= n_pos + 2 * n_kw;
          f->ip = ip;
          if (n_kw) CHECK(check_kw_names(vm, sp[0], sp + 1 + n_pos, n_kw));
          CHECK(call(vm, sp[0], Args{sp + 1, n_pos, n_kw}, &tmp));
          sp[0] = tmp;
          continue;
        }
        case Op::CALL_METHOD: {
          size_t n = decode_uint(ip);
          size_t n_pos = n & 0xff, n_kw = (n >> 8) & 0xff;
          sp -= n_pos + 2 * n_kw + 1;
          f->ip = ip;
          if (n_kw) CHECK(check_kw_names(vm, sp[0], sp + 2 + n_pos, n_kw));
          if (sp[1].is_null()) {
            CHECK(call(vm, sp[0], Args{sp + 2, n_pos, n_kw}, &tmp));
          } else {
            CHECK(call(vm, sp[0], Args{sp + 1, n_pos + 1, n_kw}, &tmp));
          }
          sp[0] = tmp;
          continue;
        }
        case Op::CALL_FUNCTION_VAR_KW:
        case Op::CALL_METHOD_VAR_KW: {
          size_t n = decode_uint(ip);
          size_t n_pos = n & 0xff, n_kw = (n >> 8) & 0xff;
          bool method = Op(opcode) == Op::CALL_METHOD_VAR_KW;
          sp -= n_pos + 2 * n_kw + 1 + (method ? 1 : 0);
          Value fn = sp[0];
          Value self = method ? sp[1] : Value::null();
          const Value* items = sp + 1 + (method ? 1 : 0);
          uintptr_t bits = uintptr_t(items[n_pos + 2 * n_kw].small_int_value());
          Value list;
          size_t out_pos = 0, out_kw = 0;
          CHECK(expand_call_args(vm, self, items, n_pos, n_kw, bits, &list, &out_pos, &out_kw));
          f->ip = ip;
          CHECK(call(vm, fn, Args{list.as<List>()->items, out_pos, out_kw}, &tmp));
          sp[0] = tmp;
          continue;
        }
        case Op::RETURN_VALUE:
        unwind_return:
          while (exc_sp >= f->exc) {
            if (exc_sp->is_finally) {
              if (exc_sp->handler >= ip) {
                Value* finally_sp = exc_sp->sp;
                finally_sp[1] = sp[0];
                sp = &finally_sp[1];
                PUSH(Value::small_int(-1));
                ip = exc_sp->handler;
                goto dispatch;
              }
              if (sp[-1].is_small_int()) {
                sp[-2] = sp[0];
                sp -= 2;
              } else {
                sp[-1] = sp[0];
                --sp;
              }
            }
            --exc_sp;
          }
          *out = sp[0];
          f->ip = ip;
          f->sp = sp;
          f->exc_top = exc_sp - f->exc;
          return Status::kOk;
        case Op::RAISE_LAST: {
          Value active = active_exception(f, exc_sp);
          if (active.is_null()) {
            (void)raise(vm, Exc::RuntimeError, "No active exception to reraise");
            goto exception;
          }
          RAISE_WITH(active);
        }
        case Op::RAISE_OBJ:
          CHECK(make_raise_obj(vm, TOP(), &tmp));
          RAISE_WITH(tmp);
        case Op::RAISE_FROM: {
          Value cause = POP();
          CHECK(make_raise_obj(vm, TOP(), &tmp));
          if (!cause.is_none()) {
            Value c;
            CHECK(make_raise_obj(vm, cause, &c));
            cause = c;
          }
          tmp.as<Instance>()->cause = cause;
          tmp.as<Instance>()->suppress_context = true;
          RAISE_WITH(tmp);
        }
        case Op::YIELD_VALUE:
          f->ip = ip;
          f->sp = sp;
          f->exc_top = exc_sp - f->exc;
          *out = sp[0];
          *yielded = true;
          return Status::kOk;
        case Op::YIELD_FROM: {
          Value send = POP();
          Value inner = TOP();
          Value ret;
          bool done = false;
          Value thrown = inject;
          inject = Value::null();
          f->ip = ip;
          f->sp = sp;
          if (resume_inner(vm, inner, thrown.is_null() ? send : Value::null(), thrown, &ret, &done) ==
              Status::kRaised) {
            --sp;
            goto exception;
          }
          if (!done) {
            --ip;  // come back to this YIELD_FROM when resumed
            PUSH(ret);
            f->ip = ip;
            f->sp = sp;
            f->exc_top = exc_sp - f->exc;
            *out = ret;
            *yielded = true;
            return Status::kOk;
          }
          TOP() = ret;
          if (!thrown.is_null() && is_instance(vm, thrown, vm.exc[size_t(Exc::GeneratorExit)])) {
            CHECK(make_raise_obj(vm, thrown, &tmp));
            RAISE_WITH(tmp);
          }
          continue;
        }
        case Op::IMPORT_NAME: {
          uint32_t name = qstrs[decode_uint(ip)];
          Value fromlist = POP();
          f->ip = ip;
          CHECK(import_name(vm, name, fromlist, TOP(), f->globals, &tmp));
          TOP() = tmp;
          continue;
        }
        case Op::IMPORT_FROM: {
          uint32_t name = qstrs[decode_uint(ip)];
          CHECK(import_from(vm, TOP(), name, &tmp));
          PUSH(tmp);
          continue;
        }
        case Op::IMPORT_STAR:
          CHECK(import_star(vm, POP(), f->locals));
          continue;
        default:
          break;
      }
      if (opcode >= 0x70 && opcode < 0x70 + mpy::kSmallIntMultiCount) {
        PUSH(Value::small_int(intptr_t(opcode) - 0x70 - mpy::kSmallIntMultiBias));
        continue;
      }
      if (opcode >= 0xb0 && opcode < 0xc0) {
        Value v = fastn[-intptr_t(opcode - 0xb0)];
        if (v.is_null()) goto unbound_local;
        PUSH(v);
        continue;
      }
      if (opcode >= 0xc0 && opcode < 0xd0) {
        fastn[-intptr_t(opcode - 0xc0)] = POP();
        continue;
      }
      if (opcode >= 0xd0 && opcode < 0xd0 + mpy::kUnaryOpCount) {
        CHECK(unary_op(vm, opcode - 0xd0, TOP(), &tmp));
        TOP() = tmp;
        continue;
      }
      if (opcode >= 0xd7 && opcode < 0xd7 + mpy::kBinaryOpCount) {
        Value rhs = POP();
        Value lhs = TOP();
        int op = opcode - 0xd7;
        if (lhs.is_small_int() && rhs.is_small_int()) {
          intptr_t a = lhs.small_int_value(), b = rhs.small_int_value();
          intptr_t r;
          switch (op) {
            case kLt:
              TOP() = Value::boolean(a < b);
              continue;
            case kGt:
              TOP() = Value::boolean(a > b);
              continue;
            case kLe:
              TOP() = Value::boolean(a <= b);
              continue;
            case kGe:
              TOP() = Value::boolean(a >= b);
              continue;
            case kEq:
              TOP() = Value::boolean(a == b);
              continue;
            case kNe:
              TOP() = Value::boolean(a != b);
              continue;
            case kAdd:
            case kAdd - kInplaceDelta:
              if (!__builtin_add_overflow(a, b, &r) && Value::fits_small_int(r)) {
                TOP() = Value::small_int(r);
                continue;
              }
              break;
            case kSub:
            case kSub - kInplaceDelta:
              if (!__builtin_sub_overflow(a, b, &r) && Value::fits_small_int(r)) {
                TOP() = Value::small_int(r);
                continue;
              }
              break;
            default:
              break;
          }
        }
        CHECK(binary_op(vm, op, lhs, rhs, &tmp));
        TOP() = tmp;
        continue;
      }
      (void)raise(vm, Exc::NotImplementedError, "opcode");
      goto exception;
    }

  unwind_jump:
    // Leave [unwind_count] & 0x7f exception blocks, running finally blocks on
    // the way (each comes back here through END_FINALLY), then jump to the
    // destination saved on the stack.
    while ((unwind_count & 0x7f) > 0) {
      --unwind_count;
      if (exc_sp->is_finally) {
        if (exc_sp->handler >= ip) {
          PUSH(Value::small_int(intptr_t(unwind_count)));
          ip = exc_sp->handler;
          goto dispatch;
        }
        // A finally that is already running: cancel its pending action.
        if (sp[-1].is_small_int()) {
          sp[-2] = sp[0];
          sp -= 2;
        } else {
          sp[-1] = sp[0];
          --sp;
        }
      }
      --exc_sp;
    }
    ip = bc + POP().small_int_value();
    if (unwind_count != 0) sp -= 4;  // the exhausted for-loop iterator
    if (poll_due(vm)) CHECK(poll(vm));
    continue;

  unbound_local:
    (void)raise(vm, Exc::UnboundLocalError, "local variable referenced before assignment");
    goto exception;

  exception : {
    Value exc = take_pending(vm);
    if (exc.is_null()) {
      (void)raise(vm, Exc::SystemError, "error without exception");
      exc = take_pending(vm);
    }
    const uint8_t* at = f->last_ip;
    Op failed = Op(*at);
    if (failed != Op::END_FINALLY && failed != Op::RAISE_LAST) {
      uint32_t line =
          mpy::source_line_at(std::span<const uint8_t>(code->line_info, code->line_info_size), uint32_t(at - bc));
      exception_add_traceback(vm, exc, ctx->source_file, line, code->name);
    }
    Value active = active_exception(f, exc_sp);
    if (!active.is_null() && active != exc && kind_of(vm, exc) == Kind::kInstance &&
        exc.as<Instance>()->context.is_null()) {
      exc.as<Instance>()->context = active;
    }
    while (exc_sp >= f->exc && exc_sp->handler <= at) --exc_sp;
    if (exc_sp >= f->exc) {
      ip = exc_sp->handler;
      sp = exc_sp->sp;
      exc_sp->prev_exc = exc;
      PUSH(exc);
      continue;
    }
    vm.pending = exc;
    f->ip = ip;
    f->sp = sp;
    f->exc_top = -1;
    return Status::kRaised;
  }
  }
#undef PUSH
#undef POP
#undef TOP
#undef CHECK
#undef RAISE_WITH
}
}  // namespace

}  // namespace cpy::vm
