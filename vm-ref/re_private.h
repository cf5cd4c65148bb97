// The regular-expression engine behind the re module: a compiler from
// pattern text to a small program of 32-bit words, and a backtracking
// matcher that keeps its choice points on the GC heap (never the C stack),
// so pathological patterns end in MemoryError or KeyboardInterrupt rather
// than a crash. Private to vm-ref/.
#pragma once

#include <cstdint>
#include <string_view>

#include "runtime.h"

namespace cpy::vm {

/// Instructions. Jump offsets are relative to the start of the instruction
/// that holds them, so a compiled piece of code can be copied anywhere
/// (counted repetition copies its operand).
enum ReOp : uint32_t {
  kReChar,      ///< c: one code point (a byte for bytes patterns)
  kReAny,       ///< any character but '\n'
  kReClass,     ///< n | kReNegated, then n (lo, hi) pairs; lo kReNamed | kind for \d \w \s
  kReBol,       ///< start of the string (^, \A)
  kReEol,       ///< end, or before a final '\n' ($)
  kReEnd,       ///< end of the string (\Z)
  kReWordB,     ///< \b
  kReNotWordB,  ///< \B
  kReSplit,     ///< preferred, alternative: try one, backtrack to the other
  kReJmp,       ///< offset
  kReSave,      ///< slot: record the position (group starts and ends)
  kReMark,      ///< register: record where a loop iteration began
  kReProg,      ///< register, offset: jump when the iteration consumed nothing
  kReBackref,   ///< group
  kReRepeat,    ///< min, max, greedy, length: a single-character item repeated
  kReMatch,
};

inline constexpr uint32_t kReNegated = 0x80000000u;
inline constexpr uint32_t kReNamed = 0xffffff00u;  ///< class items: kReNamed | 'd', 'w', 's' (upper: negated)
inline constexpr uint32_t kReNoPos = 0xffffffffu;  ///< a group that did not participate
inline constexpr uint32_t kReInfinite = 0xffffffffu;

/// A compiled pattern.
struct ReProg {
  uint32_t* code = nullptr;  ///< on the heap
  uint32_t size = 0;         ///< words
  uint32_t ngroups = 0;      ///< capturing groups (group 0 not counted)
  uint32_t nregs = 0;        ///< loop registers after the 2 * (ngroups + 1) capture slots
  bool bytes = false;        ///< a bytes pattern: matches bytes, characters are bytes
  Value names;               ///< dict name -> group number, or null
};

/// Compiles [pattern] (UTF-8 text, or bytes when [bytes]); malformed
/// patterns raise [error] with CPython's message and position.
Status re_compile(Vm& vm, Type* error, std::string_view pattern, bool bytes, ReProg* out);

/// Parses the replacement template [text] of re.sub for [prog] into a list
/// of literals (str, or bytes when [bytes]) and group numbers (small ints).
Status re_template(Vm& vm, Type* error, std::string_view text, bool bytes, const ReProg& prog, Value* out);

/// How re_exec anchors the match.
enum class ReMode : uint8_t { kSearch, kMatch, kFull };

/// Runs [prog] on [subject] (its first [end] bytes count) from byte
/// [start]. [must_advance]: an empty match at [start] does not count (the
/// rule sub/split/findall follow after an empty match). On a match, [caps]
/// (2 * (ngroups + 1) + 1 entries) holds byte offsets, kReNoPos for groups
/// that did not participate, then the group that closed last (0: none).
/// [*found] tells whether it matched.
Status re_exec(Vm& vm, const ReProg& prog, std::string_view subject, bool is_str, size_t start, size_t end,
               ReMode mode, bool must_advance, uint32_t* caps, bool* found);

/// Character classes shared by the compiler (for \b in sets) and the matcher.
bool re_is_word(uint32_t c, bool is_str);
bool re_is_digit(uint32_t c);
bool re_is_space(uint32_t c, bool is_str);

}  // namespace cpy::vm
