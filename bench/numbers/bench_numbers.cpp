// Timings for the number library: big-integer arithmetic and text, float
// literal parsing and repr. Built and run by bench.sh against the static
// library of a build tree.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

#include "cpy/mpy/bigint.h"
#include "cpy/mpy/float_text.h"

using namespace cpy;
using namespace cpy::mpy;

namespace {

template <class F>
double time_ms(int reps, F&& body) {
  auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < reps; ++i) body();
  auto t1 = std::chrono::steady_clock::now();
  return std::chrono::duration<double, std::milli>(t1 - t0).count() / reps;
}

std::string digits(size_t n) {
  std::string s;
  uint32_t x = 12345;
  for (size_t i = 0; i < n; ++i) {
    x = x * 1103515245u + 12345u;
    s.push_back(char('0' + (x >> 16) % 10));
  }
  s[0] = '7';
  return s;
}

void report(const char* what, double ms) { std::printf("%-44s %10.3f ms\n", what, ms); }

}  // namespace

int main() {
  Arena keep(heap_block_source(), 1 << 20);
  BigMath km(keep);
  for (size_t n : {1000, 10000, 100000}) {
    std::string text = digits(n);
    BigInt v = km.parse(text).value();
    char label[64];
    int reps = n >= 100000 ? 1 : 20;
    std::snprintf(label, sizeof label, "parse %zu decimal digits", n);
    report(label, time_ms(reps, [&] {
             Arena a(heap_block_source(), 1 << 20);
             BigMath m(a);
             (void)m.parse(text);
           }));
    std::snprintf(label, sizeof label, "to decimal, %zu digits", n);
    report(label, time_ms(reps, [&] {
             Arena a(heap_block_source(), 1 << 20);
             BigMath m(a);
             (void)m.to_string(v);
           }));
    std::snprintf(label, sizeof label, "multiply %zu x %zu digits", n, n);
    report(label, time_ms(reps, [&] {
             Arena a(heap_block_source(), 1 << 20);
             BigMath m(a);
             (void)m.mul(v, v);
           }));
    BigInt sq = km.mul(v, v).value();
    BigInt d = km.add(v, km.from_int64(12345).value()).value();
    std::snprintf(label, sizeof label, "divmod %zu by %zu digits", 2 * n, n);
    report(label, time_ms(reps, [&] {
             Arena a(heap_block_source(), 1 << 20);
             BigMath m(a);
             (void)m.divmod(sq, d);
           }));
  }
  report("3 ** 100000", time_ms(5, [&] {
           Arena a(heap_block_source(), 1 << 20);
           BigMath m(a);
           (void)m.pow(m.from_int64(3).value(), m.from_int64(100000).value());
         }));

  const char* literals[] = {"0.1",
                            "1.5",
                            "3.141592653589793",
                            "6.02214076e23",
                            "1e-300",
                            "2.2250738585072014e-308",
                            "123456789012345678901234567890.5e-10",
                            "9007199254740993"};
  constexpr int kFloatReps = 20000;
  report("parse_float, per literal (x1000)", time_ms(kFloatReps,
                                                     [&] {
                                                       for (const char* s : literals) (void)parse_float(s);
                                                     }) /
                                                 8 * 1000);
  double values[] = {0.1, 1.5, 3.141592653589793, 6.02214076e23, 1e-300, 2.2250738585072014e-308, 1.0 / 3, 1e16};
  report("float_repr, per value (x1000)", time_ms(kFloatReps,
                                                  [&] {
                                                    for (double d : values) (void)float_repr(d);
                                                  }) /
                                              8 * 1000);
  return 0;
}
