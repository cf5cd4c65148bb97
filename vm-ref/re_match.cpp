// The re matcher: a backtracking interpreter of ReProg code. Choice points
// and the old values of overwritten capture slots go on an explicit stack
// on the GC heap, so the C stack stays flat whatever the pattern; running
// out of heap raises MemoryError, and long searches poll for
// KeyboardInterrupt.
#include <cstring>

#include "re_private.h"

namespace cpy::vm {

bool re_is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

bool re_is_space(uint32_t c, bool is_str) {
  if (c == ' ' || (c >= '\t' && c <= '\r')) return true;
  if (!is_str) return false;
  // str.isspace() beyond ASCII, as CPython's \s for str patterns.
  return (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
         c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

bool re_is_word(uint32_t c, bool is_str) {
  if (c < 0x80) return c == '_' || re_is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  if (!is_str) return false;
  // An approximation of str.isalnum() without Unicode tables: letters and
  // digits of Latin-1, and everything above it but spaces, punctuation and
  // symbol blocks, private use and emoji.
  if (c < 0x100) {
    return c == 0xaa || c == 0xb2 || c == 0xb3 || c == 0xb5 || c == 0xb9 || c == 0xba ||
           (c >= 0xbc && c <= 0xbe) || (c >= 0xc0 && c != 0xd7 && c != 0xf7);
  }
  if (re_is_space(c, true)) return false;
  return !((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xe000 && c <= 0xf8ff) ||
           (c >= 0xfe10 && c <= 0xfe6f) || (c >= 0xff00 && c <= 0xff0f) || (c >= 0x1f000 && c <= 0x1faff));
}

namespace {

bool named_match(uint32_t kind, uint32_t c, bool is_str) {
  bool r;
  switch (kind | 0x20) {
    case 'd':
      r = re_is_digit(c);
      break;
    case 'w':
      r = re_is_word(c, is_str);
      break;
    default:
      r = re_is_space(c, is_str);
      break;
  }
  return (kind & 0x20) ? r : !r;  // upper case: the complement
}

enum BtKind : uint32_t {
  kBtAlt = 0,          ///< resume at pc with pos
  kBtRestore = 1u << 28,  ///< slot, old value
  kBtGreedy = 2u << 28,   ///< repeat at pc: give back one character, down to b
  kBtLazy = 3u << 28,     ///< repeat at pc: take one more character, count b
};
constexpr uint32_t kBtMask = 0xfu << 28;

/// A stack entry; a repeat's entry sits on a second one holding its b.
struct Bt {
  uint32_t kind_pc;
  uint32_t a;
};

struct Matcher {
  Matcher(Vm& v, const ReProg& p) : vm(v), prog(p) {}
  Vm& vm;
  const ReProg& prog;
  const char* s = nullptr;
  size_t end = 0;
  bool is_str = true;
  uint32_t* slots = nullptr;
  Bt* stack = nullptr;
  size_t sp = 0;
  size_t cap = 0;
  uint32_t steps = 0;
  uint32_t last_slot = 0;  ///< after the captures and the loop registers

  bool push(uint32_t kind_pc, uint32_t a) {
    if (sp == cap) {
      size_t c = cap ? cap * 2 : 32;
      auto* p = static_cast<Bt*>(alloc_raw(vm, c * sizeof(Bt)));
      if (!p) return false;
      if (sp) std::memcpy(p, stack, sp * sizeof(Bt));
      stack = p;
      cap = c;
    }
    stack[sp++] = Bt{kind_pc, a};
    return true;
  }

  bool push(uint32_t kind_pc, uint32_t a, uint32_t b) { return push(0, b) && push(kind_pc, a); }

  /// The character at [pos] (< end) and where the next one starts.
  uint32_t char_at(size_t pos, size_t* next) const {
    if (!is_str || uint8_t(s[pos]) < 0x80) {
      *next = pos + 1;
      return uint8_t(s[pos]);
    }
    size_t k = pos;
    uint32_t c = utf8_decode(std::string_view(s, end), &k);
    *next = k;
    return c;
  }

  size_t prev_pos(size_t pos) const {
    --pos;
    if (is_str) {
      while (pos > 0 && (uint8_t(s[pos]) & 0xc0) == 0x80) --pos;
    }
    return pos;
  }

  /// Whether the single-character instruction at [pc] matches at [pos];
  /// [*next] is past the character.
  bool one(uint32_t pc, size_t pos, size_t* next) const {
    if (pos >= end) return false;
    const uint32_t* ip = prog.code + pc;
    uint32_t c = char_at(pos, next);
    switch (ip[0]) {
      case kReChar:
        return c == ip[1];
      case kReAny:
        return c != '\n';
      default: {
        uint32_t count = ip[1] & ~kReNegated;
        bool in = false;
        for (uint32_t k = 0; k < count && !in; ++k) {
          uint32_t lo = ip[2 + 2 * k], hi = ip[3 + 2 * k];
          in = lo >= kReNamed ? named_match(lo & 0xff, c, is_str) : (c >= lo && c <= hi);
        }
        return in != ((ip[1] & kReNegated) != 0);
      }
    }
  }

  bool word_before(size_t pos) const {
    if (pos == 0) return false;
    size_t p = prev_pos(pos), nx;
    return re_is_word(char_at(p, &nx), is_str);
  }

  bool word_after(size_t pos) const {
    size_t nx;
    return pos < end && re_is_word(char_at(pos, &nx), is_str);
  }

  /// One attempt anchored at [start]; [*found] and the slots on success.
  Status attempt(size_t start, size_t search_start, ReMode mode, bool must_advance, bool* found) {
    *found = false;
    for (uint32_t k = 0; k < last_slot; ++k) slots[k] = kReNoPos;
    slots[last_slot] = 0;
    sp = 0;
    uint32_t pc = 0;
    size_t pos = start;
    const uint32_t* code = prog.code;
    for (;;) {
      if ((++steps & 0x3ff) == 0 && poll_due(vm)) CPY_VM_CHECK(poll(vm));
      const uint32_t* ip = code + pc;
      bool ok = true;
      switch (ip[0]) {
        case kReChar:
        case kReAny: {
          size_t nx;
          ok = one(pc, pos, &nx);
          pos = nx;
          pc += ip[0] == kReChar ? 2 : 1;
          break;
        }
        case kReClass: {
          size_t nx;
          ok = one(pc, pos, &nx);
          pos = nx;
          pc += 2 + 2 * (ip[1] & ~kReNegated);
          break;
        }
        case kReBol:
          ok = pos == 0;
          pc += 1;
          break;
        case kReEol:
          ok = pos == end || (pos + 1 == end && s[pos] == '\n');
          pc += 1;
          break;
        case kReEnd:
          ok = pos == end;
          pc += 1;
          break;
        case kReWordB:
        case kReNotWordB:
          // As CPython: neither matches in an empty string.
          ok = end != 0 && ((word_before(pos) != word_after(pos)) == (ip[0] == kReWordB));
          pc += 1;
          break;
        case kReSplit:
          if (!push(kBtAlt | (pc + ip[2]), uint32_t(pos))) return Status::kRaised;
          pc += ip[1];
          break;
        case kReJmp:
          pc += ip[1];
          break;
        case kReSave:
        case kReMark: {
          uint32_t slot = ip[0] == kReSave ? ip[1] : 2 * (prog.ngroups + 1) + ip[1];
          if (slots[slot] != pos) {
            if (!push(kBtRestore | slot, slots[slot])) return Status::kRaised;
            slots[slot] = uint32_t(pos);
          }
          if (ip[0] == kReSave && (slot & 1) && slots[last_slot] != slot / 2) {
            // Match.lastindex: the group that closed last on this path.
            if (!push(kBtRestore | last_slot, slots[last_slot])) return Status::kRaised;
            slots[last_slot] = slot / 2;
          }
          pc += 2;
          break;
        }
        case kReProg:
          pc += slots[2 * (prog.ngroups + 1) + ip[1]] == pos ? ip[2] : 3;
          break;
        case kReBackref: {
          uint32_t a = slots[2 * ip[1]], b = slots[2 * ip[1] + 1];
          if (a == kReNoPos || b == kReNoPos) {
            ok = false;
          } else {
            size_t len = b - a;
            ok = end - pos >= len && std::memcmp(s + a, s + pos, len) == 0;
            pos += len;
          }
          pc += 2;
          break;
        }
        case kReRepeat: {
          uint32_t lo = ip[1], hi = ip[2], item = pc + 5, after = item + ip[4];
          uint32_t count = 0;
          size_t nx;
          while (count < lo && one(item, pos, &nx)) pos = nx, ++count;
          if (count < lo) {
            ok = false;
          } else if (ip[3]) {
            size_t min_pos = pos;
            while (count < hi && one(item, pos, &nx)) {
              pos = nx;
              ++count;
              if ((count & 0xfff) == 0 && poll_due(vm)) CPY_VM_CHECK(poll(vm));
            }
            if (pos > min_pos && !push(kBtGreedy | pc, uint32_t(pos), uint32_t(min_pos))) return Status::kRaised;
          } else if (count < hi && !push(kBtLazy | pc, uint32_t(pos), count)) {
            return Status::kRaised;
          }
          pc = after;
          break;
        }
        default:  // kReMatch
          if ((mode == ReMode::kFull && pos != end) || (must_advance && pos == search_start)) {
            ok = false;
            break;
          }
          slots[0] = uint32_t(start);
          slots[1] = uint32_t(pos);
          *found = true;
          return Status::kOk;
      }
      if (ok) continue;
      // Backtrack to the latest choice, undoing slot writes on the way.
      for (;;) {
        if (sp == 0) return Status::kOk;
        Bt e = stack[--sp];
        uint32_t target = e.kind_pc & ~kBtMask;
        uint32_t kind = e.kind_pc & kBtMask;
        if (kind == kBtRestore) {
          slots[target] = e.a;
          continue;
        }
        if (kind == kBtAlt) {
          pc = target;
          pos = e.a;
          break;
        }
        uint32_t b = stack[--sp].a;
        const uint32_t* rp = code + target;
        uint32_t after = target + 5 + rp[4];
        if (kind == kBtGreedy) {
          pos = prev_pos(e.a);
          if (pos > b && !push(e.kind_pc, uint32_t(pos), b)) return Status::kRaised;
          pc = after;
          break;
        }
        size_t nx;
        if (!one(target + 5, e.a, &nx)) continue;
        pos = nx;
        if (b + 1 < rp[2] && !push(e.kind_pc, uint32_t(pos), b + 1)) return Status::kRaised;
        pc = after;
        break;
      }
    }
  }
};

}  // namespace

Status re_exec(Vm& vm, const ReProg& prog, std::string_view subject, bool is_str, size_t start, size_t end,
               ReMode mode, bool must_advance, uint32_t* caps, bool* found) {
  *found = false;
  if (end > subject.size()) end = subject.size();
  if (start > end) return Status::kOk;
  if (end >= kReNoPos) return raise(vm, Exc::OverflowError, "string too long for re");
  Matcher m(vm, prog);
  m.s = subject.data();
  m.end = end;
  m.is_str = is_str;
  m.last_slot = 2 * (prog.ngroups + 1) + prog.nregs;
  m.slots = static_cast<uint32_t*>(alloc_raw(vm, (m.last_slot + 1) * sizeof(uint32_t)));
  if (!m.slots) return Status::kRaised;
  // A pattern that starts with a literal byte only needs tries where it occurs.
  int lead = -1;
  if (prog.code[0] == kReChar && (prog.code[1] < 0x80 || !is_str)) lead = int(prog.code[1]);
  for (size_t at = start;;) {
    if (mode == ReMode::kSearch && lead >= 0) {
      const void* p = at < end ? std::memchr(m.s + at, lead, end - at) : nullptr;
      if (!p) return Status::kOk;
      at = size_t(static_cast<const char*>(p) - m.s);
    }
    CPY_VM_CHECK(m.attempt(at, start, mode, must_advance, found));
    if (*found) {
      std::memcpy(caps, m.slots, 2 * (prog.ngroups + 1) * sizeof(uint32_t));
      caps[2 * (prog.ngroups + 1)] = m.slots[m.last_slot];
      return Status::kOk;
    }
    if (mode != ReMode::kSearch || at >= end) return Status::kOk;
    // Searches starting at ^ can only match at the start.
    if (prog.code[0] == kReBol) return Status::kOk;
    size_t nx;
    m.char_at(at, &nx);
    at = nx;
  }
}

}  // namespace cpy::vm
