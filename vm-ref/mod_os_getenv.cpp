// os.getenv(key, default=None), as CircuitPython 10 answers it: the value of
// `key = ...` among the top-level lines of settings.toml (a quoted string
// with its escapes undone, or the bare text up to a comment), else the
// machine's environment (Platform::getenv), else the default. A malformed
// value counts as absent, as on the board. Always a str.
#include <cstring>

#include "cpy/vm/vfs.h"
#include "runtime.h"

namespace cpy::vm {

namespace {

constexpr const char* kSettingsPath = "settings.toml";

/// A whole file read through the Platform; null when it cannot be opened.
/// Files larger than [limit] are cut (settings.toml is small by nature).
char* read_small_file(Vm& vm, const char* path, size_t limit, size_t* size) {
  const Platform& pl = platform();
  if (!pl.open || !pl.read || !pl.close) return nullptr;
  int h = pl.open(pl.context, path, kVfsRead);
  if (h < 0) return nullptr;
  auto* buf = static_cast<char*>(alloc_raw(vm, limit + 1));
  size_t n = 0;
  while (buf && n < limit) {
    long r = pl.read(pl.context, h, reinterpret_cast<uint8_t*>(buf + n), limit - n);
    if (r <= 0) break;
    n += size_t(r);
  }
  pl.close(pl.context, h);
  if (!buf) vm.pending = Value::null();  // no room: the setting is absent
  *size = n;
  return buf;
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// The quoted string starting after its opening quote at [p]; false when
/// malformed (unterminated, a bad escape, text after the closing quote).
bool read_quoted(const char* p, const char* end, Buf& out) {
  while (p < end && *p != '\n') {
    char c = *p++;
    if (c == '"') {
      while (p < end && is_blank(*p)) ++p;
      return p == end || *p == '\n' || *p == '#';
    }
    if (c != '\\') {
      out.add_char(c);
      continue;
    }
    if (p == end || *p == '\n') return false;
    char e = *p++;
    switch (e) {
      case 'b': out.add_char('\b'); break;
      case 'r': out.add_char('\r'); break;
      case 'n': out.add_char('\n'); break;
      case 't': out.add_char('\t'); break;
      case 'v': out.add_char('\v'); break;
      case 'f': out.add_char('\f'); break;
      case 'u':
      case 'U': {
        int digits = e == 'u' ? 4 : 8;
        uint32_t cp = 0;
        for (int i = 0; i < digits; ++i) {
          int d = p < end ? hex_digit(*p) : -1;
          if (d < 0) return false;
          cp = cp * 16 + uint32_t(d);
          ++p;
        }
        if (cp >= 0x110000) return false;
        out.add_utf8(cp);
        break;
      }
      default: out.add_char(e); break;  // \" \\ and the rest stand for themselves
    }
  }
  return false;
}

/// Looks [key] up in settings.toml's text; true with the value in [out].
bool settings_value(const char* text, size_t size, std::string_view key, Buf& out) {
  const char* p = text;
  const char* end = text + size;
  while (p < end) {
    while (p < end && is_blank(*p)) ++p;
    if (p < end && *p == '[') return false;  // tables are not read
    const char* line_end = static_cast<const char*>(memchr(p, '\n', size_t(end - p)));
    if (!line_end) line_end = end;
    if (size_t(line_end - p) > key.size() && std::string_view(p, key.size()) == key) {
      const char* q = p + key.size();
      while (q < line_end && is_blank(*q)) ++q;
      if (q < line_end && *q == '=') {
        ++q;
        while (q < line_end && is_blank(*q)) ++q;
        if (q == line_end || *q == '#') return false;  // an empty value is malformed
        if (*q == '"') return read_quoted(q + 1, end, out);
        const char* v_end = q;
        while (v_end < line_end && *v_end != '#') ++v_end;
        while (v_end > q && is_blank(v_end[-1])) --v_end;
        out.add(std::string_view(q, size_t(v_end - q)));
        return true;
      }
    }
    p = line_end + 1;
  }
  return false;
}

Status check_no_kw_except_default(Vm& vm, const Args& args) {
  for (size_t i = 0; i < args.n_kw; ++i)
    if (args.kw_name(i) != Value::qstr(vm.q.default_) || args.n > 1)
      return raise(vm, Exc::TypeError, "unexpected keyword argument '%s'", str_view(vm, args.kw_name(i)));
  return Status::kOk;
}

}  // namespace

Status os_getenv(Vm& vm, const Args& args, Value* out) {
  if (!is_str(vm, args[0])) return raise(vm, Exc::TypeError, "can't convert '%T' object to str implicitly", args[0]);
  CPY_VM_CHECK(check_no_kw_except_default(vm, args));
  std::string_view key = str_view(vm, args[0]);
  Value fallback = args.n > 1 ? args[1] : kw_arg(args, vm.q.default_, Value::none());
  size_t size = 0;
  if (char* text = read_small_file(vm, kSettingsPath, 64 * 1024, &size)) {
    Buf b(vm);
    if (settings_value(text, size, key, b)) {
      *out = CPY_VM_TRY(b.finish());
      return Status::kOk;
    }
  }
  const Platform& pl = platform();
  const char* name = heap_cstr(vm, key);
  if (!name) return Status::kRaised;
  const char* env = pl.getenv ? pl.getenv(pl.context, name) : nullptr;
  *out = env ? CPY_VM_TRY(new_str(vm, env)) : fallback;
  return Status::kOk;
}

}  // namespace cpy::vm
