// IJ203 pattern: a string breaks its field's pattern in the API model (ARNs are IJ205's).
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

// Reports the first disallowed character of `text`, or an empty one-or-more string.
bool judge(Pattern p, const std::string& text, const std::string& what, std::string& msg) {
  if (p == Pattern::None) return false;
  std::u32string chars;
  decode_utf8(text, chars);
  if (chars.empty()) {
    if (p == Pattern::TagKey) return false;  // `*`, not `+`: the length rule speaks
    msg = what + " is empty; the pattern requires at least one character";
    return true;
  }
  for (std::size_t i = 0; i < chars.size(); ++i) {
    if (!allowed(p, chars[i])) {
      msg = what + " has " + show_char(chars[i]) + " at character " + std::to_string(i + 1) + "; " +
            std::string(describe(p));
      return true;
    }
  }
  return false;
}

bool shape(const Job& job, const Bound& b, Context& ctx) {
  std::string msg;
  const std::string* text = text_of(b);
  if (!text) return false;
  std::string what = b.is_map_key ? job.name(b) : job.name(b) + " " + quote(*text);
  if (!judge(b.spec->pattern, *text, what, msg)) return false;
  ctx.report(b, msg);
  return true;
}

}  // namespace

const Rule IJ203{&info, nullptr, shape};

}  // namespace ijl::rules
