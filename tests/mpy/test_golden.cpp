// Round-trip every reference .mpy under tests/golden (and, when the
// environment names one, an external corpus): read, write back byte for
// byte, and disassemble every instruction.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "cpy/mpy/disassembler.h"
#include "cpy/mpy/opcodes.h"
#include "cpy/mpy/reader.h"
#include "cpy/mpy/writer.h"
#include "helpers.h"

using namespace cpy;
using namespace cpy::mpy;
namespace fs = std::filesystem;

namespace {

struct Tally {
  size_t files = 0;
  size_t instructions = 0;
  std::set<std::string> mnemonics;
};

void count_code(const RawCode& rc, Tally& tally) {
  for (size_t ip = 0; ip < rc.bytecode.size();) {
    auto ins = decode_instruction(rc.bytecode, ip);
    REQUIRE(ins.ok());
    tally.instructions++;
    tally.mnemonics.insert(std::string(mnemonic(ins.value())));
    ip += ins.value().size;
  }
  for (const auto& child : rc.children) count_code(child, tally);
}

void round_trip_tree(const fs::path& root, Tally& tally) {
  if (!fs::exists(root)) return;
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file() && entry.path().extension() == ".mpy") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    CAPTURE(path.string());
    auto bytes = test::read_bytes(path);
    Arena arena(heap_block_source());
    auto m = read_module(bytes, arena);
    REQUIRE_MESSAGE(m.ok(), m.error().message, " at offset ", m.error().offset);
    test::VectorSink out;
    REQUIRE(write_module(m.value(), out).ok());
    CHECK(out.data == bytes);
    test::VectorSink listing;
    CHECK(disassemble(m.value(), listing).ok());
    count_code(m.value().root, tally);
    tally.files++;
  }
}

}  // namespace

TEST_CASE("reference .mpy files round-trip byte for byte") {
  Tally tally;
  round_trip_tree(fs::path(CPY_SOURCE_DIR) / "tests" / "golden", tally);
  MESSAGE("golden: ", tally.files, " files, ", tally.instructions, " instructions, ", tally.mnemonics.size(),
          " distinct mnemonics");
  CHECK(tally.files >= 300);
  // The suite is meant to exercise the whole instruction set.
  CHECK(tally.mnemonics.size() >= 60);
}

namespace {

// Instructions as "bytes NAME" in file order, e.g. "16:02 STORE_NAME".
void list_instructions(const RawCode& rc, std::vector<std::string>& out) {
  for (size_t ip = 0; ip < rc.bytecode.size();) {
    auto ins = decode_instruction(rc.bytecode, ip).value();
    std::string bytes;
    for (uint32_t i = 0; i < ins.size; ++i) {
      char hex[4];
      std::snprintf(hex, sizeof hex, i ? ":%02x" : "%02x", rc.bytecode[ip + i]);
      bytes += hex;
    }
    out.push_back(bytes + " " + std::string(mnemonic(ins)));
    ip += ins.size;
  }
  for (const auto& child : rc.children) list_instructions(child, out);
}

}  // namespace

TEST_CASE("instruction boundaries and names agree with mpy-tool's disassembly") {
  // tests/golden/cp10-dis/<name>.txt is `mpy-tool.py -d` of cp10/<name>.mpy.
  fs::path golden = fs::path(CPY_SOURCE_DIR) / "tests" / "golden";
  if (!fs::exists(golden / "cp10-dis")) return;
  const std::regex line(R"(^  ([0-9a-f]{2}(?::[0-9a-f]{2})*)\s+([A-Z_]+))");
  size_t compared = 0;
  for (const auto& entry : fs::directory_iterator(golden / "cp10-dis")) {
    fs::path mpy = golden / "cp10" / entry.path().filename().replace_extension(".mpy");
    if (!fs::exists(mpy)) continue;
    CAPTURE(mpy.string());
    std::vector<std::string> theirs;
    std::ifstream in(entry.path());
    for (std::string text; std::getline(in, text);) {
      std::smatch m;
      if (std::regex_search(text, m, line)) theirs.push_back(m[1].str() + " " + m[2].str());
    }
    auto bytes = test::read_bytes(mpy);
    Arena arena(heap_block_source());
    auto module = read_module(bytes, arena);
    REQUIRE(module.ok());
    std::vector<std::string> ours;
    list_instructions(module.value().root, ours);
    CHECK(ours == theirs);
    compared++;
  }
  MESSAGE("compared ", compared, " disassemblies with mpy-tool");
}

TEST_CASE("external corpus round-trips (CPY_MPY_CORPUS)") {
  const char* corpus = std::getenv("CPY_MPY_CORPUS");
  if (!corpus) return;
  Tally tally;
  round_trip_tree(corpus, tally);
  MESSAGE("corpus ", std::string(corpus), ": ", tally.files, " files, ", tally.instructions, " instructions, ",
          tally.mnemonics.size(), " distinct mnemonics");
}
