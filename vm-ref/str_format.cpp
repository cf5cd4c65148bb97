// str.format(), format() with format specs, and % formatting.
#include <cmath>
#include <cstdio>
#include <cstring>

#include "buffer.h"
#include "complex_private.h"
#include "runtime.h"

namespace cpy::vm {


namespace {

struct Spec {
  std::string_view fill = " ";
  char align = 0;
  char sign = 0;
  bool alt = false;
  bool zero = false;
  intptr_t width = -1;
  char grouping = 0;
  intptr_t precision = -1;
  char type = 0;
  bool raw = false;  ///< the width counts bytes, not characters (bytes % args)
};

bool parse_spec(std::string_view s, Spec* spec) {
  size_t i = 0;
  auto is_align = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
  // The fill may be any (UTF-8) character followed by an align character.
  if (!s.empty()) {
    size_t clen = utf8_char_len(static_cast<unsigned char>(s[0]));
    if (s.size() > clen && is_align(s[clen])) {
      spec->fill = s.substr(0, clen);
      spec->align = s[clen];
      i = clen + 1;
    } else if (is_align(s[0])) {
      spec->align = s[0];
      i = 1;
    }
  }
  if (i < s.size() && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) spec->sign = s[i++];
  if (i < s.size() && s[i] == '#') {
    spec->alt = true;
    ++i;
  }
  if (i < s.size() && s[i] == '0') {
    spec->zero = true;
    ++i;
  }
  if (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    spec->width = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') spec->width = spec->width * 10 + (s[i++] - '0');
  }
  if (i < s.size() && (s[i] == ',' || s[i] == '_')) spec->grouping = s[i++];
  if (i < s.size() && s[i] == '.') {
    ++i;
    spec->precision = 0;
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') spec->precision = spec->precision * 10 + (s[i++] - '0');
  }
  if (i < s.size()) spec->type = s[i++];
  return i == s.size();
}

// Writes [body] (with [prefix], the sign and base prefix) padded per [spec].
void pad(Buf& out, const Spec& spec, std::string_view prefix, std::string_view body, char default_align) {
  char align = spec.align ? spec.align : default_align;
  std::string_view fill = spec.fill;
  if (spec.zero && !spec.align) {
    fill = "0";
    align = '=';
  }
  intptr_t len = intptr_t(spec.raw ? prefix.size() + body.size() : utf8_count(prefix) + utf8_count(body));
  intptr_t padding = spec.width > len ? spec.width - len : 0;
  intptr_t left = 0, right = 0;
  switch (align) {
    case '<':
      right = padding;
      break;
    case '^':
      left = padding / 2;
      right = padding - left;
      break;
    default:
      left = padding;
      break;
  }
  if (align == '=') {
    out.add(prefix);
    out.add_repeated(fill, size_t(left));
    out.add(body);
    return;
  }
  out.add_repeated(fill, size_t(left));
  out.add(prefix);
  out.add(body);
  out.add_repeated(fill, size_t(right));
}

// Inserts [sep] every [every] digits from the right of the integer part of [digits].
void group_digits(Buf& out, std::string_view digits, char sep, int every) {
  size_t int_len = 0;
  while (int_len < digits.size() &&
         ((digits[int_len] >= '0' && digits[int_len] <= '9') ||
          (every == 4 && ((digits[int_len] | 0x20) >= 'a' && (digits[int_len] | 0x20) <= 'f'))))
    ++int_len;
  for (size_t i = 0; i < int_len; ++i) {
    if (i && (int_len - i) % every == 0) out.add_char(sep);
    out.add_char(digits[i]);
  }
  out.add(digits.substr(int_len));
}

Status format_int(Vm& vm, Value v, const Spec& spec, Buf& out) {
  if (v.is_bool()) v = Value::small_int(v == Value::true_value());
  char type = spec.type ? spec.type : 'd';
  if (spec.precision >= 0) return raise(vm, Exc::ValueError, "Precision not allowed in integer format specifier");
  if (type == 'c') {
    if (spec.sign) return raise(vm, Exc::ValueError, "Sign not allowed with integer format specifier 'c'");
    intptr_t c = 0;
    if (int_compare(vm, v, Value::small_int(0)) < 0 || int_compare(vm, v, Value::small_int(0x10ffff)) > 0)
      return raise(vm, Exc::OverflowError, "%s", "%c arg not in range(0x110000)");
    CPY_VM_CHECK(get_int(vm, v, &c));
    char tmp[4];
    pad(out, spec, "", std::string_view(tmp, utf8_encode(uint32_t(c), tmp)), '<');
    return Status::kOk;
  }
  unsigned base = 10;
  const char* pfx = "";
  switch (type) {
    case 'd':
    case 'n':
      break;
    case 'x':
      base = 16;
      pfx = "0x";
      break;
    case 'X':
      base = 16;
      pfx = "0X";
      break;
    case 'o':
      base = 8;
      pfx = "0o";
      break;
    case 'b':
      base = 2;
      pfx = "0b";
      break;
    default: {
      char t[2] = {type, 0};
      return raise(vm, Exc::ValueError, "Unknown format code '%s' for object of type 'int'", t);
    }
  }
  Value text;
  bool neg = int_compare(vm, v, Value::small_int(0)) < 0;
  Value mag = v;
  if (neg) CPY_VM_CHECK(int_unary_op(vm, kNeg, v, &mag));
  CPY_VM_CHECK(int_repr(vm, mag, base, false, &text));
  std::string_view digits = str_view(vm, text);
  Buf body(vm);
  if (type == 'X') {
    for (char c : digits) body.add_char(c >= 'a' && c <= 'f' ? char(c - 32) : c);
  } else if (spec.grouping) {
    group_digits(body, digits, spec.grouping, base == 10 ? 3 : 4);
  } else {
    body.add(digits);
  }
  Buf prefix(vm);
  if (neg)
    prefix.add_char('-');
  else if (spec.sign == '+')
    prefix.add_char('+');
  else if (spec.sign == ' ')
    prefix.add_char(' ');
  if (spec.alt) prefix.add(pfx);
  pad(out, spec, prefix.view(), body.view(), '>');
  return body.failed || prefix.failed ? Status::kRaised : Status::kOk;
}

Status format_float(Vm& vm, double d, const Spec& spec, Buf& out) {
  char type = spec.type;
  bool neg = std::signbit(d) && !std::isnan(d);
  double a = neg ? -d : d;
  char tmp[512];
  int prec = spec.precision < 0 ? 6 : int(spec.precision > 300 ? 300 : spec.precision);
  std::string_view body;
  if (std::isinf(a) || std::isnan(a)) {
    bool up = type == 'E' || type == 'F' || type == 'G';
    body = std::isnan(a) ? (up ? "NAN" : "nan") : (up ? "INF" : "inf");
    if (type == '%') body = std::isnan(a) ? "nan%" : "inf%";
  } else if (type == 0 && spec.precision < 0) {
    size_t n = format_float_repr(a, tmp, sizeof tmp);
    body = std::string_view(tmp, n);
  } else {
    char conv = type;
    double x = a;
    bool percent = false;
    if (type == 0 || type == 'n') conv = 'g';
    if (type == '%') {
      conv = 'f';
      x = a * 100;
      percent = true;
    }
    if (conv != 'e' && conv != 'E' && conv != 'f' && conv != 'F' && conv != 'g' && conv != 'G') {
      char code[2] = {conv, 0};
      return raise(vm, Exc::ValueError, "Unknown format code '%s' for object of type 'float'", code);
    }
    if (type == 0 && prec == 0) prec = 1;
    char fmt[8] = {'%', spec.alt ? '#' : '%', '.', '*', conv, 0};
    if (!spec.alt) {
      fmt[1] = '.';
      fmt[2] = '*';
      fmt[3] = conv;
      fmt[4] = 0;
    }
    int n = std::snprintf(tmp, sizeof tmp - 2, fmt, prec, x);
    if (n < 0) n = 0;
    if (type == 0) {
      // No type: like 'g', but a number in fixed notation keeps one decimal.
      bool has_dot = false;
      for (int i = 0; i < n; ++i) has_dot |= tmp[i] == '.' || tmp[i] == 'e';
      if (!has_dot) {
        tmp[n++] = '.';
        tmp[n++] = '0';
      }
    }
    if (percent) tmp[n++] = '%';
    body = std::string_view(tmp, size_t(n));
  }
  Buf grouped(vm);
  if (spec.grouping) {
    group_digits(grouped, body, spec.grouping, 3);
    body = grouped.view();
  }
  const char* prefix = neg ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
  pad(out, spec, prefix, body, '>');
  return Status::kOk;
}

// One part of a formatted complex: repr-like digits (no ".0") when
// [spec].type is 'r', else as format_float lays out a float; [sign] is what
// goes before a non-negative part.
Status complex_part(Vm& vm, double d, const Spec& spec, char sign, Buf& out) {
  if (spec.type != 'r') {
    Spec part = spec;
    part.sign = sign;
    part.width = -1;
    part.align = 0;
    return format_float(vm, d, part, out);
  }
  char tmp[40];
  size_t n = format_float_repr(d, tmp, sizeof tmp);
  if (n >= 2 && tmp[n - 2] == '.' && tmp[n - 1] == '0') n -= 2;
  std::string_view text(tmp, n);
  if (text[0] != '-' && sign) out.add_char(sign);
  Buf digits(vm);
  if (spec.alt && std::isfinite(d) && text.find('.') == text.npos) {
    // '#': a decimal point even without fraction digits ("1.", "1.e+20").
    size_t e = text.find('e');
    digits.add(text.substr(0, e));
    digits.add_char('.');
    if (e != text.npos) digits.add(text.substr(e));
    text = digits.view();
  }
  if (spec.grouping) {
    size_t skip = text[0] == '-' ? 1 : 0;
    out.add(text.substr(0, skip));
    group_digits(out, text.substr(skip), spec.grouping, 3);
  } else {
    out.add(text);
  }
  return digits.failed ? Status::kRaised : Status::kOk;
}

/// format(complex, spec): both parts formatted like floats, the whole padded.
/// With no type the result looks like str() (parentheses, no real part of
/// +0.0); a precision then means 'g'.
Status format_complex(Vm& vm, Cplx z, Spec spec, Buf& out) {
  if (spec.zero) return raise(vm, Exc::ValueError, "Zero padding is not allowed in complex format specifier");
  if (spec.align == '=') {
    return raise(vm, Exc::ValueError, "'=' alignment flag is not allowed in complex format specifier");
  }
  if (spec.type && !std::strchr("eEfFgGn", spec.type)) {
    char t[2] = {spec.type, 0};
    return raise(vm, Exc::ValueError, "Unknown format code '%s' for object of type 'complex'", t);
  }
  bool bare = spec.type == 0;
  bool skip_real = bare && z.re == 0.0 && !std::signbit(z.re);
  if (spec.type == 'n') spec.type = 'g';
  if (bare) spec.type = spec.precision < 0 ? 'r' : 'g';
  Buf body(vm);
  if (bare && !skip_real) body.add_char('(');
  if (!skip_real) CPY_VM_CHECK(complex_part(vm, z.re, spec, spec.sign == '-' ? 0 : spec.sign, body));
  // The imaginary part always carries its sign, unless it stands alone.
  char im_sign = skip_real ? (spec.sign == '-' ? 0 : spec.sign) : '+';
  CPY_VM_CHECK(complex_part(vm, z.im, spec, im_sign, body));
  body.add_char('j');
  if (bare && !skip_real) body.add_char(')');
  if (body.failed) return Status::kRaised;
  pad(out, spec, "", body.view(), '>');
  return Status::kOk;
}

}  // namespace

Status format_value(Vm& vm, Value v, std::string_view spec_text, Buf& out) {
  Kind k = v.is_object() ? protocol_kind(vm, v.as<Obj>()->type, vm.q.format) : kind_of(vm, v);
  if (k == Kind::kInstance) {
    Value m = user_method(vm, v, vm.q.format);
    if (!m.is_null()) {
      Value arg = CPY_VM_TRY(new_str(vm, spec_text));
      Value r;
      Value args[1] = {arg};
      CPY_VM_CHECK(call_with_self(vm, m, v, Args{args, 1, 0}, &r));
      if (!is_str(vm, r)) return raise(vm, Exc::TypeError, "__format__ must return a str");
      out.add(str_view(vm, r));
      return Status::kOk;
    }
  }
  if (spec_text.empty()) {
    Value s;
    CPY_VM_CHECK(to_str(vm, v, &s));
    out.add(str_view(vm, s));
    return Status::kOk;
  }
  Spec spec;
  if (!parse_spec(spec_text, &spec)) return raise(vm, Exc::ValueError, "Invalid format specifier");
  if (k == Kind::kInt || k == Kind::kBool) {
    if (spec.type && std::strchr("eEfFgG%", spec.type)) return format_float(vm, int_to_double(vm, v), spec, out);
    if (k == Kind::kBool && !spec.type) {
      pad(out, spec, "", v == Value::true_value() ? "True" : "False", '<');
      return Status::kOk;
    }
    return format_int(vm, v, spec, out);
  }
  if (k == Kind::kFloat) return format_float(vm, v.as<Float>()->value, spec, out);
  if (k == Kind::kComplex) return format_complex(vm, complex_of(v), spec, out);
  if (spec.type && spec.type != 's') {
    char t[2] = {spec.type, 0};
    return raise(vm, Exc::ValueError, "Unknown format code '%s' for object of type '%T'", t, v);
  }
  Value s;
  CPY_VM_CHECK(to_str(vm, v, &s));
  std::string_view text = str_view(vm, s);
  if (spec.precision >= 0) text = text.substr(0, utf8_offset(text, size_t(spec.precision)));
  if (spec.zero && !spec.align) spec.align = '<', spec.zero = false, spec.fill = "0";
  pad(out, spec, "", text, '<');
  return Status::kOk;
}

namespace {

// Resolves "name.attr[key]..." against the arguments.
Status resolve_field(Vm& vm, std::string_view field, const Args& args, size_t* auto_index, Value* out) {
  size_t i = 0;
  while (i < field.size() && field[i] != '.' && field[i] != '[') ++i;
  std::string_view head = field.substr(0, i);
  Value v;
  if (head.empty() || (head[0] >= '0' && head[0] <= '9')) {
    size_t index;
    if (head.empty()) {
      if (*auto_index == SIZE_MAX) {
        return raise(vm, Exc::ValueError, "cannot switch from manual field specification to automatic field numbering");
      }
      index = (*auto_index)++;
    } else {
      index = 0;
      for (char c : head) index = index * 10 + size_t(c - '0');
      if (*auto_index > 0 && *auto_index != SIZE_MAX) {
        return raise(vm, Exc::ValueError, "cannot switch from automatic field numbering to manual field specification");
      }
      *auto_index = SIZE_MAX;
    }
    if (index >= args.n)
      return raise(vm, Exc::IndexError, "Replacement index %d out of range for positional args tuple", int(index));
    v = args[index];
  } else {
    Value key = CPY_VM_TRY(intern(vm, head));
    v = kw_arg(args, key.qstr_id(), Value::null());
    if (v.is_null()) return raise_with(vm, Exc::KeyError, key);
  }
  while (i < field.size()) {
    if (field[i] == '.') {
      size_t j = ++i;
      while (j < field.size() && field[j] != '.' && field[j] != '[') ++j;
      Value name = CPY_VM_TRY(intern(vm, field.substr(i, j - i)));
      CPY_VM_CHECK(get_attr(vm, v, name.qstr_id(), &v));
      i = j;
    } else {
      size_t j = field.find(']', i);
      if (j == std::string_view::npos) return raise(vm, Exc::ValueError, "Missing ']' in format string");
      std::string_view key = field.substr(i + 1, j - i - 1);
      Value k;
      bool numeric = !key.empty();
      for (char c : key) numeric &= c >= '0' && c <= '9';
      if (numeric) {
        intptr_t n = 0;
        for (char c : key) n = n * 10 + (c - '0');
        k = Value::small_int(n);
      } else {
        k = CPY_VM_TRY(new_str(vm, key));
      }
      CPY_VM_CHECK(subscr(vm, v, k, &v));
      i = j + 1;
    }
  }
  *out = v;
  return Status::kOk;
}

}  // namespace

namespace {

// Formats [fmt] into [buf]; nested fields in specs share [*auto_index].
Status format_into(Vm& vm, std::string_view fmt, const Args& args, size_t* auto_index, Buf& buf) {
  for (size_t i = 0; i < fmt.size(); ++i) {
    char c = fmt[i];
    if (c == '}') {
      if (i + 1 < fmt.size() && fmt[i + 1] == '}') {
        buf.add_char('}');
        ++i;
        continue;
      }
      return raise(vm, Exc::ValueError, "Single '}' encountered in format string");
    }
    if (c != '{') {
      buf.add_char(c);
      continue;
    }
    if (i + 1 < fmt.size() && fmt[i + 1] == '{') {
      buf.add_char('{');
      ++i;
      continue;
    }
    // Find the matching '}', allowing one level of nested fields in the spec.
    size_t j = i + 1;
    int depth = 1;
    while (j < fmt.size()) {
      if (fmt[j] == '{')
        ++depth;
      else if (fmt[j] == '}' && --depth == 0)
        break;
      ++j;
    }
    if (j >= fmt.size()) return raise(vm, Exc::ValueError, "Single '{' encountered in format string");
    std::string_view field = fmt.substr(i + 1, j - i - 1);
    i = j;
    std::string_view spec;
    char conv = 0;
    size_t colon = std::string_view::npos;
    int brackets = 0;
    for (size_t k = 0; k < field.size(); ++k) {
      if (field[k] == '[')
        ++brackets;
      else if (field[k] == ']')
        --brackets;
      else if (field[k] == ':' && brackets == 0) {
        colon = k;
        break;
      }
    }
    if (colon != std::string_view::npos) {
      spec = field.substr(colon + 1);
      field = field.substr(0, colon);
    }
    size_t bang = field.find('!');
    if (bang != std::string_view::npos) {
      if (bang + 2 != field.size()) return raise(vm, Exc::ValueError, "expected ':' after conversion specifier");
      conv = field[bang + 1];
      field = field.substr(0, bang);
    }
    Value v;
    CPY_VM_CHECK(resolve_field(vm, field, args, auto_index, &v));
    if (conv == 'r' || conv == 'a') {
      CPY_VM_CHECK(repr(vm, v, &v));
    } else if (conv == 's') {
      CPY_VM_CHECK(to_str(vm, v, &v));
    } else if (conv) {
      return raise(vm, Exc::ValueError, "Unknown conversion specifier");
    }
    if (spec.find('{') != std::string_view::npos) {
      Buf expanded(vm);
      CPY_VM_CHECK(format_into(vm, spec, args, auto_index, expanded));
      if (expanded.failed) return Status::kRaised;
      CPY_VM_CHECK(format_value(vm, v, expanded.view(), buf));
    } else {
      CPY_VM_CHECK(format_value(vm, v, spec, buf));
    }
  }
  return Status::kOk;
}

}  // namespace

Status str_format(Vm& vm, std::string_view fmt, const Args& args, Value* out) {
  Buf buf(vm);
  size_t auto_index = 0;
  CPY_VM_CHECK(format_into(vm, fmt, args, &auto_index, buf));
  *out = CPY_VM_TRY(buf.finish());
  return Status::kOk;
}

namespace {

/// The arguments of `fmt % args` as CPython walks them: a tuple's items in
/// turn, anything else once as a whole; after a %(key), the value looked up.
struct PercentArgs {
  Value mapping;           ///< what %(key) looks keys up in; null if none
  Value whole;             ///< what a pull gives when [len] < 0
  Value* items = nullptr;  ///< a tuple's items
  intptr_t len = -1;
  intptr_t next = -2;
};

// Whether `fmt % [v]` may look %(key) up in [v]: it has __getitem__ and is
// not a tuple nor text (a str format takes bytes as a mapping, a bytes
// format does not).
bool is_mapping_arg(Vm& vm, Value v, bool bytes) {
  switch (kind_of(vm, v)) {
    case Kind::kDict:
    case Kind::kList:
    case Kind::kRange:
      return true;
    case Kind::kBytes:
    case Kind::kBytearray:
      return !bytes;
    case Kind::kInstance:
      return !user_method(vm, v, vm.q.getitem).is_null();
    default:
      return false;
  }
}

Status next_arg(Vm& vm, PercentArgs& a, Value* out) {
  if (a.next >= a.len) return raise(vm, Exc::TypeError, "not enough arguments for format string");
  *out = a.len < 0 ? a.whole : a.items[a.next];
  ++a.next;
  return Status::kOk;
}

// %(key): [*i] is at '('; leaves it after the matching ')'. The value is
// what the rest of this field (and any later keyless field) pulls.
Status percent_key(Vm& vm, std::string_view fmt, size_t* i, PercentArgs& a, bool bytes) {
  if (a.mapping.is_null()) return raise(vm, Exc::TypeError, "format requires a mapping");
  size_t start = *i + 1, j = start;
  for (int depth = 1; j < fmt.size(); ++j) {
    if (fmt[j] == '(')
      ++depth;
    else if (fmt[j] == ')' && --depth == 0)
      break;
  }
  if (j >= fmt.size()) return raise(vm, Exc::ValueError, "incomplete format key");
  std::string_view name = fmt.substr(start, j - start);
  Value key = CPY_VM_TRY(bytes ? new_bytes(vm, name) : new_str(vm, name));
  CPY_VM_CHECK(subscr(vm, a.mapping, key, &a.whole));
  a.len = -1;
  a.next = -2;
  *i = j + 1;
  return Status::kOk;
}

// A width or precision at [*i]: digits, or '*' taking an int argument.
Status percent_number(Vm& vm, std::string_view fmt, size_t* i, PercentArgs& a, intptr_t* out) {
  if (*i < fmt.size() && fmt[*i] == '*') {
    ++*i;
    Value v;
    CPY_VM_CHECK(next_arg(vm, a, &v));
    if (!is_int(vm, v)) return raise(vm, Exc::TypeError, "* wants int");
    return get_int(vm, v, out);
  }
  if (*i < fmt.size() && fmt[*i] >= '0' && fmt[*i] <= '9') {
    *out = 0;
    while (*i < fmt.size() && fmt[*i] >= '0' && fmt[*i] <= '9') *out = *out * 10 + (fmt[(*i)++] - '0');
  }
  return Status::kOk;
}

// The flags, width and precision of a field; [*i] moves to the conversion.
Status percent_spec(Vm& vm, std::string_view fmt, size_t* i, PercentArgs& a, Spec* spec) {
  for (; *i < fmt.size(); ++*i) {
    char f = fmt[*i];
    if (f == '-')
      spec->align = '<';
    else if (f == '+')
      spec->sign = '+';
    else if (f == ' ') {
      if (!spec->sign) spec->sign = ' ';
    } else if (f == '#')
      spec->alt = true;
    else if (f == '0')
      spec->zero = true;
    else
      break;
  }
  intptr_t width = INTPTR_MIN;
  CPY_VM_CHECK(percent_number(vm, fmt, i, a, &width));
  if (width != INTPTR_MIN) {
    if (width < 0) spec->align = '<';  // a negative '*' width left-aligns
    spec->width = width < 0 ? -width : width;
  }
  if (*i < fmt.size() && fmt[*i] == '.') {
    ++*i;
    spec->precision = 0;
    CPY_VM_CHECK(percent_number(vm, fmt, i, a, &spec->precision));
    if (spec->precision < 0) spec->precision = 0;
  }
  while (*i < fmt.size() && (fmt[*i] == 'h' || fmt[*i] == 'l' || fmt[*i] == 'L')) ++*i;  // C length modifiers
  if (*i >= fmt.size()) return raise(vm, Exc::ValueError, "incomplete format");
  if (spec->align == '<') spec->zero = false;
  return Status::kOk;
}

// ascii(): [text] with each non-ASCII character escaped as \xNN, \uNNNN or
// \UNNNNNNNN.
void add_ascii(Buf& out, std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      out.add_char(text[i++]);
      continue;
    }
    uint32_t cp = utf8_decode(text, &i);
    char tmp[12];
    const char* fmt = cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x";
    int n = std::snprintf(tmp, sizeof tmp, fmt, unsigned(cp));
    out.add(std::string_view(tmp, size_t(n)));
  }
}

// %b (and %s) of a bytes format: a bytes-like object's bytes, or what its
// __bytes__ returns.
Status add_bytes_arg(Vm& vm, Value v, Buf& out) {
  bool found = false;
  CPY_VM_CHECK(buffer_copy(vm, v, out, &found));
  if (found) return Status::kOk;
  Value m = kind_of(vm, v) == Kind::kInstance ? user_method(vm, v, vm.q.bytes_) : Value::null();
  if (m.is_null()) {
    return raise(vm, Exc::TypeError,
                 "%%b requires a bytes-like object, or an object that implements __bytes__, not '%T'", v);
  }
  Value b;
  CPY_VM_CHECK(call_with_self(vm, m, v, Args{}, &b));
  if (!is_bytes(vm, b)) return raise(vm, Exc::TypeError, "__bytes__ returned non-bytes (type %T)", b);
  out.add(bytes_view(vm, b));
  return Status::kOk;
}

// %s %r %a, and %b of bytes. A bytes format gives bytes for %s, and
// ascii() for %r too (its text must be ASCII).
Status percent_text(Vm& vm, char conv, Value v, Spec spec, bool bytes, Buf& out) {
  Buf text(vm);
  if (bytes && (conv == 's' || conv == 'b')) {
    CPY_VM_CHECK(add_bytes_arg(vm, v, text));
  } else {
    Value s;
    CPY_VM_CHECK(conv == 's' ? to_str(vm, v, &s) : repr(vm, v, &s));
    if (conv == 'a' || bytes)
      add_ascii(text, str_view(vm, s));
    else
      text.add(str_view(vm, s));
  }
  if (text.failed) return Status::kRaised;
  std::string_view body = text.view();
  if (spec.precision >= 0) {
    body = body.substr(0, bytes ? size_t(spec.precision) : utf8_offset(body, size_t(spec.precision)));
  }
  spec.zero = false;
  pad(out, spec, "", body, '>');
  return Status::kOk;
}

// %c: a code point (str) or byte (bytes), given as an int or as text of
// length one.
Status percent_char(Vm& vm, Value v, Spec spec, bool bytes, Buf& out) {
  const char* wrong = bytes ? "%c requires an integer in range(256) or a single byte" : "%c requires int or char";
  char tmp[4];
  std::string_view ch;
  if (bytes ? is_bytes(vm, v) : is_str(vm, v)) {
    ch = bytes ? bytes_view(vm, v) : str_view(vm, v);
    if ((bytes ? ch.size() : utf8_count(ch)) != 1) return raise(vm, Exc::TypeError, "%s", wrong);
  } else if (is_index_like(vm, v)) {
    Value iv;
    CPY_VM_CHECK(index_value(vm, v, &iv));
    intptr_t limit = bytes ? 0xff : 0x10ffff;
    if (int_compare(vm, iv, Value::small_int(0)) < 0 || int_compare(vm, iv, Value::small_int(limit)) > 0) {
      return raise(vm, Exc::OverflowError, "%s", bytes ? "%c arg not in range(256)" : "%c arg not in range(0x110000)");
    }
    intptr_t c = 0;
    CPY_VM_CHECK(get_int(vm, iv, &c));
    if (bytes) tmp[0] = char(c);
    ch = std::string_view(tmp, bytes ? 1 : utf8_encode(uint32_t(c), tmp));
  } else {
    return raise(vm, Exc::TypeError, "%s", wrong);
  }
  spec.zero = false;
  pad(out, spec, "", ch, '>');
  return Status::kOk;
}

// The int that %[conv] shows: an int; for %d %i %u also a float (truncated)
// or what __int__ gives; for all, what __index__ gives.
Status int_arg(Vm& vm, char conv, Value v, bool bytes, Value* out) {
  bool index_only = conv == 'x' || conv == 'X' || conv == 'o';
  Kind k = kind_of(vm, v);
  if (k == Kind::kInt || k == Kind::kBool) return index_value(vm, v, out);
  if (k == Kind::kFloat && !index_only) return int_from_double(vm, v.as<Float>()->value, out);
  Value m = k == Kind::kInstance && !index_only ? user_method(vm, v, vm.q.int_) : Value::null();
  if (!m.is_null()) {
    CPY_VM_CHECK(call_with_self(vm, m, v, Args{}, out));
    if (!is_int(vm, *out)) return raise(vm, Exc::TypeError, "__int__ returned non-int (type %T)", *out);
    return Status::kOk;
  }
  if (k == Kind::kInstance && is_index_like(vm, v)) return index_value(vm, v, out);
  // CPython's bytes formatting reports %i as %d.
  char name[2] = {bytes && conv == 'i' ? 'd' : conv, 0};
  if (index_only) return raise(vm, Exc::TypeError, "%%%s format: an integer is required, not %T", name, v);
  return raise(vm, Exc::TypeError, "%%%s format: a real number is required, not %T", name, v);
}

// %d %i %u %x %X %o as C's printf lays them out: the digits zero-padded to
// the precision, after the sign and (with '#') the base prefix.
Status percent_int(Vm& vm, char conv, Value v, const Spec& spec, bool bytes, Buf& out) {
  Value iv;
  CPY_VM_CHECK(int_arg(vm, conv, v, bytes, &iv));
  if (iv.is_bool()) iv = Value::small_int(iv == Value::true_value());
  bool neg = int_compare(vm, iv, Value::small_int(0)) < 0;
  if (neg) CPY_VM_CHECK(int_unary_op(vm, kNeg, iv, &iv));
  unsigned base = conv == 'o' ? 8 : conv == 'x' || conv == 'X' ? 16 : 10;
  Value text;
  CPY_VM_CHECK(int_repr(vm, iv, base, false, &text));
  std::string_view digits = str_view(vm, text);
  Buf body(vm);
  for (intptr_t k = intptr_t(digits.size()); k < spec.precision; ++k) body.add_char('0');
  for (char c : digits) body.add_char(conv == 'X' && c >= 'a' ? char(c - 32) : c);
  char prefix[4] = {0};
  size_t n = 0;
  if (neg || spec.sign) prefix[n++] = neg ? '-' : spec.sign;
  if (spec.alt && base != 10) {
    prefix[n++] = '0';
    prefix[n++] = conv;
  }
  if (body.failed) return Status::kRaised;
  pad(out, spec, std::string_view(prefix, n), body.view(), '>');
  return Status::kOk;
}

// float(x) for %e %f %g: also __index__, and an int too large is an error.
Status real_arg(Vm& vm, Value v, double* out) {
  Kind k = kind_of(vm, v);
  if (k == Kind::kInstance && type_lookup(vm, type_of(vm, v), vm.q.float_).is_null() && is_index_like(vm, v)) {
    CPY_VM_CHECK(index_value(vm, v, &v));
    k = Kind::kInt;
  }
  if (k == Kind::kInt || k == Kind::kBool) {
    *out = int_to_double(vm, v);
    if (std::isinf(*out)) return raise(vm, Exc::OverflowError, "int too large to convert to float");
    return Status::kOk;
  }
  return get_float(vm, v, out);
}

Status percent_float(Vm& vm, char conv, Value v, Spec spec, bool bytes, Buf& out) {
  double d;
  if (real_arg(vm, v, &d) == Status::kRaised) {
    if (!bytes) return Status::kRaised;
    // A bytes format reports every failure this way.
    take_pending(vm);
    return raise(vm, Exc::TypeError, "float argument required, not %T", v);
  }
  spec.type = conv;
  return format_float(vm, d, spec, out);
}

// ValueError for the conversion at byte [i] of [fmt], which CPython names
// with its index in characters.
Status unsupported_conversion(Vm& vm, std::string_view fmt, size_t i, bool bytes) {
  uint32_t c = static_cast<unsigned char>(fmt[i]);
  size_t index = i;
  if (!bytes) {
    index = utf8_count(fmt.substr(0, i));
    size_t at = i;
    c = utf8_decode(fmt, &at);
  } else if (c >= 0x80) {
    // CPython passes the byte as a signed char to %c, which then fails.
    return raise(vm, Exc::OverflowError, "character argument not in range(0x110000)");
  }
  // A str format shows only printable ASCII; a bytes format any ASCII byte.
  char shown[2] = {!bytes && (c < 31 || c > 126) ? '?' : char(c), 0};
  char code[12];
  std::snprintf(code, sizeof code, "0x%x", unsigned(c));
  return raise(vm, Exc::ValueError, "unsupported format character '%s' (%s) at index %d", shown, code, int(index));
}

// One field: [*i] is just after its '%'; leaves it on the conversion.
Status percent_field(Vm& vm, std::string_view fmt, size_t* i, PercentArgs& a, bool bytes, Buf& out) {
  if (fmt[*i] == '(') CPY_VM_CHECK(percent_key(vm, fmt, i, a, bytes));
  Spec spec;
  spec.raw = bytes;
  CPY_VM_CHECK(percent_spec(vm, fmt, i, a, &spec));
  char conv = fmt[*i];
  Value v;
  CPY_VM_CHECK(next_arg(vm, a, &v));
  switch (conv) {
    case 'b':
      if (!bytes) break;
      [[fallthrough]];
    case 's':
    case 'r':
    case 'a':
      return percent_text(vm, conv, v, spec, bytes, out);
    case 'c':
      return percent_char(vm, v, spec, bytes, out);
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o':
      return percent_int(vm, conv, v, spec, bytes, out);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      return percent_float(vm, conv, v, spec, bytes, out);
    default:
      break;
  }
  return unsupported_conversion(vm, fmt, *i, bytes);
}

}  // namespace

Status str_modulo(Vm& vm, std::string_view fmt, Value args, bool bytes, Value* out) {
  PercentArgs a;
  a.whole = args;
  a.mapping = is_mapping_arg(vm, args, bytes) ? args : Value::null();
  if (kind_of(vm, args) == Kind::kTuple) {
    size_t n = 0;
    seq_items(vm, args, &a.items, &n);
    a.len = intptr_t(n);
    a.next = 0;
  }
  Buf buf(vm);
  for (size_t i = 0; i < fmt.size(); ++i) {
    if (fmt[i] != '%') {
      buf.add_char(fmt[i]);
      continue;
    }
    if (++i >= fmt.size()) return raise(vm, Exc::ValueError, "incomplete format");
    if (fmt[i] == '%') {
      buf.add_char('%');
      continue;
    }
    CPY_VM_CHECK(percent_field(vm, fmt, &i, a, bytes, buf));
  }
  if (a.next < a.len && a.mapping.is_null()) {
    return raise(vm, Exc::TypeError, "not all arguments converted during %s formatting", bytes ? "bytes" : "string");
  }
  *out = CPY_VM_TRY(buf.finish(bytes));
  return Status::kOk;
}

}  // namespace cpy::vm
