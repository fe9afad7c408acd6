// Tests for Unicode category predicates and strict UTF-8 decoding/validation in unicode.hpp.
#include "unicode.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>

namespace {

using ijl::decode_utf8;
using ijl::first_invalid_utf8;
using ijl::utf8_length;

constexpr auto npos = std::string_view::npos;

// Test-local encoder so round-trips do not depend on the code under test.
std::string encode(char32_t c) {
    std::string s;
    if (c < 0x80) {
        s += static_cast<char>(c);
    } else if (c < 0x800) {
        s += static_cast<char>(0xC0 | (c >> 6));
        s += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        s += static_cast<char>(0xE0 | (c >> 12));
        s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        s += static_cast<char>(0xF0 | (c >> 18));
        s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (c & 0x3F));
    }
    return s;
}

bool valid(std::string_view s) {
    std::u32string out;
    return decode_utf8(s, out);
}

TEST(UnicodeCategory, Other) {
    EXPECT_TRUE(ijl::is_cat_C(U'\n'));
    EXPECT_TRUE(ijl::is_cat_C(U'\t'));
    EXPECT_TRUE(ijl::is_cat_C(0x0000));
    EXPECT_TRUE(ijl::is_cat_C(0x007F));
    EXPECT_TRUE(ijl::is_cat_C(0x200B));    // Cf
    EXPECT_TRUE(ijl::is_cat_C(0xE000));    // Co
    EXPECT_TRUE(ijl::is_cat_C(0x0378));    // Cn
    EXPECT_TRUE(ijl::is_cat_C(0xD800));    // Cs
    EXPECT_TRUE(ijl::is_cat_C(0x10FFFF));  // Cn, last code point
    EXPECT_FALSE(ijl::is_cat_C(U'a'));
    EXPECT_FALSE(ijl::is_cat_C(U' '));
    EXPECT_FALSE(ijl::is_cat_C(0x110000));  // not a code point
}

TEST(UnicodeCategory, Letter) {
    EXPECT_TRUE(ijl::is_cat_L(U'a'));
    EXPECT_TRUE(ijl::is_cat_L(U'Z'));
    EXPECT_TRUE(ijl::is_cat_L(U'é'));
    EXPECT_TRUE(ijl::is_cat_L(U'ж'));
    EXPECT_TRUE(ijl::is_cat_L(U'中'));
    EXPECT_FALSE(ijl::is_cat_L(U'5'));
    EXPECT_FALSE(ijl::is_cat_L(U'_'));
    EXPECT_FALSE(ijl::is_cat_L(0x0378));
}

TEST(UnicodeCategory, Number) {
    EXPECT_TRUE(ijl::is_cat_N(U'5'));
    EXPECT_TRUE(ijl::is_cat_N(0x0663));  // Arabic-Indic three, Nd
    EXPECT_TRUE(ijl::is_cat_N(0x216B));  // Roman numeral twelve, Nl
    EXPECT_TRUE(ijl::is_cat_N(0x00B2));  // superscript two, No
    EXPECT_FALSE(ijl::is_cat_N(U'a'));
    EXPECT_FALSE(ijl::is_cat_N(U'-'));
}

TEST(UnicodeCategory, Separator) {
    EXPECT_TRUE(ijl::is_cat_Z(U' '));
    EXPECT_TRUE(ijl::is_cat_Z(0x00A0));
    EXPECT_TRUE(ijl::is_cat_Z(0x3000));
    EXPECT_TRUE(ijl::is_cat_Z(0x2028));  // Zl
    EXPECT_TRUE(ijl::is_cat_Z(0x2029));  // Zp
    EXPECT_FALSE(ijl::is_cat_Z(U'\t'));  // tab is Cc, not Z
    EXPECT_FALSE(ijl::is_cat_Z(U'\n'));
    EXPECT_FALSE(ijl::is_cat_Z(0x200B));  // zero width space is Cf
}

TEST(UnicodeCategory, CategoriesAreDisjoint) {
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        const int n = ijl::is_cat_C(c) + ijl::is_cat_L(c) + ijl::is_cat_N(c) + ijl::is_cat_Z(c);
        ASSERT_LE(n, 1) << std::hex << static_cast<unsigned long>(c);
    }
}

TEST(Utf8, RejectsIllFormed) {
    EXPECT_FALSE(valid("\xC0\x80"));          // overlong NUL
    EXPECT_FALSE(valid("\xC1\xBF"));          // overlong
    EXPECT_FALSE(valid("\xE0\x80\x80"));      // overlong 3-byte
    EXPECT_FALSE(valid("\xE0\x9F\xBF"));      // overlong 3-byte, max
    EXPECT_FALSE(valid("\xF0\x8F\xBF\xBF"));  // overlong 4-byte
    EXPECT_FALSE(valid("\xED\xA0\x80"));      // surrogate U+D800
    EXPECT_FALSE(valid("\xED\xBF\xBF"));      // surrogate U+DFFF
    EXPECT_FALSE(valid("\xF4\x90\x80\x80"));  // U+110000
    EXPECT_FALSE(valid("\xF5\x80\x80\x80"));
    EXPECT_FALSE(valid("\xFF"));
    EXPECT_FALSE(valid("\xE2\x82"));          // truncated
    EXPECT_FALSE(valid("\xF0\x9F\x98"));      // truncated
    EXPECT_FALSE(valid("\xE2\x82\x41"));      // bad continuation
    EXPECT_FALSE(valid("\x80"));              // lone continuation
    EXPECT_FALSE(valid("a\xBF"));
}

TEST(Utf8, DecodesWellFormed) {
    std::u32string out = U"stale";
    ASSERT_TRUE(decode_utf8("\xF0\x9F\x98\x80", out));
    EXPECT_EQ(out, U"\U0001F600");
    ASSERT_TRUE(decode_utf8("a\xC3\xA9\xE2\x82\xAC\xF4\x8F\xBF\xBF", out));
    EXPECT_EQ(out, std::u32string({U'a', 0xE9, 0x20AC, 0x10FFFF}));
    ASSERT_TRUE(decode_utf8("", out));
    EXPECT_TRUE(out.empty());
    ASSERT_TRUE(decode_utf8(std::string_view("\0x", 2), out));
    EXPECT_EQ(out, std::u32string({0, U'x'}));

    EXPECT_FALSE(decode_utf8("ok\x80", out));
    EXPECT_TRUE(out.empty());
}

TEST(Utf8, RoundTripsEveryScalarValue) {
    std::u32string out;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        const std::string s = encode(c);
        ASSERT_TRUE(decode_utf8(s, out)) << std::hex << static_cast<unsigned long>(c);
        ASSERT_EQ(out.size(), 1u);
        ASSERT_EQ(out[0], c);
        ASSERT_EQ(first_invalid_utf8(s), npos);
        ASSERT_EQ(utf8_length(s), 1u);
    }
}

TEST(Utf8, Length) {
    EXPECT_EQ(utf8_length(""), 0u);
    EXPECT_EQ(utf8_length("abc"), 3u);
    EXPECT_EQ(utf8_length("0123456789abcdefXYZ"), 19u);  // crosses 8-byte blocks
    EXPECT_EQ(utf8_length("\xF0\x9F\x98\x80"), 1u);
    EXPECT_EQ(utf8_length("abcdefg\xC3\xA9hijklmn\xE4\xB8\xAD\xF0\x9F\x98\x80z"), 18u);
}

TEST(Utf8, FirstInvalidOffset) {
    EXPECT_EQ(first_invalid_utf8(""), npos);
    EXPECT_EQ(first_invalid_utf8("plain ascii text that spans blocks"), npos);
    EXPECT_EQ(first_invalid_utf8("caf\xC3\xA9 \xF0\x9F\x98\x80"), npos);
    EXPECT_EQ(first_invalid_utf8("\x80"), 0u);
    EXPECT_EQ(first_invalid_utf8("\xC0\x80"), 0u);
    EXPECT_EQ(first_invalid_utf8("ab\xE0\x80\x80"), 2u);
    EXPECT_EQ(first_invalid_utf8("abc\xED\xA0\x80"), 3u);
    EXPECT_EQ(first_invalid_utf8("\xC3\xA9\xF4\x90\x80\x80"), 2u);
    EXPECT_EQ(first_invalid_utf8("x\xE2\x82"), 1u);      // truncated at end
    EXPECT_EQ(first_invalid_utf8("\xE2\x82\x41"), 0u);   // lead byte of the broken sequence
    EXPECT_EQ(first_invalid_utf8("\xC3\xA9\x80"), 2u);   // stray continuation after a valid char
    EXPECT_EQ(first_invalid_utf8("0123456789abcdef\xFF"), 16u);      // after two ASCII blocks
    EXPECT_EQ(first_invalid_utf8("0123456789ab\xFE" "def0123"), 12u);  // inside a block
    EXPECT_EQ(first_invalid_utf8("0123456\xC3\xA9" "89abcdef\x80"), 17u);  // sequence straddles blocks
}

// Validation, decoding and length must agree on arbitrary byte strings.
TEST(Utf8, AgreesOnRandomInput) {
    std::mt19937 rng(12345);
    const std::string pieces[] = {"a", "0123456789", "\xC3\xA9", "\xE4\xB8\xAD", "\xF0\x9F\x98\x80",
                                  "\x80", "\xC0", "\xED\xA0", "\xF4\x90", "\xFF"};
    std::u32string out;
    for (int iter = 0; iter < 20000; ++iter) {
        std::string s;
        const int parts = static_cast<int>(rng() % 8);
        for (int k = 0; k < parts; ++k) s += pieces[rng() % std::size(pieces)];
        const std::size_t bad = first_invalid_utf8(s);
        ASSERT_EQ(decode_utf8(s, out), bad == npos) << s;
        if (bad == npos) {
            ASSERT_EQ(utf8_length(s), out.size());
        } else {
            ASSERT_LT(bad, s.size());
            ASSERT_EQ(first_invalid_utf8(s.substr(0, bad)), npos);  // prefix is valid
        }
    }
}

}  // namespace
