// The layouts of the VM's heap objects. Every object starts with a pointer
// to its type; a Value that is an object points at that header.
#pragma once

#include <cstddef>
#include <cstdint>

#include "cpy/mpy/model.h"
#include "cpy/vm/map.h"
#include "cpy/vm/value.h"

namespace cpy::vm {

struct Type;
struct Vm;
struct Args;
/// A builtin function or method implemented in C++.
using NativeImpl = Status (*)(Vm& vm, const Args& args, Value* out);

/// What native layout and behaviour a type's instances have. User classes
/// get the kind of the builtin they derive from (kInstance for object and
/// the exceptions).
enum class Kind : uint8_t {
  kInstance,  ///< instances of classes and exceptions (Instance)
  kType,
  kNone,
  kBool,
  kInt,
  kFloat,
  kComplex,
  kStr,
  kBytes,
  kBytearray,
  kTuple,
  kList,
  kDict,
  kSet,
  kFrozenset,
  kRange,
  kSlice,
  kFunction,
  kNative,
  kBoundMethod,
  kCell,
  kGenerator,
  kModule,
  kProperty,
  kStaticMethod,
  kClassMethod,
  kSuper,
  kIterator,
  kDictView,
  kEllipsis,
  kNotImplemented,
  kInternal,  ///< code objects and other things Python code never sees
};

/// How a constant method table entry binds when looked up on an instance.
enum class MethodKind : uint8_t {
  kMethod,       ///< receives the instance
  kClassMethod,  ///< receives the class (dict.fromkeys, int.from_bytes)
  kStaticMethod, ///< receives neither (object.__new__ gets the class explicitly)
  kGetter,       ///< a read-only attribute: the function receives the instance (complex.real)
};

/// The hash QstrPool gives [text] (FNV-1a, 32 bits), at compile time.
constexpr uint32_t text_hash(const char* text) {
  uint32_t h = 2166136261u;
  for (; *text; ++text) {
    h ^= static_cast<unsigned char>(*text);
    h *= 16777619u;
  }
  return h;
}

/// A builtin function or method in a constant table (flash on the device).
/// A type's table is consulted when its dict has no entry of that name; the
/// function object is made on the heap the first time it is looked up and
/// cached in the dict, so start-up allocates nothing for it.
struct MethodDef {
  const char* name;
  uint32_t hash;  ///< text_hash(name)
  NativeImpl impl;
  int16_t min_args;
  int16_t max_args;  ///< -1: any number
  bool takes_kw;
  MethodKind kind;
};

/// A MethodDef with its hash computed at compile time.
constexpr MethodDef method_def(const char* name, NativeImpl impl, int min_args, int max_args, bool takes_kw = false,
                               MethodKind kind = MethodKind::kMethod) {
  return MethodDef{name, text_hash(name), impl, int16_t(min_args), int16_t(max_args), takes_kw, kind};
}

/// The header of every heap object.
struct Obj {
  Type* type;
};

/// Type flags.
enum TypeFlag : uint8_t {
  kTypeIsException = 1,  ///< BaseException or a subclass
  kTypeIsUserClass = 2,  ///< made by a class statement
  kTypeHasGetattr = 4,   ///< defines __getattr__ somewhere in its MRO
  kTypeHasSetattr = 8,   ///< defines __setattr__ or __delattr__
  kTypeBaseable = 16,    ///< may be used as a base class
};

/// A type: builtin or made by a class statement. Aligned to 8 because the
/// builtin types sit side by side in Vm::type_slots, and a value's tag only
/// reads a pointer as an object when it is 8-aligned (also on 32-bit targets,
/// where the struct's size alone would not keep every slot so).
struct alignas(8) Type : Obj {
  Kind kind = Kind::kInstance;
  uint8_t flags = 0;
  uint32_t name = 0;          ///< qstr id
  // A builtin type has one base, [base]; its MRO is the chain of bases, and
  // the tuples below stay null until Python code asks for them (no heap at
  // start-up). A class statement fills both tuples.
  Type* base = nullptr;
  Value bases;                ///< tuple of base types, or null (see above)
  Value mro;                  ///< tuple: this type first, object last; or null
  Map dict;                   ///< attributes and methods
  NativeImpl make = nullptr;  ///< builtin constructor: called with the arguments of type(...)
  const MethodDef* methods = nullptr;  ///< constant method table behind [dict] (builtin types)
  uint16_t n_methods = 0;
};

/// An instance of a class or of an exception type. Exceptions use the
/// extra fields; plain instances leave them null.
struct Instance : Obj {
  Map dict;         ///< attributes, until __dict__ is asked for (see instance_dict())
  Value dict_obj;   ///< the dict object __dict__ returned; from then on it holds the attributes
  Value args;       ///< exceptions: the args tuple
  Value traceback;  ///< exceptions: list of (file qstr, line, block qstr) small ints
  Value cause;      ///< __cause__
  Value context;    ///< __context__
  bool suppress_context = false;
};

/// An int too big to be a small int.
struct BigIntObj : Obj {
  uint32_t size;  ///< limbs
  bool negative;
  uint32_t* limbs() { return reinterpret_cast<uint32_t*>(this + 1); }
};

struct Float : Obj {
  double value;
};

struct Complex : Obj {
  double real;
  double imag;
};

/// str and bytes: immutable text or bytes, stored after the header.
struct Str : Obj {
  size_t size;
  uint32_t hash;  ///< 0 until computed
  bool ascii;     ///< every byte below 0x80: indexes are byte offsets
  char* data() { return reinterpret_cast<char*>(this + 1); }
};

struct Bytearray : Obj {
  size_t size;
  size_t capacity;
  uint8_t* items;
};

struct Tuple : Obj {
  size_t size;
  Value* items() { return reinterpret_cast<Value*>(this + 1); }
};

struct List : Obj {
  size_t size;
  size_t capacity;
  Value* items;
};

/// dict, set and frozenset (a set maps each element to True).
struct Dict : Obj {
  Map map;
};

struct Range : Obj {
  intptr_t start, stop, step;
};

struct Slice : Obj {
  Value start, stop, step;
};

/// A raw code loaded from a .mpy file, with its operands resolved.
struct ModuleContext;
struct Code : Obj {
  mpy::Signature sig;
  uint32_t name;              ///< qstr id
  const uint32_t* arg_names;  ///< qstr ids
  const uint8_t* line_info;
  size_t line_info_size;
  const uint8_t* cells;
  size_t n_cells;
  const uint8_t* bytecode;
  size_t bytecode_size;
  Code** children;
  size_t n_children;
  ModuleContext* context;
};

/// What all the raw codes of one .mpy file share.
struct ModuleContext : Obj {
  uint32_t* qstrs;  ///< module qstr index -> pool id
  Value* consts;
  size_t n_consts;
  Value globals;  ///< the module's dict
  uint32_t source_file;
};

/// A Python function (or closure: closed-over cells follow the header).
struct Function : Obj {
  Code* code;
  Value globals;
  Value defaults;    ///< tuple or null
  Value kwdefaults;  ///< dict or null
  Value attrs;       ///< dict of attributes set on the function, or null
  size_t n_closed;
  Value* closed() { return reinterpret_cast<Value*>(this + 1); }
};

/// Arguments as the VM passes them: [n] positional values, then [n_kw]
/// (name, value) pairs whose names are qstrs.
struct Args {
  const Value* items = nullptr;
  size_t n = 0;
  size_t n_kw = 0;
  Value operator[](size_t i) const { return items[i]; }
  Value kw_name(size_t i) const { return items[n + 2 * i]; }
  Value kw_value(size_t i) const { return items[n + 2 * i + 1]; }
};

struct NativeFn : Obj {
  uint32_t name;
  NativeImpl impl;
  int16_t min_args;
  int16_t max_args;  ///< -1: any number
  bool takes_kw;
  bool is_classmethod;  ///< receives the class (constructors like dict.fromkeys)
  /// A special method of a native class (add_special): the object protocol
  /// calls it as it calls one a class statement defined.
  bool is_special;
};

struct BoundMethod : Obj {
  Value fn;
  Value self;
};

struct Cell : Obj {
  Value value;
};

struct Frame;
struct Generator : Obj {
  Frame* frame;
  Value name;
  bool running;
  bool finished;
  bool started;
};

struct Module : Obj {
  uint32_t name;
  /// Builtin modules: a constant table of functions made into objects (and
  /// stored in [globals]) on first lookup, as a builtin type's methods are.
  uint16_t n_fns = 0;
  Value globals;  ///< dict
  const MethodDef* fns = nullptr;
};

struct Property : Obj {
  Value fget, fset, fdel;
};

/// staticmethod and classmethod wrappers.
struct Wrapper : Obj {
  Value fn;
};

struct Super : Obj {
  Type* cls;
  Value self;
};

/// Which builtin iterator an Iterator object is.
enum class IterKind : uint8_t {
  kSeq,  ///< tuple, list, str, bytes, bytearray by index
  kRange,
  kDictKeys,
  kDictValues,
  kDictItems,
  kEnumerate,
  kZip,
  kMap,
  kFilter,
  kReversed,
  kCallable,  ///< iter(callable, sentinel)
  kGetitem,   ///< old-style __getitem__ iteration
};

struct Iterator : Obj {
  IterKind ikind;
  Value seq;
  intptr_t index;
  intptr_t limit;
  Value a, b;
};

/// dict.keys()/values()/items() views.
struct DictView : Obj {
  Value dict;
  IterKind ikind;
};

}  // namespace cpy::vm
