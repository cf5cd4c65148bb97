#include "cpy/mpy/disassembler.h"

#include "cpy/mpy/prelude.h"

namespace cpy::mpy {

namespace {

std::string_view qstr_text(const Module& m, uint64_t index) {
  return index < m.qstrs.size() ? m.qstrs[index].text : std::string_view("?");
}

class Disassembler {
 public:
  Disassembler(const Module& m, ByteSink& out) : m_(m), out_(out) {}

  Result<void> run() {
    const Header& h = m_.header;
    out_.put_text("header: ");
    uint8_t bytes[4] = {uint8_t(h.flavour), h.version, h.feature_byte(), h.small_int_bits};
    for (int i = 0; i < 4; ++i) {
      if (i) out_.put_byte(':');
      out_.put_hex(bytes[i], 2);
    }
    out_.put_text(h.flavour == Flavour::kCircuitPython ? " (CircuitPython" : " (MicroPython");
    out_.put_text(" .mpy v");
    out_.put_decimal(h.version);
    out_.put_text(", arch ");
    out_.put_text(native_arch_name(h.arch));
    out_.put_text(", small int bits ");
    out_.put_decimal(h.small_int_bits);
    out_.put_text(")\n");
    if (h.has_arch_flags) {
      out_.put_text("arch flags: 0x");
      out_.put_hex(h.arch_flags, 8);
      out_.put_byte('\n');
    }
    out_.put_text("source file: ");
    out_.put_text(m_.qstrs.empty() ? std::string_view() : m_.qstrs[0].text);
    out_.put_text("\nqstr table [");
    out_.put_decimal(int64_t(m_.qstrs.size()));
    out_.put_text("]:\n");
    for (size_t i = 0; i < m_.qstrs.size(); ++i) {
      out_.put_decimal(int64_t(i), 6);
      out_.put_byte(' ');
      write_escaped(m_.qstrs[i].text, 0, false, out_);
      if (m_.qstrs[i].static_id) {
        out_.put_text("  (static ");
        out_.put_decimal(m_.qstrs[i].static_id);
        out_.put_byte(')');
      }
      out_.put_byte('\n');
    }
    out_.put_text("constant table [");
    out_.put_decimal(int64_t(m_.consts.size()));
    out_.put_text("]:\n");
    for (size_t i = 0; i < m_.consts.size(); ++i) {
      out_.put_decimal(int64_t(i), 6);
      out_.put_byte(' ');
      write_const_repr(m_.consts[i], out_);
      out_.put_byte('\n');
    }
    return function(m_.root, 0);
  }

 private:
  void field(const char* name, int64_t value) {
    out_.put_byte(' ');
    out_.put_text(name);
    out_.put_byte('=');
    out_.put_decimal(value);
  }

  Result<void> function(const RawCode& rc, int depth) {
    const Signature& s = rc.signature;
    out_.put_text("\nfunction ");
    out_.put_text(qstr_text(m_, rc.simple_name));
    out_.put_text(" (depth ");
    out_.put_decimal(depth);
    out_.put_text(")\n  prelude:");
    field("n_state", s.n_state);
    field("n_exc_stack", s.n_exc_stack);
    out_.put_text(" scope_flags=0x");
    out_.put_hex(s.scope_flags, 2);
    field("n_pos_args", s.n_pos_args);
    field("n_kwonly_args", s.n_kwonly_args);
    field("n_def_pos_args", s.n_def_pos_args);
    out_.put_text("\n  args:");
    for (uint32_t a : rc.arg_names) {
      out_.put_byte(' ');
      out_.put_text(qstr_text(m_, a));
    }
    out_.put_text("\n  cells:");
    for (uint8_t c : rc.cells) {
      out_.put_byte(' ');
      out_.put_decimal(c);
    }
    out_.put_text("\n  line info:");
    for (uint8_t b : rc.line_info) {
      out_.put_byte(' ');
      out_.put_hex(b, 2);
    }
    out_.put_text("\n  bytecode: ");
    out_.put_decimal(int64_t(rc.bytecode.size()));
    out_.put_text(" bytes, ");
    out_.put_decimal(int64_t(rc.children.size()));
    out_.put_text(" children\n");
    for (size_t ip = 0; ip < rc.bytecode.size();) {
      Instruction ins = CPY_TRY(decode_instruction(rc.bytecode, ip));
      instruction(rc, ins);
      ip += ins.size;
    }
    for (const RawCode& child : rc.children) CPY_CHECK(function(child, depth + 1));
    return {};
  }

  void instruction(const RawCode& rc, const Instruction& ins) {
    out_.put_decimal(ins.offset, 7);
    out_.put_decimal(source_line_at(rc.line_info, ins.offset), 6);
    out_.put_text("  ");
    // Raw bytes, padded so that mnemonics line up for the common short forms.
    for (uint32_t i = 0; i < ins.size; ++i) {
      if (i) out_.put_byte(':');
      out_.put_hex(rc.bytecode[ins.offset + i], 2);
    }
    for (uint32_t w = ins.size * 3 - 1; w < 12; ++w) out_.put_byte(' ');
    out_.put_byte(' ');
    out_.put_text(mnemonic(ins));
    switch (ins.info->operand) {
      case Operand::kNone:
        if (ins.info->range_count > 1) {
          out_.put_byte(' ');
          Op range = Op(ins.info->range_first);
          out_.put_decimal(range == Op::LOAD_CONST_SMALL_INT_MULTI ? ins.arg - kSmallIntMultiBias : ins.arg);
          if (range == Op::UNARY_OP_MULTI || range == Op::BINARY_OP_MULTI) {
            out_.put_byte(' ');
            out_.put_text(range == Op::UNARY_OP_MULTI ? unary_op_method(uint8_t(ins.arg))
                                                      : binary_op_method(uint8_t(ins.arg)));
          }
        }
        break;
      case Operand::kQstr:
        out_.put_byte(' ');
        out_.put_text(qstr_text(m_, uint64_t(ins.arg)));
        break;
      case Operand::kConst:
        out_.put_text(" #");
        out_.put_decimal(ins.arg);
        out_.put_byte(' ');
        if (uint64_t(ins.arg) < m_.consts.size()) write_const_repr(m_.consts[size_t(ins.arg)], out_);
        break;
      case Operand::kChild:
        out_.put_text(" #");
        out_.put_decimal(ins.arg);
        out_.put_byte(' ');
        if (uint64_t(ins.arg) < rc.children.size()) {
          out_.put_text(qstr_text(m_, rc.children[size_t(ins.arg)].simple_name));
        }
        break;
      case Operand::kLocal:
      case Operand::kUint:
      case Operand::kSmallInt:
        out_.put_byte(' ');
        out_.put_decimal(ins.arg);
        break;
      case Operand::kJumpSigned:
      case Operand::kJumpUnsigned:
        out_.put_text(" to ");
        out_.put_decimal(ins.jump_target());
        break;
    }
    if (ins.info->extra_byte) {
      out_.put_byte(' ');
      out_.put_decimal(ins.extra);
    }
    out_.put_byte('\n');
  }

  const Module& m_;
  ByteSink& out_;
};

}  // namespace

std::string_view mnemonic(const Instruction& ins) {
  if (ins.info->range_count == 1) return ins.info->name;
  switch (Op(ins.info->range_first)) {
    case Op::LOAD_CONST_SMALL_INT_MULTI:
      return "LOAD_CONST_SMALL_INT";
    case Op::LOAD_FAST_MULTI:
      return "LOAD_FAST";
    case Op::STORE_FAST_MULTI:
      return "STORE_FAST";
    case Op::UNARY_OP_MULTI:
      return "UNARY_OP";
    case Op::BINARY_OP_MULTI:
      return "BINARY_OP";
    default:
      return ins.info->name;
  }
}

void write_escaped(std::string_view text, char quote, bool is_bytes, ByteSink& out) {
  for (unsigned char c : text) {
    if (c == '\\' || (quote && c == uint8_t(quote))) {
      out.put_byte('\\');
      out.put_byte(c);
    } else if (c == '\n') {
      out.put_text("\\n");
    } else if (c == '\r') {
      out.put_text("\\r");
    } else if (c == '\t') {
      out.put_text("\\t");
    } else if (c < 0x20 || c == 0x7f || (is_bytes && c >= 0x80)) {
      out.put_text("\\x");
      out.put_hex(c, 2);
    } else {
      out.put_byte(c);  // UTF-8 sequences of str pass through
    }
  }
}

void write_const_repr(const Const& c, ByteSink& out) {
  switch (c.kind) {
    case ConstKind::kFunTable:
      out.put_text("<fun_table>");
      break;
    case ConstKind::kNone:
      out.put_text("None");
      break;
    case ConstKind::kFalse:
      out.put_text("False");
      break;
    case ConstKind::kTrue:
      out.put_text("True");
      break;
    case ConstKind::kEllipsis:
      out.put_text("Ellipsis");
      break;
    case ConstKind::kStr:
    case ConstKind::kBytes: {
      bool is_bytes = c.kind == ConstKind::kBytes;
      // Python's choice of quote: single, unless the text has a single quote and no double.
      bool has_single = c.text.find('\'') != std::string_view::npos;
      bool has_double = c.text.find('"') != std::string_view::npos;
      char quote = has_single && !has_double ? '"' : '\'';
      if (is_bytes) out.put_byte('b');
      out.put_byte(uint8_t(quote));
      write_escaped(c.text, quote, is_bytes, out);
      out.put_byte(uint8_t(quote));
      break;
    }
    case ConstKind::kInt:
    case ConstKind::kFloat:
    case ConstKind::kComplex:
      out.put_text(c.text);
      break;
    case ConstKind::kTuple:
      out.put_byte('(');
      for (size_t i = 0; i < c.items.size(); ++i) {
        if (i) out.put_text(", ");
        write_const_repr(c.items[i], out);
      }
      if (c.items.size() == 1) out.put_byte(',');
      out.put_byte(')');
      break;
  }
}

Result<void> disassemble(const Module& module, ByteSink& out) { return Disassembler(module, out).run(); }

}  // namespace cpy::mpy
