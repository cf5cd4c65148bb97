// cpy-cross: compile .py to .mpy like mpy-cross (same flags, output, error
// text and exit codes), plus many inputs, whole trees (-r/-d), threads (-j)
// and JSON diagnostics. Run under the name "mpy-cross" it takes exactly the
// reference's command line.
#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cross_args.h"
#include "cross_diagnostic.h"
#include "cross_driver.h"
#include "cross_tree.h"
#include "support.h"

using namespace cpy;
using namespace cpy::cli;

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kTool = "cpy-cross";
constexpr const char* kCircuitPythonRelease = "CircuitPython 10.3.0-alpha.4";
constexpr const char* kMicroPythonRelease = "MicroPython v1.28.0";
constexpr const char* kMpyVersion = "mpy-cross emitting mpy v6.3";

// The build date as the reference prints its own: YYYY-MM-DD.
std::string build_date() {
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const char* date = __DATE__;  // "Mmm dd yyyy"
  int month = 1;
  for (int m = 0; m < 12; ++m) {
    if (std::strncmp(date, kMonths[m], 3) == 0) month = m + 1;
  }
  int day = std::atoi(date + 4);
  return fmt::format("{}-{:02}-{:02}", date + 7, month, day);
}

std::string version_line(CrossTarget target, bool mpy_cross_mode) {
  const char* release = target == CrossTarget::kCircuitPython ? kCircuitPythonRelease : kMicroPythonRelease;
  if (mpy_cross_mode) return fmt::format("{} on {}; {}", release, build_date(), kMpyVersion);
  return fmt::format("cpy-cross {} (output as {}'s; {})", CPY_VERSION, release, kMpyVersion);
}

void write_stderr(const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

// The jobs for plain inputs, or nullopt (after printing why) when two of
// them would write the same file.
std::optional<std::vector<CrossJob>> plain_jobs(const CrossArgs& args) {
  std::vector<CrossJob> jobs;
  std::map<std::string, std::string> writers;
  for (const std::string& input : args.inputs) {
    CrossJob job = plain_job(input, args.output, args.source_name);
    if (job.output != "-") {
      std::string key = fs::absolute(job.output).lexically_normal().string();
      auto [it, fresh] = writers.emplace(key, input);
      if (!fresh) {
        print_error(kTool, fmt::format("{} and {} would both write {}", it->second, input, job.output));
        return std::nullopt;
      }
    }
    jobs.push_back(std::move(job));
  }
  return jobs;
}

// A one-line "[n/N] file" on stderr while a terminal watches a long run.
class Progress {
 public:
  Progress(bool enabled, size_t total) : enabled_(enabled && total > 1), total_(total) {}
  void show(size_t done, const std::string& name) {
    if (enabled_) std::fprintf(stderr, "\r\033[K[%zu/%zu] %s", done, total_, name.c_str());
  }
  void clear() {
    if (enabled_) std::fputs("\r\033[K", stderr);
  }

 private:
  bool enabled_;
  size_t total_;
};

}  // namespace

int main(int argc, char** argv) {
  const std::string program = argc > 0 ? argv[0] : "cpy-cross";
  const bool mpy_cross_mode = fs::path(program).filename() == "mpy-cross";
  std::vector<std::string> arg_list(argv + (argc > 0 ? 1 : 0), argv + argc);
  CrossTarget target = find_target(arg_list).value_or(CrossTarget::kCircuitPython);

  auto parsed = parse_cross_args(arg_list, program, version_line(target, mpy_cross_mode), mpy_cross_mode);
  if (auto* exit = std::get_if<CrossExit>(&parsed)) {
    std::fwrite(exit->out.data(), 1, exit->out.size(), stdout);
    std::fwrite(exit->err.data(), 1, exit->err.size(), stderr);
    return exit->code;
  }
  const CrossArgs& args = std::get<CrossArgs>(parsed);
  if (args.emitter != Emitter::kBytecode) {
    // Only reached with -march (without it the reference says "arch not specified").
    print_error(kTool, fmt::format("-X emit={}: {}", args.emitter == Emitter::kNative ? "native" : "viper",
                                   "native code generation is not supported (cpy-cross emits bytecode only)"));
    return kExitFailure;
  }

  std::vector<CrossJob> jobs;
  if (args.tree) {
    try {
      jobs = tree_jobs(*args.tree, args.out_dir, args.source_name);
    } catch (const fs::filesystem_error& e) {
      print_error(kTool, fmt::format("{}: {}", *args.tree, e.code().message()));
      return kExitFailure;
    }
    if (jobs.empty()) {
      print_error(kTool, fmt::format("no .py files under {}", *args.tree));
      return kExitFailure;
    }
  } else if (auto plain = plain_jobs(args)) {
    jobs = std::move(*plain);
  } else {
    return kExitUsage;
  }

  CrossSettings settings = CrossSettings::from(args);
  const bool many = jobs.size() > 1;
  Progress progress(!args.json && ::isatty(STDERR_FILENO), jobs.size());
  nlohmann::json files = nlohmann::json::array();
  nlohmann::json diagnostics = nlohmann::json::array();
  size_t failures = 0;
  // Threads compile; this thread writes every output, in input order: on
  // many file systems creating files from several threads at once is
  // slower than from one.
  unsigned threads = thread_count(args.jobs, jobs.size());
  settings.defer_writes = threads > 1;
  run_cross_jobs(jobs, settings, threads, [&](size_t index, CrossResult& result) {
    const CrossJob& job = jobs[index];
    if (settings.defer_writes) write_cross_output(job, result);
    if (!result.stdout_bytes.empty()) {
      if (int error_number = write_all(STDOUT_FILENO, result.stdout_bytes); error_number != 0) {
        result.ok = false;
        result.diagnostic = os_error(job, error_number, nullptr);
      }
    }
    if (!result.ok) ++failures;
    if (args.json) {
      files.push_back({{"input", job.read_path}, {"output", job.output}, {"ok", result.ok}});
      if (result.diagnostic) diagnostics.push_back(diagnostic_to_json(*result.diagnostic));
      return;
    }
    if (result.diagnostic) {
      progress.clear();
      write_stderr(format_diagnostic(*result.diagnostic, args.target));
    }
    progress.show(index + 1, job.input_name);
  });
  progress.clear();

  if (args.json) {
    nlohmann::json doc = {
        {"tool", "cpy-cross"},
        {"version", CPY_VERSION},
        {"target", args.target == CrossTarget::kCircuitPython ? "circuitpython" : "micropython"},
        {"inputs", jobs.size()},
        {"compiled", jobs.size() - failures},
        {"failed", failures},
        {"files", std::move(files)},
        {"diagnostics", std::move(diagnostics)},
    };
    fmt::print("{}\n", doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
  } else if (many && failures > 0) {
    write_stderr(fmt::format("cpy-cross: {} of {} files failed\n", failures, jobs.size()));
  }
  return failures ? kExitFailure : kExitOk;
}
