// parse_dump: prints the parse tree of Python files in the reference
// harness's format (see README.md), or checks a file against its golden dump.
//   parse_dump [--single|--eval] [--target micropython] [-O<level>] [-X heapsize=N] [-msmall-int-bits=N] [-q] FILE...
//   parse_dump --check FILE.py FILE.tree
// A file named single_*.py parses as one interactive statement and eval_*.py
// as an eval() expression, unless a mode is given.
// Errors print as mpy-cross prints them: a traceback naming the file as
// given (with the directory dropped), or one line for errors without one.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "cpy/compiler/parser.h"

namespace {

using cpy::compiler::InputKind;
using cpy::compiler::ParserTarget;

struct Settings {
  bool mode_given = false;
  InputKind input = InputKind::kFile;
  ParserTarget target = ParserTarget::kCircuitPython;
  uint8_t optimise_level = 0;
  size_t heap_size = size_t(2) * 1024 * 1024;  // mpy-cross's default on 64-bit hosts
  unsigned small_int_bits = 31;
  bool quiet = false;  // parse only; print errors but no trees
};

bool read_file(const char* path, std::string& out) {
  std::FILE* f = std::fopen(path, "rb");
  if (!f) return false;
  char buffer[65536];
  size_t got;
  out.clear();
  while ((got = std::fread(buffer, 1, sizeof buffer, f)) > 0) out.append(buffer, got);
  std::fclose(f);
  return true;
}

std::string base_name(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

const char* exception_name(cpy::Errc code) {
  switch (code) {
    case cpy::Errc::kSyntaxError:
      return "SyntaxError";
    case cpy::Errc::kIndentationError:
      return "IndentationError";
    case cpy::Errc::kNotImplemented:
      return "NotImplementedError";
    case cpy::Errc::kOutOfMemory:
      return "MemoryError";
    case cpy::Errc::kTooDeep:
      return "RuntimeError";
    default:
      return "Error";
  }
}

// Writes the dump (or error text) for [source], which the reference would
// read from a file called [name], to [sink].
void dump_source(const std::string& source, const std::string& name, Settings settings, cpy::compiler::DumpSink sink) {
  if (!settings.mode_given) {
    std::string base = base_name(name);
    if (base.rfind("single_", 0) == 0) settings.input = InputKind::kSingle;
    if (base.rfind("eval_", 0) == 0) settings.input = InputKind::kEval;
  }
  cpy::Arena arena(cpy::heap_block_source(), 64 * 1024, size_t(1) << 30);
  cpy::Arena scratch(cpy::heap_block_source(), 64 * 1024, size_t(1) << 30);
  cpy::compiler::QstrTable qstrs(arena);
  std::string_view preinterned[] = {name};
  cpy::compiler::ParseOptions options;
  options.input = settings.input;
  options.target = settings.target;
  options.preinterned = preinterned;
  options.scratch = &scratch;
  options.reference_heap_size = settings.heap_size;
  options.small_int_bits = settings.small_int_bits;
  cpy::compiler::LexerOptions lexer_options;
  lexer_options.target = settings.target;
  lexer_options.optimise_level = settings.optimise_level;
  auto tree = cpy::compiler::parse_source(source, arena, qstrs, options, lexer_options);
  std::string out;
  if (!tree.ok()) {
    const cpy::Error& error = tree.error();
    if (cpy::compiler::parse_error_has_line(error)) {
      // CircuitPython ends this one line with \r\n.
      out += "Traceback (most recent call last):";
      out += settings.target == ParserTarget::kCircuitPython ? "\r\n" : "\n";
      out += "  File \"" + name + "\", line " + std::to_string(error.offset) + "\n";
    }
    out += std::string(exception_name(error.code)) + ": " + error.message + "\n";
    sink.write(sink.context, out);
    return;
  }
  if (settings.quiet) return;
  auto dumped = cpy::compiler::dump_parse_tree(tree.value().root, scratch, sink, settings.target);
  if (!dumped.ok()) sink.write(sink.context, "dump failed: out of memory\n");
}

std::string dump_to_string(const std::string& source, const std::string& name, const Settings& settings) {
  std::string out;
  cpy::compiler::DumpSink sink{[](void* context, std::string_view text) {
                                 static_cast<std::string*>(context)->append(text.data(), text.size());
                               },
                               &out};
  dump_source(source, name, settings, sink);
  return out;
}

int check(const char* source_path, const char* expected_path, const Settings& settings) {
  std::string source, expected;
  if (!read_file(source_path, source) || !read_file(expected_path, expected)) {
    std::fprintf(stderr, "parse_dump: cannot read %s or %s\n", source_path, expected_path);
    return 2;
  }
  std::string actual = dump_to_string(source, base_name(source_path), settings);
  if (actual == expected) return 0;
  size_t line = 1, i = 0;
  while (i < actual.size() && i < expected.size() && actual[i] == expected[i]) {
    if (actual[i] == '\n') ++line;
    ++i;
  }
  auto line_at = [](const std::string& s, size_t at) {
    size_t begin = at == 0 ? 0 : s.rfind('\n', at - 1);
    begin = begin == std::string::npos || at == 0 ? 0 : begin + 1;
    size_t end = s.find('\n', begin);
    return s.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
  };
  std::fprintf(stderr, "%s: dump differs at line %zu\n  expected: %s\n  actual:   %s\n", source_path, line,
               line_at(expected, i).c_str(), line_at(actual, i).c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  Settings settings;
  int a = 1;
  for (; a < argc && argv[a][0] == '-' && argv[a][1]; ++a) {
    if (std::strcmp(argv[a], "--check") == 0) {
      if (a + 2 >= argc) break;
      return check(argv[a + 1], argv[a + 2], settings);
    } else if (std::strcmp(argv[a], "--single") == 0) {
      settings.mode_given = true;
      settings.input = InputKind::kSingle;
    } else if (std::strcmp(argv[a], "--eval") == 0) {
      settings.mode_given = true;
      settings.input = InputKind::kEval;
    } else if (std::strcmp(argv[a], "--target") == 0 && a + 1 < argc) {
      ++a;
      settings.target =
          std::strcmp(argv[a], "micropython") == 0 ? ParserTarget::kMicroPython : ParserTarget::kCircuitPython;
    } else if (std::strcmp(argv[a], "-X") == 0 && a + 1 < argc && std::strncmp(argv[a + 1], "heapsize=", 9) == 0) {
      // -X heapsize=N[k|m], as mpy-cross takes it
      char* end = nullptr;
      settings.heap_size = std::strtoul(argv[++a] + 9, &end, 0);
      if (*end == 'k') settings.heap_size *= 1024;
      if (*end == 'm') settings.heap_size *= 1024 * 1024;
    } else if (std::strcmp(argv[a], "-q") == 0) {
      settings.quiet = true;
    } else if (std::strncmp(argv[a], "-msmall-int-bits=", 17) == 0) {
      settings.small_int_bits = unsigned(std::atoi(argv[a] + 17));
    } else if (std::strncmp(argv[a], "-O", 2) == 0) {
      settings.optimise_level = static_cast<uint8_t>(std::atoi(argv[a] + 2));
    } else {
      break;
    }
  }
  if (a >= argc) {
    std::fprintf(stderr,
                 "usage: parse_dump [--single|--eval] [--target micropython] [-O<level>] [-X heapsize=N] "
                 "[-msmall-int-bits=N] [-q] FILE...\n"
                 "       parse_dump [options] --check FILE.py FILE.tree\n");
    return 2;
  }
  int status = 0;
  for (; a < argc; ++a) {
    std::string source;
    if (!read_file(argv[a], source)) {
      std::fprintf(stderr, "parse_dump: cannot read %s\n", argv[a]);
      status = 1;
      continue;
    }
    cpy::compiler::DumpSink sink{[](void*, std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); },
                                 nullptr};
    dump_source(source, argv[a], settings, sink);
  }
  return status;
}
