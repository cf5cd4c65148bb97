#include "cpy_run_repl.h"

#include <termios.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <string>
#include <vector>

namespace cpy::cli {

namespace {

constexpr char kCtrlA = 1, kCtrlB = 2, kCtrlC = 3, kCtrlD = 4, kCtrlE = 5, kBackspace = 8, kDelete = 127;
constexpr size_t kHistoryMax = 100;

vm::Vm* g_vm = nullptr;

void on_sigint(int) {
  if (g_vm && g_vm->interrupt_char >= 0) g_vm->request_interrupt();
}

void out(std::string_view s) {
  if (s.empty()) return;
  ssize_t ignored = ::write(STDOUT_FILENO, s.data(), s.size());
  (void)ignored;
}

/// The terminal in character-at-a-time mode while a line is edited; Ctrl-C
/// then arrives as a character, not as SIGINT.
class RawMode {
 public:
  RawMode() : tty_(isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved_) == 0) {}
  ~RawMode() { leave(); }
  void enter() {
    if (!tty_ || active_) return;
    termios raw = saved_;
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN);
    raw.c_iflag &= ~tcflag_t(IXON | ICRNL);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    active_ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw) == 0;
  }
  void leave() {
    if (active_) tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_);
    active_ = false;
  }

 private:
  termios saved_{};
  bool tty_ = false;
  bool active_ = false;
};

/// One byte of input; -1 at end of input.
int read_byte() {
  unsigned char c;
  for (;;) {
    ssize_t n = ::read(STDIN_FILENO, &c, 1);
    if (n == 1) return c;
    if (n < 0 && errno == EINTR) continue;
    return -1;
  }
}

enum class LineEnd { kEnter, kEof, kInterrupt, kPaste };

/// Edits [line] after [prompt]: insertion at the cursor, arrows, Home/End,
/// Backspace/Delete, history with up/down.
class LineEditor {
 public:
  LineEnd read(std::string_view prompt, std::string& line, bool primary) {
    prompt_ = prompt;
    size_t cursor = line.size();
    size_t hist = history_.size();
    std::string draft;
    redraw(line, cursor);
    for (;;) {
      int c = read_byte();
      if (c < 0) return LineEnd::kEof;
      if (c == '\r' || c == '\n') {
        out("\r\n");
        if (!line.empty() && line.find_first_not_of(' ') != std::string::npos &&
            (history_.empty() || history_.back() != line)) {
          history_.push_back(line);
          if (history_.size() > kHistoryMax) history_.erase(history_.begin());
        }
        return LineEnd::kEnter;
      }
      if (c == kCtrlC) {
        out("\r\n");
        return LineEnd::kInterrupt;
      }
      if (c == kCtrlD) {
        if (line.empty() || line.find_first_not_of(' ') == std::string::npos) {
          out("\r\n");
          return LineEnd::kEof;
        }
        if (cursor < line.size()) line.erase(cursor, 1);
      } else if (c == kCtrlE && primary && line.empty()) {
        return LineEnd::kPaste;
      } else if (c == kCtrlA) {
        cursor = 0;
      } else if (c == kCtrlE) {
        cursor = line.size();
      } else if (c == kCtrlB) {
        if (cursor) --cursor;
      } else if (c == kBackspace || c == kDelete) {
        if (cursor) {
          // Auto-indent is removed four spaces at a time, as CircuitPython does.
          size_t n = 1;
          if (cursor >= 4 && line.find_first_not_of(' ') >= cursor && cursor % 4 == 0) n = 4;
          line.erase(cursor - n, n);
          cursor -= n;
        }
      } else if (c == 0x1b) {
        int a = read_byte();
        int b = read_byte();
        if (a != '[' && a != 'O') continue;
        if (b >= '0' && b <= '9') {
          int t = read_byte();
          if (t != '~') continue;
          if (b == '1' || b == '7') cursor = 0;
          if (b == '4' || b == '8') cursor = line.size();
          if (b == '3' && cursor < line.size()) line.erase(cursor, 1);
        } else if (b == 'A' || b == 'B') {
          if (hist == history_.size()) draft = line;
          if (b == 'A' && hist > 0) --hist;
          if (b == 'B' && hist < history_.size()) ++hist;
          line = hist == history_.size() ? draft : history_[hist];
          cursor = line.size();
        } else if (b == 'C') {
          if (cursor < line.size()) ++cursor;
        } else if (b == 'D') {
          if (cursor) --cursor;
        } else if (b == 'H') {
          cursor = 0;
        } else if (b == 'F') {
          cursor = line.size();
        }
      } else if (c == '\t') {
        line.insert(cursor, "    ");
        cursor += 4;
      } else if (c >= 0x20) {
        line.insert(cursor, 1, char(c));
        ++cursor;
      }
      redraw(line, cursor);
    }
  }

 private:
  void redraw(const std::string& line, size_t cursor) {
    std::string s = "\r";
    s += prompt_;
    s += line;
    s += "\x1b[K";
    if (cursor < line.size()) s += "\x1b[" + std::to_string(line.size() - cursor) + "D";
    out(s);
  }

  std::string_view prompt_;
  std::vector<std::string> history_;
};

bool starts_compound(std::string_view first) {
  size_t i = first.find_first_not_of(' ');
  if (i == std::string_view::npos) return false;
  first.remove_prefix(i);
  if (!first.empty() && first[0] == '@') return true;
  static constexpr std::string_view kWords[] = {"if",   "while", "for",   "try",   "with",
                                                "def",  "class", "async", "match"};
  for (std::string_view w : kWords) {
    if (first.substr(0, w.size()) == w && (first.size() == w.size() || first[w.size()] == ' ' ||
                                           first[w.size()] == ':' || first[w.size()] == '(')) {
      return true;
    }
  }
  return false;
}

/// The indentation the next continuation line starts with.
std::string auto_indent(const std::string& text) {
  size_t start = text.rfind('\n');
  std::string_view last = start == std::string::npos ? text : std::string_view(text).substr(start + 1);
  size_t n = last.find_first_not_of(' ');
  if (n == std::string_view::npos) n = last.size();
  size_t end = last.find_last_not_of(' ');
  if (end != std::string_view::npos && last[end] == ':') n += 4;
  return std::string(n, ' ');
}

bool is_system_exit(vm::Vm& vm, vm::Value e) {
  if (!e.is_object()) return false;
  vm::Value mro = e.as<vm::Obj>()->type->mro;
  if (!mro.is_object()) return false;
  vm::Tuple* t = mro.as<vm::Tuple>();
  for (size_t i = 0; i < t->size; ++i) {
    if (t->items()[i].as<vm::Type>() == vm.exc[size_t(vm::Exc::SystemExit)]) return true;
  }
  return false;
}

/// Runs one input; false when the REPL should end (SystemExit).
bool execute(vm::Vm& vm, RawMode& raw, const std::string& text, vm::Value* module, int* status) {
  raw.leave();
  vm.interrupt_requested = 0;
  vm::Status s = vm.run_interactive(text, module);
  std::fflush(stdout);
  bool go_on = true;
  if (s == vm::Status::kRaised) {
    bool exiting = is_system_exit(vm, vm.pending);

    *status = vm.report_uncaught();
    if (exiting) {
      go_on = false;
    } else {
      *status = 0;
    }
  }
  vm.interrupt_requested = 0;
  raw.enter();
  return go_on;
}

void paste_mode(vm::Vm& vm, RawMode& raw, vm::Value* module, int* status, bool* go_on) {
  out("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
  std::string text;
  for (;;) {
    int c = read_byte();
    if (c < 0 || c == kCtrlD) {
      out("\r\n");
      break;
    }
    if (c == kCtrlC) {
      out("\r\n");
      return;
    }
    if (c == '\r' || c == '\n') {
      text += '\n';
      out("\r\n=== ");
    } else if (c == kBackspace || c == kDelete) {
      if (!text.empty() && text.back() != '\n') {
        text.pop_back();
        out("\b \b");
      }
    } else {
      text += char(c);
      out(std::string(1, char(c)));
    }
  }
  *go_on = execute(vm, raw, text, module, status);
}

}  // namespace

bool repl_needs_more(const std::string& text) {
  int depth = 0;
  char quote = 0;
  bool triple = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quote) {
      if (c == '\\') {
        ++i;
      } else if (triple && c == quote && text.compare(i, 3, std::string(3, quote)) == 0) {
        quote = 0;
        i += 2;
      } else if (!triple && (c == quote || c == '\n')) {
        quote = 0;
      }
      continue;
    }
    if (c == '#') {
      while (i < text.size() && text[i] != '\n') ++i;
    } else if (c == '\'' || c == '"') {
      quote = c;
      triple = text.compare(i, 3, std::string(3, c)) == 0;
      if (triple) i += 2;
    } else if (c == '(' || c == '[' || c == '{') {
      ++depth;
    } else if (c == ')' || c == ']' || c == '}') {
      --depth;
    }
  }
  if ((quote && triple) || depth > 0) return true;
  if (!text.empty() && text.back() == '\\') return true;
  size_t nl = text.rfind('\n');
  std::string_view last = nl == std::string::npos ? std::string_view(text) : std::string_view(text).substr(nl + 1);
  bool last_blank = last.find_first_not_of(" \t") == std::string_view::npos;
  size_t end = last.find_last_not_of(" \t");
  if (end != std::string_view::npos && last[end] == ':') return true;
  if (starts_compound(text.substr(0, text.find('\n')))) return nl == std::string::npos || !last_blank;
  return false;
}

int run_repl(vm::Vm& vm) {
  g_vm = &vm;
  struct sigaction sa{};
  sa.sa_handler = &on_sigint;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
  out("Adafruit CircuitPython 10.0.0 on cpy-run (reference VM)\r\nUse Ctrl-D to exit, Ctrl-E for paste mode\r\n");
  RawMode raw;
  raw.enter();
  LineEditor editor;
  vm::Value module = vm::Value::null();
  int status = 0;
  bool go_on = true;
  while (go_on) {
    std::string input;
    LineEnd end = editor.read(">>> ", input, true);
    if (end == LineEnd::kEof) break;
    if (end == LineEnd::kInterrupt) continue;
    if (end == LineEnd::kPaste) {
      paste_mode(vm, raw, &module, &status, &go_on);
      continue;
    }
    if (input.find_first_not_of(' ') == std::string::npos) continue;
    bool abandoned = false;
    while (repl_needs_more(input)) {
      std::string line = auto_indent(input);
      LineEnd e = editor.read("... ", line, false);
      if (e == LineEnd::kInterrupt) {
        abandoned = true;
        break;
      }
      if (e == LineEnd::kEof) break;
      // A line of nothing but the automatic indent ends the block.
      if (line.find_first_not_of(' ') == std::string::npos) line.clear();
      input += '\n';
      input += line;
    }
    if (abandoned) continue;
    go_on = execute(vm, raw, input, &module, &status);
  }
  raw.leave();
  g_vm = nullptr;
  return status;
}

}  // namespace cpy::cli
