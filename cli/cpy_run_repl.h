// cpy-run's interactive REPL: CircuitPython's prompts, line editing, auto-
// indent, history, paste mode, Ctrl-C and Ctrl-D.
#pragma once

#include "cpy/vm/vm.h"

namespace cpy::cli {

/// Runs the REPL on stdin/stdout until Ctrl-D (or end of input); returns
/// the exit status (SystemExit's code, else 0).
int run_repl(vm::Vm& vm);

/// Whether the REPL input [text] (lines joined with '\n') needs more lines
/// before it can run: an open bracket or triple-quoted string, a trailing
/// backslash, or a compound statement not yet ended by an empty line.
bool repl_needs_more(const std::string& text);

}  // namespace cpy::cli
