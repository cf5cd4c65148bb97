// lex_dump: prints the tokens of Python files in the reference harness's
// format, or checks a file's dump against an expected one.
//   lex_dump [--target micropython] [-O<level>] FILE...          dump each file
//   lex_dump [--target micropython] -q [-r<repeat>] FILE...      lex only, print the token count
//   lex_dump [--target micropython] --check FILE.py FILE.tokens  compare, report the first difference
#include "lex_dump.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

bool read_file(const char* path, std::string& out) {
  std::FILE* f = std::strcmp(path, "-") == 0 ? stdin : std::fopen(path, "rb");
  if (!f) return false;
  char buffer[65536];
  size_t got;
  out.clear();
  while ((got = std::fread(buffer, 1, sizeof buffer, f)) > 0) out.append(buffer, got);
  if (f != stdin) std::fclose(f);
  return true;
}

int check(const char* source_path, const char* expected_path, cpy::compiler::LexerOptions options) {
  std::string source, expected;
  if (!read_file(source_path, source) || !read_file(expected_path, expected)) {
    std::fprintf(stderr, "lex_dump: cannot read %s or %s\n", source_path, expected_path);
    return 2;
  }
  std::string actual = cpy::test::dump_tokens(source, options);
  if (actual == expected) return 0;
  size_t line = 1, i = 0;
  while (i < actual.size() && i < expected.size() && actual[i] == expected[i]) {
    if (actual[i] == '\n') ++line;
    ++i;
  }
  auto line_at = [](const std::string& s, size_t at) {
    size_t begin = s.rfind('\n', at == 0 ? 0 : at - 1);
    begin = (begin == std::string::npos || at == 0) ? 0 : begin + 1;
    size_t end = s.find('\n', begin);
    return s.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
  };
  std::fprintf(stderr, "%s: dump differs at line %zu\n  expected: %s\n  actual:   %s\n", source_path, line,
               line_at(expected, i).c_str(), line_at(actual, i).c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  bool quiet = false;
  int repeat = 1;
  cpy::compiler::LexerOptions options;
  int a = 1;
  for (; a < argc && argv[a][0] == '-' && argv[a][1]; ++a) {
    if (std::strcmp(argv[a], "--target") == 0 && a + 1 < argc) {
      ++a;
      if (std::strcmp(argv[a], "micropython") == 0) {
        options.target = cpy::compiler::Target::kMicroPython;
      } else if (std::strcmp(argv[a], "circuitpython") == 0) {
        options.target = cpy::compiler::Target::kCircuitPython;
      } else {
        std::fprintf(stderr, "lex_dump: unknown target %s\n", argv[a]);
        return 2;
      }
    } else if (std::strcmp(argv[a], "--check") == 0 && argc - a == 3) {
      return check(argv[a + 1], argv[a + 2], options);
    } else if (std::strcmp(argv[a], "-q") == 0) {
      quiet = true;
    } else if (std::strncmp(argv[a], "-r", 2) == 0) {
      repeat = std::atoi(argv[a] + 2);
    } else if (std::strncmp(argv[a], "-O", 2) == 0) {
      options.optimise_level = static_cast<uint8_t>(std::atoi(argv[a] + 2));
    } else {
      break;
    }
  }
  if (a >= argc) {
    std::fprintf(stderr,
                 "usage: lex_dump [--target micropython] [-O<level>] [-q] [-r<repeat>] FILE...\n"
                 "       lex_dump [--target micropython] --check FILE.py FILE.tokens\n");
    return 2;
  }
  size_t total = 0;
  for (; a < argc; ++a) {
    std::string source;
    if (!read_file(argv[a], source)) {
      std::fprintf(stderr, "lex_dump: cannot read %s\n", argv[a]);
      return 1;
    }
    for (int r = 0; r < repeat; ++r) {
      if (quiet) {
        // Lexing only, for timing: no dump text.
        cpy::Arena arena(cpy::heap_block_source(), 16 * 1024, cpy::test::kDumpArenaLimit);
        cpy::compiler::Lexer lexer(source, arena, options);
        for (;;) {
          ++total;
          auto kind = lexer.current().kind;
          if (kind == cpy::compiler::TokenKind::kEnd || kind == cpy::compiler::TokenKind::kUnicodeNameEscape ||
              kind == cpy::compiler::TokenKind::kOutOfMemory)
            break;
          lexer.advance();
        }
      } else {
        std::string out = cpy::test::dump_tokens(source, options);
        std::fwrite(out.data(), 1, out.size(), stdout);
      }
    }
  }
  if (quiet) std::printf("%zu tokens\n", total);
  return 0;
}
