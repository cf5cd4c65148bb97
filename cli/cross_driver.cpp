#include "cross_driver.h"

#include <cerrno>
#include <cstring>

#include "cpy/compiler/compile.h"
#include "cpy/mpy/arena.h"
#include "cpy/mpy/writer.h"
#include "cross_io.h"
#include "cross_native.h"
#include "support.h"

namespace cpy::cli {

namespace {

constexpr const char* kStdinName = "<stdin>";

Diagnostic reference_error(const CrossJob& job, const std::string& file, std::string type, std::string message) {
  Diagnostic d;
  d.input = job.read_path;
  d.file = file;
  d.type = std::move(type);
  d.message = std::move(message);
  return d;
}

// The diagnostic for a compile_module() failure. Lexer and parser errors name
// the input as it was given and have no scope; compile-stage ones name the
// embedded source file and the function being compiled.
Diagnostic compile_error(const CrossJob& job, const CrossSettings& settings, const Error& error, std::string_view scope,
                         std::string_view source) {
  Diagnostic d = reference_error(job, job.input_name, std::string(compiler::error_exception_name(error)),
                                 error.message ? error.message : "");
  if (!compiler::parse_error_has_line(error)) return d;
  d.line = uint32_t(error.offset);
  if (!scope.empty()) {
    d.file = job.source_name;
    d.scope = std::string(scope);
  }
  // With -march the reference compiles these decorators to machine code.
  if (settings.arch != mpy::NativeArch::kNone && error.code == Errc::kSyntaxError && d.message == "invalid arch" &&
      !scope.empty() && reference_emits_native(settings.arch, source, *d.line)) {
    d.kind = DiagnosticKind::kTool;
    d.file = job.input_name;
    d.type = "NativeCodeError";
    d.message = kNativeUnsupported;
    d.scope.reset();
  }
  return d;
}

}  // namespace

Diagnostic os_error(const CrossJob& job, int error_number, const std::string* opened) {
  Diagnostic d = reference_error(job, job.input_name, "OSError", opened ? "can't open " + *opened : "");
  d.error_number = error_number;
  return d;
}

CrossSettings CrossSettings::from(const CrossArgs& args) {
  CrossSettings s;
  s.target = args.target;
  s.optimise = args.optimise;
  s.small_int_bits = args.small_int_bits;
  s.arch = args.arch;
  s.arch_flag_bits = args.arch_flag_bits;
  s.heap_size = args.heap_size;
  return s;
}

CrossJob plain_job(const std::string& input, const std::optional<std::string>& output,
                   const std::optional<std::string>& source_name) {
  CrossJob job;
  job.read_path = input;
  job.input_name = input == "-" ? kStdinName : input;
  job.source_name = source_name ? *source_name : job.input_name;
  job.output = output ? *output : input == "-" ? "-" : default_output_name(input);
  return job;
}

CrossResult run_cross_job(const CrossJob& job, const CrossSettings& settings) {
  CrossResult result;
  auto failed = [&](Diagnostic d) {
    if (job.output != "-") remove_stale_output(job.output, job.read_path);
    result.diagnostic = std::move(d);
    return std::move(result);
  };

  std::string source;
  ReadFailure read_failure;
  if (!read_input(job.read_path, source, read_failure)) {
    return failed(os_error(job, read_failure.error_number, read_failure.at_open ? &job.input_name : nullptr));
  }

  Arena arena(heap_block_source());
  compiler::CompileOptions options;
  options.target = settings.target == CrossTarget::kCircuitPython ? compiler::ParserTarget::kCircuitPython
                                                                  : compiler::ParserTarget::kMicroPython;
  options.optimise_level = settings.optimise;
  options.small_int_bits = settings.small_int_bits;
  options.input_path = job.input_name;
  options.source_name = job.source_name;
  // The reference cannot run with a heap that is not positive either.
  options.reference_heap_size = settings.heap_size > 0 ? size_t(settings.heap_size) : 1;
  std::string_view scope;
  Result<mpy::Module> module = compiler::compile_module(source, arena, options, &scope);
  if (!module) return failed(compile_error(job, settings, module.error(), scope, source));

  // -march-flags with bytecode output: the reference still records the flags.
  mpy::Module& m = module.value();
  if (settings.arch_flag_bits != 0) {
    m.header.has_arch_flags = true;
    m.header.arch_flags = settings.arch_flag_bits;
  }
  VectorSink bytes;
  if (Result<void> written = mpy::write_module(m, bytes); !written) {
    Diagnostic d = reference_error(job, job.input_name, "InternalError",
                                   std::string("cannot serialize the module: ") + written.error().message);
    d.kind = DiagnosticKind::kTool;
    return failed(std::move(d));
  }

  if (job.output == "-") {
    result.stdout_bytes = std::move(bytes.data);
  } else if (settings.defer_writes) {
    result.output_bytes = std::move(bytes.data);
  } else if (int error_number = write_output_atomic(job.output, bytes.data, job.make_dirs); error_number != 0) {
    return failed(os_error(job, error_number, &job.output));
  }
  result.ok = true;
  return result;
}

void write_cross_output(const CrossJob& job, CrossResult& result) {
  if (!result.ok || job.output == "-") return;
  if (int error_number = write_output_atomic(job.output, result.output_bytes, job.make_dirs); error_number != 0) {
    remove_stale_output(job.output, job.read_path);
    result.ok = false;
    result.diagnostic = os_error(job, error_number, &job.output);
  }
  result.output_bytes = {};
}

}  // namespace cpy::cli
