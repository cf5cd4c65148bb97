#include "cpy/mpy/reader.h"

#include "cpy/mpy/bytes.h"
#include "cpy/mpy/opcodes.h"
#include "cpy/mpy/prelude.h"
#include "cpy/mpy/static_qstrs.h"

namespace cpy::mpy {

namespace {

Error out_of_memory(size_t offset) { return fail(Errc::kOutOfMemory, offset, "out of memory reading .mpy"); }

std::string_view as_text(std::span<const uint8_t> bytes) {
  return std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size());
}

// Text forms a number constant may take: digits, signs, a point, an
// exponent, parentheses and j for complex, and inf/nan.
bool is_number_text(std::string_view text, ConstKind kind) {
  if (text.empty()) return false;
  for (char c : text) {
    bool digit = c >= '0' && c <= '9';
    if (kind == ConstKind::kInt) {
      if (!digit && c != '-') return false;
    } else if (!digit && c != '-' && c != '+' && c != '.' && c != 'e' && c != 'i' && c != 'n' && c != 'f' &&
               c != 'a' && !(kind == ConstKind::kComplex && (c == 'j' || c == '(' || c == ')'))) {
      return false;
    }
  }
  if (kind == ConstKind::kInt) {
    size_t digits_from = text[0] == '-' ? 1 : 0;
    if (digits_from == text.size()) return false;
    for (size_t i = digits_from; i < text.size(); ++i) {
      if (text[i] == '-') return false;
    }
  }
  return true;
}

class Reader {
 public:
  Reader(std::span<const uint8_t> bytes, Arena& arena, const ReadOptions& options)
      : in_(bytes), arena_(arena), options_(options) {}

  Result<Module> read() {
    CPY_CHECK(read_header());
    uint32_t n_qstr = CPY_TRY(in_.varint("qstr count"));
    uint32_t n_const = CPY_TRY(in_.varint("constant count"));
    // Every entry takes at least one byte: a count beyond the bytes left is a
    // lie, and must not turn into a huge allocation.
    if (n_qstr > in_.remaining()) return fail(Errc::kBadQstr, in_.offset(), "qstr count exceeds file size");
    if (n_const > in_.remaining()) return fail(Errc::kBadConst, in_.offset(), "constant count exceeds file size");
    CPY_CHECK(read_qstrs(n_qstr));
    CPY_CHECK(read_consts(n_const));
    CPY_CHECK(read_raw_code(&module_.root, 0));
    if (!in_.at_end()) return fail(Errc::kTrailingBytes, in_.offset(), "unexpected bytes after the module");
    return module_;
  }

 private:
  Result<void> read_header() {
    auto magic = CPY_TRY(in_.byte("header"));
    if (magic != 'C' && magic != 'M') return fail(Errc::kBadMagic, 0, "not a .mpy file (bad magic byte)");
    Header& h = module_.header;
    h.flavour = Flavour(magic);
    if (options_.expect && *options_.expect != h.flavour) {
      return fail(Errc::kWrongFlavour, 0,
                  h.flavour == Flavour::kMicroPython ? "MicroPython .mpy file; use CircuitPython mpy-cross"
                                                     : "CircuitPython .mpy file; use MicroPython mpy-cross");
    }
    h.version = CPY_TRY(in_.byte("header"));
    if (h.version != kVersion) return fail(Errc::kWrongVersion, 1, "incompatible .mpy version (expected 6)");
    uint8_t feature = CPY_TRY(in_.byte("header"));
    h.sub_version = feature & 3;
    h.has_arch_flags = (feature & kFeatureArchFlags) != 0;
    uint8_t arch = (feature >> 2) & 0x2f;
    if (arch > uint8_t(NativeArch::kDebug)) return fail(Errc::kBadHeader, 2, "unknown native architecture");
    h.arch = NativeArch(arch);
    h.small_int_bits = CPY_TRY(in_.byte("header"));
    if (h.has_arch_flags) h.arch_flags = CPY_TRY(in_.varint("architecture flags"));
    return {};
  }

  Result<void> read_qstrs(uint32_t count) {
    Qstr* qstrs = arena_.make_array<Qstr>(count);
    if (!qstrs) return out_of_memory(in_.offset());
    for (uint32_t i = 0; i < count; ++i) {
      size_t at = in_.offset();
      uint32_t v = CPY_TRY(in_.varint("qstr table entry"));
      if (v & 1) {
        uint32_t id = v >> 1;
        if (!static_qstr_text(id, &qstrs[i].text)) return fail(Errc::kBadQstr, at, "static qstr number out of range");
        qstrs[i].static_id = uint16_t(id);
        continue;
      }
      auto text = CPY_TRY(in_.take(v >> 1, "qstr text"));
      if (CPY_TRY(in_.byte("qstr terminator")) != 0) {
        return fail(Errc::kBadQstr, in_.offset() - 1, "qstr text not NUL-terminated");
      }
      qstrs[i].text = as_text(text);
    }
    module_.qstrs = std::span<const Qstr>(qstrs, count);
    return {};
  }

  Result<void> read_consts(uint32_t count) {
    Const* consts = arena_.make_array<Const>(count);
    if (!consts) return out_of_memory(in_.offset());
    for (uint32_t i = 0; i < count; ++i) CPY_CHECK(read_const(&consts[i], 0));
    module_.consts = std::span<const Const>(consts, count);
    return {};
  }

  Result<void> read_const(Const* out, uint32_t depth) {
    size_t at = in_.offset();
    uint8_t tag = CPY_TRY(in_.byte("constant"));
    if (tag > uint8_t(ConstKind::kTuple)) return fail(Errc::kBadConst, at, "unknown constant type");
    out->kind = ConstKind(tag);
    switch (out->kind) {
      case ConstKind::kFunTable:
        return fail(Errc::kUnsupportedNative, at, "native function table in a bytecode file");
      case ConstKind::kNone:
      case ConstKind::kFalse:
      case ConstKind::kTrue:
      case ConstKind::kEllipsis:
        return {};
      case ConstKind::kStr:
      case ConstKind::kBytes: {
        uint32_t len = CPY_TRY(in_.varint("constant length"));
        out->text = as_text(CPY_TRY(in_.take(len, "constant data")));
        if (CPY_TRY(in_.byte("constant terminator")) != 0) {
          return fail(Errc::kBadConst, in_.offset() - 1, "string constant not NUL-terminated");
        }
        return {};
      }
      case ConstKind::kInt:
      case ConstKind::kFloat:
      case ConstKind::kComplex: {
        uint32_t len = CPY_TRY(in_.varint("constant length"));
        out->text = as_text(CPY_TRY(in_.take(len, "constant data")));
        if (!is_number_text(out->text, out->kind)) return fail(Errc::kBadConst, at, "malformed number constant");
        return {};
      }
      case ConstKind::kTuple: {
        if (depth >= options_.max_depth) return fail(Errc::kTooDeep, at, "constant tuples nested too deeply");
        uint32_t n = CPY_TRY(in_.varint("tuple length"));
        if (n > in_.remaining()) return fail(Errc::kBadConst, at, "tuple length exceeds file size");
        Const* items = arena_.make_array<Const>(n);
        if (!items) return out_of_memory(at);
        for (uint32_t i = 0; i < n; ++i) CPY_CHECK(read_const(&items[i], depth + 1));
        out->items = std::span<const Const>(items, n);
        return {};
      }
    }
    return {};
  }

  Result<uint32_t> read_qstr_index(ByteCursor& in, const char* what) {
    size_t at = in.offset();
    uint32_t index = CPY_TRY(in.varint(what));
    if (index >= module_.qstrs.size()) return fail(Errc::kBadQstr, at, "qstr index out of range");
    return index;
  }

  Result<void> read_raw_code(RawCode* rc, uint32_t depth) {
    size_t at = in_.offset();
    if (depth >= options_.max_depth) return fail(Errc::kTooDeep, at, "functions nested too deeply");
    uint32_t kind_len = CPY_TRY(in_.varint("raw code header"));
    rc->kind = CodeKind(kind_len & 3);
    bool has_children = (kind_len & 4) != 0;
    if (rc->kind != CodeKind::kBytecode) return fail(Errc::kUnsupportedNative, at, "native code is not supported");
    size_t data_at = in_.offset();
    auto fun_data = CPY_TRY(in_.take(kind_len >> 3, "function data"));
    CPY_CHECK(read_prelude(rc, fun_data, data_at));

    if (has_children) {
      size_t count_at = in_.offset();
      uint32_t n = CPY_TRY(in_.varint("child count"));
      if (n == 0) return fail(Errc::kBadPrelude, count_at, "children flag set but no children");
      if (n > in_.remaining()) return fail(Errc::kBadPrelude, count_at, "child count exceeds file size");
      RawCode* children = arena_.make_array<RawCode>(n);
      if (!children) return out_of_memory(count_at);
      for (uint32_t i = 0; i < n; ++i) CPY_CHECK(read_raw_code(&children[i], depth + 1));
      rc->children = std::span<const RawCode>(children, n);
    }
    if (options_.verify_bytecode) {
      size_t code_at = data_at + size_t(rc->bytecode.data() - fun_data.data());
      CPY_CHECK(verify_bytecode(*rc, module_, arena_, code_at));
    }
    return {};
  }

  Result<void> read_prelude(RawCode* rc, std::span<const uint8_t> fun_data, size_t base) {
    ByteCursor in(fun_data, base);
    rc->signature = CPY_TRY(decode_signature(in));
    PreludeSize size = CPY_TRY(decode_prelude_size(in));
    const Signature& sig = rc->signature;
    size_t info_at = in.offset();
    auto info = CPY_TRY(in.take(size.n_info, "prelude info section"));
    ByteCursor info_in(info, info_at);
    rc->simple_name = CPY_TRY(read_qstr_index(info_in, "function name"));
    uint64_t n_args = uint64_t(sig.n_pos_args) + sig.n_kwonly_args;
    if (n_args > info_in.remaining()) return fail(Errc::kBadPrelude, info_in.offset(), "argument names exceed prelude");
    uint32_t* names = arena_.make_array<uint32_t>(size_t(n_args));
    if (!names) return out_of_memory(info_in.offset());
    for (uint64_t i = 0; i < n_args; ++i) names[i] = CPY_TRY(read_qstr_index(info_in, "argument name"));
    rc->arg_names = std::span<const uint32_t>(names, size_t(n_args));
    rc->line_info = info.subspan(info_in.position());
    if (!line_info_is_valid(rc->line_info)) return fail(Errc::kBadPrelude, info_at + info.size() - 1, "line info cut short");
    size_t cells_at = in.offset();
    rc->cells = CPY_TRY(in.take(size.n_cells, "cell list"));
    for (size_t i = 0; i < rc->cells.size(); ++i) {
      if (rc->cells[i] >= sig.n_state) return fail(Errc::kBadPrelude, cells_at + i, "cell refers to a slot past n_state");
    }
    if (n_args > sig.n_state) return fail(Errc::kBadPrelude, base, "more arguments than state slots");
    rc->bytecode = fun_data.subspan(in.position());
    return {};
  }

  ByteCursor in_;
  Arena& arena_;
  const ReadOptions& options_;
  Module module_{};
};

}  // namespace

Result<Module> read_module(std::span<const uint8_t> bytes, Arena& arena, const ReadOptions& options) {
  return Reader(bytes, arena, options).read();
}

Result<void> verify_bytecode(const RawCode& code, const Module& module, Arena& arena, size_t base) {
  std::span<const uint8_t> bc = code.bytecode;
  if (bc.empty()) return fail(Errc::kBadPrelude, base, "function has no bytecode");
  // One bit per byte: set where an instruction starts, for checking jumps.
  uint8_t* starts = arena.make_array<uint8_t>((bc.size() + 7) / 8);
  if (!starts) return out_of_memory(base);
  for (size_t ip = 0; ip < bc.size();) {
    Instruction ins = CPY_TRY(decode_instruction(bc, ip, base));
    starts[ip / 8] |= uint8_t(1u << (ip % 8));
    uint64_t arg = uint64_t(ins.arg);
    size_t at = base + ip + 1;
    switch (ins.info->operand) {
      case Operand::kQstr:
        if (arg >= module.qstrs.size()) return fail(Errc::kBadOperand, at, "qstr operand out of range");
        break;
      case Operand::kConst:
        if (arg >= module.consts.size()) return fail(Errc::kBadOperand, at, "constant operand out of range");
        break;
      case Operand::kChild:
        if (arg >= code.children.size()) return fail(Errc::kBadOperand, at, "function operand out of range");
        break;
      case Operand::kLocal:
        if (arg >= code.signature.n_state) return fail(Errc::kBadOperand, at, "local slot out of range");
        break;
      case Operand::kNone:
        // The one-byte local forms carry the slot in the opcode (0xb0-0xbf, 0xc0-0xcf).
        if ((Op(ins.info->range_first) == Op::LOAD_FAST_MULTI || Op(ins.info->range_first) == Op::STORE_FAST_MULTI) &&
            arg >= code.signature.n_state) {
          return fail(Errc::kBadOperand, base + ip, "local slot out of range");
        }
        break;
      default:
        break;
    }
    ip += ins.size;
  }
  for (size_t ip = 0; ip < bc.size();) {
    Instruction ins = CPY_TRY(decode_instruction(bc, ip, base));
    if (ins.is_jump()) {
      int64_t target = ins.jump_target();
      if (target < 0 || size_t(target) >= bc.size() || !(starts[target / 8] & (1u << (target % 8)))) {
        return fail(Errc::kBadJump, base + ip, "jump target is not an instruction");
      }
    }
    ip += ins.size;
  }
  return {};
}

}  // namespace cpy::mpy
