// The text codecs of str.encode, bytes.decode and str(bytes, encoding):
// UTF-8, ASCII and Latin-1, with the strict, ignore and replace error modes.
#include "str_methods.h"

namespace cpy::vm {

namespace {

constexpr char kHex[] = "0123456789abcdef";

enum class Codec { kUtf8, kAscii, kLatin1, kUnknown };
enum class Errors { kStrict, kIgnore, kReplace, kUnknown };

Codec codec_named(std::string_view name) {
  char low[16];
  size_t n = 0;
  for (char c : name) {
    if (n == sizeof low) return Codec::kUnknown;
    low[n++] = c == '_' ? '-' : (c >= 'A' && c <= 'Z' ? char(c + 32) : c);
  }
  std::string_view s(low, n);
  if (s == "utf-8" || s == "utf8") return Codec::kUtf8;
  if (s == "ascii" || s == "us-ascii") return Codec::kAscii;
  if (s == "latin-1" || s == "latin1" || s == "iso-8859-1" || s == "iso8859-1" || s == "l1") return Codec::kLatin1;
  return Codec::kUnknown;
}

// Reads the encoding and errors arguments at [args][1] and [2] or by keyword.
Status codec_args(Vm& vm, const Args& args, Codec* codec, Errors* errors, const char** name) {
  Value ev = args.n > 1 ? args[1] : kw_arg(args, vm.qstrs.find("encoding"), Value::null());
  Value rv = args.n > 2 ? args[2] : kw_arg(args, vm.qstrs.find("errors"), Value::null());
  *codec = Codec::kUtf8;
  *errors = Errors::kStrict;
  *name = "utf-8";
  if (!ev.is_null()) {
    if (!is_str(vm, ev)) return raise(vm, Exc::TypeError, "encoding must be str, not %T", ev);
    std::string_view en = str_view(vm, ev);
    *codec = codec_named(en);
    if (*codec == Codec::kUnknown) return raise(vm, Exc::LookupError, "unknown encoding: %V", &en);
    *name = *codec == Codec::kAscii ? "ascii" : *codec == Codec::kLatin1 ? "latin-1" : "utf-8";
  }
  if (!rv.is_null()) {
    if (!is_str(vm, rv)) return raise(vm, Exc::TypeError, "errors must be str, not %T", rv);
    std::string_view e = str_view(vm, rv);
    *errors = e == "strict" ? Errors::kStrict : e == "ignore" ? Errors::kIgnore : e == "replace" ? Errors::kReplace : Errors::kUnknown;
    if (*errors == Errors::kUnknown) return raise(vm, Exc::LookupError, "unknown error handler name '%V'", &e);
  }
  return Status::kOk;
}

// Length of the valid UTF-8 sequence at [s][i], or 0 with [*why] set.
size_t utf8_valid_at(std::string_view s, size_t i, const char** why) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  size_t len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (!len) {
    *why = "invalid start byte";
    return 0;
  }
  for (size_t k = 1; k < len; ++k) {
    if (i + k >= s.size()) {
      *why = "unexpected end of data";
      return 0;
    }
    unsigned char d = byte(i + k);
    unsigned char lo = 0x80, hi = 0xbf;
    if (k == 1) {
      if (c == 0xe0) lo = 0xa0;
      if (c == 0xed) hi = 0x9f;
      if (c == 0xf0) lo = 0x90;
      if (c == 0xf4) hi = 0x8f;
    }
    if (d < lo || d > hi) {
      *why = "invalid continuation byte";
      return 0;
    }
  }
  return len;
}

}  // namespace

Status decode_bytes(Vm& vm, std::string_view data, const Args& args, Value* out) {
  Codec codec;
  Errors errors;
  const char* name;
  CPY_VM_CHECK(codec_args(vm, args, &codec, &errors, &name));
  Buf buf(vm);
  for (size_t i = 0; i < data.size();) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    const char* why = "ordinal not in range(128)";
    size_t len = codec == Codec::kLatin1 ? 1 : codec == Codec::kAscii ? (c < 0x80) : utf8_valid_at(data, i, &why);
    if (len) {
      if (codec == Codec::kLatin1)
        buf.add_utf8(c);
      else
        buf.add(data.substr(i, len));
      i += len;
      continue;
    }
    if (errors == Errors::kStrict) {
      char hex[3] = {kHex[c >> 4], kHex[c & 15], 0};
      return raise(vm, Exc::UnicodeError, "'%s' codec can't decode byte 0x%s in position %d: %s", name, hex, int(i), why);
    }
    if (errors == Errors::kReplace) buf.add("\xef\xbf\xbd");
    ++i;
  }
  *out = CPY_VM_TRY(buf.finish());
  return Status::kOk;
}

Status encode_str(Vm& vm, std::string_view text, const Args& args, Value* out) {
  Codec codec;
  Errors errors;
  const char* name;
  CPY_VM_CHECK(codec_args(vm, args, &codec, &errors, &name));
  if (codec == Codec::kUtf8) {
    *out = CPY_VM_TRY(new_bytes(vm, text));
    return Status::kOk;
  }
  uint32_t limit = codec == Codec::kAscii ? 0x80 : 0x100;
  Buf buf(vm);
  size_t i = 0, index = 0;
  while (i < text.size()) {
    uint32_t cp = utf8_decode(text, &i);
    if (cp < limit) {
      buf.add_char(char(cp));
    } else if (errors == Errors::kStrict) {
      // CPython names the character \xNN, \uNNNN or \UNNNNNNNN.
      char esc[11];
      int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
      esc[0] = '\\';
      esc[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
      for (int k = 0; k < digits; ++k) esc[2 + k] = kHex[(cp >> (4 * (digits - 1 - k))) & 15];
      esc[2 + digits] = 0;
      return raise(vm, Exc::UnicodeError, "'%s' codec can't encode character '%s' in position %d: ordinal not in range(%d)",
                   name, esc, int(index), int(limit));
    } else if (errors == Errors::kReplace) {
      buf.add_char('?');
    }
    ++index;
  }
  *out = CPY_VM_TRY(buf.finish(true));
  return Status::kOk;
}

}  // namespace cpy::vm
