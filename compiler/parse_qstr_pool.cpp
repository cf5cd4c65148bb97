// The long strings (over 10 bytes) that each reference mpy-cross binary has
// interned before it parses anything: its built-in qstrs. The parser keeps a
// long string literal as a string leaf only when it is already interned, so
// these decide between a leaf and a constant object. Taken from the qstr
// tables generated for CircuitPython 10.3.0-alpha.4 and MicroPython 1.28.0.
#include <string_view>

#include "cpy/compiler/parser.h"

namespace cpy::compiler::parse_detail {

namespace {

using namespace std::string_view_literals;

constexpr std::string_view kCircuitPythonLongQstrs[] = {
    "ArithmeticError"sv,     "AssertionError"sv,    "AttributeError"sv,       "BaseException"sv,
    "BrokenPipeError"sv,     "ConnectionError"sv,   "GeneratorExit"sv,        "ImportError"sv,
    "IndentationError"sv,    "KeyboardInterrupt"sv, "LookupError"sv,          "MemoryError"sv,
    "NotImplementedError"sv, "OverflowError"sv,     "ReloadException"sv,      "RuntimeError"sv,
    "StopAsyncIteration"sv,  "StopIteration"sv,     "SyntaxError"sv,          "TimeoutError"sv,
    "UnicodeError"sv,        "ViperTypeError"sv,    "ZeroDivisionError"sv,    "__build_class__"sv,
    "__complex__"sv,         "__contains__"sv,      "__context__"sv,          "__delitem__"sv,
    "__getattr__"sv,         "__getitem__"sv,       "__qualname__"sv,         "__repl_print__"sv,
    "__reversed__"sv,        "__setitem__"sv,       "__traceback__"sv,        "bound_method"sv,
    "classmethod"sv,         "difference_update"sv, "intersection"sv,         "intersection_update"sv,
    "micropython"sv,         "staticmethod"sv,      "symmetric_difference"sv, "symmetric_difference_update"sv,
    "unpack_from"sv,         "vcvt_f32_s32"sv,      "vcvt_s32_f32"sv,
};

constexpr std::string_view kMicroPythonLongQstrs[] = {
    "ArithmeticError"sv,
    "AssertionError"sv,
    "AttributeError"sv,
    "BaseException"sv,
    "GeneratorExit"sv,
    "ImportError"sv,
    "IndentationError"sv,
    "Interpolation"sv,
    "KeyboardInterrupt"sv,
    "LookupError"sv,
    "MemoryError"sv,
    "NotImplementedError"sv,
    "OverflowError"sv,
    "RuntimeError"sv,
    "StopAsyncIteration"sv,
    "StopIteration"sv,
    "SyntaxError"sv,
    "UnicodeError"sv,
    "ViperTypeError"sv,
    "ZeroDivisionError"sv,
    "__build_class__"sv,
    "__complex__"sv,
    "__contains__"sv,
    "__delitem__"sv,
    "__getattr__"sv,
    "__getitem__"sv,
    "__qualname__"sv,
    "__repl_print__"sv,
    "__reversed__"sv,
    "__setitem__"sv,
    "__template__"sv,
    "__traceback__"sv,
    "bound_method"sv,
    "classmethod"sv,
    "difference_update"sv,
    "format_spec"sv,
    "heap_unlock"sv,
    "interpolations"sv,
    "intersection"sv,
    "intersection_update"sv,
    "maximum recursion depth exceeded"sv,
    "micropython"sv,
    "staticmethod"sv,
    "string.templatelib"sv,
    "symmetric_difference"sv,
    "symmetric_difference_update"sv,
    "templatelib"sv,
    "unpack_from"sv,
    "vcvt_f32_s32"sv,
    "vcvt_s32_f32"sv,
};

}  // namespace

std::span<const std::string_view> builtin_long_qstrs(ParserTarget target) {
  if (target == ParserTarget::kMicroPython) return kMicroPythonLongQstrs;
  return kCircuitPythonLongQstrs;
}

}  // namespace cpy::compiler::parse_detail
