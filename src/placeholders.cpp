// Placeholder patterns, compiled once with std::regex (only when a configuration names some).
#include "placeholders.hpp"

#include <regex>

namespace ijl {

struct Placeholders::Compiled {
  std::regex re;
};

std::optional<Placeholders> Placeholders::compile(const std::vector<std::string>& patterns, std::string& error) {
  Placeholders out;
  for (const auto& p : patterns) {
    if (p.empty()) {
      error = "an empty pattern would match every string";
      return std::nullopt;
    }
    try {
      out.patterns_.push_back(std::make_shared<const Compiled>(Compiled{std::regex(p, std::regex::ECMAScript)}));
    } catch (const std::regex_error& e) {
      error = "bad regular expression '" + p + "': " + e.what();
      return std::nullopt;
    }
    out.sources_.push_back(p);
  }
  return out;
}

bool Placeholders::holds(std::string_view text) const {
  for (const auto& c : patterns_) {
    for (std::cregex_iterator it(text.data(), text.data() + text.size(), c->re), end; it != end; ++it) {
      std::string_view match(text.data() + it->position(), static_cast<std::size_t>(it->length()));
      if (match.empty()) continue;
      if (match.substr(0, 6) == "${aws:") continue;
      return true;
    }
  }
  return false;
}

}  // namespace ijl
