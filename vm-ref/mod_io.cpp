// The io module: StringIO, BytesIO and open() for files through the
// Platform's VFS (vfs.h). A file object reads and writes whole bytes; text
// files and StringIO hand out str.
#include <cstring>

#include "cpy/vm/vfs.h"
#include "runtime.h"
#include "stream_poll.h"

namespace cpy::vm {

namespace {

constexpr uint32_t kStreamTag = 0x5354524d;  // 'STRM'

/// StringIO / BytesIO (memory: a bytearray and a position) or a file (a
/// platform handle).
struct Stream : NativeObj {
  Value buf;  ///< bytearray, memory streams only
  size_t pos;
  int handle;  ///< files; -1 for memory streams
  bool text;
  bool closed;
  bool readable;
  bool writable;
};

Stream* st_self(Vm& vm, Value v, bool open = true) {
  Stream* s = native_self<Stream>(vm, v, kStreamTag);
  if (!s) {
    (void)raise(vm, Exc::TypeError, "not a stream");
  } else if (open && s->closed) {
    (void)raise(vm, Exc::ValueError, "I/O operation on closed file");
    return nullptr;
  }
  return s;
}

Status result(Vm& vm, Stream* s, std::string_view data, Value* out) {
  *out = CPY_VM_TRY(s->text ? new_str(vm, data) : new_bytes(vm, data));
  return Status::kOk;
}

/// Reads up to [n] bytes (all when n < 0), stopping after a newline when [line].
Status read_bytes(Vm& vm, Value self, intptr_t n, bool line, Buf& out) {
  Stream* s = self.as<Stream>();
  if (!s->readable) return raise_oserror(vm, 9);
  if (s->handle < 0) {
    Bytearray* b = s->buf.as<Bytearray>();
    size_t avail = s->pos < b->size ? b->size - s->pos : 0;
    size_t take = n < 0 || size_t(n) > avail ? avail : size_t(n);
    if (line) {
      const void* nl = std::memchr(b->items + s->pos, '\n', take);
      if (nl) take = size_t(static_cast<const uint8_t*>(nl) - (b->items + s->pos)) + 1;
    }
    out.add(std::string_view(reinterpret_cast<char*>(b->items) + s->pos, take));
    s->pos += take;
    return out.failed ? Status::kRaised : Status::kOk;
  }
  const Platform& p = platform();
  if (!p.read) return raise_oserror(vm, 1);
  uint8_t chunk[256];
  while (n < 0 || out.size < size_t(n)) {
    size_t want = line ? 1 : sizeof(chunk);
    if (n >= 0 && size_t(n) - out.size < want) want = size_t(n) - out.size;
    long got = p.read(p.context, self.as<Stream>()->handle, chunk, want);
    if (got < 0) return raise_oserror(vm, int(-got));
    if (got == 0) break;
    out.add(std::string_view(reinterpret_cast<char*>(chunk), size_t(got)));
    if (out.failed) return Status::kRaised;
    if (line && chunk[0] == '\n') break;
  }
  return Status::kOk;
}

Status s_read(Vm& vm, const Args& args, Value* out) {
  Stream* s = st_self(vm, args[0]);
  if (!s) return Status::kRaised;
  intptr_t n = -1;
  if (args.n > 1 && !args[1].is_none()) CPY_VM_CHECK(get_int(vm, args[1], &n));
  Buf b(vm);
  CPY_VM_CHECK(read_bytes(vm, args[0], n, false, b));
  return result(vm, args[0].as<Stream>(), b.view(), out);
}

Status s_readline(Vm& vm, const Args& args, Value* out) {
  Stream* s = st_self(vm, args[0]);
  if (!s) return Status::kRaised;
  intptr_t n = -1;
  if (args.n > 1 && !args[1].is_none()) CPY_VM_CHECK(get_int(vm, args[1], &n));
  Buf b(vm);
  CPY_VM_CHECK(read_bytes(vm, args[0], n, true, b));
  return result(vm, args[0].as<Stream>(), b.view(), out);
}

Status s_readlines(Vm& vm, const Args& args, Value* out) {
  if (!st_self(vm, args[0])) return Status::kRaised;
  Value list = CPY_VM_TRY(new_list(vm, 0));
  for (;;) {
    Buf b(vm);
    CPY_VM_CHECK(read_bytes(vm, args[0], -1, true, b));
    if (b.size == 0) break;
    Value line;
    CPY_VM_CHECK(result(vm, args[0].as<Stream>(), b.view(), &line));
    CPY_VM_CHECK(list_append(vm, list, line));
  }
  *out = list;
  return Status::kOk;
}

Status s_next(Vm& vm, const Args& args, Value* out) {
  CPY_VM_CHECK(s_readline(vm, Args{args.items, 1, 0}, out));
  size_t n;
  CPY_VM_CHECK(length(vm, *out, &n));
  if (n == 0) return raise_empty(vm, Exc::StopIteration);
  return Status::kOk;
}

Status s_write(Vm& vm, const Args& args, Value* out) {
  Stream* s = st_self(vm, args[0]);
  if (!s) return Status::kRaised;
  if (!s->writable) return raise_oserror(vm, 9);
  std::string_view d;
  if (s->text) {
    if (!is_str(vm, args[1])) return raise(vm, Exc::TypeError, "string argument expected, got '%T'", args[1]);
    d = str_view(vm, args[1]);
  } else {
    CPY_VM_CHECK(get_buffer(vm, args[1], &d));
  }
  size_t count = 0;
  if (s->text) CPY_VM_CHECK(length(vm, args[1], &count));
  else count = d.size();
  if (s->handle < 0) {
    Bytearray* b = s->buf.as<Bytearray>();
    // Writing past the end first fills the gap with zero bytes.
    while (b->size < s->pos) CPY_VM_CHECK(bytearray_append(vm, s->buf, std::string_view("\0", 1)));
    size_t overlap = b->size - s->pos < d.size() ? b->size - s->pos : d.size();
    if (overlap) std::memcpy(b->items + s->pos, d.data(), overlap);
    CPY_VM_CHECK(bytearray_append(vm, s->buf, d.substr(overlap)));
    args[0].as<Stream>()->pos += d.size();
  } else {
    const Platform& p = platform();
    if (!p.write) return raise_oserror(vm, 1);
    long r = p.write(p.context, s->handle, reinterpret_cast<const uint8_t*>(d.data()), d.size());
    if (r < 0) return raise_oserror(vm, int(-r));
  }
  *out = Value::small_int(intptr_t(count));
  return Status::kOk;
}

Status s_getvalue(Vm& vm, const Args& args, Value* out) {
  Stream* s = st_self(vm, args[0]);
  if (!s) return Status::kRaised;
  if (s->handle >= 0) return raise_oserror(vm, 22);
  Bytearray* b = s->buf.as<Bytearray>();
  return result(vm, s, std::string_view(reinterpret_cast<char*>(b->items), b->size), out);
}

Status s_seek(Vm& vm, const Args& args, Value* out) {
  Stream* s = st_self(vm, args[0]);
  if (!s) return Status::kRaised;
  intptr_t off, whence = 0;
  CPY_VM_CHECK(get_int(vm, args[1], &off));
  if (args.n > 2) CPY_VM_CHECK(get_int(vm, args[2], &whence));
  if (s->handle >= 0) {
    const Platform& p = platform();
    if (!p.seek) return raise_oserror(vm, 1);
    long r = p.seek(p.context, s->handle, long(off), int(whence));
    if (r < 0) return raise_oserror(vm, int(-r));
    *out = CPY_VM_TRY(new_int(vm, r));
    return Status::kOk;
  }
  intptr_t base = whence == 0 ? 0 : whence == 1 ? intptr_t(s->pos) : intptr_t(s->buf.as<Bytearray>()->size);
  if (whence < 0 || whence > 2) return raise(vm, Exc::ValueError, "invalid whence (%d, should be 0, 1 or 2)", int(whence));
  intptr_t np = base + off;
  if (np < 0) {
    if (whence == 0) return raise(vm, Exc::ValueError, "negative seek value %d", int(off));
    np = 0;
  }
  s->pos = size_t(np);
  *out = CPY_VM_TRY(new_int(vm, np));
  return Status::kOk;
}

Status s_tell(Vm& vm, const Args& args, Value* out) {
  Stream* s = st_self(vm, args[0]);
  if (!s) return Status::kRaised;
  if (s->handle >= 0) {
    Value a[3] = {args[0], Value::small_int(0), Value::small_int(1)};
    return s_seek(vm, Args{a, 3, 0}, out);
  }
  *out = CPY_VM_TRY(new_int(vm, int64_t(s->pos)));
  return Status::kOk;
}

Status s_close(Vm& vm, const Args& args, Value* out) {
  Stream* s = st_self(vm, args[0], false);
  if (!s) return Status::kRaised;
  if (!s->closed && s->handle >= 0) {
    const Platform& p = platform();
    if (p.close) p.close(p.context, s->handle);
  }
  s->closed = true;
  *out = Value::none();
  return Status::kOk;
}

Status s_flush(Vm& vm, const Args& args, Value* out) {
  Stream* s = st_self(vm, args[0]);
  if (!s) return Status::kRaised;
  const Platform& p = platform();
  if (s->handle >= 0 && p.flush) p.flush(p.context, s->handle);
  *out = Value::none();
  return Status::kOk;
}

Status s_closed(Vm& vm, const Args& args, Value* out) {
  Stream* s = st_self(vm, args[0], false);
  if (!s) return Status::kRaised;
  *out = Value::boolean(s->closed);
  return Status::kOk;
}

Status s_enter(Vm& vm, const Args& args, Value* out) {
  if (!st_self(vm, args[0])) return Status::kRaised;
  *out = args[0];
  return Status::kOk;
}

Status s_exit(Vm& vm, const Args& args, Value* out) {
  CPY_VM_CHECK(s_close(vm, Args{args.items, 1, 0}, out));
  *out = Value::none();
  return Status::kOk;
}

Status s_iter(Vm& vm, const Args& args, Value* out) {
  if (!st_self(vm, args[0])) return Status::kRaised;
  *out = args[0];
  return Status::kOk;
}

Status memory_new(Vm& vm, const Args& args, bool text, Value* out) {
  Value init = arg_or_kw(vm, args, 1, "initial_value", Value::none());
  std::string_view d;
  if (!init.is_none()) {
    if (text) {
      if (!is_str(vm, init)) return raise(vm, Exc::TypeError, "initial_value must be str, not %T", init);
      d = str_view(vm, init);
    } else {
      CPY_VM_CHECK(get_buffer(vm, init, &d));
    }
  }
  Value buf = CPY_VM_TRY(new_bytearray(vm, d));
  auto* s = new_native_obj<Stream>(vm, args[0].as<Type>(), kStreamTag);
  if (!s) return Status::kRaised;
  s->buf = buf;
  s->handle = -1;
  s->text = text;
  s->readable = s->writable = true;
  *out = Value::object(s);
  return Status::kOk;
}
Status stringio_new(Vm& vm, const Args& a, Value* o) { return memory_new(vm, a, true, o); }
Status bytesio_new(Vm& vm, const Args& a, Value* o) { return memory_new(vm, a, false, o); }

/// The file class, kept in the io module's globals.
Status file_type(Vm& vm, bool text, Type** out) {
  Value mod;
  CPY_VM_CHECK(dict_get(vm, vm.modules, CPY_VM_TRY(intern(vm, "io")), &mod));
  if (mod.is_null()) return raise(vm, Exc::ImportError, "io");
  Value t;
  CPY_VM_CHECK(dict_get(vm, mod.as<Module>()->globals, CPY_VM_TRY(intern(vm, text ? "TextIOWrapper" : "FileIO")), &t));
  *out = t.as<Type>();
  return Status::kOk;
}

Status io_open(Vm& vm, const Args& args, Value* out) {
  Value path = args[0];
  if (!is_str(vm, path)) return raise(vm, Exc::TypeError, "expected str path, got '%T'", path);
  std::string_view mode = "r";
  Value mode_v = arg_or_kw(vm, args, 1, "mode", Value::null());
  if (!mode_v.is_null()) {
    if (!is_str(vm, mode_v)) return raise(vm, Exc::TypeError, "mode must be str");
    mode = str_view(vm, mode_v);
  }
  int flags = 0;
  bool text = true, plus = false;
  char kind = 0;
  for (char c : mode) {
    switch (c) {
      case 'r': case 'w': case 'a': case 'x':
        if (kind) return raise(vm, Exc::ValueError, "invalid mode: '%V'", &mode);
        kind = c;
        break;
      case 'b': text = false; break;
      case 't': break;
      case '+': plus = true; break;
      default: return raise(vm, Exc::ValueError, "invalid mode: '%V'", &mode);
    }
  }
  if (!kind) kind = 'r';
  if (kind == 'r') flags = kVfsRead | (plus ? kVfsWrite : 0);
  if (kind == 'w') flags = kVfsWrite | kVfsCreate | kVfsTruncate | (plus ? kVfsRead : 0);
  if (kind == 'a') flags = kVfsWrite | kVfsCreate | kVfsAppend | (plus ? kVfsRead : 0);
  if (kind == 'x') flags = kVfsWrite | kVfsCreate | kVfsExclusive | (plus ? kVfsRead : 0);
  const Platform& p = platform();
  if (!p.open) return raise_oserror(vm, 1);
  const char* c = heap_cstr(vm, str_view(vm, path));
  if (!c) return Status::kRaised;
  Type* t = nullptr;
  CPY_VM_CHECK(file_type(vm, text, &t));
  auto* s = new_native_obj<Stream>(vm, t, kStreamTag);
  if (!s) return Status::kRaised;
  Value self = Value::object(s);
  int h = p.open(p.context, c, flags);
  if (h < 0) return raise_oserror(vm, -h);
  s = self.as<Stream>();
  s->handle = h;
  s->text = text;
  s->readable = (flags & kVfsRead) != 0;
  s->writable = (flags & kVfsWrite) != 0;
  Value name_q = CPY_VM_TRY(intern(vm, "name"));
  CPY_VM_CHECK(set_attr(vm, self, name_q.qstr_id(), path));
  *out = self;
  return Status::kOk;
}

bool stream_class(Vm& vm, Value g, const char* name, NativeImpl make, Type** out) {
  Type* t = new_native_class(vm, name);
  *out = t;
  if (!t || !put(vm, g, name, Value::object(t))) return false;
  if (make && !add_special(vm, t, "__new__", make, 1, 2, true)) return false;
  if (!add_getter(vm, t, "closed", &s_closed)) return false;
  return add_method(vm, t, "read", &s_read, 1, 2) && add_method(vm, t, "readline", &s_readline, 1, 2) &&
         add_method(vm, t, "readlines", &s_readlines, 1, 1) && add_method(vm, t, "write", &s_write, 2, 2) &&
         add_method(vm, t, "seek", &s_seek, 2, 3) && add_method(vm, t, "tell", &s_tell, 1, 1) &&
         add_method(vm, t, "close", &s_close, 1, 1) && add_method(vm, t, "flush", &s_flush, 1, 1) &&
         add_special(vm, t, "__enter__", &s_enter, 1, 1) && add_special(vm, t, "__exit__", &s_exit, 1, 4) &&
         add_special(vm, t, "__iter__", &s_iter, 1, 1) && add_special(vm, t, "__next__", &s_next, 1, 1);
}

}  // namespace

bool io_stream_ready(Vm& vm, Value obj, uint32_t* ready) {
  Stream* s = native_self<Stream>(vm, obj, kStreamTag);
  if (!s) return false;
  *ready = s->closed ? uint32_t(kPollNval) : uint32_t(kPollIn | kPollOut);
  return true;
}

namespace {
bool init_module(Vm& vm, Module*, Value g) {
  Type* sio;
  Type* bio;
  Type* fio;
  Type* tio;
  if (!stream_class(vm, g, "StringIO", &stringio_new, &sio) || !stream_class(vm, g, "BytesIO", &bytesio_new, &bio) ||
      !stream_class(vm, g, "FileIO", nullptr, &fio) || !stream_class(vm, g, "TextIOWrapper", nullptr, &tio)) {
    return false;
  }
  return add_method(vm, sio, "getvalue", &s_getvalue, 1, 1) && add_method(vm, bio, "getvalue", &s_getvalue, 1, 1) &&
         add_fn(vm, g, "open", &io_open, 1, 2, true);
}
}  // namespace

const ModuleDef kModule_io{nullptr, 0, &init_module};

}  // namespace cpy::vm
