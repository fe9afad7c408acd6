// IJ203 pattern: a string breaks its field's pattern in the API model (ARNs are IJ205's).
#include <algorithm>
#include <array>
#include <cstdio>

#include "rules.hpp"
#include "rule_util.hpp"
#include "unicode.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ203",
    .name = "pattern",
    .severity = Severity::Error,
    .summary = "A string breaks the field's pattern",
    .rationale = "The AWS IoT API model restricts characters: jobId, namespaceId and document parameter "
                 "keys allow only A-Z a-z 0-9 _ -; description, comment and document parameter values may "
                 "not contain control or format characters (a newline or tab in a description is an "
                 "error); tag keys allow letters, digits and spaces of any script and _ . : / = + - @; "
                 "reasonCode allows upper-case letters, digits and _. An empty string breaks a "
                 "one-or-more pattern.",
    .fail_example = R"({
  "jobId": "fw 2026 11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json"
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json"
}
)",
};

namespace {

bool allowed(Pattern p, char32_t c) {
  auto ascii_alnum = [](char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  switch (p) {
    case Pattern::None: return true;
    case Pattern::Id: return ascii_alnum(c) || c == '_' || c == '-';
    case Pattern::NoControl: return !is_cat_C(c);
    case Pattern::TagKey:
      return is_cat_L(c) || is_cat_N(c) || is_cat_Z(c) || std::u32string_view(U"_.:/=+-@").find(c) != std::u32string_view::npos;
    // Java's \p{Upper} and \p{Digit} are ASCII classes
    case Pattern::ReasonCode: return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
  return true;
}

std::string_view describe(Pattern p) {
  switch (p) {
    case Pattern::Id: return "only A-Z a-z 0-9 _ - are allowed";
    case Pattern::NoControl: return "control and format characters are not allowed";
    case Pattern::TagKey: return "only letters, digits, spaces and _ . : / = + - @ are allowed";
    case Pattern::ReasonCode: return "only A-Z 0-9 _ are allowed";
    case Pattern::None: break;
  }
  return "";
}

std::string show_char(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  if (c >= 0x21 && c < 0x7F) return std::string("'") + static_cast<char>(c) + "' (" + buf + ")";
  return buf;
}

// The first character of `text` the pattern does not allow, as (1-based index, code point);
// index 0 when all are allowed. Most values are ASCII: those are judged byte by byte.
std::pair<std::size_t, char32_t> first_disallowed(Pattern p, const std::string& text) {
  bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {
    // each pattern's verdict on the 128 ASCII characters, worked out once
    static_assert(static_cast<int>(Pattern::ReasonCode) == 4, "one row per pattern");
    static const auto table = [] {
      std::array<std::array<bool, 128>, 5> t{};
      for (int q = 0; q < 5; ++q) {
        for (char32_t c = 0; c < 128; ++c) t[q][c] = allowed(static_cast<Pattern>(q), c);
      }
      return t;
    }();
    const auto& ok = table[static_cast<std::size_t>(p)];
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (!ok[static_cast<unsigned char>(text[i])]) return {i + 1, static_cast<char32_t>(text[i])};
    }
    return {0, 0};
  }
  std::u32string chars;
  decode_utf8(text, chars);
  for (std::size_t i = 0; i < chars.size(); ++i) {
    if (!allowed(p, chars[i])) return {i + 1, chars[i]};
  }
  return {0, 0};
}

// Reports the first disallowed character of `text`, or an empty one-or-more string.
bool applies(const FieldSpec& s) { return s.pattern != Pattern::None; }

bool shape(const Job& job, const Bound& b, Context& ctx) {
  const std::string* text = text_of(b);
  Pattern p = b.spec->pattern;
  if (!text || !applies(*b.spec)) return false;
  auto what = [&] { return b.is_map_key ? job.name(b) : job.name(b) + " " + quote(*text); };
  if (text->empty()) {
    if (p == Pattern::TagKey) return false;  // `*`, not `+`: the length rule speaks
    ctx.report(b, what() + " is empty; the pattern requires at least one character");
    return true;
  }
  auto [index, c] = first_disallowed(p, *text);
  if (index == 0) return false;
  ctx.report(b, what() + " has " + show_char(c) + " at character " + std::to_string(index) + "; " +
                    std::string(describe(p)));
  return true;
}

}  // namespace

const Rule IJ203{&info, nullptr, shape, applies};

}  // namespace ijl::rules
