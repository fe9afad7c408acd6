// Unicode general-category lookups over generated range tables, and strict UTF-8 decoding/validation.
#include "unicode.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <iterator>

namespace ijl {
namespace {

struct CodePointRange {
    char32_t first;
    char32_t last;
};

#include "unicode_tables.inc"

// Binary search relies on the tables being sorted and disjoint; catch a bad
// regeneration at compile time rather than with wrong answers at runtime.
template <std::size_t N>
constexpr bool well_formed(const CodePointRange (&r)[N]) {
    for (std::size_t i = 0; i < N; ++i) {
        if (r[i].first > r[i].last || r[i].last > 0x10FFFF) return false;
        if (i > 0 && r[i - 1].last >= r[i].first) return false;
    }
    return true;
}
static_assert(well_formed(kCatC) && well_formed(kCatL) && well_formed(kCatN) && well_formed(kCatZ));

template <std::size_t N>
bool in_ranges(const CodePointRange (&r)[N], char32_t c) {
    // First range starting after c; the candidate is the one before it.
    const auto* it = std::upper_bound(std::begin(r), std::end(r), c,
                                      [](char32_t v, const CodePointRange& x) { return v < x.first; });
    return it != std::begin(r) && c <= std::prev(it)->last;
}

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

std::uint64_t load8(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);  // memcpy: no alignment or aliasing assumptions
    return w;
}

// Decodes one sequence at p[0..n) (n >= 1) per Unicode Table 3-7 (well-formed
// UTF-8 byte sequences). Returns its length, or 0 if ill-formed.
std::size_t decode_one(const unsigned char* p, std::size_t n, char32_t& cp) {
    const unsigned char b0 = p[0];
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    std::size_t len;
    // Narrowed bounds for the second byte exclude overlongs (E0, F0),
    // surrogates (ED) and code points above U+10FFFF (F4).
    unsigned char lo = 0x80, hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2;
        cp = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3;
        cp = b0 & 0x0F;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED) hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4;
        cp = b0 & 0x07;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
    } else {
        return 0;  // continuation byte, C0/C1 (always overlong) or F5..FF
    }
    if (n < len) return 0;
    if (p[1] < lo || p[1] > hi) return 0;
    cp = (cp << 6) | (p[1] & 0x3F);
    for (std::size_t i = 2; i < len; ++i) {
        if ((p[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    return len;
}

}  // namespace

bool is_cat_C(char32_t c) { return in_ranges(kCatC, c); }
bool is_cat_L(char32_t c) { return in_ranges(kCatL, c); }
bool is_cat_N(char32_t c) { return in_ranges(kCatN, c); }
bool is_cat_Z(char32_t c) { return in_ranges(kCatZ, c); }

bool decode_utf8(std::string_view s, std::u32string& out) {
    out.clear();
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    std::size_t i = 0;
    while (i < s.size()) {
        char32_t cp;
        const std::size_t len = decode_one(p + i, s.size() - i, cp);
        if (len == 0) {
            out.clear();
            return false;
        }
        out.push_back(cp);
        i += len;
    }
    return true;
}

std::size_t utf8_length(std::string_view s) {
    std::size_t count = 0;
    std::size_t i = 0;
    // Count 8 bytes at a time: a continuation byte has bit 7 set and bit 6
    // clear; shifting left by one lines bit 6 up under bit 7 of the same byte.
    for (; i + 8 <= s.size(); i += 8) {
        const std::uint64_t w = load8(s.data() + i);
        if ((w & kHighBits) == 0) {
            count += 8;  // all ASCII
            continue;
        }
        const std::uint64_t cont = w & ~(w << 1) & kHighBits;
        count += 8 - static_cast<std::size_t>(std::popcount(cont));
    }
    for (; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++count;
    }
    return count;
}

std::size_t first_invalid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        // Skip whole 8-byte ASCII blocks; most job files are pure ASCII.
        if (i + 8 <= n && (load8(s.data() + i) & kHighBits) == 0) {
            i += 8;
            continue;
        }
        char32_t cp;
        const std::size_t len = decode_one(p + i, n - i, cp);
        if (len == 0) return i;
        i += len;
    }
    return std::string_view::npos;
}

}  // namespace ijl
