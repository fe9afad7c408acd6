// Unicode general-category predicates and strict UTF-8 helpers for Java-style \p{..} pattern checks.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ijl {

// General category membership, using the Unicode version stated in
// unicode_tables.inc. Values above U+10FFFF are not code points and belong to
// no category, so every predicate returns false for them.
bool is_cat_C(char32_t c);  // Cc, Cf, Co, Cs, Cn (unassigned included)
bool is_cat_L(char32_t c);  // Lu, Ll, Lt, Lm, Lo
bool is_cat_N(char32_t c);  // Nd, Nl, No
bool is_cat_Z(char32_t c);  // Zs, Zl, Zp

// Strictly decodes UTF-8 into `out` (replacing its contents). Rejects
// overlongs, surrogates, code points above U+10FFFF and truncated sequences.
// Returns false and leaves `out` empty if `s` is not valid UTF-8.
bool decode_utf8(std::string_view s, std::u32string& out);

// Number of code points in `s`, which should be valid UTF-8. For invalid
// input this counts the bytes that are not continuation bytes (10xxxxxx).
std::size_t utf8_length(std::string_view s);

// Byte offset of the first byte that does not start or continue a valid UTF-8
// sequence (for an ill-formed multi-byte sequence, the offset of its lead
// byte), or std::string_view::npos if all of `s` is valid. Same rules as
// decode_utf8.
std::size_t first_invalid_utf8(std::string_view s);

}  // namespace ijl
