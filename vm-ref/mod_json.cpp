// The json module: dumps, dump, loads, load. Output as CPython's json with
// its defaults (separators ", " and ": ", ensure_ascii), plus the
// separators, indent and sort_keys options.
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "runtime.h"

namespace cpy::vm {

namespace {

struct Encoder {
  std::string_view item_sep = ", ";
  std::string_view key_sep = ": ";
  intptr_t indent = -1;  ///< -1: everything on one line
  std::string_view indent_text;
  bool sort_keys = false;
};

void add_json_string(Buf& b, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  b.add_char('"');
  for (size_t i = 0; i < s.size(); ++i) {
    uint8_t c = uint8_t(s[i]);
    switch (c) {
      case '"': b.add("\\\""); continue;
      case '\\': b.add("\\\\"); continue;
      case '\n': b.add("\\n"); continue;
      case '\r': b.add("\\r"); continue;
      case '\t': b.add("\\t"); continue;
      case '\b': b.add("\\b"); continue;
      case '\f': b.add("\\f"); continue;
      default: break;
    }
    uint32_t cp = c;
    if (c >= 0x80) {
      // Decode UTF-8 and escape as \uXXXX (surrogate pairs above the BMP).
      size_t next = i;
      cp = utf8_decode(s, &next);
      i = next - 1;
    } else if (c >= 0x20 && c != 0x7f) {
      b.add_char(char(c));
      continue;
    }
    auto add_u = [&](uint32_t u) {
      b.add("\\u");
      for (int sh = 12; sh >= 0; sh -= 4) b.add_char(kHex[(u >> sh) & 15]);
    };
    if (cp >= 0x10000) {
      cp -= 0x10000;
      add_u(0xd800 + (cp >> 10));
      add_u(0xdc00 + (cp & 0x3ff));
    } else {
      add_u(cp);
    }
  }
  b.add_char('"');
}

void newline(Buf& b, const Encoder& e, int level) {
  if (e.indent < 0) return;
  b.add_char('\n');
  for (int i = 0; i < level; ++i) b.add(e.indent_text);
}

Status encode(Vm& vm, Buf& b, const Encoder& e, Value v, int level);

Status encode_key(Vm& vm, Buf& b, Value k) {
  if (is_str(vm, k)) {
    add_json_string(b, str_view(vm, k));
    return Status::kOk;
  }
  Buf tmp(vm);
  if (k.is_none()) {
    tmp.add("null");
  } else if (k.is_bool()) {
    tmp.add(k == Value::true_value() ? "true" : "false");
  } else if (is_int(vm, k) || is_float(vm, k)) {
    CPY_VM_CHECK(repr_into(vm, tmp, k, false));
  } else {
    return raise(vm, Exc::TypeError, "keys must be str, int, float, bool or None, not %T", k);
  }
  b.add_char('"');
  b.add(tmp.view());
  b.add_char('"');
  return Status::kOk;
}

Status encode(Vm& vm, Buf& b, const Encoder& e, Value v, int level) {
  DepthGuard guard(vm);
  if (guard.too_deep()) return raise_recursion(vm);
  if (v.is_none()) {
    b.add("null");
  } else if (v.is_bool()) {
    b.add(v == Value::true_value() ? "true" : "false");
  } else if (is_str(vm, v)) {
    add_json_string(b, str_view(vm, v));
  } else if (is_int(vm, v)) {
    CPY_VM_CHECK(repr_into(vm, b, v, false));
  } else if (is_float(vm, v)) {
    double d;
    CPY_VM_CHECK(get_float(vm, v, &d));
    if (std::isnan(d)) {
      b.add("NaN");
    } else if (std::isinf(d)) {
      b.add(d > 0 ? "Infinity" : "-Infinity");
    } else {
      CPY_VM_CHECK(repr_into(vm, b, v, false));
    }
  } else if (kind_of(vm, v) == Kind::kList || kind_of(vm, v) == Kind::kTuple) {
    Value list;
    CPY_VM_CHECK(list_from_iter(vm, v, &list));
    b.add_char('[');
    size_t n = list.as<List>()->size;
    for (size_t i = 0; i < n; ++i) {
      if (i) b.add(e.item_sep);
      newline(b, e, level + 1);
      CPY_VM_CHECK(encode(vm, b, e, list.as<List>()->items[i], level + 1));
    }
    if (n) newline(b, e, level);
    b.add_char(']');
  } else if (kind_of(vm, v) == Kind::kDict) {
    Value items;
    CPY_VM_CHECK(call_method(vm, v, vm.q.items, 0, nullptr, &items));
    Value list;
    CPY_VM_CHECK(list_from_iter(vm, items, &list));
    if (e.sort_keys) CPY_VM_CHECK(sort_values(vm, list.as<List>()->items, list.as<List>()->size, Value::null(), false));
    b.add_char('{');
    size_t n = list.as<List>()->size;
    for (size_t i = 0; i < n; ++i) {
      if (i) b.add(e.item_sep);
      newline(b, e, level + 1);
      Tuple* kv = list.as<List>()->items[i].as<Tuple>();
      CPY_VM_CHECK(encode_key(vm, b, kv->items()[0]));
      b.add(e.key_sep);
      CPY_VM_CHECK(encode(vm, b, e, kv->items()[1], level + 1));
    }
    if (n) newline(b, e, level);
    b.add_char('}');
  } else {
    return raise(vm, Exc::TypeError, "Object of type %T is not JSON serializable", v);
  }
  if (b.failed) return Status::kRaised;
  return Status::kOk;
}

Status dumps_impl(Vm& vm, Value obj, const Args& args, Value* out) {
  Encoder e;
  Value seps = kw_named(vm, args, "separators", Value::none());
  Value indent = kw_named(vm, args, "indent", Value::none());
  Value sort = kw_named(vm, args, "sort_keys", Value::false_value());
  CPY_VM_CHECK(truthy(vm, sort, &e.sort_keys));
  Buf ind(vm);
  if (!indent.is_none()) {
    if (is_str(vm, indent)) {
      ind.add(str_view(vm, indent));
    } else {
      intptr_t n;
      CPY_VM_CHECK(get_int(vm, indent, &n));
      if (n > 0) ind.add_repeated(" ", size_t(n));
      if (ind.failed) return Status::kRaised;
    }
    e.indent = 1;
    e.indent_text = ind.view();
    e.item_sep = ",";
  }
  if (!seps.is_none()) {
    Value *items;
    size_t n;
    if (!seq_items(vm, seps, &items, &n) || n != 2 || !is_str(vm, items[0]) || !is_str(vm, items[1])) {
      return raise(vm, Exc::TypeError, "separators must be a (item_separator, key_separator) pair");
    }
    e.item_sep = str_view(vm, items[0]);
    e.key_sep = str_view(vm, items[1]);
  }
  Buf b(vm);
  CPY_VM_CHECK(encode(vm, b, e, obj, 0));
  *out = CPY_VM_TRY(b.finish());
  return Status::kOk;
}

Status j_dumps(Vm& vm, const Args& args, Value* out) { return dumps_impl(vm, args[0], args, out); }

Status j_dump(Vm& vm, const Args& args, Value* out) {
  Value s;
  CPY_VM_CHECK(dumps_impl(vm, args[0], args, &s));
  Value r;
  CPY_VM_CHECK(call_method(vm, args[1], CPY_VM_TRY(intern(vm, "write")).qstr_id(), 1, &s, &r));
  *out = Value::none();
  return Status::kOk;
}

// ---- decoding ----

struct Parser {
  Vm& vm;
  std::string_view s;
  size_t pos = 0;
  void skip_ws() {
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r')) ++pos;
  }
  Status fail(const char* what) {
    return raise(vm, Exc::ValueError, "%s: line 1 column %d (char %d)", what, int(pos + 1), int(pos));
  }
  bool lit(std::string_view w) {
    if (s.substr(pos, w.size()) != w) return false;
    pos += w.size();
    return true;
  }
};



Status parse_hex4(Parser& p, uint32_t* out) {
  if (p.pos + 4 > p.s.size()) return p.fail("Invalid \\uXXXX escape");
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) {
    char c = p.s[p.pos++];
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (d < 0) return p.fail("Invalid \\uXXXX escape");
    v = v * 16 + uint32_t(d);
  }
  *out = v;
  return Status::kOk;
}

Status parse_string(Parser& p, Value* out) {
  ++p.pos;  // opening quote
  Buf b(p.vm);
  for (;;) {
    if (p.pos >= p.s.size()) return p.fail("Unterminated string starting at");
    char c = p.s[p.pos++];
    if (c == '"') break;
    if (c != '\\') {
      if (uint8_t(c) < 0x20) return p.fail("Invalid control character at");
      b.add_char(c);
      continue;
    }
    if (p.pos >= p.s.size()) return p.fail("Unterminated string starting at");
    char e = p.s[p.pos++];
    switch (e) {
      case '"': b.add_char('"'); break;
      case '\\': b.add_char('\\'); break;
      case '/': b.add_char('/'); break;
      case 'b': b.add_char('\b'); break;
      case 'f': b.add_char('\f'); break;
      case 'n': b.add_char('\n'); break;
      case 'r': b.add_char('\r'); break;
      case 't': b.add_char('\t'); break;
      case 'u': {
        uint32_t cp;
        CPY_VM_CHECK(parse_hex4(p, &cp));
        if (cp >= 0xd800 && cp < 0xdc00 && p.s.substr(p.pos, 2) == "\\u") {
          size_t save = p.pos;
          p.pos += 2;
          uint32_t lo;
          CPY_VM_CHECK(parse_hex4(p, &lo));
          if (lo >= 0xdc00 && lo < 0xe000) {
            cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
          } else {
            p.pos = save;
          }
        }
        b.add_utf8(cp);
        break;
      }
      default:
        --p.pos;
        return p.fail("Invalid \\escape");
    }
  }
  *out = CPY_VM_TRY(b.finish());
  return Status::kOk;
}

Status parse_value(Parser& p, Value* out);

Status parse_number(Parser& p, Value* out) {
  size_t start = p.pos;
  bool is_float = false;
  if (p.s[p.pos] == '-') ++p.pos;
  if (p.lit("Infinity")) {
    *out = CPY_VM_TRY(new_float(p.vm, p.s[start] == '-' ? -INFINITY : INFINITY));
    return Status::kOk;
  }
  size_t digits = p.pos;
  while (p.pos < p.s.size() && p.s[p.pos] >= '0' && p.s[p.pos] <= '9') ++p.pos;
  if (p.pos == digits) {
    p.pos = start;
    return p.fail("Expecting value");
  }
  if (p.pos < p.s.size() && p.s[p.pos] == '.') {
    size_t f = ++p.pos;
    while (p.pos < p.s.size() && p.s[p.pos] >= '0' && p.s[p.pos] <= '9') ++p.pos;
    if (p.pos == f) {
      p.pos = f - 1;
    } else {
      is_float = true;
    }
  }
  if (p.pos < p.s.size() && (p.s[p.pos] == 'e' || p.s[p.pos] == 'E')) {
    size_t save = p.pos++;
    if (p.pos < p.s.size() && (p.s[p.pos] == '+' || p.s[p.pos] == '-')) ++p.pos;
    size_t ed = p.pos;
    while (p.pos < p.s.size() && p.s[p.pos] >= '0' && p.s[p.pos] <= '9') ++p.pos;
    if (p.pos == ed) {
      p.pos = save;
    } else {
      is_float = true;
    }
  }
  std::string_view text = p.s.substr(start, p.pos - start);
  if (!is_float) return int_parse(p.vm, text, 10, out);
  const char* c = heap_cstr(p.vm, text);
  if (!c) return Status::kRaised;
  *out = CPY_VM_TRY(new_float(p.vm, std::strtod(c, nullptr)));
  return Status::kOk;
}

Status parse_value(Parser& p, Value* out) {
  DepthGuard guard(p.vm);
  if (guard.too_deep()) return raise_recursion(p.vm);
  p.skip_ws();
  if (p.pos >= p.s.size()) return p.fail("Expecting value");
  char c = p.s[p.pos];
  if (c == '"') return parse_string(p, out);
  if (c == '{') {
    ++p.pos;
    Value d = CPY_VM_TRY(new_dict(p.vm));
    p.skip_ws();
    if (p.pos < p.s.size() && p.s[p.pos] == '}') {
      ++p.pos;
      *out = d;
      return Status::kOk;
    }
    for (;;) {
      p.skip_ws();
      if (p.pos >= p.s.size() || p.s[p.pos] != '"')
        return p.fail("Expecting property name enclosed in double quotes");
      Value k, v;
      CPY_VM_CHECK(parse_string(p, &k));
      p.skip_ws();
      if (p.pos >= p.s.size() || p.s[p.pos] != ':') return p.fail("Expecting ':' delimiter");
      ++p.pos;
      CPY_VM_CHECK(parse_value(p, &v));
      CPY_VM_CHECK(dict_store(p.vm, d, k, v));
      p.skip_ws();
      if (p.pos < p.s.size() && p.s[p.pos] == ',') {
        ++p.pos;
        continue;
      }
      if (p.pos < p.s.size() && p.s[p.pos] == '}') {
        ++p.pos;
        break;
      }
      return p.fail("Expecting ',' delimiter");
    }
    *out = d;
    return Status::kOk;
  }
  if (c == '[') {
    ++p.pos;
    Value l = CPY_VM_TRY(new_list(p.vm, 0));
    p.skip_ws();
    if (p.pos < p.s.size() && p.s[p.pos] == ']') {
      ++p.pos;
      *out = l;
      return Status::kOk;
    }
    for (;;) {
      Value v;
      CPY_VM_CHECK(parse_value(p, &v));
      CPY_VM_CHECK(list_append(p.vm, l, v));
      p.skip_ws();
      if (p.pos < p.s.size() && p.s[p.pos] == ',') {
        ++p.pos;
        continue;
      }
      if (p.pos < p.s.size() && p.s[p.pos] == ']') {
        ++p.pos;
        break;
      }
      return p.fail("Expecting ',' delimiter");
    }
    *out = l;
    return Status::kOk;
  }
  if (p.lit("true")) {
    *out = Value::true_value();
    return Status::kOk;
  }
  if (p.lit("false")) {
    *out = Value::false_value();
    return Status::kOk;
  }
  if (p.lit("null")) {
    *out = Value::none();
    return Status::kOk;
  }
  if (p.lit("NaN")) {
    *out = CPY_VM_TRY(new_float(p.vm, NAN));
    return Status::kOk;
  }
  if (c == '-' || (c >= '0' && c <= '9') || c == 'I') return parse_number(p, out);
  return p.fail("Expecting value");
}

Status loads_text(Vm& vm, Value text, Value* out) {
  std::string_view s;
  CPY_VM_CHECK(get_buffer(vm, text, &s, true));
  Parser p{vm, s};
  CPY_VM_CHECK(parse_value(p, out));
  p.skip_ws();
  if (p.pos != s.size()) return p.fail("Extra data");
  return Status::kOk;
}

Status j_loads(Vm& vm, const Args& args, Value* out) { return loads_text(vm, args[0], out); }

Status j_load(Vm& vm, const Args& args, Value* out) {
  Value text;
  CPY_VM_CHECK(call_method(vm, args[0], CPY_VM_TRY(intern(vm, "read")).qstr_id(), 0, nullptr, &text));
  return loads_text(vm, text, out);
}

constexpr MethodDef kModuleFns[] = {
    method_def("dumps", &j_dumps, 1, 1, true),
    method_def("dump", &j_dump, 2, 2, true),
    method_def("loads", &j_loads, 1, 1),
    method_def("load", &j_load, 1, 1),
};

bool init_module(Vm& vm, Module*, Value g) {
  return put(vm, g, "JSONDecodeError", Value::object(vm.exc[size_t(Exc::ValueError)]));
}
}  // namespace

const ModuleDef kModule_json = module_def(kModuleFns, &init_module);

}  // namespace cpy::vm
