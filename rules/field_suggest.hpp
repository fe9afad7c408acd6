// Which field a key that is not a field of its object most likely means (IJ003, IJ005).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fields.hpp"

namespace ijl::rules {

// How a key was matched to a field; the checks run in this order and the first that
// finds a field wins.
enum class MatchKind : std::uint8_t {
  None,
  OtherSpelling,  // exactly the other dialect's spelling: job_id in create-job
  SameLetters,    // equal ignoring case, `_` and `-`: JobId, JOBID, Job_Id
  Typo,           // a few edits away, ignoring case, `_` and `-` (limits below)
  Abbreviation,   // spelt by the starts of the field's words: maxPerMinute, expiresIn
};

struct FieldMatch {
  const FieldSpec* field = nullptr;
  MatchKind kind = MatchKind::None;
};

// A typo is at most kMaxTypoDistance edits, and at most one edit per kLettersPerTypo letters
// of the longer of key and field.
inline constexpr std::size_t kMaxTypoDistance = 2;
inline constexpr std::size_t kLettersPerTypo = 3;
// An abbreviation has at least this many letters, and takes at least this many from a word
// it shortens, so `id` or `a` match nothing.
inline constexpr std::size_t kMinAbbreviationLetters = 4;
inline constexpr std::size_t kMinWordStart = 3;
// An object with at most this many fields has them listed when nothing matches.
inline constexpr std::size_t kMaxListedFields = 8;

// The field of `object` (a structure's spec, or a list whose items are structures) that
// `key` most likely means in dialect `d`. Ties go to the closest, then the first in table order.
FieldMatch closest_field(std::string_view key, const FieldSpec& object, Dialect d);

// `key` names `field` in some spelling: equal to either spelling ignoring case, `_` and `-`.
bool names_field(std::string_view key, const FieldSpec& field);

// How many fields `object` has in dialect `d`.
std::size_t field_count(const FieldSpec& object, Dialect d);
// Its fields spelt for `d`, quoted, in table order ("a", "b" and "c"), when there are at
// most kMaxListedFields of them; empty otherwise.
std::string listed_fields(const FieldSpec& object, Dialect d);

}  // namespace ijl::rules
