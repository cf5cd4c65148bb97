// Static verification of loaded bytecode: the interpreter trusts the value
// stack depth, the exception-block stack, local and cell slots and the kinds
// of the few internal values it keeps on the stack (nulls, for-loop slots,
// finally markers). A .mpy file comes from outside, so before it runs every
// path through every function is walked abstractly and anything the
// interpreter would read or write out of bounds, or misinterpret, is
// rejected with ValueError instead.
//
// The walk keeps, per instruction that can be reached from more than one
// place, a few abstract states (depth, exception blocks, what kind of value
// each stack slot may hold). States of the same shape (same depth, blocks
// and finally markers) are merged; different shapes stay apart, because a
// finally body is entered with different markers on the stack and each one
// continues differently at END_FINALLY.
#include <algorithm>
#include <cstring>

#include "cpy/mpy/opcodes.h"
#include "runtime.h"

namespace cpy::vm {

using mpy::Op;

namespace {

// What a stack slot may hold, as a set.
enum : uint16_t {
  kNull = 1u << 0,    // LOAD_NULL, the self slot of a plain function, for-loop padding
  kNone = 1u << 1,    // None
  kInt = 1u << 2,     // a small int
  kExc = 1u << 3,     // the exception an exception handler starts with
  kObj = 1u << 4,     // any other Python value
  kQstr = 1u << 5,    // an interned string (keyword-argument names)
  kTuple = 1u << 6,   // a tuple (its length is known when the slot is exact)
  kList = 1u << 7,    // a list built by BUILD_LIST
  kDict = 1u << 8,    // a dict built by BUILD_MAP
  kSet = 1u << 9,     // a set built by BUILD_SET
  kCell = 1u << 10,   // a closure cell read raw from a cell slot
};
// Anything Python code may see and pass around.
constexpr uint16_t kValue = kNone | kInt | kExc | kObj | kQstr | kTuple | kList | kDict | kSet;

struct Slot {
  uint16_t kinds;
  uint16_t known;  // 1 when [value] is exact: a finally marker or a tuple length
  int32_t value;
};

struct Block {
  uint32_t handler;  // bytecode offset of the handler
  uint32_t depth;    // stack depth the handler starts from
  uint32_t is_finally;
};

// A state recorded at a join point, followed in memory by its slots and blocks.
struct Stored {
  Stored* next;
  uint32_t pc;
  uint32_t depth;
  uint32_t n_exc;
  bool queued;
  Stored* next_queued;
  Slot* slots() { return reinterpret_cast<Slot*>(this + 1); }
};

// Past these limits a function is rejected as too complex to verify; the
// compilers stay far below them.
constexpr uint32_t kMaxShapesPerPoint = 64;
constexpr uint32_t kMaxCode = 1u << 24;
// The reason given when the walk itself ran out of memory.
constexpr const char kNoMemory[] = "out of memory";

struct Walker {
  Walker(Vm& v, const mpy::Module& m, const mpy::RawCode& r, uint32_t c, uint16_t* cc, Arena& a)
      : vm(v), module(m), raw(r), closed(c), child_closed(cc), arena(a) {}

  Vm& vm;
  const mpy::Module& module;
  const mpy::RawCode& raw;
  uint32_t closed;        // cells the function receives before its arguments
  uint16_t* child_closed;  // per child: closed cells its MAKE_* passes (0xffff: not made)
  Arena& arena;
  const char* error = nullptr;
  uint32_t error_pc = 0;
  uint32_t current_pc = 0;

  std::span<const uint8_t> bc;
  uint32_t max_stack = 0;
  uint32_t max_exc = 0;
  uint8_t* starts = nullptr;  // bit per byte: an instruction starts here
  uint8_t* joins = nullptr;   // bit per byte: states are recorded here
  uint8_t* cell_slot = nullptr;
  uint32_t* join_pcs = nullptr;
  uint32_t n_joins = 0;
  Stored** heads = nullptr;
  uint32_t* shapes = nullptr;
  Stored* queue = nullptr;
  size_t steps_left = 0;

  // The working state, and a copy of it for instructions with several outcomes.
  uint32_t depth = 0;
  uint32_t n_exc = 0;
  Slot* slots = nullptr;
  Block* exc = nullptr;
  uint32_t saved_depth = 0;
  uint32_t saved_n_exc = 0;
  Slot* saved_slots = nullptr;
  Block* saved_exc = nullptr;

  void save() {
    saved_depth = depth;
    saved_n_exc = n_exc;
    if (depth) std::memcpy(saved_slots, slots, depth * sizeof(Slot));
    if (n_exc) std::memcpy(saved_exc, exc, n_exc * sizeof(Block));
  }
  void restore() {
    depth = saved_depth;
    n_exc = saved_n_exc;
    if (depth) std::memcpy(slots, saved_slots, depth * sizeof(Slot));
    if (n_exc) std::memcpy(exc, saved_exc, n_exc * sizeof(Block));
  }

  bool fail(const char* why) {
    if (!error) {
      error = why;
      error_pc = current_pc;
    }
    return false;
  }

  static bool bit(const uint8_t* bits, size_t i) { return bits[i / 8] >> (i % 8) & 1; }
  static void set_bit(uint8_t* bits, size_t i) { bits[i / 8] |= uint8_t(1u << (i % 8)); }

  size_t state_bytes() const { return sizeof(Stored) + max_stack * sizeof(Slot) + max_exc * sizeof(Block); }
  Block* blocks_of(Stored* s) const { return reinterpret_cast<Block*>(s->slots() + max_stack); }

  // ---- the first pass: decode, check operands, find join points ----------

  bool scan() {
    bc = raw.bytecode;
    const mpy::Signature& sig = raw.signature;
    if (bc.empty()) return fail("empty bytecode");
    if (bc.size() >= kMaxCode) return fail("function too large");
    size_t nbits = (bc.size() + 8) / 8;
    starts = arena.make_array<uint8_t>(nbits);
    joins = arena.make_array<uint8_t>(nbits);
    cell_slot = arena.make_array<uint8_t>(sig.n_state / 8 + 1);
    if (!starts || !joins || !cell_slot) return fail(kNoMemory);

    // Locals the frame fills before the first instruction.
    uint64_t n_locals = uint64_t(sig.n_pos_args) + sig.n_kwonly_args +
                        ((sig.scope_flags & mpy::kScopeVarArgs) ? 1 : 0) +
                        ((sig.scope_flags & mpy::kScopeVarKeywords) ? 1 : 0);
    if (sig.n_def_pos_args > sig.n_pos_args) return fail("more defaults than positional arguments");
    if (closed > sig.n_pos_args) return fail("more closed-over cells than positional arguments");
    if (raw.arg_names.size() != size_t(sig.n_pos_args) + sig.n_kwonly_args) return fail("argument names missing");
    for (uint8_t c : raw.cells) {
      if (c >= sig.n_state) return fail("cell slot out of range");
      set_bit(cell_slot, c);
      if (c + 1u > n_locals) n_locals = c + 1u;
    }
    for (uint32_t i = 0; i < closed; ++i) set_bit(cell_slot, i);

    for (size_t ip = 0; ip < bc.size();) {
      auto r = mpy::decode_instruction(bc, ip);
      if (!r.ok()) return fail("undecodable instruction");
      const mpy::Instruction& ins = r.value();
      set_bit(starts, ip);
      uint64_t arg = uint64_t(ins.arg);
      switch (ins.info->operand) {
        case mpy::Operand::kQstr:
          if (arg >= module.qstrs.size()) return fail("qstr operand out of range");
          break;
        case mpy::Operand::kConst:
          if (arg >= module.consts.size()) return fail("constant operand out of range");
          break;
        case mpy::Operand::kChild: {
          if (arg >= raw.children.size()) return fail("function operand out of range");
          Op op = ins.op();
          uint16_t n = (op == Op::MAKE_CLOSURE || op == Op::MAKE_CLOSURE_DEFARGS) ? ins.extra : 0;
          uint16_t& seen = child_closed[arg];
          if (seen != 0xffff && seen != n) return fail("function made with different closures");
          seen = n;
          break;
        }
        case mpy::Operand::kLocal:
          if (arg >= sig.n_state) return fail("local slot out of range");
          if (arg + 1 > n_locals) n_locals = arg + 1;
          break;
        default:
          break;
      }
      Op op = Op(ins.info->range_first);  // one name for a whole range of opcodes
      if (op == Op::LOAD_FAST_MULTI || op == Op::STORE_FAST_MULTI) {
        if (arg >= sig.n_state) return fail("local slot out of range");
        if (arg + 1 > n_locals) n_locals = arg + 1;
      }
      if (op == Op::WITH_CLEANUP || op == Op::END_FINALLY) set_bit(joins, ip + ins.size);
      if (op == Op::YIELD_FROM) set_bit(joins, ip);
      ip += ins.size;
    }
    if (n_locals > sig.n_state) return fail("more locals than state slots");
    max_stack = uint32_t(sig.n_state - n_locals);
    max_exc = sig.n_exc_stack;

    set_bit(joins, 0);
    for (size_t ip = 0; ip < bc.size();) {
      mpy::Instruction ins = mpy::decode_instruction(bc, ip).value();
      if (ins.is_jump()) {
        int64_t t = ins.jump_target();
        if (t < 0 || size_t(t) >= bc.size() || !bit(starts, size_t(t))) return fail("jump target is not an instruction");
        set_bit(joins, size_t(t));
      }
      ip += ins.size;
    }
    // Join points past the end (after a final END_FINALLY) are never entered:
    // flowing there is caught as falling off the end.
    for (size_t i = 0; i < bc.size(); ++i) n_joins += bit(joins, i) && bit(starts, i);
    join_pcs = arena.make_array<uint32_t>(n_joins ? n_joins : 1);
    heads = arena.make_array<Stored*>(n_joins ? n_joins : 1);
    shapes = arena.make_array<uint32_t>(n_joins ? n_joins : 1);
    slots = arena.make_array<Slot>(max_stack + 1);
    exc = arena.make_array<Block>(max_exc + 1);
    saved_slots = arena.make_array<Slot>(max_stack + 1);
    saved_exc = arena.make_array<Block>(max_exc + 1);
    if (!join_pcs || !heads || !shapes || !slots || !exc || !saved_slots || !saved_exc) return fail(kNoMemory);
    uint32_t k = 0;
    for (size_t i = 0; i < bc.size(); ++i) {
      if (bit(joins, i) && bit(starts, i)) join_pcs[k++] = uint32_t(i);
    }
    steps_left = size_t(bc.size()) * 64 + 200000;
    return true;
  }

  int32_t join_index(uint32_t pc) const {
    const uint32_t* end = join_pcs + n_joins;
    const uint32_t* p = std::lower_bound(static_cast<const uint32_t*>(join_pcs), end, pc);
    return (p != end && *p == pc) ? int32_t(p - join_pcs) : -1;
  }

  // ---- recording states at join points -----------------------------------

  bool same_shape(Stored* s) {
    if (s->depth != depth || s->n_exc != n_exc) return false;
    if (n_exc && std::memcmp(blocks_of(s), exc, n_exc * sizeof(Block)) != 0) return false;
    Slot* a = s->slots();
    for (uint32_t i = 0; i < depth; ++i) {
      if (a[i].known != slots[i].known) return false;
      if (a[i].known && (a[i].value != slots[i].value || a[i].kinds != slots[i].kinds)) return false;
    }
    return true;
  }

  // Merges the working state into the states recorded at [pc].
  bool flow_to(uint32_t pc) {
    if (pc >= bc.size()) return fail("execution runs past the end");
    int32_t j = join_index(pc);
    if (j < 0) return fail("jump into the middle of straight-line code");
    for (Stored* s = heads[j]; s; s = s->next) {
      if (!same_shape(s)) continue;
      bool changed = false;
      Slot* a = s->slots();
      for (uint32_t i = 0; i < depth; ++i) {
        uint16_t k = a[i].kinds | slots[i].kinds;
        if (k != a[i].kinds) {
          a[i].kinds = k;
          changed = true;
        }
      }
      if (changed) enqueue(s);
      return true;
    }
    if (++shapes[j] > kMaxShapesPerPoint) return fail("too many stack shapes");
    auto* s = static_cast<Stored*>(arena.allocate(state_bytes(), alignof(Stored)));
    if (!s) return fail(kNoMemory);
    s->pc = pc;
    s->depth = depth;
    s->n_exc = n_exc;
    s->queued = false;
    if (depth) std::memcpy(s->slots(), slots, depth * sizeof(Slot));
    if (n_exc) std::memcpy(blocks_of(s), exc, n_exc * sizeof(Block));
    s->next = heads[j];
    heads[j] = s;
    enqueue(s);
    return true;
  }

  void enqueue(Stored* s) {
    if (s->queued) return;
    s->queued = true;
    s->next_queued = queue;
    queue = s;
  }

  // ---- the working state -------------------------------------------------

  bool need(uint32_t n) { return depth >= n || fail("stack underflow"); }
  bool room(uint32_t n) { return uint64_t(depth) + n <= max_stack || fail("stack overflow"); }
  Slot& top(uint32_t i = 0) { return slots[depth - 1 - i]; }
  bool push(uint16_t kinds, bool known = false, int32_t value = 0) {
    if (!room(1)) return false;
    slots[depth++] = Slot{kinds, uint16_t(known ? 1 : 0), value};
    return true;
  }
  bool kinds_ok(const Slot& s, uint16_t allowed) {
    return (s.kinds & ~allowed) == 0 || fail("a value of the wrong kind on the stack");
  }
  // The top [n] slots hold Python values.
  bool values(uint32_t n, uint32_t from = 0) {
    if (!need(from + n)) return false;
    for (uint32_t i = 0; i < n; ++i) {
      if (!kinds_ok(top(from + i), kValue)) return false;
    }
    return true;
  }
  void set_top(uint16_t kinds, uint32_t i = 0) { top(i) = Slot{kinds, 0, 0}; }

  // An exception raised by the instruction at [at] while the stack was
  // [low] deep: it reaches the innermost handler that is not already running.
  bool raise_at(uint32_t at, uint32_t low) {
    uint32_t n = n_exc;
    while (n > 0 && exc[n - 1].handler <= at) --n;
    if (n == 0) return true;
    const Block& b = exc[n - 1];
    if (b.depth > low) return fail("exception handler above the stack");
    if (b.depth + 1 > max_stack) return fail("stack overflow");
    uint32_t saved_depth = depth, saved_exc = n_exc;
    Slot saved_slot = slots[b.depth];
    depth = b.depth;
    n_exc = n;
    slots[depth++] = Slot{kExc, 0, 0};
    bool ok = flow_to(b.handler);
    slots[b.depth] = saved_slot;
    depth = saved_depth;
    n_exc = saved_exc;
    return ok;
  }

  // A finally block that is already running gives up what it was going to
  // do: its marker slots go, the value on top stays.
  bool cancel_finally() {
    if (!need(2)) return false;
    Slot& below = top(1);
    if (below.kinds & kInt) {
      if (below.kinds != kInt) return fail("ambiguous finally state");
      if (!need(3)) return false;
      top(2) = top();
      depth -= 2;
    } else {
      top(1) = top();
      depth -= 1;
    }
    return true;
  }

  // RETURN_VALUE, and END_FINALLY resuming a return; [ip] is past the opcode.
  bool unwind_return(uint32_t ip) {
    while (n_exc > 0) {
      const Block& b = exc[n_exc - 1];
      if (b.is_finally) {
        if (b.handler >= ip) {
          if (!need(1) || !kinds_ok(top(), kValue | kCell)) return false;
          if (b.depth + 1 > depth) return fail("finally block above the stack");
          Slot ret = top();
          depth = b.depth;
          if (!push(ret.kinds) || !push(kInt, true, -1)) return false;
          return flow_to(b.handler);
        }
        if (!cancel_finally()) return false;
      }
      --n_exc;
    }
    // A class body returns its __class__ cell itself.
    return need(1) && kinds_ok(top(), kValue | kCell);
  }

  // UNWIND_JUMP, and END_FINALLY resuming one; the destination is on the stack.
  bool unwind_jump(uint32_t count, uint32_t ip, uint32_t at) {
    while ((count & 0x7f) > 0) {
      --count;
      if (n_exc == 0) return fail("unwinding more blocks than are set up");
      const Block& b = exc[n_exc - 1];
      if (b.is_finally) {
        if (b.handler >= ip) {
          if (!push(kInt, true, int32_t(count))) return false;
          return flow_to(b.handler);
        }
        if (!cancel_finally()) return false;
      }
      --n_exc;
    }
    if (!need(1)) return false;
    Slot dest = top();
    if (dest.kinds != kInt || !dest.known) return fail("jump destination is not on the stack");
    --depth;
    if (count != 0) {
      if (!need(4)) return false;
      depth -= 4;
    }
    if (dest.value < 0 || size_t(dest.value) >= bc.size() || !bit(starts, size_t(dest.value))) {
      return fail("jump target is not an instruction");
    }
    return raise_at(at, depth) && flow_to(uint32_t(dest.value));
  }

  // ---- one instruction -----------------------------------------------------

  // Steps the working state over the instruction at [pc]; [*next] is the
  // fall-through successor or UINT32_MAX when control does not fall through.
  bool step(uint32_t pc, uint32_t* next) {
    mpy::Instruction ins = mpy::decode_instruction(bc, pc).value();
    current_pc = pc;
    uint32_t after = pc + ins.size;
    *next = after;
    uint64_t arg = uint64_t(ins.arg);
    Op op = Op(ins.info->range_first);  // one name for a whole range of opcodes
    // Any instruction may raise; some do so after popping part of what they
    // use, and the handler must not start above that.
    if (!raise_at(pc, depth)) return false;
    uint64_t popped = pops_before_raise(op, arg, ins.extra);
    if (popped > depth) return fail("stack underflow");
    if (!check_low(pc, depth - uint32_t(popped))) return false;
    switch (op) {
      case Op::LOAD_CONST_FALSE:
      case Op::LOAD_CONST_TRUE:
        return push(kObj);
      case Op::LOAD_CONST_NONE:
        return push(kNone);
      case Op::LOAD_CONST_SMALL_INT:
      case Op::LOAD_CONST_SMALL_INT_MULTI:
        return push(kInt);
      case Op::LOAD_CONST_STRING:
        return push(kQstr);
      case Op::LOAD_CONST_OBJ: {
        const mpy::Const& c = module.consts[arg];
        if (c.kind == mpy::ConstKind::kTuple) return push(kTuple, true, int32_t(std::min<size_t>(c.items.size(), INT32_MAX)));
        return push(kObj);
      }
      case Op::LOAD_NULL:
        return push(kNull);
      case Op::LOAD_FAST_N:
      case Op::LOAD_FAST_MULTI:
        return push(bit(cell_slot, arg) ? uint16_t(kCell) : kValue);
      case Op::STORE_FAST_N:
      case Op::STORE_FAST_MULTI:
      case Op::DELETE_FAST:
        if (bit(cell_slot, arg)) return fail("a cell slot used as a plain local");
        if (op == Op::DELETE_FAST) return true;
        if (!need(1) || !kinds_ok(top(), kValue | kNull)) return false;
        --depth;
        return true;
      case Op::LOAD_DEREF:
      case Op::STORE_DEREF:
      case Op::DELETE_DEREF:
        if (!bit(cell_slot, arg)) return fail("a plain local used as a cell");
        if (op == Op::LOAD_DEREF) return push(kValue);
        if (op == Op::DELETE_DEREF) return true;
        if (!need(1) || !kinds_ok(top(), kValue | kNull)) return false;
        --depth;
        return true;
      case Op::LOAD_GLOBAL:
        if (exc_match_fused(pc) == after) {
          // The interpreter replaces TOS with a bool and skips the BINARY_OP.
          if (!need(1)) return false;
          set_top(kObj);
          *next = after + 1;
          return true;
        }
        return push(kValue);
      case Op::LOAD_NAME:
      case Op::LOAD_BUILD_CLASS:
        return push(kValue);
      case Op::LOAD_ATTR:
      case Op::GET_ITER:
        if (!values(1)) return false;
        set_top(kValue);
        return true;
      case Op::LOAD_METHOD:
        if (!values(1)) return false;
        set_top(kValue);
        return push(kValue | kNull);
      case Op::LOAD_SUPER_METHOD:
        if (!need(3) || !values(2)) return false;
        --depth;
        set_top(kValue, 1);
        set_top(kValue | kNull);
        return true;
      case Op::LOAD_SUBSCR:
      case Op::IMPORT_NAME:
        if (!values(2)) return false;
        --depth;
        set_top(kValue);
        return true;
      case Op::STORE_NAME:
      case Op::STORE_GLOBAL:
      case Op::IMPORT_STAR:
      case Op::POP_TOP:
        if (op == Op::POP_TOP ? !need(1) : !values(1)) return false;
        --depth;
        return true;
      case Op::STORE_ATTR:
        // A null value deletes (del obj.attr).
        if (!values(1) || !need(2) || !kinds_ok(top(1), kValue | kNull)) return false;
        depth -= 2;
        return true;
      case Op::STORE_SUBSCR:
        // A null value deletes (del obj[index]).
        if (!values(2) || !need(3) || !kinds_ok(top(2), kValue | kNull)) return false;
        depth -= 3;
        return true;
      case Op::DELETE_NAME:
      case Op::DELETE_GLOBAL:
        return true;
      case Op::IMPORT_FROM:
        if (!values(1)) return false;
        return push(kValue);
      case Op::DUP_TOP:
        if (!need(1)) return false;
        if (async_with_check(pc, next)) return !error;
        {
          Slot s = top();
          return push(s.kinds, s.known, s.value);
        }
      case Op::DUP_TOP_TWO:
        if (!need(2) || !room(2)) return false;
        slots[depth] = slots[depth - 2];
        slots[depth + 1] = slots[depth - 1];
        depth += 2;
        return true;
      case Op::ROT_TWO:
        if (!need(2)) return false;
        std::swap(top(0), top(1));
        return true;
      case Op::ROT_THREE: {
        if (!need(3)) return false;
        Slot t = top(0);
        top(0) = top(1);
        top(1) = top(2);
        top(2) = t;
        return true;
      }
      case Op::JUMP:
        *next = UINT32_MAX;
        return flow_to(uint32_t(ins.jump_target()));
      case Op::POP_JUMP_IF_TRUE:
      case Op::POP_JUMP_IF_FALSE:
        if (!values(1)) return false;
        --depth;
        return flow_to(uint32_t(ins.jump_target()));
      case Op::JUMP_IF_TRUE_OR_POP:
      case Op::JUMP_IF_FALSE_OR_POP:
        if (!values(1) || !flow_to(uint32_t(ins.jump_target()))) return false;
        --depth;
        return true;
      case Op::SETUP_WITH:
        if (!values(1) || !room(2)) return false;
        if (n_exc >= max_exc) return fail("too many exception blocks");
        set_top(kValue);
        push(kValue | kNull);
        exc[n_exc++] = Block{uint32_t(ins.jump_target()), depth, 1};
        return push(kValue);
      case Op::SETUP_EXCEPT:
      case Op::SETUP_FINALLY:
        if (n_exc >= max_exc) return fail("too many exception blocks");
        exc[n_exc++] = Block{uint32_t(ins.jump_target()), depth, op == Op::SETUP_FINALLY ? 1u : 0u};
        return true;
      case Op::WITH_CLEANUP:
        return with_cleanup(pc, next);
      case Op::END_FINALLY:
        return end_finally(pc, next);
      case Op::UNWIND_JUMP:
        *next = UINT32_MAX;
        if (!push(kInt, true, int32_t(ins.jump_target()))) return false;
        return unwind_jump(ins.extra, after, pc);
      case Op::POP_EXCEPT_JUMP:
        if (n_exc == 0) return fail("popping an exception block that is not set up");
        --n_exc;
        *next = UINT32_MAX;
        return flow_to(uint32_t(ins.jump_target()));
      case Op::GET_ITER_STACK:
        if (!values(1) || !room(3)) return false;
        set_top(kNull);
        push(kObj);
        push(kNull);
        return push(kNull);
      case Op::FOR_ITER: {
        if (!need(4) || !values(1, 2)) return false;
        depth -= 4;
        if (!flow_to(uint32_t(ins.jump_target()))) return false;
        depth += 4;
        return push(kValue);
      }
      case Op::BUILD_TUPLE:
      case Op::BUILD_LIST:
      case Op::BUILD_SET: {
        if (arg > max_stack) return fail("stack underflow");
        if (!values(uint32_t(arg))) return false;
        depth -= uint32_t(arg);
        if (op == Op::BUILD_TUPLE) return push(kTuple, true, int32_t(arg));
        return push(op == Op::BUILD_LIST ? kList : kSet);
      }
      case Op::BUILD_MAP:
        return push(kDict);
      case Op::STORE_MAP:
        if (!need(3) || !values(2) || !kinds_ok(top(2), kDict)) return false;
        depth -= 2;
        return true;
      case Op::BUILD_SLICE:
        if (arg != 2 && arg != 3) return fail("bad slice operand");
        if (!values(uint32_t(arg))) return false;
        depth -= uint32_t(arg) - 1;
        set_top(kValue);
        return true;
      case Op::STORE_COMP: {
        uint64_t off = arg >> 2;
        uint32_t kind = uint32_t(arg & 3);
        uint32_t items = kind == 1 ? 2 : 1;
        if (kind == 3) return fail("bad comprehension operand");
        // The comprehension's container lies below the items this stores.
        if (off >= depth) return fail("stack underflow");
        if (off < items) return fail("bad comprehension operand");
        if (!values(items)) return false;
        uint16_t want = kind == 0 ? uint16_t(kList) : kind == 1 ? uint16_t(kDict) : uint16_t(kSet);
        if (!kinds_ok(top(uint32_t(off)), want)) return false;
        depth -= items;
        return true;
      }
      case Op::UNPACK_SEQUENCE:
        if (!values(1)) return false;
        if (arg > max_stack) return fail("stack overflow");
        --depth;
        if (!room(uint32_t(arg))) return false;
        for (uint64_t i = 0; i < arg; ++i) push(kValue);
        return true;
      case Op::UNPACK_EX: {
        uint32_t n = uint32_t((arg & 0xff) + ((arg >> 8) & 0xff)) + 1;
        if (!values(1)) return false;
        --depth;
        if (!room(n)) return false;
        for (uint32_t i = 0; i < n; ++i) push(kValue);
        return true;
      }
      case Op::MAKE_FUNCTION:
        return push(kValue);
      case Op::MAKE_FUNCTION_DEFARGS:
        if (!need(2) || !defaults_ok(arg, 0)) return false;
        --depth;
        set_top(kValue);
        return true;
      case Op::MAKE_CLOSURE:
      case Op::MAKE_CLOSURE_DEFARGS: {
        uint32_t n = ins.extra;
        bool defargs = op == Op::MAKE_CLOSURE_DEFARGS;
        if (n > raw.children[arg].signature.n_pos_args) return fail("more closed-over cells than positional arguments");
        if (!need(n + (defargs ? 2 : 0))) return false;
        for (uint32_t i = 0; i < n; ++i) {
          if (!kinds_ok(top(i), kCell)) return false;
        }
        if (defargs && !defaults_ok(arg, n)) return false;
        depth -= n + (defargs ? 2 : 0);
        return push(kValue);
      }
      case Op::CALL_FUNCTION:
      case Op::CALL_METHOD:
      case Op::CALL_FUNCTION_VAR_KW:
      case Op::CALL_METHOD_VAR_KW:
        return call(op, arg);
      case Op::RETURN_VALUE:
        *next = UINT32_MAX;
        return unwind_return(after);
      case Op::RAISE_LAST:
        *next = UINT32_MAX;
        return true;
      case Op::RAISE_OBJ:
        *next = UINT32_MAX;
        return values(1);
      case Op::RAISE_FROM:
        *next = UINT32_MAX;
        return values(2);
      case Op::YIELD_VALUE:
        // Resuming replaces the yielded value with the one sent in.
        if (!values(1)) return false;
        set_top(kValue);
        return true;
      case Op::YIELD_FROM: {
        if (!values(2)) return false;
        // Not finished: the generator comes back to this instruction.
        set_top(kValue);
        if (!flow_to(pc)) return false;
        --depth;
        set_top(kValue);
        return true;
      }
      case Op::UNARY_OP_MULTI:
        if (!values(1)) return false;
        set_top(kValue);
        return true;
      case Op::BINARY_OP_MULTI:
        if (!values(2)) return false;
        --depth;
        set_top(kValue);
        return true;
      default:
        break;
    }
    return fail("unknown opcode");
  }

  // Whether the interpreter fuses the LOAD_GLOBAL at [pc] with the
  // exception-match BINARY_OP after it: a global named BaseException loaded
  // just after the start of the running finally handler (see LOAD_GLOBAL in
  // interp.cpp). Returns the offset of that BINARY_OP, or 0.
  uint32_t exc_match_fused(uint32_t pc) {
    if (n_exc == 0 || !exc[n_exc - 1].is_finally || exc[n_exc - 1].handler + 1 != pc) return 0;
    if (pc >= bc.size() || !bit(starts, pc)) return 0;
    mpy::Instruction ins = mpy::decode_instruction(bc, pc).value();
    uint32_t match = pc + ins.size;
    if (ins.op() != Op::LOAD_GLOBAL || match >= bc.size() || bc[match] != uint8_t(0xd7 + 8)) return 0;
    return module.qstrs[size_t(ins.arg)].text == "BaseException" ? match : 0;
  }

  // The start of the finally block of `async with`: DUP_TOP at the handler,
  // the fused exception test, POP_JUMP_IF_FALSE. The test is false exactly
  // for a return/jump marker (a small int), so each path gets only the stack
  // shapes that can take it. Returns false when the code does not have this
  // form (DUP_TOP is then stepped on its own); true when it was walked, with
  // [error] set if that failed.
  bool async_with_check(uint32_t pc, uint32_t* next) {
    uint32_t match = exc_match_fused(pc + 1);
    if (match == 0) return false;
    uint32_t jump_pc = match + 1;
    if (jump_pc >= bc.size() || !bit(starts, jump_pc)) return false;
    mpy::Instruction jump = mpy::decode_instruction(bc, jump_pc).value();
    if (jump.op() != Op::POP_JUMP_IF_FALSE) return false;
    Slot t = top();
    // DUP_TOP and the fused test push a bool that the jump pops again.
    if (!room(1)) return true;
    current_pc = pc + 1;
    if (!raise_at(pc + 1, depth + 1)) return true;
    current_pc = jump_pc;
    if (!raise_at(jump_pc, depth)) return true;
    uint32_t target = uint32_t(jump.jump_target());
    uint16_t marker = t.kinds & kInt;
    uint16_t other = t.kinds & uint16_t(~kInt);
    if (marker) {
      top() = Slot{marker, t.known, t.value};
      if (!flow_to(target)) return true;
    }
    if (!other) {
      *next = UINT32_MAX;
      return true;
    }
    top() = Slot{other, 0, 0};
    *next = jump_pc + jump.size;
    return true;
  }

  static uint64_t pops_before_raise(Op op, uint64_t arg, uint8_t extra) {
    switch (op) {
      case Op::LOAD_SUBSCR:
      case Op::IMPORT_NAME:
      case Op::IMPORT_STAR:
      case Op::BINARY_OP_MULTI:
      case Op::LOAD_SUPER_METHOD:
      case Op::MAKE_FUNCTION_DEFARGS:
      case Op::POP_JUMP_IF_TRUE:
      case Op::POP_JUMP_IF_FALSE:
      case Op::RAISE_FROM:
        return 1;
      case Op::STORE_MAP:
      case Op::YIELD_FROM:
        return 2;
      case Op::BUILD_TUPLE:
      case Op::BUILD_LIST:
      case Op::BUILD_SET:
      case Op::BUILD_SLICE:
        return arg ? arg - 1 : 0;
      case Op::MAKE_CLOSURE:
      case Op::MAKE_CLOSURE_DEFARGS: {
        uint64_t n = extra + (op == Op::MAKE_CLOSURE_DEFARGS ? 2 : 0);
        return n ? n - 1 : 0;
      }
      case Op::CALL_FUNCTION:
      case Op::CALL_METHOD:
      case Op::CALL_FUNCTION_VAR_KW:
      case Op::CALL_METHOD_VAR_KW: {
        uint64_t n = (arg & 0xff) + 2 * ((arg >> 8) & 0xff);
        if (op == Op::CALL_METHOD || op == Op::CALL_METHOD_VAR_KW) ++n;
        if (op == Op::CALL_FUNCTION_VAR_KW || op == Op::CALL_METHOD_VAR_KW) ++n;
        return n;
      }
      default:
        return 0;
    }
  }

  // An exception at [at] with only [low] slots left must find its handler's
  // stack below that.
  bool check_low(uint32_t at, uint32_t low) {
    uint32_t n = n_exc;
    while (n > 0 && exc[n - 1].handler <= at) --n;
    if (n > 0 && exc[n - 1].depth > low) return fail("exception handler above the stack");
    return true;
  }

  // The defaults below [n] cells for MAKE_*_DEFARGS of child [child].
  bool defaults_ok(uint64_t child, uint32_t n) {
    const Slot& pos = top(n + 1);
    const Slot& kw = top(n);
    if (!kinds_ok(pos, kNone | kNull | kTuple) || !kinds_ok(kw, kNone | kNull | kDict)) return false;
    if (pos.kinds & kTuple) {
      if (!pos.known || pos.kinds != kTuple) return fail("default arguments of unknown length");
      if (uint32_t(pos.value) < raw.children[child].signature.n_def_pos_args) return fail("too few default arguments");
    }
    return true;
  }

  bool call(Op op, uint64_t arg) {
    uint32_t n_pos = uint32_t(arg & 0xff), n_kw = uint32_t((arg >> 8) & 0xff);
    bool method = op == Op::CALL_METHOD || op == Op::CALL_METHOD_VAR_KW;
    bool var = op == Op::CALL_FUNCTION_VAR_KW || op == Op::CALL_METHOD_VAR_KW;
    uint32_t above = n_pos + 2 * n_kw + (var ? 1 : 0);  // slots above fn (and self)
    if (!need(above + 1 + (method ? 1 : 0))) return false;
    uint32_t i = 0;
    if (var) {
      if (!kinds_ok(top(i++), kInt)) return false;
      // Which slots are keyword names depends on the star bits at run time
      // (a starred positional may follow keywords); the interpreter checks
      // names and nulls as it walks them.
      for (uint32_t k = 0; k < n_pos + 2 * n_kw; ++k) {
        if (!kinds_ok(top(i++), kValue | kNull)) return false;
      }
    } else {
      // A name is checked at run time: with more than 255 positionals the
      // reference compiler's count puts ordinary values there.
      for (uint32_t k = 0; k < n_kw; ++k) {
        if (!kinds_ok(top(i++), kValue)) return false;
        if (!kinds_ok(top(i++), kValue | kNull)) return false;
      }
      for (uint32_t k = 0; k < n_pos; ++k) {
        if (!kinds_ok(top(i++), kValue)) return false;
      }
    }
    if (method && !kinds_ok(top(i++), kValue | kNull)) return false;
    if (!kinds_ok(top(i++), kValue)) return false;
    depth -= i - 1;
    set_top(kValue);
    return true;
  }

  // WITH_CLEANUP: [TOS] says how the with block was left: None (normally),
  // a small int under the pending data (return or jump), or an exception.
  bool with_cleanup(uint32_t pc, uint32_t* next) {
    *next = UINT32_MAX;
    uint32_t after = pc + 1;
    if (!need(3)) return false;
    Slot t = top();
    if (t.kinds & kNull) return fail("a value of the wrong kind on the stack");
    save();
    if (t.kinds & kNone) {
      if (!kinds_ok(top(2), kValue) || !kinds_ok(top(1), kValue | kNull)) return false;
      depth -= 2;
      set_top(kNone);
      if (!flow_to(after)) return false;
      restore();
    }
    if (t.kinds & kInt) {
      if (!need(4) || !kinds_ok(top(3), kValue) || !kinds_ok(top(2), kValue | kNull)) return false;
      top(3) = top(1);
      top(2) = top(0);
      depth -= 2;
      if (!flow_to(after)) return false;
      restore();
    }
    uint16_t rest = t.kinds & uint16_t(~(kNone | kInt));
    if (rest) {
      if (!kinds_ok(top(2), kValue) || !kinds_ok(top(1), kValue | kNull)) return false;
      depth -= 2;
      set_top(uint16_t(rest | kNone));
      if (!flow_to(after)) return false;
    }
    return true;
  }

  // END_FINALLY: leaves the block, then goes on as [TOS] says: None falls
  // through, an exception propagates, a marker resumes a return or a jump.
  bool end_finally(uint32_t pc, uint32_t* next) {
    *next = UINT32_MAX;
    if (n_exc == 0) return fail("END_FINALLY without an exception block");
    --n_exc;
    if (!need(1)) return false;
    Slot t = top();
    if (t.kinds & ~(kNone | kInt | kExc)) return fail("a value of the wrong kind at END_FINALLY");
    if ((t.kinds & kExc) && !raise_at(pc, depth)) return false;
    save();
    if (t.kinds & kInt) {
      if (t.kinds != kInt || !t.known) return fail("a finally marker of unknown value");
      --depth;
      bool ok = t.value < 0 ? unwind_return(pc + 1) : unwind_jump(uint32_t(t.value), pc + 1, pc);
      if (!ok) return false;
      restore();
    }
    if (t.kinds & kNone) {
      --depth;
      if (!flow_to(pc + 1)) return false;
    }
    return true;
  }

  // ---- the walk --------------------------------------------------------------

  bool run() {
    if (!scan()) return false;
    depth = 0;
    n_exc = 0;
    if (!flow_to(0)) return false;
    while (queue) {
      Stored* s = queue;
      queue = s->next_queued;
      s->queued = false;
      depth = s->depth;
      n_exc = s->n_exc;
      if (depth) std::memcpy(slots, s->slots(), depth * sizeof(Slot));
      if (n_exc) std::memcpy(exc, blocks_of(s), n_exc * sizeof(Block));
      uint32_t pc = s->pc;
      for (;;) {
        if (steps_left-- == 0) return fail("bytecode too complex to verify");
        uint32_t next;
        if (!step(pc, &next)) return false;
        if (next == UINT32_MAX) break;
        if (next >= bc.size()) return fail("execution runs past the end");
        if (bit(joins, next)) {
          if (!flow_to(next)) return false;
          break;
        }
        pc = next;
      }
    }
    return true;
  }

};

Status verify_code(Vm& vm, const mpy::Module& module, const mpy::RawCode& raw, uint32_t closed) {
  if (raw.kind != mpy::CodeKind::kBytecode) return raise(vm, Exc::ValueError, "incompatible .mpy file");
  size_t n_children = raw.children.size();
  auto* child_closed = static_cast<uint16_t*>(alloc_raw(vm, (n_children ? n_children : 1) * sizeof(uint16_t)));
  if (!child_closed) return Status::kRaised;
  for (size_t i = 0; i < n_children; ++i) child_closed[i] = 0xffff;
  const char* error;
  uint32_t error_pc;
  bool unfinished = false;
  {
    Arena arena(compile_block_source(vm), 2048);
    Walker w(vm, module, raw, closed, child_closed, arena);
    bool ok = w.run();
    error = w.error;
    // Every failure names its reason; one that did not is still a failure.
    if (!ok && !error) error = "unverifiable bytecode";
    error_pc = w.error_pc;
    unfinished = !error && w.queue;
  }
  if (error == kNoMemory) {
    set_memory_error(vm);
    return Status::kRaised;
  }
  if (unfinished) error = "an unfinished walk";
  std::string_view name = raw.simple_name < module.qstrs.size() ? module.qstrs[raw.simple_name].text : "?";
  if (error) {
    return raise(vm, Exc::ValueError, "invalid .mpy: %s at bytecode offset %d of %V", error, int(error_pc), &name);
  }
  for (size_t i = 0; i < n_children; ++i) {
    uint32_t c = child_closed[i] == 0xffff ? 0 : child_closed[i];
    CPY_VM_CHECK(verify_code(vm, module, raw.children[i], c));
  }
  return Status::kOk;
}

}  // namespace

Status verify_module_stack(Vm& vm, const mpy::Module& module) { return verify_code(vm, module, module.root, 0); }

}  // namespace cpy::vm
