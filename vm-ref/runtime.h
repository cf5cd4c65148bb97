// The VM's internal interface: allocation, raising, and the object protocol
// (attributes, calls, operators, iteration) every object file and the
// interpreter share. Private to vm-ref/.
#pragma once

#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "cpy/vm/object.h"
#include "cpy/vm/vm.h"

namespace cpy::vm {

/// Evaluates [expr], a Value that is null when an exception is pending, and
/// returns kRaised from the enclosing function in that case.
#define CPY_VM_TRY(expr)                                        \
  ({                                                            \
    ::cpy::vm::Value cpy_vm_v_ = (expr);                        \
    if (cpy_vm_v_.is_null()) return ::cpy::vm::Status::kRaised; \
    cpy_vm_v_;                                                  \
  })

/// Operand values of UNARY_OP_MULTI and BINARY_OP_MULTI (spec/opcodes.def order).
enum UnaryOp : int { kPos = 0, kNeg, kInvert, kNot };
enum BinaryOp : int {
  kLt = 0,
  kGt,
  kEq,
  kLe,
  kGe,
  kNe,
  kIn,
  kIs,
  kExcMatch,
  kInplaceFirst = 9,  ///< in-place operators are the plain ones minus kInplaceDelta
  kOr = 22,
  kXor,
  kAnd,
  kLshift,
  kRshift,
  kAdd,
  kSub,
  kMul,
  kMatMul,
  kFloorDiv,
  kTrueDiv,
  kMod,
  kPow,
};
inline constexpr int kInplaceDelta = 13;

/// Whether the comparison [op] (kLt to kNe) holds for the three-way result [c]
/// (negative, zero, positive) of comparing its operands.
inline bool compare_holds(int op, int c) {
  switch (op) {
    case kLt:
      return c < 0;
    case kGt:
      return c > 0;
    case kEq:
      return c == 0;
    case kLe:
      return c <= 0;
    case kGe:
      return c >= 0;
    default:
      return c != 0;
  }
}

// ---- allocation -------------------------------------------------------------

/// [bytes] of zeroed heap memory, or nullptr with MemoryError pending.
void* alloc_raw(Vm& vm, size_t bytes);
/// The GC heap as an Arena's BlockSource: an Arena on the C stack keeps its
/// blocks reachable (conservative scan) and they are garbage once it is gone.
BlockSource gc_block_source(Vm& vm);
/// Blocks on the GC heap given back as soon as the arena is destroyed: for
/// work memory nothing points into afterwards (big-int scratch).
BlockSource gc_scratch_source(Vm& vm);
/// Working memory for the compiler and the .mpy reader:
/// VmConfig::compile_memory when set, else gc_block_source.
BlockSource compile_block_source(Vm& vm);
/// A new object of [type] with [extra] bytes after the struct.
template <class T>
T* alloc_obj(Vm& vm, Type* type, size_t extra = 0) {
  T* p = static_cast<T*>(alloc_raw(vm, sizeof(T) + extra));
  if (p) p->type = type;
  return p;
}

// ---- raising ----------------------------------------------------------------

/// Makes [exc] (an exception instance, or a type to instantiate) pending.
Status raise_value(Vm& vm, Value exc);
/// Raises [kind] with a message built from [fmt]: %s const char*, %d int,
/// %q qstr id, %T the type name of a Value, %V a std::string_view*,
/// %R the repr of a Value.
Status raise(Vm& vm, Exc kind, const char* fmt, ...);
/// Makes the preallocated MemoryError pending, with a fresh traceback.
void set_memory_error(Vm& vm);
/// Raises [kind] with no arguments.
Status raise_empty(Vm& vm, Exc kind);
/// Raises [kind] with [arg] as its only argument (KeyError, StopIteration).
Status raise_with(Vm& vm, Exc kind, Value arg);
/// The pending exception, cleared.
Value take_pending(Vm& vm);
/// True when the pending exception is an instance of [kind].
bool pending_is(Vm& vm, Exc kind);

// ---- types ------------------------------------------------------------------

Type* type_of(Vm& vm, Value v);
bool is_subtype(Type* t, Type* base);
/// The types of [t]'s method resolution order, [t] first, without
/// allocating: the class's MRO tuple, or a builtin type's chain of bases.
class MroWalk {
 public:
  explicit MroWalk(Type* t);
  /// The next type, or nullptr after the last.
  Type* next();

 private:
  Type* chain_ = nullptr;   // builtin types: the next type of the chain
  const Value* items_ = nullptr;  // class statements: the MRO tuple's items
  size_t left_ = 0;
};
/// [t].__mro__ and [t].__bases__ as tuples, made on first use for builtin
/// types; null when memory runs out (MemoryError pending).
Value type_mro_tuple(Vm& vm, Type* t);
Value type_bases_tuple(Vm& vm, Type* t);
bool is_instance(Vm& vm, Value v, Type* t);
inline bool is_obj_of(Value v, Type* t) { return v.is_object() && v.as<Obj>()->type == t; }
bool is_exception_instance(Vm& vm, Value v);
bool is_exception_type(Value v);
/// The type's qstr name.
std::string_view type_name(Vm& vm, Value v);
/// Kind of [v]'s type.
Kind kind_of(Vm& vm, Value v);
/// Creates a builtin type; [base] may be null for object.
Type* new_builtin_type(Vm& vm, const char* name, Kind kind, Type* base, uint8_t flags = 0);
/// Stores [value] under the qstr [name] in a class's own attributes (the
/// one way to change them outside a class statement: type_lookup's cache
/// is told). False on MemoryError.
bool type_store(Vm& vm, Type* type, Value name, Value value);
/// Adds a read-only attribute computed by [getter] (a property) to [type].
bool add_getter(Vm& vm, Type* type, const char* name, NativeImpl getter);
/// Adds a native method to [type].
bool add_method(Vm& vm, Type* type, const char* name, NativeImpl impl, int min_args, int max_args,
                bool takes_kw = false);
/// A native function object.
Value new_native(Vm& vm, uint32_t name, NativeImpl impl, int min_args, int max_args, bool takes_kw);
/// Stores [value] under [name] in the dict [dict].
Status dict_store_name(Vm& vm, Value dict, const char* name, Value value);
/// The MRO lookup of [name] in [type]; null when absent. Never raises
/// (a method table entry that cannot be made for lack of memory is absent).
Value type_lookup(Vm& vm, Type* type, uint32_t name);
/// type_lookup, also telling whether the type that has [name] is a class
/// statement's class.
Value type_lookup_owner(Vm& vm, Type* type, uint32_t name, bool* user_owned);
/// The special method [name] the object protocol calls for instances of
/// [t]: one a class statement defined, or a native class's (add_special);
/// null for builtin types and for the builtin defaults a class inherits
/// (object.__eq__, __hash__ ...), which the protocol implements itself.
Value user_method(Vm& vm, Type* t, uint32_t name);
inline Value user_method(Vm& vm, Value v, uint32_t name) { return user_method(vm, type_of(vm, v), name); }

// ---- classes derived from builtin types (obj_subclass.cpp) ------------------

/// Whether [t] is a class statement's class whose instances are builtin
/// objects (class Stack(list)): they have the builtin's kind.
inline bool is_native_subclass(const Type* t) { return t->kind != Kind::kInstance && (t->flags & kTypeIsUserClass); }
/// The kind the protocol of special method [name] treats instances of [t]
/// as: kInstance (call the user's method) when [t] derives from a builtin
/// and defines [name], else [t]'s kind.
inline Kind protocol_kind(Vm& vm, Type* t, uint32_t name) {
  return is_native_subclass(t) && !user_method(vm, t, name).is_null() ? Kind::kInstance : t->kind;
}
/// Whether [v] is an instance of such a class.
inline bool is_native_subclass_instance(Value v) { return v.is_object() && is_native_subclass(v.as<Obj>()->type); }
/// A new instance of [cls] from constructor arguments (list, dict, set and
/// bytearray start empty: their __init__ fills them).
Status subclass_new(Vm& vm, Type* cls, const Args& args, Value* out);
/// A copy of the builtin object [native] as an instance of [cls].
Status subclass_retag(Vm& vm, Type* cls, Value native, Value* out);
/// Where such an instance keeps its attribute dict (null until needed).
Value* subclass_attrs(Vm& vm, Value obj);
/// An instance attribute (null when absent); __dict__ makes the dict.
Status subclass_attr_get(Vm& vm, Value obj, uint32_t name, Value* out);
/// Sets, or deletes when [value] is null, an instance attribute.
Status subclass_attr_set(Vm& vm, Value obj, uint32_t name, Value value);
/// What a derived builtin's instance gets when its class has no __init__:
/// the builtin's, which fills list, dict, set and bytearray from [args]
/// (the others took their value when made).
Status subclass_init(Vm& vm, Value self, const Args& args);
/// list/dict/set/bytearray.__init__(self, ...): refills from the arguments.
Status builtin_init(Vm& vm, const Args& args, Value* out);
/// The special method [name] of the builtin [type] as a method table entry
/// (dict.__setitem__, int.__add__...), or null (obj_subclass.cpp).
const MethodDef* builtin_slot(Vm& vm, Type* type, uint32_t name);
/// A str or bytes object of [type] holding [text] (never interned).
Value new_text(Vm& vm, Type* type, std::string_view text);
/// [name] in [type]'s own dict or constant method table (not its bases);
/// null when absent. Never raises.
Value type_own_lookup(Vm& vm, Type* type, uint32_t name);
/// Makes every entry of [type]'s method table present in its dict (before
/// the dict is listed: dir(), __dict__).
Status type_materialize(Vm& vm, Type* type);
/// Gives [type] the constant method table [defs].
template <size_t N>
void set_methods(Type* type, const MethodDef (&defs)[N]) {
  type->methods = defs;
  type->n_methods = uint16_t(N);
}
/// The function object for a method table entry (a staticmethod wrapper
/// for kStaticMethod); null with MemoryError pending.
Value native_from_def(Vm& vm, const MethodDef& def);
/// The entry named [name] in [defs], or null.
const MethodDef* find_def(Vm& vm, const MethodDef* defs, size_t n, uint32_t name);

// ---- numbers ----------------------------------------------------------------

Value new_int(Vm& vm, int64_t v);
/// An int of any size from/to 64 bits (two's complement for negative values
/// when [is_signed]); OverflowError when it does not fit.
Status get_int64(Vm& vm, Value v, bool is_signed, uint64_t* out);
Value new_int_u64(Vm& vm, uint64_t v);
Value new_float(Vm& vm, double v);
/// True for int, bool and big ints.
bool is_int(Vm& vm, Value v);
/// The int value of [v] (int, bool, or an object with __index__); TypeError
/// otherwise, OverflowError when it does not fit.
Status get_int(Vm& vm, Value v, intptr_t* out);
/// Whether [v] is an int or has __index__.
bool is_index_like(Vm& vm, Value v);
/// The int [v] stands for as an index: itself, or what its __index__ returns.
Status index_value(Vm& vm, Value v, Value* out);
/// The float value of an int, bool or float; TypeError otherwise.
Status get_float(Vm& vm, Value v, double* out);
bool is_float(Vm& vm, Value v);
Status int_binary_op(Vm& vm, int op, Value a, Value b, Value* out);
Status int_unary_op(Vm& vm, int op, Value a, Value* out);
Status float_binary_op(Vm& vm, int op, double a, double b, Value* out);
Status int_repr(Vm& vm, Value v, unsigned base, bool prefix, Value* out);
Status int_hash(Vm& vm, Value v, uint32_t* out);
/// int(text, base).
Status int_parse(Vm& vm, std::string_view text, unsigned base, Value* out);
/// Compares two ints: -1, 0, 1.
int int_compare(Vm& vm, Value a, Value b);
/// Compares int [i] with [d] exactly (as Python does, without rounding the
/// int to a float); [*unordered] true when [d] is NaN.
Status int_float_compare(Vm& vm, Value i, double d, int* result, bool* unordered);
/// float(x) of an int (exact for small ints).
double int_to_double(Vm& vm, Value v);
/// int(x) of a float.
Status int_from_double(Vm& vm, double d, Value* out);
/// Appends repr(float) to a buffer-like text.
size_t format_float_repr(double v, char* buf, size_t size);
bool init_numbers(Vm& vm);

// ---- text -------------------------------------------------------------------

/// A growable text buffer on the heap.
struct Buf {
  explicit Buf(Vm& v) : vm(v) {}
  Vm& vm;
  char* data = nullptr;
  size_t size = 0;
  size_t capacity = 0;
  bool failed = false;
  bool reserve(size_t more);
  void add(std::string_view s);
  void add_char(char c);
  /// [s] [count] times, room made at once (a count no heap holds fails at once).
  void add_repeated(std::string_view s, size_t count);
  void add_int(int64_t v);
  /// The code point [cp] as UTF-8.
  void add_utf8(uint32_t cp);
  /// [v] in lower-case hex after "0x" (object addresses in reprs).
  void add_hex(uintptr_t v);
  /// A str (or bytes with [bytes]) with the contents; null with MemoryError pending.
  Value finish(bool bytes = false);
  std::string_view view() const { return std::string_view(data ? data : "", size); }
};

// UTF-8: str holds valid UTF-8 text.
/// Bytes of the character whose first byte is [lead].
inline size_t utf8_char_len(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4; }
/// Number of code points in [s].
size_t utf8_count(std::string_view s);
/// Byte offset of code point [index] in [s] (at most its size).
size_t utf8_offset(std::string_view s, size_t index);
/// The code point at byte [*i] of [s]; moves [*i] past it.
uint32_t utf8_decode(std::string_view s, size_t* i);
/// Writes [cp] as UTF-8 to [out]; returns how many bytes (1 to 4).
size_t utf8_encode(uint32_t cp, char out[4]);

bool is_str(Vm& vm, Value v);
bool is_bytes(Vm& vm, Value v);
/// The text of a str (qstr or object). [v] must be a str.
std::string_view str_view(Vm& vm, Value v);
/// The bytes of bytes or bytearray.
std::string_view bytes_view(Vm& vm, Value v);
Value new_str(Vm& vm, std::string_view text);
Value new_bytes(Vm& vm, std::string_view data);
/// A qstr for [text] (interning it); null with MemoryError pending.
Value intern(Vm& vm, std::string_view text);
Status str_binary_op(Vm& vm, int op, Value a, Value b, Value* out);
uint32_t str_hash(Vm& vm, Value v);
/// repr of a str into [buf].
void str_repr_into(Buf& buf, std::string_view s, bool bytes);
/// str.format(*args, **kwargs) on [fmt].
Status str_format(Vm& vm, std::string_view fmt, const Args& args, Value* out);
/// format(value, spec).
Status format_value(Vm& vm, Value v, std::string_view spec, Buf& out);
/// fmt % args.
Status str_modulo(Vm& vm, std::string_view fmt, Value args, bool bytes, Value* out);
Status str_subscr(Vm& vm, Value s, Value index, Value* out);
bool init_str(Vm& vm);

// ---- containers -------------------------------------------------------------

Value new_tuple(Vm& vm, size_t n, const Value* items = nullptr);
Value new_list(Vm& vm, size_t n, const Value* items = nullptr);
Status list_append(Vm& vm, Value list, Value item);
/// Items of a tuple or list, as a span (valid until the next allocation for a list).
bool seq_items(Vm& vm, Value v, Value** items, size_t* n);
/// A list of everything [iterable] yields.
Status list_from_iter(Vm& vm, Value iterable, Value* out);
Status tuple_from_iter(Vm& vm, Value iterable, Value* out);
/// Sorts [items] in place with optional [key] function and [reverse] (stable).
Status sort_values(Vm& vm, Value* items, size_t n, Value key, bool reverse);
Status seq_subscr(Vm& vm, Value seq, Value index, Value* out);
Status list_store_subscr(Vm& vm, Value list, Value index, Value value);
Status seq_binary_op(Vm& vm, int op, Value a, Value b, Value* out);
/// Resolves [slice] against [len]: start, stop, step and the item count.
Status slice_indices(Vm& vm, Value slice, intptr_t len, intptr_t* start, intptr_t* stop, intptr_t* step,
                     intptr_t* count);
/// Normalises index [i] for a sequence of [len]; IndexError naming [what] when out of range.
Status seq_index(Vm& vm, Value index, size_t len, const char* what, size_t* out);
/// bytearray[index] = value, or del bytearray[index] when [value] is null; index an int or a slice.
Status bytearray_store_subscr(Vm& vm, Value ba, Value index, Value value);
bool init_seq(Vm& vm);

Value new_dict(Vm& vm);
Status dict_get(Vm& vm, Value dict, Value key, Value* out);  ///< out null when absent
Status dict_store(Vm& vm, Value dict, Value key, Value value);
Status dict_remove(Vm& vm, Value dict, Value key, Value* removed);
Value new_set(Vm& vm, Type* type);
Status set_add(Vm& vm, Value set, Value item);
Status dict_binary_op(Vm& vm, int op, Value a, Value b, Value* out);
Status set_binary_op(Vm& vm, int op, Value a, Value b, Value* out);
Status dict_update(Vm& vm, Value dict, Value other);
bool init_dict(Vm& vm);

Value new_iterator(Vm& vm, IterKind kind, Value seq, intptr_t limit = 0);
Value new_range(Vm& vm, intptr_t start, intptr_t stop, intptr_t step);
Value new_slice(Vm& vm, Value start, Value stop, Value step);
Status builtin_iter_next(Vm& vm, Iterator* it, Value* out);
intptr_t range_len(Range* r);
bool init_iter(Vm& vm);

// ---- the object protocol ----------------------------------------------------

Status call(Vm& vm, Value fn, const Args& args, Value* out);
/// Calls [fn] with [self] prepended to [args].
Status call_with_self(Vm& vm, Value fn, Value self, const Args& args, Value* out);
/// object.__setattr__ / __delattr__ ([value] null) on an instance.
Status instance_set_attr(Vm& vm, Value obj, uint32_t name, Value value);
/// An instance's own attribute [name]; [out] null when it has none.
Status instance_attr_get(Vm& vm, Instance* inst, uint32_t name, Value* out);
/// The instance's __dict__: a dict object that holds its attributes from
/// the first call on, so changes through it are changes of the instance.
Status instance_dict(Vm& vm, Instance* inst, Value* out);
Status call0(Vm& vm, Value fn, Value* out);
Status call1(Vm& vm, Value fn, Value a, Value* out);
Status call2(Vm& vm, Value fn, Value a, Value b, Value* out);
/// Calls method [name] of [obj] with [n] arguments; [*found] false (and
/// nothing called) when [obj] has no such attribute, if [found] is given.
Status call_method(Vm& vm, Value obj, uint32_t name, size_t n, const Value* args, Value* out, bool* found = nullptr);

/// getattr(obj, name); AttributeError when absent.
Status get_attr(Vm& vm, Value obj, uint32_t name, Value* out);
/// getattr(obj, name, null): [*out] null when absent (AttributeError swallowed).
Status get_attr_maybe(Vm& vm, Value obj, uint32_t name, Value* out);
/// dest[0] = function, dest[1] = self (or null when the function is not a method).
Status load_method(Vm& vm, Value obj, uint32_t name, Value* dest);
/// Like load_method, with dest[0] null when absent.
Status load_method_maybe(Vm& vm, Value obj, uint32_t name, Value* dest);
/// setattr, or delattr when [value] is null.
Status set_attr(Vm& vm, Value obj, uint32_t name, Value value);
/// The attribute lookup used by super(): starts in the MRO after [after].
Status super_load(Vm& vm, Type* after, Value self, uint32_t name, Value* dest, bool want_method);

Status binary_op(Vm& vm, int op, Value a, Value b, Value* out);
Status unary_op(Vm& vm, int op, Value a, Value* out);
Status equal(Vm& vm, Value a, Value b, bool* out);
Status less_than(Vm& vm, Value a, Value b, bool* out);
Status hash_value(Vm& vm, Value v, uint32_t* out);
Status truthy(Vm& vm, Value v, bool* out);
Status repr(Vm& vm, Value v, Value* out);
Status to_str(Vm& vm, Value v, Value* out);
/// Appends repr(v) or str(v) to [buf].
Status repr_into(Vm& vm, Buf& buf, Value v, bool as_str);
Status get_iter(Vm& vm, Value v, Value* out);
/// The next item, or null in [*out] when the iterator is exhausted.
Status iter_next(Vm& vm, Value iter, Value* out);
Status subscr(Vm& vm, Value obj, Value index, Value* out);
/// obj[index] = value; del obj[index] when [value] is null.
Status store_subscr(Vm& vm, Value obj, Value index, Value value);
Status length(Vm& vm, Value v, size_t* out);
Status contains(Vm& vm, Value container, Value item, bool* out);
/// Whether [v] is callable.
bool is_callable(Vm& vm, Value v);

/// Raises TypeError when more keyword or positional arguments were passed
/// than [name] takes.
Status check_no_kw(Vm& vm, const Args& args, const char* name);
/// The keyword argument [name] among [args], or [dflt].
Value kw_arg(const Args& args, uint32_t name, Value dflt);

// ---- functions, classes, exceptions, generators -------------------------------

/// Calls a bytecode function.
Status call_function(Vm& vm, Function* fn, const Args& args, Value* out);
/// Runs [frame] until it returns, yields or raises. [inject] (when not null)
/// is raised at the resume point. Returns kOk with [*yielded] telling which.
Status run_frame(Vm& vm, Frame* frame, Value inject, Value* out, bool* yielded);
/// A frame for [fn] with its arguments bound; null with an exception pending.
/// With [on_stack] it goes on the frame stack when there is room (the
/// caller resets vm.frame_stack_used when the call is over).
Frame* make_frame(Vm& vm, Function* fn, const Args& args, bool on_stack = false);
/// Called at backward jumps and calls: raises KeyboardInterrupt when an
/// interrupt was requested, RuntimeError when the step budget is spent.
inline bool poll_due(Vm& vm) { return vm.interrupt_requested || (vm.config.step_budget && --vm.steps_left == 0); }
Status poll(Vm& vm);
/// A function object for [code] (no defaults, no closure) in [globals].
Value new_function(Vm& vm, Code* code, Value globals);
Value new_generator(Vm& vm, Frame* frame, uint32_t name);
/// Resumes a generator: send [value] or throw [exc]. [*done] tells whether
/// it returned ([*out] the return value) rather than yielded.
Status gen_resume(Vm& vm, Value gen, Value value, Value exc, Value* out, bool* done);
bool init_gen(Vm& vm);

/// Instantiates a type: calls __new__ / __init__ or the builtin constructor.
Status type_call(Vm& vm, Type* type, const Args& args, Value* out);
/// __build_class__(body, name, *bases, **kw).
Status build_class(Vm& vm, const Args& args, Value* out);
Status instance_repr(Vm& vm, Value v, Buf& buf);
bool init_type(Vm& vm);

/// Creates an exception of [type] with [args].
Value new_exception(Vm& vm, Type* type, size_t n, const Value* args);
Status exception_str(Vm& vm, Value exc, Buf& buf);
/// BaseException.__repr__: the class name and the args, `ValueError('x')`.
Status exception_repr(Vm& vm, Value exc, Buf& buf);
/// Appends a traceback entry to [exc].
void exception_add_traceback(Vm& vm, Value exc, uint32_t file, uint32_t line, uint32_t block);
bool init_exceptions(Vm& vm);

bool init_builtins(Vm& vm);
/// exec(), eval() and compile() (builtins_exec.cpp).
Status builtin_exec(Vm& vm, const Args& args, Value* out);
Status builtin_eval(Vm& vm, const Args& args, Value* out);
Status builtin_compile(Vm& vm, const Args& args, Value* out);
/// A builtin name (function, type, exception, constant): vm.builtins first,
/// then the constant tables, caching what it finds in vm.builtins. [*out]
/// null when there is no such builtin.
Status builtin_lookup(Vm& vm, uint32_t name, Value* out);
/// Puts every builtin into vm.builtins (before `import builtins` lists it).
Status builtins_materialize(Vm& vm);
bool init_modules(Vm& vm);

// ---- builtin modules (builtin_modules.cpp) ----------------------------------

/// A new module object named [name] with an empty globals dict (holding
/// __name__), also returned in [*globals_out] when given; null with
/// MemoryError pending.
Value new_module(Vm& vm, std::string_view name, Value* globals_out = nullptr);
/// Stores a native function [name] in the module globals [globals].
bool add_fn(Vm& vm, Value globals, const char* name, NativeImpl impl, int min, int max, bool kw = false);
/// A builtin module: its constant function table, whose functions become
/// objects on first lookup (module_lookup), and an init that adds the rest
/// (constants, classes); either may be empty.
struct ModuleDef {
  const MethodDef* fns = nullptr;
  uint16_t n_fns = 0;
  bool (*init)(Vm& vm, Module* m, Value globals) = nullptr;
};
template <size_t N>
constexpr ModuleDef module_def(const MethodDef (&fns)[N], bool (*init)(Vm&, Module*, Value) = nullptr) {
  static_assert(N <= UINT16_MAX);
  return ModuleDef{fns, uint16_t(N), init};
}
/// The module's attribute [name] from its globals or its function table (the
/// function is stored in the globals then); null when it has none.
Status module_lookup(Vm& vm, Module* m, uint32_t name, Value* out);
/// Stores every function of the module's table in its globals (for
/// __dict__, dir() and import *).
Status module_materialize(Vm& vm, Module* m);
/// Stores [v] under [name] in [g]; false when [v] is null or the store fails.
bool put(Vm& vm, Value g, const char* name, Value v);
/// The sys module's attribute [name] once sys is imported, else null; never
/// raises (mod_sys.cpp).
Value sys_attr(Vm& vm, uint32_t name);
/// The builtin module [name], freshly created and initialised; [*out] null
/// when there is no builtin module of that name.
Status builtin_module(Vm& vm, std::string_view name, Value* out);

/// The builtin modules: kModule_<name> in mod_<name>.cpp. An init fills the
/// globals [g]; false with an exception (or nothing: MemoryError) pending on
/// failure.
#define CPY_VM_MODULES(X)                                                                                      \
  X(sys) X(gc) X(micropython) X(math) X(struct) X(time) X(random) X(collections) X(json)     \
      X(binascii) X(errno) X(io) X(os) X(heapq) X(hashlib) X(re) X(array) X(select) X(cmath) X(__future__)
#define CPY_VM_DECLARE_MODULE(name) extern const ModuleDef kModule_##name;
CPY_VM_MODULES(CPY_VM_DECLARE_MODULE)
#undef CPY_VM_DECLARE_MODULE

/// A class whose instances are Instance-based objects with native state
/// (deque, StringIO, ...): Kind::kInstance, so special methods dispatch
/// through the class dict; add them with add_special. [base] null: object.
Type* new_native_class(Vm& vm, const char* name, Type* base = nullptr);
/// Adds a native special method (__len__, __iter__, __new__ ...) to a native
/// class: marked is_special, so that the protocol (user_method) calls it.
bool add_special(Vm& vm, Type* type, const char* name, NativeImpl impl, int min, int max, bool kw = false);
/// The keyword argument [name] among [args], or [dflt].
Value kw_named(Vm& vm, const Args& args, const char* name, Value dflt);
/// Positional argument [i], else keyword [name], else [dflt].
Value arg_or_kw(Vm& vm, const Args& args, size_t i, const char* name, Value dflt);
/// A new bytearray holding [data].
Value new_bytearray(Vm& vm, std::string_view data);
/// Appends [data] to the bytearray [ba].
Status bytearray_append(Vm& vm, Value ba, std::string_view data);
/// The readable bytes of bytes or bytearray (also str when [allow_str]); TypeError otherwise.
Status get_buffer(Vm& vm, Value v, std::string_view* out, bool allow_str = false);
/// NUL-terminated copy of [s] on the heap (for platform calls).
const char* heap_cstr(Vm& vm, std::string_view s);
/// Raises OSError(errno) as MicroPython does ([OSError: [Errno 2] ENOENT]).
Status raise_oserror(Vm& vm, int err);

/// A namedtuple class [name] with [n] [fields] (collections.namedtuple,
/// time.struct_time); null with an exception pending.
Type* new_namedtuple_type(Vm& vm, std::string_view name, const std::string_view* fields, size_t n);
/// An instance of the namedtuple class [type] holding [items].
Value new_namedtuple(Vm& vm, Type* type, const Value* items, size_t n);

/// Native object state after the Instance header; [tag] tells which kind of
/// native object it is, so methods can check self.
struct NativeObj : Instance {
  uint32_t tag;
};
/// [v] as a native object with [tag] (its class or a subclass made it), else null.
template <class T>
T* native_self(Vm& vm, Value v, uint32_t tag) {
  if (!v.is_object() || kind_of(vm, v) != Kind::kInstance) return nullptr;
  T* p = v.as<T>();
  return p->tag == tag ? p : nullptr;
}
/// A new native object of [type] (a native class or a user subclass of it).
template <class T>
T* new_native_obj(Vm& vm, Type* type, uint32_t tag) {
  T* p = alloc_obj<T>(vm, type);
  if (p) p->tag = tag;
  return p;
}
/// The import statement: __import__(name, fromlist, level) from [globals].
Status import_name(Vm& vm, uint32_t name, Value fromlist, Value level, Value globals, Value* out);
Status import_from(Vm& vm, Value module, uint32_t name, Value* out);
Status import_star(Vm& vm, Value module, Value globals);

/// Loads [module] into Code objects and a ModuleContext whose globals are [globals].
Status load_module(Vm& vm, const mpy::Module& module, Value globals, Code** out);
/// Walks every path through every function of [module] (from a .mpy file, so
/// untrusted) and raises ValueError ("invalid .mpy: ...") unless the value
/// stack, exception blocks, locals, cells and closures stay within what the
/// interpreter's frames hold (verify_stack.cpp).
Status verify_module_stack(Vm& vm, const mpy::Module& module);

/// Creates module [name] (with [path] as __path__ when not null), registers
/// it in sys.modules and runs the .mpy [data] in it.
Status run_mpy_as(Vm& vm, std::span<const uint8_t> data, std::string_view name, Value path, Value* out);

/// Registers [mod] in sys.modules and calls [run]([what], [mod]); a module
/// that fails is removed again.
Status register_module_and_run(Vm& vm, Value mod, Status (*run)(Vm&, const void*, Value), const void* what);

// ---- source (source.cpp) ------------------------------------------------------

/// Compiles the module source [source] (traceback name [file]) into Code;
/// SyntaxError (or what the compiler reported) pending on failure.
Status compile_source(Vm& vm, std::string_view source, std::string_view file, Value globals, Code** out);
/// Compiles the expression [source] for eval_code.
Status compile_expression(Vm& vm, std::string_view source, std::string_view file, Value globals, Code** out);
/// Runs top-level [code] with [globals] and [locals] (null: the globals).
Status run_code(Vm& vm, Code* code, Value globals, Value locals, Value* out);
/// Runs code from compile_expression; [*out] is the expression's value.
Status eval_code(Vm& vm, Code* code, Value globals, Value locals, Value* out);
/// Like run_mpy_as, for Python source.
Status run_source_as(Vm& vm, std::string_view source, std::string_view file, std::string_view name, Value path,
                     Value* out);

/// Writes program output.
void vm_write(Vm& vm, std::string_view text, bool error = false);

/// Bounds native recursion: raises RecursionError past the limit.
struct DepthGuard {
  explicit DepthGuard(Vm& v) : vm(v) { ++vm.depth; }
  ~DepthGuard() { --vm.depth; }
  bool too_deep() const { return vm.depth > vm.config.max_depth; }
  Vm& vm;
};
Status raise_recursion(Vm& vm);

}  // namespace cpy::vm
