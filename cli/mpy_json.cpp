#include "mpy_json.h"

#include <fmt/format.h>

#include "cpy/mpy/disassembler.h"
#include "cpy/mpy/opcodes.h"
#include "cpy/mpy/prelude.h"

namespace cpy::cli {

using nlohmann::ordered_json;

namespace {

std::string hex(std::span<const uint8_t> bytes) {
  std::string out;
  out.reserve(bytes.size() * 2);
  for (uint8_t b : bytes) fmt::format_to(std::back_inserter(out), "{:02x}", b);
  return out;
}

std::string_view const_kind_name(mpy::ConstKind kind) {
  constexpr std::string_view kNames[] = {"fun_table", "none",  "false", "true",    "ellipsis", "str",
                                         "bytes",     "int",   "float", "complex", "tuple"};
  return kNames[size_t(kind)];
}

ordered_json const_to_json(const mpy::Const& c) {
  ordered_json j;
  j["kind"] = const_kind_name(c.kind);
  switch (c.kind) {
    case mpy::ConstKind::kStr:
      j["value"] = std::string(c.text);  // JSON needs UTF-8; the hex form is exact
      j["hex"] = hex({reinterpret_cast<const uint8_t*>(c.text.data()), c.text.size()});
      break;
    case mpy::ConstKind::kBytes:
      j["hex"] = hex({reinterpret_cast<const uint8_t*>(c.text.data()), c.text.size()});
      break;
    case mpy::ConstKind::kInt:
    case mpy::ConstKind::kFloat:
    case mpy::ConstKind::kComplex:
      j["value"] = std::string(c.text);
      break;
    case mpy::ConstKind::kTuple: {
      ordered_json items = ordered_json::array();
      for (const auto& item : c.items) items.push_back(const_to_json(item));
      j["items"] = std::move(items);
      break;
    }
    default:
      break;
  }
  return j;
}

ordered_json code_to_json(const mpy::RawCode& rc) {
  ordered_json j;
  j["kind"] = "bytecode";
  j["simple_name"] = rc.simple_name;
  const auto& s = rc.signature;
  j["signature"] = {{"n_state", s.n_state},           {"n_exc_stack", s.n_exc_stack},
                    {"scope_flags", s.scope_flags},   {"n_pos_args", s.n_pos_args},
                    {"n_kwonly_args", s.n_kwonly_args}, {"n_def_pos_args", s.n_def_pos_args}};
  j["arg_names"] = std::vector<uint32_t>(rc.arg_names.begin(), rc.arg_names.end());
  j["cells"] = std::vector<uint8_t>(rc.cells.begin(), rc.cells.end());
  j["line_info"] = hex(rc.line_info);
  j["bytecode"] = hex(rc.bytecode);
  ordered_json code = ordered_json::array();
  for (size_t ip = 0; ip < rc.bytecode.size();) {
    auto decoded = mpy::decode_instruction(rc.bytecode, ip);
    if (!decoded) {
      code.push_back({{"offset", ip}, {"error", decoded.error().message}});
      break;
    }
    const auto& ins = decoded.value();
    ordered_json i = {{"offset", ins.offset},
                      {"line", mpy::source_line_at(rc.line_info, ins.offset)},
                      {"op", std::string(mpy::mnemonic(ins))}};
    if (ins.info->range_count > 1 || ins.info->operand != mpy::Operand::kNone) {
      i["arg"] = mpy::Op(ins.info->range_first) == mpy::Op::LOAD_CONST_SMALL_INT_MULTI
                     ? ins.arg - mpy::kSmallIntMultiBias
                     : ins.arg;
    }
    if (ins.is_jump()) i["target"] = ins.jump_target();
    if (ins.info->extra_byte) i["extra"] = ins.extra;
    code.push_back(std::move(i));
    ip += ins.size;
  }
  j["instructions"] = std::move(code);
  ordered_json children = ordered_json::array();
  for (const auto& child : rc.children) children.push_back(code_to_json(child));
  j["children"] = std::move(children);
  return j;
}

}  // namespace

ordered_json module_to_json(const mpy::Module& m) {
  ordered_json j;
  const auto& h = m.header;
  j["header"] = {{"flavour", h.flavour == mpy::Flavour::kCircuitPython ? "circuitpython" : "micropython"},
                 {"magic", std::string(1, char(h.flavour))},
                 {"version", h.version},
                 {"arch", std::string(mpy::native_arch_name(h.arch))},
                 {"sub_version", h.sub_version},
                 {"small_int_bits", h.small_int_bits}};
  if (h.has_arch_flags) j["header"]["arch_flags"] = h.arch_flags;
  ordered_json qstrs = ordered_json::array();
  for (const auto& q : m.qstrs) {
    ordered_json e = {{"text", std::string(q.text)}};
    if (q.static_id) e["static_id"] = q.static_id;
    qstrs.push_back(std::move(e));
  }
  j["qstrs"] = std::move(qstrs);
  ordered_json consts = ordered_json::array();
  for (const auto& c : m.consts) consts.push_back(const_to_json(c));
  j["consts"] = std::move(consts);
  j["root"] = code_to_json(m.root);
  return j;
}

}  // namespace cpy::cli
