// The re module: compile, match, search, fullmatch, sub, subn, split,
// findall, finditer, escape, the Pattern and Match classes and re.error.
//
// The module's functions are methods bound to a ReState that holds its
// classes, so nothing is looked up by name at call time. re.error derives
// from ValueError: CPython's code catches re.error, CircuitPython's catches
// ValueError (what its re raises), and both work.
#include <cstring>

#include "re_private.h"

namespace cpy::vm {

namespace {

constexpr uint32_t kPatternTag = 0x52455054;  // 'REPT'
constexpr uint32_t kMatchTag = 0x52454d54;    // 'REMT'
/// re.DEBUG, CircuitPython's value; the flag is accepted and prints nothing.
constexpr intptr_t kDebugFlag = 0x1000;
/// What CPython reports in Pattern.flags for str patterns (re.UNICODE).
constexpr intptr_t kUnicodeFlag = 32;

struct ReState : Obj {
  Type* pattern;
  Type* match;
  Type* error;
};

struct PatternObj : NativeObj {
  ReState* st;
  Value source;  ///< the pattern str or bytes
  ReProg prog;
  intptr_t flags;
};

struct MatchObj : NativeObj {
  Value re;      ///< the PatternObj
  Value string;  ///< the subject
  uint32_t pos, endpos;  ///< byte offsets the search was limited to
  uint32_t ncaps;  ///< capture slots, then the group that closed last
  uint32_t* caps() { return reinterpret_cast<uint32_t*>(this + 1); }
};

PatternObj* pattern_self(Vm& vm, Value v) {
  auto* p = native_self<PatternObj>(vm, v, kPatternTag);
  if (!p) (void)raise(vm, Exc::TypeError, "not a Pattern");
  return p;
}

MatchObj* match_self(Vm& vm, Value v) {
  auto* m = native_self<MatchObj>(vm, v, kMatchTag);
  if (!m) (void)raise(vm, Exc::TypeError, "not a Match");
  return m;
}

/// The text a pattern runs on.
struct Subject {
  std::string_view s;
  bool is_str = true;
};

Status get_subject(Vm& vm, const PatternObj* p, Value v, Subject* out) {
  if (is_str(vm, v)) {
    if (p->prog.bytes) return raise(vm, Exc::TypeError, "cannot use a bytes pattern on a string-like object");
    *out = Subject{str_view(vm, v), true};
    return Status::kOk;
  }
  if (is_bytes(vm, v)) {
    if (!p->prog.bytes) return raise(vm, Exc::TypeError, "cannot use a string pattern on a bytes-like object");
    *out = Subject{bytes_view(vm, v), false};
    return Status::kOk;
  }
  return raise(vm, Exc::TypeError, "expected string or bytes-like object, got '%T'", v);
}

/// [sub]'s bytes [a, b), clamped to the text: a bytearray subject may have
/// shrunk since the match.
std::string_view part(const Subject& sub, size_t a, size_t b) {
  size_t n = sub.s.size();
  if (a > n) a = n;
  if (b > n) b = n;
  return sub.s.substr(a, b > a ? b - a : 0);
}

/// A character index of [sub] as a byte offset, clamped to the text.
size_t byte_offset(const Subject& sub, intptr_t index) {
  if (index <= 0) return 0;
  return sub.is_str ? utf8_offset(sub.s, size_t(index)) : (size_t(index) < sub.s.size() ? size_t(index) : sub.s.size());
}

/// A byte offset of [sub] as a character index.
intptr_t char_index(const Subject& sub, uint32_t offset) {
  if (offset == kReNoPos) return -1;
  return intptr_t(sub.is_str ? utf8_count(part(sub, 0, offset)) : offset);
}

/// [string][a:b]: str for str, bytes for bytes and bytearray (as CPython).
Value slice_of(Vm& vm, Value, const Subject& sub, size_t a, size_t b) {
  std::string_view text = part(sub, a, b);
  return sub.is_str ? new_str(vm, text) : new_bytes(vm, text);
}

Status compile_value(Vm& vm, ReState* st, Value pattern, Value flags_v, Value* out) {
  intptr_t flags = 0;
  if (!flags_v.is_null()) CPY_VM_CHECK(get_int(vm, flags_v, &flags));
  if (native_self<PatternObj>(vm, pattern, kPatternTag)) {
    if (flags) return raise(vm, Exc::ValueError, "cannot process flags argument with a compiled pattern");
    *out = pattern;
    return Status::kOk;
  }
  bool bytes;
  std::string_view text;
  if (is_str(vm, pattern)) {
    bytes = false;
    text = str_view(vm, pattern);
  } else if (is_obj_of(pattern, vm.t_bytes)) {
    bytes = true;
    text = bytes_view(vm, pattern);
  } else {
    return raise(vm, Exc::TypeError, "first argument must be string or compiled pattern");
  }
  ReProg prog;
  CPY_VM_CHECK(re_compile(vm, st->error, text, bytes, &prog));
  auto* p = new_native_obj<PatternObj>(vm, st->pattern, kPatternTag);
  if (!p) return Status::kRaised;
  p->st = st;
  p->source = pattern;
  p->prog = prog;
  p->flags = flags & ~kDebugFlag;
  if (!bytes) p->flags |= kUnicodeFlag;
  *out = Value::object(p);
  return Status::kOk;
}

/// A Match object for [caps] of a search of [string] by [pv].
Value new_match(Vm& vm, Value pv, Value string, const uint32_t* caps, size_t pos, size_t endpos) {
  PatternObj* p = pv.as<PatternObj>();
  uint32_t ncaps = 2 * (p->prog.ngroups + 1);
  auto* m = alloc_obj<MatchObj>(vm, p->st->match, (ncaps + 1) * sizeof(uint32_t));
  if (!m) return Value::null();
  m->tag = kMatchTag;
  m->re = pv;
  m->string = string;
  m->pos = uint32_t(pos);
  m->endpos = uint32_t(endpos);
  m->ncaps = ncaps;
  std::memcpy(m->caps(), caps, (ncaps + 1) * sizeof(uint32_t));
  return Value::object(m);
}

/// Capture slots for one run of [p], on the heap.
uint32_t* new_caps(Vm& vm, const PatternObj* p) {
  return static_cast<uint32_t*>(alloc_raw(vm, (2 * (p->prog.ngroups + 1) + 1) * sizeof(uint32_t)));
}

/// pattern.match/search/fullmatch(string, pos, endpos) with the arguments
/// after the pattern starting at [args][first].
Status exec_value(Vm& vm, Value pv, const Args& args, size_t first, bool allow_pos, ReMode mode, Value* out) {
  PatternObj* p = pattern_self(vm, pv);
  if (!p) return Status::kRaised;
  Value string = args[first];
  Subject sub;
  CPY_VM_CHECK(get_subject(vm, p, string, &sub));
  size_t pos = 0, end = sub.s.size();
  if (allow_pos) {
    Value pv_ = arg_or_kw(vm, args, first + 1, "pos", Value::null());
    Value ev = arg_or_kw(vm, args, first + 2, "endpos", Value::null());
    intptr_t i;
    if (!pv_.is_null()) {
      CPY_VM_CHECK(get_int(vm, pv_, &i));
      pos = byte_offset(sub, i);
    }
    if (!ev.is_null()) {
      CPY_VM_CHECK(get_int(vm, ev, &i));
      end = byte_offset(sub, i);
    }
  }
  *out = Value::none();
  if (end < pos) return Status::kOk;
  uint32_t* caps = new_caps(vm, p);
  if (!caps) return Status::kRaised;
  bool found;
  CPY_VM_CHECK(re_exec(vm, p->prog, sub.s, sub.is_str, pos, end, mode, false, caps, &found));
  if (found) *out = CPY_VM_TRY(new_match(vm, pv, string, caps, pos, end));
  return Status::kOk;
}

/// The Pattern for module function arguments: [args][1] compiled with the
/// flags at position [flags_at].
Status module_pattern(Vm& vm, const Args& args, size_t flags_at, Value* out) {
  ReState* st = args[0].as<ReState>();
  return compile_value(vm, st, args[1], arg_or_kw(vm, args, flags_at, "flags", Value::null()), out);
}

// ---- sub, split, findall ----

/// Appends what [tmpl] (from re_template) expands to for a match of [sub].
Status expand_into(Vm& vm, Buf& b, Value tmpl, const Subject& sub, const uint32_t* caps) {
  List* l = tmpl.as<List>();
  for (size_t k = 0; k < l->size; ++k) {
    Value item = l->items[k];
    if (item.is_small_int()) {
      size_t g = size_t(item.small_int_value());
      if (caps[2 * g] != kReNoPos) b.add(part(sub, caps[2 * g], caps[2 * g + 1]));
    } else {
      b.add(sub.is_str ? str_view(vm, item) : bytes_view(vm, item));
    }
  }
  return b.failed ? Status::kRaised : Status::kOk;
}

Status parse_repl(Vm& vm, PatternObj* p, Value repl, Value* tmpl) {
  if (p->prog.bytes ? !is_bytes(vm, repl) : !is_str(vm, repl)) {
    return raise(vm, Exc::TypeError, "expected %s instance, %T found", p->prog.bytes ? "a bytes-like object" : "str",
                 repl);
  }
  std::string_view text = p->prog.bytes ? bytes_view(vm, repl) : str_view(vm, repl);
  return re_template(vm, p->st->error, text, p->prog.bytes, p->prog, tmpl);
}

Status sub_impl(Vm& vm, Value pv, Value repl, Value string, Value count_v, bool want_n, Value* out) {
  PatternObj* p = pattern_self(vm, pv);
  if (!p) return Status::kRaised;
  intptr_t count = 0;
  if (!count_v.is_null()) CPY_VM_CHECK(get_int(vm, count_v, &count));
  Subject sub;
  CPY_VM_CHECK(get_subject(vm, p, string, &sub));
  bool callable = is_callable(vm, repl);
  Value tmpl = Value::null();
  if (!callable) CPY_VM_CHECK(parse_repl(vm, p, repl, &tmpl));
  uint32_t* caps = new_caps(vm, p);
  if (!caps) return Status::kRaised;
  Buf b(vm);
  size_t last = 0, pos = 0;
  bool must_advance = false;
  intptr_t n = 0;
  while (count == 0 || n < count) {
    bool found;
    CPY_VM_CHECK(re_exec(vm, p->prog, sub.s, sub.is_str, pos, sub.s.size(), ReMode::kSearch, must_advance, caps, &found));
    if (!found) break;
    b.add(part(sub, last, caps[0]));
    if (callable) {
      Value m = CPY_VM_TRY(new_match(vm, pv, string, caps, 0, sub.s.size()));
      Value r;
      CPY_VM_CHECK(call1(vm, repl, m, &r));
      if (sub.is_str ? !is_str(vm, r) : !is_bytes(vm, r)) {
        return raise(vm, Exc::TypeError, "expected %s instance, %T found", sub.is_str ? "str" : "a bytes-like object", r);
      }
      b.add(sub.is_str ? str_view(vm, r) : bytes_view(vm, r));
      // The callback may have changed a bytearray subject.
      CPY_VM_CHECK(get_subject(vm, p, string, &sub));
    } else {
      CPY_VM_CHECK(expand_into(vm, b, tmpl, sub, caps));
    }
    last = pos = caps[1];
    must_advance = caps[0] == caps[1];
    ++n;
    if (pos > sub.s.size()) break;
  }
  b.add(part(sub, last, sub.s.size()));
  if (b.failed) return Status::kRaised;
  Value r = CPY_VM_TRY(b.finish(!sub.is_str));
  if (!want_n) {
    *out = r;
    return Status::kOk;
  }
  Value items[2] = {r, Value::small_int(n)};
  *out = CPY_VM_TRY(new_tuple(vm, 2, items));
  return Status::kOk;
}

Status split_impl(Vm& vm, Value pv, Value string, Value maxsplit_v, Value* out) {
  PatternObj* p = pattern_self(vm, pv);
  if (!p) return Status::kRaised;
  intptr_t maxsplit = 0;
  if (!maxsplit_v.is_null()) CPY_VM_CHECK(get_int(vm, maxsplit_v, &maxsplit));
  Subject sub;
  CPY_VM_CHECK(get_subject(vm, p, string, &sub));
  uint32_t* caps = new_caps(vm, p);
  if (!caps) return Status::kRaised;
  Value list = CPY_VM_TRY(new_list(vm, 0));
  size_t last = 0, pos = 0;
  bool must_advance = false;
  intptr_t n = 0;
  while (maxsplit == 0 || n < maxsplit) {
    bool found;
    CPY_VM_CHECK(re_exec(vm, p->prog, sub.s, sub.is_str, pos, sub.s.size(), ReMode::kSearch, must_advance, caps, &found));
    if (!found) break;
    CPY_VM_CHECK(list_append(vm, list, CPY_VM_TRY(slice_of(vm, string, sub, last, caps[0]))));
    for (uint32_t g = 1; g <= p->prog.ngroups; ++g) {
      Value v = caps[2 * g] == kReNoPos ? Value::none()
                                        : CPY_VM_TRY(slice_of(vm, string, sub, caps[2 * g], caps[2 * g + 1]));
      CPY_VM_CHECK(list_append(vm, list, v));
    }
    last = pos = caps[1];
    must_advance = caps[0] == caps[1];
    ++n;
  }
  CPY_VM_CHECK(list_append(vm, list, CPY_VM_TRY(slice_of(vm, string, sub, last, sub.s.size()))));
  *out = list;
  return Status::kOk;
}

/// findall ([iter] false) or finditer over [string][pos:endpos].
Status find_all(Vm& vm, Value pv, const Args& args, size_t first, bool allow_pos, bool iter, Value* out) {
  PatternObj* p = pattern_self(vm, pv);
  if (!p) return Status::kRaised;
  Value string = args[first];
  Subject sub;
  CPY_VM_CHECK(get_subject(vm, p, string, &sub));
  size_t pos = 0, end = sub.s.size();
  if (allow_pos) {
    Value a = arg_or_kw(vm, args, first + 1, "pos", Value::null());
    Value e = arg_or_kw(vm, args, first + 2, "endpos", Value::null());
    intptr_t i;
    if (!a.is_null()) {
      CPY_VM_CHECK(get_int(vm, a, &i));
      pos = byte_offset(sub, i);
    }
    if (!e.is_null()) {
      CPY_VM_CHECK(get_int(vm, e, &i));
      end = byte_offset(sub, i);
    }
  }
  uint32_t* caps = new_caps(vm, p);
  if (!caps) return Status::kRaised;
  Value list = CPY_VM_TRY(new_list(vm, 0));
  bool must_advance = false;
  size_t start = pos;
  while (pos <= end) {
    bool found;
    CPY_VM_CHECK(re_exec(vm, p->prog, sub.s, sub.is_str, pos, end, ReMode::kSearch, must_advance, caps, &found));
    if (!found) break;
    Value item;
    uint32_t ng = p->prog.ngroups;
    if (iter) {
      item = CPY_VM_TRY(new_match(vm, pv, string, caps, start, end));
    } else if (ng <= 1) {
      uint32_t g = ng;
      item = caps[2 * g] == kReNoPos ? CPY_VM_TRY(slice_of(vm, string, sub, 0, 0))
                                     : CPY_VM_TRY(slice_of(vm, string, sub, caps[2 * g], caps[2 * g + 1]));
    } else {
      item = CPY_VM_TRY(new_tuple(vm, ng));
      for (uint32_t g = 1; g <= ng; ++g) {
        Value v = caps[2 * g] == kReNoPos ? CPY_VM_TRY(slice_of(vm, string, sub, 0, 0))
                                          : CPY_VM_TRY(slice_of(vm, string, sub, caps[2 * g], caps[2 * g + 1]));
        item.as<Tuple>()->items()[g - 1] = v;
      }
    }
    CPY_VM_CHECK(list_append(vm, list, item));
    must_advance = caps[0] == caps[1];
    pos = caps[1];
  }
  if (!iter) {
    *out = list;
    return Status::kOk;
  }
  return get_iter(vm, list, out);
}

// ---- module functions (bound to the ReState) ----

Status f_compile(Vm& vm, const Args& args, Value* out) { return module_pattern(vm, args, 2, out); }

template <ReMode Mode>
Status f_exec(Vm& vm, const Args& args, Value* out) {
  Value p;
  CPY_VM_CHECK(module_pattern(vm, args, 3, &p));
  return exec_value(vm, p, args, 2, false, Mode, out);
}

template <bool WantN>
Status f_sub(Vm& vm, const Args& args, Value* out) {
  Value p;
  CPY_VM_CHECK(module_pattern(vm, args, 5, &p));
  return sub_impl(vm, p, args[2], args[3], arg_or_kw(vm, args, 4, "count", Value::null()), WantN, out);
}

Status f_split(Vm& vm, const Args& args, Value* out) {
  Value p;
  CPY_VM_CHECK(module_pattern(vm, args, 4, &p));
  return split_impl(vm, p, args[2], arg_or_kw(vm, args, 3, "maxsplit", Value::null()), out);
}

template <bool Iter>
Status f_findall(Vm& vm, const Args& args, Value* out) {
  Value p;
  CPY_VM_CHECK(module_pattern(vm, args, 3, &p));
  return find_all(vm, p, args, 2, false, Iter, out);
}

Status f_escape(Vm& vm, const Args& args, Value* out) {
  Value v = args[1];
  bool bytes = is_bytes(vm, v);
  if (!bytes && !is_str(vm, v)) return raise(vm, Exc::TypeError, "expected str or bytes, got '%T'", v);
  std::string_view s = bytes ? bytes_view(vm, v) : str_view(vm, v);
  static constexpr char kSpecial[] = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
  Buf b(vm);
  for (char c : s) {
    if (c && std::memchr(kSpecial, c, sizeof(kSpecial) - 1)) b.add_char('\\');
    b.add_char(c);
  }
  *out = CPY_VM_TRY(b.finish(bytes));
  return Status::kOk;
}

// ---- Pattern ----

template <ReMode Mode>
Status p_exec(Vm& vm, const Args& args, Value* out) {
  return exec_value(vm, args[0], args, 1, true, Mode, out);
}

template <bool WantN>
Status p_sub(Vm& vm, const Args& args, Value* out) {
  return sub_impl(vm, args[0], args[1], args[2], arg_or_kw(vm, args, 3, "count", Value::null()), WantN, out);
}

Status p_split(Vm& vm, const Args& args, Value* out) {
  return split_impl(vm, args[0], args[1], arg_or_kw(vm, args, 2, "maxsplit", Value::null()), out);
}

template <bool Iter>
Status p_findall(Vm& vm, const Args& args, Value* out) {
  return find_all(vm, args[0], args, 1, true, Iter, out);
}

Status p_repr(Vm& vm, const Args& args, Value* out) {
  PatternObj* p = pattern_self(vm, args[0]);
  if (!p) return Status::kRaised;
  Buf b(vm);
  b.add("re.compile(");
  CPY_VM_CHECK(repr_into(vm, b, p->source, false));
  b.add(")");
  *out = CPY_VM_TRY(b.finish());
  return Status::kOk;
}

Status no_attribute(Vm& vm, Value obj, Value name) {
  std::string_view n = is_str(vm, name) ? str_view(vm, name) : std::string_view("?");
  return raise(vm, Exc::AttributeError, "'%T' object has no attribute '%V'", obj, &n);
}

Status p_getattr(Vm& vm, const Args& args, Value* out) {
  PatternObj* p = pattern_self(vm, args[0]);
  if (!p) return Status::kRaised;
  std::string_view n = is_str(vm, args[1]) ? str_view(vm, args[1]) : std::string_view();
  if (n == "pattern") {
    *out = p->source;
  } else if (n == "groups") {
    *out = Value::small_int(intptr_t(p->prog.ngroups));
  } else if (n == "flags") {
    *out = Value::small_int(p->flags);
  } else if (n == "groupindex") {
    *out = CPY_VM_TRY(new_dict(vm));
    if (!p->prog.names.is_null()) CPY_VM_CHECK(dict_update(vm, *out, p->prog.names));
  } else {
    return no_attribute(vm, args[0], args[1]);
  }
  return Status::kOk;
}

// ---- Match ----

/// The group number [g] names (an int or a group name).
Status group_index(Vm& vm, MatchObj* m, Value g, uint32_t* out) {
  PatternObj* p = m->re.as<PatternObj>();
  if (is_int(vm, g)) {
    intptr_t i;
    CPY_VM_CHECK(get_int(vm, g, &i));
    if (i >= 0 && uintptr_t(i) <= p->prog.ngroups) {
      *out = uint32_t(i);
      return Status::kOk;
    }
  } else if (is_str(vm, g) && !p->prog.names.is_null()) {
    Value v;
    CPY_VM_CHECK(dict_get(vm, p->prog.names, g, &v));
    if (!v.is_null()) {
      *out = uint32_t(v.small_int_value());
      return Status::kOk;
    }
  }
  return raise(vm, Exc::IndexError, "no such group");
}

Subject match_subject(Vm& vm, MatchObj* m) {
  if (is_str(vm, m->string)) return Subject{str_view(vm, m->string), true};
  return Subject{bytes_view(vm, m->string), false};
}

Status group_value(Vm& vm, MatchObj* m, uint32_t g, Value dflt, Value* out) {
  uint32_t a = m->caps()[2 * g], b = m->caps()[2 * g + 1];
  if (a == kReNoPos) {
    *out = dflt;
    return Status::kOk;
  }
  Subject sub = match_subject(vm, m);
  *out = CPY_VM_TRY(slice_of(vm, m->string, sub, a, b));
  return Status::kOk;
}

Status m_group(Vm& vm, const Args& args, Value* out) {
  MatchObj* m = match_self(vm, args[0]);
  if (!m) return Status::kRaised;
  if (args.n <= 2) {
    uint32_t g = 0;
    if (args.n == 2) CPY_VM_CHECK(group_index(vm, m, args[1], &g));
    return group_value(vm, m, g, Value::none(), out);
  }
  Value t = CPY_VM_TRY(new_tuple(vm, args.n - 1));
  for (size_t k = 1; k < args.n; ++k) {
    uint32_t g;
    CPY_VM_CHECK(group_index(vm, m, args[k], &g));
    Value v;
    CPY_VM_CHECK(group_value(vm, m, g, Value::none(), &v));
    t.as<Tuple>()->items()[k - 1] = v;
  }
  *out = t;
  return Status::kOk;
}

Status m_getitem(Vm& vm, const Args& args, Value* out) {
  MatchObj* m = match_self(vm, args[0]);
  if (!m) return Status::kRaised;
  uint32_t g;
  CPY_VM_CHECK(group_index(vm, m, args[1], &g));
  return group_value(vm, m, g, Value::none(), out);
}

Status m_groups(Vm& vm, const Args& args, Value* out) {
  MatchObj* m = match_self(vm, args[0]);
  if (!m) return Status::kRaised;
  Value dflt = arg_or_kw(vm, args, 1, "default", Value::none());
  uint32_t ng = m->ncaps / 2 - 1;
  Value t = CPY_VM_TRY(new_tuple(vm, ng));
  for (uint32_t g = 1; g <= ng; ++g) {
    Value v;
    CPY_VM_CHECK(group_value(vm, m, g, dflt, &v));
    t.as<Tuple>()->items()[g - 1] = v;
  }
  *out = t;
  return Status::kOk;
}

Status m_groupdict(Vm& vm, const Args& args, Value* out) {
  MatchObj* m = match_self(vm, args[0]);
  if (!m) return Status::kRaised;
  Value dflt = arg_or_kw(vm, args, 1, "default", Value::none());
  Value d = CPY_VM_TRY(new_dict(vm));
  Value names = m->re.as<PatternObj>()->prog.names;
  if (!names.is_null()) {
    Value items;
    CPY_VM_CHECK(list_from_iter(vm, names, &items));
    for (size_t k = 0; k < items.as<List>()->size; ++k) {
      Value name = items.as<List>()->items[k];
      Value g, v;
      CPY_VM_CHECK(dict_get(vm, names, name, &g));
      CPY_VM_CHECK(group_value(vm, m, uint32_t(g.small_int_value()), dflt, &v));
      CPY_VM_CHECK(dict_store(vm, d, name, v));
    }
  }
  *out = d;
  return Status::kOk;
}

/// start (0), end (1) or span (2) of a group.
template <int Which>
Status m_span(Vm& vm, const Args& args, Value* out) {
  MatchObj* m = match_self(vm, args[0]);
  if (!m) return Status::kRaised;
  uint32_t g = 0;
  if (args.n > 1) CPY_VM_CHECK(group_index(vm, m, args[1], &g));
  Subject sub = match_subject(vm, m);
  intptr_t a = char_index(sub, m->caps()[2 * g]), b = char_index(sub, m->caps()[2 * g + 1]);
  if (Which == 0) {
    *out = Value::small_int(a);
  } else if (Which == 1) {
    *out = Value::small_int(b);
  } else {
    Value items[2] = {Value::small_int(a), Value::small_int(b)};
    *out = CPY_VM_TRY(new_tuple(vm, 2, items));
  }
  return Status::kOk;
}

Status m_expand(Vm& vm, const Args& args, Value* out) {
  MatchObj* m = match_self(vm, args[0]);
  if (!m) return Status::kRaised;
  PatternObj* p = m->re.as<PatternObj>();
  Value tmpl;
  CPY_VM_CHECK(parse_repl(vm, p, args[1], &tmpl));
  Buf b(vm);
  Subject sub = match_subject(vm, m);
  CPY_VM_CHECK(expand_into(vm, b, tmpl, sub, m->caps()));
  *out = CPY_VM_TRY(b.finish(!sub.is_str));
  return Status::kOk;
}

Status m_repr(Vm& vm, const Args& args, Value* out) {
  MatchObj* m = match_self(vm, args[0]);
  if (!m) return Status::kRaised;
  Subject sub = match_subject(vm, m);
  Value whole;
  CPY_VM_CHECK(group_value(vm, m, 0, Value::none(), &whole));
  Buf b(vm);
  b.add("<re.Match object; span=(");
  b.add_int(char_index(sub, m->caps()[0]));
  b.add(", ");
  b.add_int(char_index(sub, m->caps()[1]));
  b.add("), match=");
  CPY_VM_CHECK(repr_into(vm, b, whole, false));
  b.add(">");
  *out = CPY_VM_TRY(b.finish());
  return Status::kOk;
}

Status m_getattr(Vm& vm, const Args& args, Value* out) {
  MatchObj* m = match_self(vm, args[0]);
  if (!m) return Status::kRaised;
  std::string_view n = is_str(vm, args[1]) ? str_view(vm, args[1]) : std::string_view();
  Subject sub = match_subject(vm, m);
  if (n == "string") {
    *out = m->string;
  } else if (n == "re") {
    *out = m->re;
  } else if (n == "pos") {
    *out = Value::small_int(char_index(sub, m->pos));
  } else if (n == "endpos") {
    *out = Value::small_int(char_index(sub, m->endpos));
  } else if (n == "lastindex" || n == "lastgroup") {
    uint32_t best = m->caps()[m->ncaps];
    *out = Value::none();
    if (best && n == "lastindex") {
      *out = Value::small_int(best);
    } else if (best) {
      Value names = m->re.as<PatternObj>()->prog.names;
      if (!names.is_null()) {
        Value items;
        CPY_VM_CHECK(list_from_iter(vm, names, &items));
        for (size_t k = 0; k < items.as<List>()->size; ++k) {
          Value g;
          CPY_VM_CHECK(dict_get(vm, names, items.as<List>()->items[k], &g));
          if (uint32_t(g.small_int_value()) == best) *out = items.as<List>()->items[k];
        }
      }
    }
  } else {
    return no_attribute(vm, args[0], args[1]);
  }
  return Status::kOk;
}

/// A module function: [impl] bound to the module state.
bool put_bound(Vm& vm, Value g, Value state, const char* name, NativeImpl impl, int min, int max) {
  Value n = intern(vm, name);
  if (n.is_null()) return false;
  Value f = new_native(vm, n.qstr_id(), impl, min + 1, max + 1, true);
  if (f.is_null()) return false;
  BoundMethod* bm = alloc_obj<BoundMethod>(vm, vm.t_bound_method);
  if (!bm) return false;
  bm->fn = f;
  bm->self = state;
  return put(vm, g, name, Value::object(bm));
}

bool init_module(Vm& vm, Module*, Value g) {
  Type* pattern = new_native_class(vm, "Pattern");
  if (!pattern || !put(vm, g, "Pattern", Value::object(pattern))) return false;
  Type* match = new_native_class(vm, "Match");
  if (!match || !put(vm, g, "Match", Value::object(match))) return false;
  Type* error = new_builtin_type(vm, "error", Kind::kInstance, vm.exc[size_t(Exc::ValueError)],
                                 kTypeIsException | kTypeBaseable);
  if (!error || !put(vm, g, "error", Value::object(error))) return false;
  auto* st = alloc_obj<ReState>(vm, vm.t_internal);
  if (!st) return false;
  st->pattern = pattern;
  st->match = match;
  st->error = error;
  Value s = Value::object(st);
  pattern->flags |= kTypeHasGetattr;
  match->flags |= kTypeHasGetattr;
  return put(vm, g, "DEBUG", Value::small_int(kDebugFlag)) && put_bound(vm, g, s, "compile", &f_compile, 1, 2) &&
         put_bound(vm, g, s, "match", &f_exec<ReMode::kMatch>, 2, 3) &&
         put_bound(vm, g, s, "search", &f_exec<ReMode::kSearch>, 2, 3) &&
         put_bound(vm, g, s, "fullmatch", &f_exec<ReMode::kFull>, 2, 3) &&
         put_bound(vm, g, s, "sub", &f_sub<false>, 3, 5) && put_bound(vm, g, s, "subn", &f_sub<true>, 3, 5) &&
         put_bound(vm, g, s, "split", &f_split, 2, 4) && put_bound(vm, g, s, "findall", &f_findall<false>, 2, 3) &&
         put_bound(vm, g, s, "finditer", &f_findall<true>, 2, 3) && put_bound(vm, g, s, "escape", &f_escape, 1, 1) &&
         add_method(vm, pattern, "match", &p_exec<ReMode::kMatch>, 2, 4, true) &&
         add_method(vm, pattern, "search", &p_exec<ReMode::kSearch>, 2, 4, true) &&
         add_method(vm, pattern, "fullmatch", &p_exec<ReMode::kFull>, 2, 4, true) &&
         add_method(vm, pattern, "sub", &p_sub<false>, 3, 4, true) &&
         add_method(vm, pattern, "subn", &p_sub<true>, 3, 4, true) &&
         add_method(vm, pattern, "split", &p_split, 2, 3, true) &&
         add_method(vm, pattern, "findall", &p_findall<false>, 2, 4, true) &&
         add_method(vm, pattern, "finditer", &p_findall<true>, 2, 4, true) &&
         add_special(vm, pattern, "__repr__", &p_repr, 1, 1) &&
         add_special(vm, pattern, "__getattr__", &p_getattr, 2, 2) &&
         add_method(vm, match, "group", &m_group, 1, -1) && add_method(vm, match, "groups", &m_groups, 1, 2, true) &&
         add_method(vm, match, "groupdict", &m_groupdict, 1, 2, true) &&
         add_method(vm, match, "start", &m_span<0>, 1, 2) && add_method(vm, match, "end", &m_span<1>, 1, 2) &&
         add_method(vm, match, "span", &m_span<2>, 1, 2) && add_method(vm, match, "expand", &m_expand, 2, 2) &&
         add_special(vm, match, "__getitem__", &m_getitem, 2, 2) && add_special(vm, match, "__repr__", &m_repr, 1, 1) &&
         add_special(vm, match, "__getattr__", &m_getattr, 2, 2);
}
}  // namespace

const ModuleDef kModule_re{nullptr, 0, &init_module};

}  // namespace cpy::vm
