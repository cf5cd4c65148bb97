// Shared by the files that implement the methods of str, bytes and bytearray.
#pragma once

#include <string_view>

#include "runtime.h"

namespace cpy::vm {

/// The receiver of a text method: its bytes and which of the three types it is.
struct Text {
  std::string_view s;
  bool bytes;
  bool bytearray;
};

Text text_of(Vm& vm, Value v);
/// A result of the same type as the receiver: str, bytes or bytearray.
Value make_like(Vm& vm, const Text& t, std::string_view s);
Value finish_like(Vm& vm, Buf& buf, const Text& t);

/// Simple case mapping for Latin-1, Latin Extended-A, Greek and Cyrillic.
uint32_t cp_upper(uint32_t c);
uint32_t cp_lower(uint32_t c);
bool cp_is_letter(uint32_t c);

// str_codec.cpp: [args] are the method's (receiver, encoding, errors).
Status decode_bytes(Vm& vm, std::string_view data, const Args& args, Value* out);
Status encode_str(Vm& vm, std::string_view text, const Args& args, Value* out);

// str_methods_rare.cpp
Status m_expandtabs(Vm& vm, const Args& args, Value* out);
Status m_isascii(Vm& vm, const Args& args, Value* out);
Status m_istitle(Vm& vm, const Args& args, Value* out);
Status m_isidentifier(Vm& vm, const Args& args, Value* out);
Status m_isprintable(Vm& vm, const Args& args, Value* out);
Status m_translate(Vm& vm, const Args& args, Value* out);
Status m_format_map(Vm& vm, const Args& args, Value* out);
Status str_maketrans(Vm& vm, const Args& args, Value* out);
Status bytes_maketrans(Vm& vm, const Args& args, Value* out);
Status bytes_fromhex(Vm& vm, const Args& args, Value* out);

// obj_bytearray.cpp: the list-like mutators of bytearray.
Status ba_insert(Vm& vm, const Args& args, Value* out);
Status ba_pop(Vm& vm, const Args& args, Value* out);
Status ba_remove(Vm& vm, const Args& args, Value* out);
Status ba_reverse(Vm& vm, const Args& args, Value* out);
Status ba_clear(Vm& vm, const Args& args, Value* out);
Status ba_copy(Vm& vm, const Args& args, Value* out);

}  // namespace cpy::vm
