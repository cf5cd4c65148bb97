#include "cpy/mpy/writer.h"

#include "cpy/mpy/prelude.h"
#include "cpy/mpy/static_qstrs.h"

namespace cpy::mpy {

namespace {

// The prelude and bytecode of [rc], as one run of bytes (its "function data").
void write_fun_data(const RawCode& rc, ByteSink& out) {
  encode_signature(rc.signature, out);
  size_t n_info = varint_size(rc.simple_name) + rc.line_info.size();
  for (uint32_t name : rc.arg_names) n_info += varint_size(name);
  encode_prelude_size(PreludeSize{uint32_t(n_info), uint32_t(rc.cells.size())}, out);
  out.put_varint(rc.simple_name);
  for (uint32_t name : rc.arg_names) out.put_varint(name);
  out.put(rc.line_info);
  out.put(rc.cells);
  out.put(rc.bytecode);
}

Result<void> write_raw_code(const RawCode& rc, ByteSink& out) {
  if (rc.kind != CodeKind::kBytecode) return fail(Errc::kBadArgument, 0, "native raw code cannot be written");
  if (rc.arg_names.size() != size_t(rc.signature.n_pos_args) + rc.signature.n_kwonly_args) {
    return fail(Errc::kBadArgument, 0, "argument names do not match the signature");
  }
  CountingSink measure;
  write_fun_data(rc, measure);
  if (measure.size() > (UINT32_MAX >> 3)) return fail(Errc::kBadArgument, 0, "function too large");
  bool has_children = !rc.children.empty();
  out.put_varint(uint32_t(measure.size() << 3) | (has_children ? 4u : 0u) | uint32_t(rc.kind));
  write_fun_data(rc, out);
  if (has_children) {
    out.put_varint(uint32_t(rc.children.size()));
    for (const RawCode& child : rc.children) CPY_CHECK(write_raw_code(child, out));
  }
  return {};
}

void write_const(const Const& c, ByteSink& out) {
  out.put_byte(uint8_t(c.kind));
  switch (c.kind) {
    case ConstKind::kStr:
    case ConstKind::kBytes:
      out.put_varint(uint32_t(c.text.size()));
      out.put_text(c.text);
      out.put_byte(0);  // kept so a loader can use the data in place
      break;
    case ConstKind::kInt:
    case ConstKind::kFloat:
    case ConstKind::kComplex:
      out.put_varint(uint32_t(c.text.size()));
      out.put_text(c.text);
      break;
    case ConstKind::kTuple:
      out.put_varint(uint32_t(c.items.size()));
      for (const Const& item : c.items) write_const(item, out);
      break;
    default:
      break;
  }
}

}  // namespace

Result<void> write_module(const Module& module, ByteSink& out) {
  const Header& h = module.header;
  uint8_t header[4] = {uint8_t(h.flavour), h.version, h.feature_byte(), h.small_int_bits};
  out.put(header);
  if (h.has_arch_flags) out.put_varint(h.arch_flags);
  out.put_varint(uint32_t(module.qstrs.size()));
  out.put_varint(uint32_t(module.consts.size()));
  for (const Qstr& q : module.qstrs) {
    if (q.static_id != 0) {
      std::string_view text;
      if (!static_qstr_text(q.static_id, &text)) return fail(Errc::kBadArgument, 0, "static qstr id out of range");
      out.put_varint(uint32_t(q.static_id) << 1 | 1);
    } else {
      out.put_varint(uint32_t(q.text.size()) << 1);
      out.put_text(q.text);
      out.put_byte(0);
    }
  }
  for (const Const& c : module.consts) {
    if (c.kind == ConstKind::kFunTable) return fail(Errc::kBadArgument, 0, "native function table cannot be written");
    write_const(c, out);
  }
  return write_raw_code(module.root, out);
}

Result<size_t> module_size(const Module& module) {
  CountingSink sink;
  CPY_CHECK(write_module(module, sink));
  return sink.size();
}

}  // namespace cpy::mpy
