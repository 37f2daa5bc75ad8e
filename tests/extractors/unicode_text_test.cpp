// normalize_printed, fold_for_matching and the code point helpers.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extractors/unicode_text.hpp"

using namespace idm;

TEST_CASE("normalize_printed: Latin ligatures are expanded") {
  CHECK(normalize_printed("\uFB01n") == "fin");
  CHECK(normalize_printed("e\uFB00et") == "effet");
  CHECK(normalize_printed("\uFB02ux") == "flux");
  CHECK(normalize_printed("o\uFB03ce") == "office");
  CHECK(normalize_printed("a\uFB04uent") == "affluent");
}

TEST_CASE("normalize_printed: œ and æ are letters and stay") {
  CHECK(normalize_printed("\u0153uvre") == "\u0153uvre");
  CHECK(normalize_printed("C\u0152UR") == "C\u0152UR");
  CHECK(normalize_printed("\u00e6") == "\u00e6");
}

TEST_CASE("normalize_printed: soft hyphens, zero-width and control characters vanish") {
  CHECK(normalize_printed("mi\u00ADgration") == "migration");
  CHECK(normalize_printed("a\u200Bb\u200Dc\uFEFF") == "abc");
  CHECK(normalize_printed("a\x01"
                          "b\x7F"
                          "c") == "abc");
  CHECK(normalize_printed("a\tb\nc") == "a b c");
}

TEST_CASE("normalize_printed: NFC, invalid UTF-8 replaced") {
  CHECK(normalize_printed("e\u0301t\u00e9") == "\u00e9t\u00e9");  // decomposed é composed
  CHECK(normalize_printed("a\xff"
                          "b") ==
        "a\uFFFD"
        "b");
  CHECK(normalize_printed("") == "");
  // Compatibility characters other than ligatures are printed text: kept.
  CHECK(normalize_printed("\u00b2") == "\u00b2");
}

TEST_CASE("fold_for_matching: case, accents, apostrophes, dashes and spaces") {
  CHECK(fold_for_matching("Genève") == "geneve");
  CHECK(fold_for_matching("ÉTATS-UNIS") == "etats-unis");
  CHECK(fold_for_matching("l\u2019OIM") == "l'oim");
  CHECK(fold_for_matching("\u00abOui\u00bb") == "\"oui\"");
  CHECK(fold_for_matching("10\u00a0h\u202f30") == "10 h 30");
  CHECK(fold_for_matching("2031\u20132032") == "2031-2032");
  CHECK(fold_for_matching("\uFB01n") == "fin");  // NFKC
  CHECK(fold_for_matching("Stra\u00dfe") == "strasse");
}

TEST_CASE("fold_for_matching: the one-pass fold agrees with the two passes") {
  // Every code point below U+0800 and every punctuation mark made ASCII, alone, between
  // letters and after an accented one; then texts that must go to the two passes.
  std::vector<std::string> texts;
  const auto add_around = [&](char32_t c) {
    std::string one;
    append_utf8(one, c);
    texts.push_back(one);
    texts.push_back("Ab" + one + "Cd");
    texts.push_back("\u00C9t\u00E9 " + one + " \u00D1");
  };
  for (char32_t c = 1; c < 0x800; ++c)
    add_around(c);
  for (char32_t c = 0x2000; c < 0x2100; ++c)
    add_around(c);
  for (const char32_t c : {0x2212, 0xFEFF, 0xFB01, 0xFFFD, 0x3042, 0x1F600})
    add_around(c);
  // A bullet or an ellipsis with accents, invalid and cut UTF-8, a combining accent.
  texts.insert(texts.end(), {"\u2022 Se\u00F1or", "Caf\u00E9\u2026", "a\xC3", "\xC3(b", "\xE2\x80",
                             "\xE2\x80(", "\xC0\xAF", "e\u0301t\u00E9", "\xEF\xBB\xBFR\u00E9union",
                             "\u00DF\u0130\u0149\u01F0"});
  for (const std::string& text : texts) {
    CAPTURE(text);
    CHECK(fold_for_matching(text) == fold_for_matching_in_two_passes(text));
  }
  CHECK(fold_for_matching("Se\u00F1ora Mu\u00F1oz \u2013 \u00ABd\u00E9j\u00E0\u00BB") ==
        "senora munoz - \"deja\"");
}

TEST_CASE("code points") {
  CHECK(first_code_point("\u00e9t\u00e9") == U'\u00e9');
  CHECK(last_code_point("caf\u00e9") == U'\u00e9');
  CHECK(last_code_point("mi-") == U'-');
  CHECK(first_code_point("") == 0);
  CHECK(last_code_point("") == 0);
  CHECK(code_point_count("\u00e9t\u00e9") == 3);
  CHECK(code_point_count("\u2022 a") == 3);
  std::string out = "x";
  append_utf8(out, U'\u0153');
  CHECK(out == "x\u0153");
}

TEST_CASE("letter classes") {
  CHECK(is_lowercase_letter(U'\u00e9'));
  CHECK_FALSE(is_lowercase_letter(U'\u00c9'));
  CHECK(is_uppercase_letter(U'\u00c9'));
  CHECK(is_letter(U'\u0153'));
  CHECK(is_letter(U'\u4e2d'));
  CHECK_FALSE(is_letter(U'-'));
  CHECK_FALSE(is_letter(U'7'));
}
