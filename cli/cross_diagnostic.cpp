#include "cross_diagnostic.h"

#include <fmt/format.h>

namespace cpy::cli {

std::string python_str_repr(const std::string& text) {
  bool single = text.find('\'') != std::string::npos;
  bool dbl = text.find('"') != std::string::npos;
  char quote = single && !dbl ? '"' : '\'';
  std::string out(1, quote);
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote)) {
      out += '\\';
      out += ch;
    } else if (c == '\\') {
      out += "\\\\";
    } else if (c >= 0x20 && c != 0x7f) {
      out += ch;  // bytes from 0x80 up are printed as they are, like the reference
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else {
      out += fmt::format("\\x{:02x}", c);
    }
  }
  out += quote;
  return out;
}

std::string format_diagnostic(const Diagnostic& d, CrossTarget target) {
  if (d.kind == DiagnosticKind::kTool) {
    std::string where = d.file;
    if (d.line) where += fmt::format(", line {}", *d.line);
    return fmt::format("cpy-cross: error: {}: {}\n", where, d.message);
  }
  // CircuitPython prints through its translated-text printer, which turns
  // "\n" into "\r\n", except for the bare newline after a File line that has
  // no block name.
  const char* crlf = target == CrossTarget::kCircuitPython ? "\r\n" : "\n";
  std::string text;
  if (d.line) {
    text += "Traceback (most recent call last):";
    text += crlf;
    text += fmt::format("  File \"{}\", line {}", d.file, *d.line);
    if (d.scope) {
      text += ", in " + *d.scope + crlf;
    } else {
      text += "\n";
    }
  }
  if (d.error_number) {
    if (d.message.empty()) return text + fmt::format("{}: {}\n", d.type, *d.error_number);
    return text + fmt::format("{}: ({}, {})\n", d.type, *d.error_number, python_str_repr(d.message));
  }
  return text + fmt::format("{}: {}\n", d.type, d.message);
}

nlohmann::json diagnostic_to_json(const Diagnostic& d) {
  nlohmann::json j;
  j["input"] = d.input;
  j["file"] = d.file;
  j["line"] = d.line ? nlohmann::json(*d.line) : nlohmann::json(nullptr);
  j["scope"] = d.scope ? nlohmann::json(*d.scope) : nlohmann::json(nullptr);
  j["type"] = d.type;
  j["message"] = d.message;
  j["errno"] = d.error_number ? nlohmann::json(*d.error_number) : nlohmann::json(nullptr);
  j["source"] = d.kind == DiagnosticKind::kReference ? "mpy-cross" : "cpy-cross";
  return j;
}

}  // namespace cpy::cli
