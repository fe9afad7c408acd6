// Key-to-field matching for unknown and missing fields: spellings, typos, abbreviations.
#include "field_suggest.hpp"

#include <algorithm>
#include <vector>

#include "edit_distance.hpp"
#include "rule_util.hpp"

namespace ijl::rules {
namespace {

const FieldSpec& structure_of(const FieldSpec& object) {
  return object.type == Type::List && object.item ? *object.item : object;
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_separator(char c) { return c == '_' || c == '-'; }

// The letters that matter for a match: lower-case, without `_` and `-`.
std::string letters(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (!is_separator(c)) out += lower(c);
  }
  return out;
}

// The lower-case words of a camelCase or snake_case name: "inProgressTimeoutInMinutes" is
// in, progress, timeout, in, minutes.
std::vector<std::string> words(std::string_view name) {
  std::vector<std::string> out;
  std::string word;
  for (std::size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (is_separator(c)) {
      if (!word.empty()) out.push_back(std::move(word));
      word.clear();
      continue;
    }
    if (is_upper(c) && i > 0 && !is_upper(name[i - 1]) && !word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
    word += lower(c);
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

// Whether key[i..] is spelt by the starts of some of words[w..], in order: each start is
// the whole word or at least kMinWordStart letters of it.
bool spelt_by_word_starts(std::string_view key, std::size_t i, const std::vector<std::string>& ws, std::size_t w) {
  if (i == key.size()) return true;
  for (std::size_t t = w; t < ws.size(); ++t) {
    const std::string& word = ws[t];
    std::size_t common = 0;
    while (common < word.size() && i + common < key.size() && word[common] == key[i + common]) ++common;
    // longest start first: it leaves the fewest letters for the later words
    for (std::size_t len = common; len > 0; --len) {
      if (len < kMinWordStart && len != word.size()) break;
      if (spelt_by_word_starts(key, i + len, ws, t + 1)) return true;
    }
  }
  return false;
}

}  // namespace

FieldMatch closest_field(std::string_view key, const FieldSpec& object, Dialect d) {
  const FieldSpec& s = structure_of(object);
  for (const auto& c : s.children) {
    std::string_view own = c.spelling(d);
    std::string_view other = d == Dialect::Catalog ? c.camel : c.snake;
    if (!own.empty() && !other.empty() && key == other && other != own) return {&c, MatchKind::OtherSpelling};
  }
  const std::string k = letters(key);
  if (k.empty()) return {};
  for (const auto& c : s.children) {
    if (!c.spelling(d).empty() && letters(c.spelling(d)) == k) return {&c, MatchKind::SameLetters};
  }
  FieldMatch best;
  std::size_t best_distance = kMaxTypoDistance + 1;
  for (const auto& c : s.children) {
    if (c.spelling(d).empty()) continue;
    const std::string f = letters(c.spelling(d));
    // a third of the letters: two edits turn "foo" into "job", which is no typo of it
    std::size_t limit = std::min(kMaxTypoDistance, std::max(k.size(), f.size()) / kLettersPerTypo);
    std::size_t dist = edit_distance(k, f, limit);
    if (dist <= limit && dist < best_distance) {
      best_distance = dist;
      best = {&c, MatchKind::Typo};
    }
  }
  if (best.field || k.size() < kMinAbbreviationLetters) return best;
  std::size_t best_leftover = 0;
  for (const auto& c : s.children) {
    std::string_view own = c.spelling(d);
    std::size_t n = letters(own).size();
    if (own.empty() || k.size() > n) continue;
    if (best.field && n - k.size() >= best_leftover) continue;
    if (spelt_by_word_starts(k, 0, words(own), 0)) {
      best = {&c, MatchKind::Abbreviation};
      best_leftover = n - k.size();
    }
  }
  return best;
}

bool names_field(std::string_view key, const FieldSpec& field) {
  const std::string k = letters(key);
  if (k.empty()) return false;
  return (!field.camel.empty() && letters(field.camel) == k) || (!field.snake.empty() && letters(field.snake) == k);
}

std::size_t field_count(const FieldSpec& object, Dialect d) {
  const FieldSpec& s = structure_of(object);
  return static_cast<std::size_t>(
      std::count_if(s.children.begin(), s.children.end(), [d](const FieldSpec& c) { return !c.spelling(d).empty(); }));
}

std::string listed_fields(const FieldSpec& object, Dialect d) {
  if (field_count(object, d) > kMaxListedFields) return "";
  std::vector<std::string_view> names;
  for (const auto& c : structure_of(object).children) {
    if (!c.spelling(d).empty()) names.push_back(c.spelling(d));
  }
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
    out += quote(names[i]);
  }
  return out;
}

}  // namespace ijl::rules
