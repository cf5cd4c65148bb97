// Byte identity of compile_module() with the reference compilers: every
// golden program under each target and option set, and, when CPY_COMPILE_CORPUS
// names one, a corpus of real libraries compiled by the references
// (<corpus>/src/**.py beside <corpus>/out/<target>/<variant>/**.mpy).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "cpy/compiler/compile.h"
#include "cpy/mpy/writer.h"
#include "../mpy/helpers.h"

using namespace cpy;
using namespace cpy::compiler;
namespace fs = std::filesystem;

namespace {

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct Variant {
  const char* directory;  // under tests/golden
  const char* suffix;     // before ".mpy"
  ParserTarget target;
  uint8_t optimise;
  bool lib_name;  // compiled with -s lib/<name>.py
};

// Compiles [source] as the reference ran it and returns the file's bytes, or
// "error: ..." when compilation fails.
std::string compile_to_bytes(const std::string& source, const std::string& input, const std::string& source_name,
                             ParserTarget target, uint8_t optimise) {
  Arena arena(heap_block_source());
  CompileOptions options;
  options.target = target;
  options.optimise_level = optimise;
  options.input_path = input;
  options.source_name = source_name;
  Result<mpy::Module> module = compile_module(source, arena, options);
  if (!module) return std::string("error: ") + module.error().message;
  test::VectorSink out;
  Result<void> written = mpy::write_module(module.value(), out);
  if (!written) return std::string("error: write: ") + written.error().message;
  return out.text();
}

struct Tally {
  size_t same = 0;
  std::vector<std::string> different;

  void compare(const std::string& got, const fs::path& expected, std::string label) {
    if (got == read_text(expected)) {
      same++;
    } else {
      different.push_back(std::move(label));
    }
  }
};

void check_variant(const Variant& v, Tally& tally) {
  fs::path root = fs::path(CPY_SOURCE_DIR) / "tests/golden";
  std::vector<fs::path> inputs;
  for (const auto& entry : fs::directory_iterator(root / "py")) {
    if (entry.path().extension() == ".py") inputs.push_back(entry.path());
  }
  std::sort(inputs.begin(), inputs.end());
  for (const fs::path& input : inputs) {
    std::string name = input.stem().string();
    fs::path expected_path = root / v.directory / (name + v.suffix + ".mpy");
    if (!fs::exists(expected_path)) continue;
    std::string file = name + ".py";
    std::string got = compile_to_bytes(read_text(input), file, v.lib_name ? "lib/" + file : file, v.target, v.optimise);
    tally.compare(got, expected_path, std::string(v.directory) + "/" + name + v.suffix);
  }
}

}  // namespace

TEST_CASE("compile: golden programs are byte-identical for every target and option") {
  const Variant variants[] = {
      {"cp10", "", ParserTarget::kCircuitPython, 0, false},  {"mp128", "", ParserTarget::kMicroPython, 0, false},
      {"cp10-opt", ".O1", ParserTarget::kCircuitPython, 1, false}, {"cp10-opt", ".O2", ParserTarget::kCircuitPython, 2, false},
      {"cp10-opt", ".O3", ParserTarget::kCircuitPython, 3, false}, {"cp10-opt", ".s", ParserTarget::kCircuitPython, 0, true},
  };
  Tally tally;
  for (const Variant& v : variants) check_variant(v, tally);
  std::string listing;
  for (const std::string& name : tally.different) listing += name + "\n";
  INFO(tally.same, " identical, ", tally.different.size(), " different:\n", listing);
  CHECK(tally.same == 182 * 6);
  CHECK(tally.different.empty());
}

TEST_CASE("compile: an external corpus is byte-identical (CPY_COMPILE_CORPUS)") {
  const char* corpus = std::getenv("CPY_COMPILE_CORPUS");
  if (!corpus) return;
  // <corpus>/src/<lib>/<rel>.py was compiled from inside <lib> as <rel>.py.
  const Variant variants[] = {
      {"cp10/O0", "", ParserTarget::kCircuitPython, 0, false}, {"cp10/O1", "", ParserTarget::kCircuitPython, 1, false},
      {"cp10/O2", "", ParserTarget::kCircuitPython, 2, false}, {"cp10/O3", "", ParserTarget::kCircuitPython, 3, false},
      {"cp10/s", "", ParserTarget::kCircuitPython, 0, true},   {"mp128/O0", "", ParserTarget::kMicroPython, 0, false},
  };
  fs::path src = fs::path(corpus) / "src";
  std::vector<std::pair<std::string, std::string>> files;  // library, relative path
  for (const auto& lib : fs::directory_iterator(src)) {
    if (!lib.is_directory()) continue;
    for (const auto& entry : fs::recursive_directory_iterator(lib.path())) {
      if (entry.is_regular_file() && entry.path().extension() == ".py") {
        files.emplace_back(lib.path().filename().string(), fs::relative(entry.path(), lib.path()).generic_string());
      }
    }
  }
  std::sort(files.begin(), files.end());
  Tally tally;
  size_t compared = 0;
  for (const Variant& v : variants) {
    for (const auto& [lib, rel] : files) {
      fs::path expected = fs::path(corpus) / "out" / v.directory / lib / (rel.substr(0, rel.size() - 3) + ".mpy");
      if (!fs::exists(expected)) continue;
      ++compared;
      std::string got = compile_to_bytes(read_text(src / lib / rel), rel, v.lib_name ? "lib/" + rel : rel, v.target,
                                         v.optimise);
      tally.compare(got, expected, std::string(v.directory) + " " + lib + "/" + rel);
    }
  }
  std::string listing;
  for (size_t i = 0; i < tally.different.size() && i < 40; ++i) listing += tally.different[i] + "\n";
  MESSAGE(tally.same, " of ", compared, " corpus files identical");
  INFO(tally.different.size(), " different:\n", listing);
  CHECK(compared > 0);
  CHECK(tally.different.empty());
}

TEST_CASE("compile: 10,000-deep nesting fails cleanly, as the reference does, without deep recursion") {
  // The reference runs out of its 2 MiB heap while parsing these and says
  // so with the size it asked for; shallower nesting compiles.
  struct Case {
    std::string open, close;
    const char* message;
  };
  const Case cases[] = {
      {"(", ")", "memory allocation failed, allocating 2078720 bytes"},
      {"[", "]", "memory allocation failed, allocating 2078720 bytes"},
      {"f(", ")", "memory allocation failed, allocating 1580288 bytes"},
  };
  for (const Case& c : cases) {
    std::string deep = "x = ";
    for (int i = 0; i < 10000; ++i) deep += c.open;
    deep += "1";
    for (int i = 0; i < 10000; ++i) deep += c.close;
    deep += "\n";
    Arena arena(heap_block_source());
    CompileOptions options;
    options.input_path = options.source_name = "deep.py";
    Result<mpy::Module> module = compile_module(deep, arena, options);
    CAPTURE(c.open);
    REQUIRE_FALSE(module.ok());
    CHECK(module.error().code == Errc::kOutOfMemory);
    CHECK(std::string(module.error().message) == c.message);

    // 3,000 deep fits the reference's heap: it compiles, and recursing
    // through it must not exhaust the stack of a thread.
    std::string ok = "x = ";
    for (int i = 0; i < 3000; ++i) ok += c.open;
    ok += "1";
    for (int i = 0; i < 3000; ++i) ok += c.close;
    ok += "\n";
    Arena arena2(heap_block_source());
    CHECK(compile_module(ok, arena2, options).ok());
  }
}
