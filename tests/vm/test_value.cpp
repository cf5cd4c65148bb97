#include <doctest/doctest.h>

#include <cstddef>
#include <initializer_list>
#include <iterator>

#include "cpy/vm/value.h"

using cpy::vm::Value;

TEST_CASE("small ints keep their value and sign across the whole range") {
  for (intptr_t v : {intptr_t(0), intptr_t(1), intptr_t(-1), intptr_t(12345), Value::kSmallIntMax, Value::kSmallIntMin}) {
    Value x = Value::small_int(v);
    CHECK(x.is_small_int());
    CHECK_FALSE(x.is_object());
    CHECK_FALSE(x.is_qstr());
    CHECK(x.small_int_value() == v);
  }
  CHECK(Value::fits_small_int(Value::kSmallIntMax));
  CHECK_FALSE(Value::fits_small_int(int64_t(Value::kSmallIntMax) + 1));
  CHECK(Value::kSmallIntBits == int(sizeof(void*) * 8 - 1));
}

TEST_CASE("tags do not overlap") {
  Value q = Value::qstr(4242);
  CHECK(q.is_qstr());
  CHECK(q.qstr_id() == 4242);
  CHECK_FALSE(q.is_small_int());
  CHECK_FALSE(q.is_immediate());
  const Value imms[] = {Value::none(), Value::false_value(), Value::true_value(), Value::ellipsis(),
                        Value::not_implemented()};
  for (size_t i = 0; i < std::size(imms); ++i) {
    CHECK(imms[i].is_immediate());
    CHECK_FALSE(imms[i].is_object());
    CHECK_FALSE(imms[i].is_null());
    for (size_t j = 0; j < i; ++j) CHECK_FALSE(imms[i] == imms[j]);
  }
  CHECK(Value::boolean(true) == Value::true_value());
  CHECK(Value::none().is_none());
  CHECK(Value::true_value().is_bool());
  alignas(8) static uint64_t object = 0;
  Value o = Value::object(&object);
  CHECK(o.is_object());
  CHECK(o.as<uint64_t>() == &object);
  CHECK(Value().is_null());
  CHECK_FALSE(Value().is_object());
}
